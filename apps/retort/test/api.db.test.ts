import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as retort from "../src/index";
import { isRetortError, openMigrator } from "../src/index";
import { Project } from "./project";

let db: TestDatabase;
let kysely: Kysely<any>;
let project: Project;

beforeAll(async () => {
  db = await createTestDatabase("e2e_api");
  // An application's own pool, with several connections: retort pins one per command.
  kysely = new Kysely<any>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: db.url, max: 5 }) }),
  });
  project = new Project({});
  project.migration(
    "aaaa00000001",
    null,
    `op.createTable("item", { columns: { id: { type: "integer", primaryKey: true } } });`,
    `op.dropTable("item");`,
  );
  project.migration(
    "bbbb00000002",
    "aaaa00000001",
    `op.run(async ({ db }) => { await db.insertInto("item").values([{ id: 1 }, { id: 2 }]).execute(); });`,
    `op.execute("delete from item");`,
  );
});
afterAll(async () => {
  project.remove();
  await kysely.destroy();
  await db.drop();
});

describe("the programmatic API", () => {
  it("exports every function and class the README's Programmatic API names", () => {
    const named = [
      "openMigrator",
      "ScriptDirectory",
      "RevisionGraph",
      "generateRevision",
      "renderOfflineScript",
      "renderStampScript",
      "lintMigrations",
      "describeModels",
      "introspectSchema",
      "diffSchemas",
      "renderMigrationBody",
      "autogenerate",
      "checkModels",
      "renderModelFiles",
      "renderBaseline",
      "runMigrationTest",
      "schemaDifferences",
      "isRetortError",
      "RetortError",
    ];
    const exported = retort as Record<string, unknown>;
    expect(named.filter((name) => typeof exported[name] !== "function")).toEqual([]);
    expect(Array.isArray(exported.lintRules)).toBe(true);
  });

  it("migrates on the application's Kysely instance, with events, and leaves it usable", async () => {
    const migrator = await openMigrator({ cwd: project.root, db: kysely });
    const events: string[] = [];
    const result = await migrator.upgrade("head", { onEvent: (event) => events.push(event.kind) });
    expect(result.to).toEqual(["bbbb00000002"]);
    expect(result.steps.map((step) => step.revision)).toEqual(["aaaa00000001", "bbbb00000002"]);
    expect(events).toEqual(["step-start", "step-end", "step-start", "step-end"]);
    // op.run's db was bound to the migration's transaction: its rows are there.
    const rows = await sql<{ n: number }>`select count(*)::int as n from item`.execute(kysely);
    expect(rows.rows[0]!.n).toBe(2);
    expect(await migrator.currentHeads()).toEqual(["bbbb00000002"]);
    const history = await migrator.history();
    expect(history.map((entry) => `${entry.direction} ${entry.revision}`)).toEqual([
      "up aaaa00000001",
      "up bbbb00000002",
    ]);
    await migrator.downgrade("base");
    expect(await migrator.currentHeads()).toEqual([]);
    await migrator.close();
    // close() does not destroy an instance retort did not make.
    expect((await sql<{ one: number }>`select 1 as one`.execute(kysely)).rows[0]!.one).toBe(1);
  });

  it("throws typed errors with a code and a hint", async () => {
    const migrator = await openMigrator({ cwd: project.root, db: kysely });
    try {
      const error = await migrator.upgrade("cccc").then(
        () => new Error("upgrade to an unknown revision succeeded"),
        (e: unknown) => e,
      );
      expect(isRetortError(error)).toBe(true);
      expect(error).toMatchObject({ code: "UNKNOWN_REVISION" });
      expect((error as { hint?: unknown }).hint).toBeTruthy();
    } finally {
      await migrator.close();
    }
  });
});
