import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// What `--sql` scripts, URLs and ranges promise, through the built `retort` binary.

let db: TestDatabase;
let client: pg.Client;
const projects: Project[] = [];

beforeAll(async () => {
  db = await createTestDatabase("e2e_offline_urls");
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
afterAll(async () => {
  await client.end();
  await db.drop();
});
afterEach(async () => {
  for (const p of projects.splice(0)) p.remove();
  await client.query("RESET standard_conforming_strings");
  await client.query("DROP SCHEMA public CASCADE");
  await client.query("CREATE SCHEMA public");
});

function project(env: Record<string, string | undefined> = { DATABASE_URL: db.url }): Project {
  const p = new Project(env);
  projects.push(p);
  return p;
}

const hostile = "x\\'); DROP TABLE victim; --";

describe("--sql scripts", () => {
  it("stay inert under standard_conforming_strings = off, and the value round-trips", async () => {
    const p = project();
    p.migration(
      "aaaa00000001",
      null,
      `op.createTable("note", { columns: { body: { type: "text" } } });
    op.bulkInsert("note", [{ body: ${JSON.stringify(hostile)} }]);`,
      `op.dropTable("note");`,
    );
    const script = await p.run("upgrade", "head", "--sql");
    expect(script.code, script.stderr).toBe(0);
    expect(script.stdout.startsWith("SET standard_conforming_strings = on;\n")).toBe(true);

    // The script's literals do not lean on its first line either.
    const withoutSet = script.stdout.replace("SET standard_conforming_strings = on;\n", "");
    for (const text of [script.stdout, withoutSet]) {
      await client.query("CREATE TABLE victim (id int)");
      await client.query("SET standard_conforming_strings = off");
      await client.query(text);
      await client.query("RESET standard_conforming_strings");
      const victim = await client.query("SELECT to_regclass('public.victim') AS t");
      expect(victim.rows[0].t).toBe("victim");
      const notes = await client.query<{ body: string }>("SELECT body FROM note");
      expect(notes.rows.map((row) => row.body)).toEqual([hostile]);
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    }
  });
});
