import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import createDriver from "@retort/driver-pglite";
import { CompiledQuery, Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkModels,
  importModules,
  introspectDependencies,
  introspectSchema,
  Operations,
  renderBaseline,
  renderModelFiles,
  renderOperation,
} from "../src/index";

// The embedded database is PostgreSQL 18 (PGlite): sequences and schemas pulled from it are
// models that `check` finds equal to it, and the baseline rebuilds them there. PGlite as retort
// opens it installs no extension but plpgsql (which lives in pg_catalog, outside any managed
// schema), so the extension cases run on the PostgreSQL server (namespaces.db.test.ts).

const ddl = `
  create schema app;
  comment on schema app is 'nothing here yet';
  create schema billing;
  create table billing.invoice (id bigint primary key, number bigint);
  create sequence billing.invoice_number as integer start 1000 cache 20 owned by billing.invoice.number;
  comment on sequence billing.invoice_number is 'one per invoice';
  create sequence public."Weird ""seq""; drop table x" increment by -2 minvalue -9223372036854775807 cycle;
  select nextval('billing.invoice_number');
`;

const root = mkdtempSync(join(tmpdir(), "retort-namespaces-"));
const open = () => {
  const driver = createDriver({ url: "pglite://memory", root });
  return { driver, db: new Kysely<any>({ dialect: driver.createDialect() }) };
};
const source = open();
const target = open();

beforeAll(async () => {
  await sql.raw(ddl).execute(source.db);
}, 60_000);
afterAll(async () => {
  await Promise.all([source.db.destroy(), target.db.destroy()]);
  await Promise.all([source.driver.close(), target.driver.close()]);
  rmSync(root, { recursive: true, force: true });
});

async function runBody(db: Kysely<any>, body: string): Promise<void> {
  const op = new Operations();
  new Function("op", body)(op);
  for (const operation of op.operations) {
    for (const statement of renderOperation(operation)) {
      await db.executeQuery(CompiledQuery.raw(statement.sql, [...(statement.params ?? [])]));
    }
  }
}

describe("sequences and schemas on PostgreSQL 18 (PGlite)", () => {
  it("pull writes models that check finds equal, and the baseline rebuilds them", async () => {
    const schema = await introspectSchema(source.db);
    expect(schema.sequences.map((s) => [s.schema, s.name, s.ownedBy, s.comment])).toEqual([
      ["billing", "invoice_number", { table: "invoice", column: "number" }, "one per invoice"],
      ["public", 'Weird "seq"; drop table x', null, null],
    ]);
    expect(schema.schemaComments).toEqual([{ name: "app", comment: "nothing here yet" }]);
    const dir = mkdtempSync(join(root, "models-"));
    const { files, warnings } = renderModelFiles(schema, {
      modelsDir: dir,
      entryFile: "index.ts",
      importFrom: "@retort/differ",
    });
    expect(warnings).toEqual([]);
    const { writeFileSync, mkdirSync } = await import("node:fs");
    for (const f of files) {
      mkdirSync(join(f.path, ".."), { recursive: true });
      writeFileSync(f.path, f.text);
    }
    const [models = {}] = await importModules([join(dir, "index.ts")], {
      tempDir: resolve(import.meta.dirname, ".."),
    });
    expect((await checkModels({ db: source.db, models })).changes).toEqual([]);

    const baseline = renderBaseline(schema, {
      dependencies: await introspectDependencies(source.db),
    });
    await runBody(target.db, baseline.upgrades);
    expect(await introspectSchema(target.db)).toEqual(schema);
    expect((await checkModels({ db: target.db, models })).changes).toEqual([]);
    await runBody(target.db, baseline.downgrades);
    const emptied = await introspectSchema(target.db);
    expect([emptied.sequences, emptied.schemas, emptied.schemaComments]).toEqual([[], [], []]);
  });
});
