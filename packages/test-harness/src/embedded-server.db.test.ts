import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { getTestServer, stopTestServer } from "./index";

describe("the embedded fallback", () => {
  const saved = { ...process.env };
  afterEach(async () => {
    await stopTestServer();
    process.env = { ...saved };
  });

  it("starts a throwaway server when RETORT_TEST_EMBEDDED=1, even if 5432 answers", async () => {
    delete process.env.TEST_DATABASE_URL;
    delete process.env.RETORT_TEST_SERVER_KIND;
    process.env.RETORT_TEST_EMBEDDED = "1";
    await stopTestServer();

    const server = await getTestServer();
    expect(server.kind).toBe("embedded");
    expect(server.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);

    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query("select current_setting('server_version_num')::int as v");
      expect(rows[0].v).toBeGreaterThanOrEqual(140000);
    } finally {
      await client.end();
    }
  });
});
