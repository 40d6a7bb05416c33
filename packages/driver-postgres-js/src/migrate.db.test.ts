import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  loadScriptDirectory,
  Migrator,
  openDriver,
  resolveConfig,
  sideSessionsOf,
} from "@retort/core";
import { createTestDatabase, TempProject, type TestDatabase } from "@retort/test-harness";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "./index";

const packageFolder = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const coreFolder = resolve(packageFolder, "../core");

let database: TestDatabase;
let project: TempProject;

// A history with what breaks a naive postgres.js driver: a multi-statement `op.execute` (one
// simple-protocol message) and `CREATE INDEX CONCURRENTLY` in a `transactional: false` migration.
const first = `import { defineMigration } from "@retort/core";

export default defineMigration({
  revision: "a1a1a1a1a1a1",
  downRevision: null,
  message: "ledger with seed rows",
  up(op) {
    op.execute(\`create table "ledger; entry" (id int primary key, note text);
      insert into "ledger; entry" values (1, 'it''s; one');
      insert into "ledger; entry" values (2, 'two'), (3, 'three');\`);
  },
  down(op) {
    // DESTRUCTIVE: drops the table this migration created, with its seed rows.
    op.execute(\`drop table "ledger; entry"; select 1;\`);
  },
});
`;

const second = `import { defineMigration } from "@retort/core";

export default defineMigration({
  revision: "b2b2b2b2b2b2",
  downRevision: "a1a1a1a1a1a1",
  message: "index the notes concurrently",
  transactional: false,
  up(op) {
    op.createIndex("ledger_note_idx", "ledger; entry", ["note"], { concurrently: true });
  },
  down(op) {
    op.dropIndex("ledger_note_idx", { concurrently: true });
  },
});
`;

beforeAll(async () => {
  database = await createTestDatabase("driver_pgjs_migrate");
  project = new TempProject({
    prefix: "retort-pgjs-",
    files: {
      "migrations/versions/a1a1a1a1a1a1_ledger.ts": first,
      "migrations/versions/b2b2b2b2b2b2_index.ts": second,
    },
    // The project installs the driver and names it in its config, as the README says; the test
    // task builds this package first, so its dist is what the project imports.
    packages: { "@retort/core": coreFolder, "@retort/driver-postgres-js": packageFolder },
  });
});

afterAll(async () => {
  project?.remove();
  await database?.drop();
});

describe("migrating with @retort/driver-postgres-js", () => {
  it("offers side sessions to reads on withConnection, each a session of its own", async () => {
    const config = resolveConfig(
      { url: database.url, driver: "@retort/driver-postgres-js" },
      project.root,
    );
    const driver = await openDriver(config);
    const migrator = new Migrator({ config, scripts: loadScriptDirectory(config), driver });
    const pid = async (db: Kysely<any>) =>
      (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid;
    try {
      const [own, side] = await migrator.withConnection(async (db) => {
        const sideDb = sideSessionsOf(db)?.open();
        if (sideDb === undefined) throw new Error("no side sessions offered");
        try {
          return [await pid(db), await pid(sideDb)];
        } finally {
          await sideDb.destroy();
        }
      });
      expect(own).toBeTypeOf("number");
      expect(side).not.toBe(own);
    } finally {
      await migrator.close();
    }
  });

  it("upgrades to head and downgrades to base", async () => {
    const config = resolveConfig(
      { url: database.url, driver: "@retort/driver-postgres-js" },
      project.root,
    );
    const driver = await openDriver(config);
    expect(driver.name).toBe("postgres-js");
    const migrator = new Migrator({ config, scripts: loadScriptDirectory(config), driver });
    const inspect = createDriver({ url: database.url, root: project.root });
    const db = new Kysely<any>({ dialect: inspect.createDialect() });
    try {
      const up = await migrator.upgrade("head");
      expect(up.to).toEqual(["b2b2b2b2b2b2"]);
      const rows = await sql<{ id: number; note: string }>`
        select id, note from "ledger; entry" order by id`.execute(db);
      expect(rows.rows).toEqual([
        { id: 1, note: "it's; one" },
        { id: 2, note: "two" },
        { id: 3, note: "three" },
      ]);
      const index = await sql<{ valid: boolean }>`
        select i.indisvalid as valid from pg_index i
        where i.indexrelid = to_regclass('public.ledger_note_idx')`.execute(db);
      expect(index.rows).toEqual([{ valid: true }]);
      expect(await migrator.currentHeads()).toEqual(["b2b2b2b2b2b2"]);

      const down = await migrator.downgrade("base");
      expect(down.to).toEqual([]);
      const left = await sql<{ table: string | null; index: string | null }>`
        select to_regclass('public."ledger; entry"')::text as table,
               to_regclass('public.ledger_note_idx')::text as index`.execute(db);
      expect(left.rows).toEqual([{ table: null, index: null }]);
      expect(await migrator.currentHeads()).toEqual([]);
    } finally {
      await db.destroy();
      await migrator.close();
    }
  });
});
