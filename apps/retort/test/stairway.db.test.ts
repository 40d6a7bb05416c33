import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRetortError } from "../src/index";
import { testMigrations } from "../src/testing";
import { exampleDir, Project } from "./project";

// `testMigrations` from "retort/testing", as a project's vitest suite calls it, against the
// test server: the URL given is where the throwaway database is made.

let server: TestDatabase;
const projects: Project[] = [];

beforeAll(async () => {
  server = await createTestDatabase("e2e_stairway");
});
afterAll(async () => {
  for (const p of projects) p.remove();
  await server.drop();
});

describe("testMigrations", () => {
  it("passes on the example, whose history ends in a merge, and runs check at the heads", async () => {
    const p = new Project({}, { copyOf: exampleDir });
    projects.push(p);
    const seen: string[] = [];
    const result = await testMigrations({
      cwd: p.root,
      url: server.url,
      onEvent: (event) => {
        if (event.kind === "revision") seen.push(event.result.revision);
      },
    });
    expect(result.ok).toBe(true);
    expect(result.revisions.map((r) => r.status)).toEqual(Array(6).fill("passed"));
    expect(seen.at(-1)).toBe("319f45d4389b"); // the merge, after both its parents
    expect(result.check).toEqual({ isEmpty: true, changes: [] });
    expect(result.database).toMatch(/^postgres:\/\/.*\/retort_test_/);
  });

  it("rejects naming the revision whose down() forgot a column, and the column", async () => {
    const p = new Project({});
    projects.push(p);
    p.migration(
      "aaaa00000001",
      null,
      `op.createTable("item", { columns: { id: { type: "integer", primaryKey: true } } });`,
      `op.dropTable("item");`,
    );
    p.migration(
      "bbbb00000002",
      "aaaa00000001",
      `op.addColumn("item", "label", { type: "text" });`,
      "",
    );
    const error = await testMigrations({ cwd: p.root, url: server.url, check: false }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isRetortError(error) && error.code).toBe("MIGRATION_TEST_FAILED");
    expect((error as Error).message).toContain(
      "migrations/versions/bbbb00000002_m.ts: down() of bbbb00000002 does not undo its up(): it left column public.item.label (text) behind.",
    );

    const result = await testMigrations({
      cwd: p.root,
      url: server.url,
      check: false,
      throwOnFailure: false,
    });
    expect(result.ok).toBe(false);
    expect(result.revisions[1]?.differences.map((d) => d.object)).toEqual([
      "column public.item.label (text)",
    ]);
  });

  it("runs the config's testSetup (or --setup) first, for what the migrations expect to exist", async () => {
    // A platform's schema (Supabase's auth, say): there before the migrations, never created by them.
    const config = (setup: string) =>
      `import { defineConfig } from "retort";\n\nexport default defineConfig({\n  url: process.env.DATABASE_URL,\n  migrations: "migrations",\n  models: "models/index.ts",${setup}\n});\n`;
    const p = new Project({ DATABASE_URL: server.url });
    projects.push(p);
    // As pg_dump writes it: a psql command, and a search_path the migrations must not inherit.
    p.write(
      "platform.sql",
      "\\restrict abc\nselect pg_catalog.set_config('search_path', '', false);\ncreate schema platform;\ncreate table platform.account (id int);\n\\unrestrict abc\n",
    );
    p.migration(
      "aaaa00000001",
      null,
      `op.execute("create view mine as select id from platform.account"); op.execute("create table own (id int)");`,
      `op.execute("drop table own"); op.execute("drop view mine");`,
    );
    const without = await testMigrations({
      cwd: p.root,
      url: server.url,
      check: false,
      throwOnFailure: false,
    });
    expect(without.ok).toBe(false);
    expect(without.revisions[0]?.problem).toContain('relation "platform.account" does not exist');

    const flagged = await p.run("test", "--setup", "platform.sql");
    expect(flagged.code, `${flagged.stdout}${flagged.stderr}`).toBe(0);

    p.write("retort.config.ts", config('\n  testSetup: "platform.sql",'));
    const configured = await testMigrations({ cwd: p.root, url: server.url, check: false });
    expect(configured.ok).toBe(true);
    const broken = await p.run("test", "--setup", "nowhere.sql");
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("The test setup file nowhere.sql cannot be read.");
  });
});
