import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase, getTestServer } from "./index";

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("createTestDatabase", () => {
  it("makes a fresh database that drop() removes, connections and all", async () => {
    const db = await createTestDatabase("harness smoke!");
    expect(db.name).toMatch(/^retort_harness_smoke_\d+_[0-9a-f]{8}$/);
    expect(await query(db.url, "select 1 as one")).toEqual([{ one: 1 }]);

    // A session left open must not stop the drop.
    const straggler = new pg.Client({ connectionString: db.url });
    straggler.on("error", () => undefined);
    await straggler.connect();

    await db.drop();
    await db.drop();
    await straggler.end().catch(() => undefined);

    const { url } = await getTestServer();
    const left = await query(url, "select 1 from pg_database where datname = $1", [db.name]);
    expect(left).toEqual([]);
  });

  it("gives each call its own database", async () => {
    const [a, b] = await Promise.all([createTestDatabase("twin"), createTestDatabase("twin")]);
    try {
      expect(a.name).not.toBe(b.name);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });

  it("keeps long labels within PostgreSQL's 63-byte identifiers", async () => {
    const db = await createTestDatabase("x".repeat(100));
    try {
      expect(db.name.length).toBeLessThanOrEqual(63);
      expect(await query(db.url, "select current_database() as name")).toEqual([{ name: db.name }]);
    } finally {
      await db.drop();
    }
  });
});
