import { importModules } from "@retort/core";
import {
  type OpenTestDatabase,
  openTestDatabase,
  pgDumpMatchesTestServer,
  schemaDumpStatements,
} from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkModels } from "../autogenerate/autogenerate";
import { introspectDependencies } from "../introspect/catalog-dependencies";
import { introspectSchema } from "../introspect/introspect-schema";
import { column } from "../models/column-builder";
import { extension } from "../models/extension";
import { schema as schemaModel } from "../models/schema-model";
import { sequence } from "../models/sequence";
import { table } from "../models/table";
import {
  describeRenderedModels,
  managedPart,
  runBody,
  temporaryModelsDir,
} from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";
import { renderModelFiles } from "./render-model-files";

// Free-standing sequences, schemas and extensions pulled into models: the models describe the
// database exactly, `check` finds nothing, and the baseline rebuilds it from the models (as
// pg_dump prints it, when pg_dump matches the server).

const canDump = await pgDumpMatchesTestServer();

const ddl = `
  create schema app;
  comment on schema app is 'nothing here yet';
  create schema billing;
  create table billing.invoice (id bigint primary key, number bigint);
  create sequence billing.invoice_number as integer start 1000 cache 20 owned by billing.invoice.number;
  comment on sequence billing.invoice_number is 'one per invoice';
  create sequence public."Weird ""seq""; drop table x" increment by -2 minvalue -9223372036854775807 cycle;
  select nextval('billing.invoice_number');
  create schema ext;
  create extension citext with schema ext;
  create extension hstore with schema public;
  create table public.doc (id serial primary key, tags hstore, title ext.citext);
`;

let source: OpenTestDatabase;
let target: OpenTestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([
    openTestDatabase("differ_namespaces_pull_a"),
    openTestDatabase("differ_namespaces_pull_b"),
  ]);
  await sql.raw(ddl).execute(source.db);
}, 60_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

describe("pull of sequences, schemas and extensions", () => {
  it("writes models that describe them, check is clean, and the baseline rebuilds them", async () => {
    const schema = await introspectSchema(source.db);
    expect(schema.extensions.map((e) => e.name)).toEqual(["citext", "hstore"]);
    expect(schema.unmanaged.filter((u) => u.kind === "extension" || u.kind === "comment")).toEqual(
      [],
    );
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(schema, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: `${process.cwd()}/src/index.ts`,
      });
      const byPath = new Map(result.files.map((f) => [f.path.slice(tmp.dir.length + 1), f.text]));
      expect(byPath.get("billing/sequences.ts")).toContain(
        'export const invoiceNumber = sequence("invoice_number", {',
      );
      expect(byPath.get("billing/sequences.ts")).toContain("ownedBy: invoice.columns.number,");
      expect(byPath.get("schemas.ts")).toContain('schema("app", { comment: "nothing here yet" })');
      expect(byPath.get("extensions.ts")).toContain(
        'extension("citext", { schema: "ext", version:',
      );
      expect(result.warnings).toEqual([]);
      const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect(managedPart(described)).toEqual(managedPart(schema));
      const [models = {}] = await importModules([`${tmp.dir}/index.ts`], {
        tempDir: process.cwd(),
      });
      expect((await checkModels({ db: source.db, models })).changes).toEqual([]);
    } finally {
      tmp.remove();
    }
    const baseline = renderBaseline(schema, {
      dependencies: await introspectDependencies(source.db),
    });
    expect(baseline.upgrades).toContain("op.createExtension(");
    expect(baseline.upgrades).not.toContain("CREATE EXTENSION");
    await runBody(target.db, baseline.upgrades);
    expect(managedPart(await introspectSchema(target.db))).toEqual(managedPart(schema));
    await runBody(target.db, baseline.downgrades);
    const emptied = await introspectSchema(target.db);
    expect([
      emptied.sequences,
      emptied.extensions,
      emptied.schemas,
      emptied.schemaComments,
    ]).toEqual([[], [], [], []]);
    await runBody(target.db, baseline.upgrades);
  }, 120_000);

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    expect(schemaDumpStatements(target.database.url)).toEqual(
      schemaDumpStatements(source.database.url),
    );
  });
});

describe("check against models that declare sequences, schemas and extensions", () => {
  it("finds nothing when they match, and leaves undeclared kinds alone", async () => {
    const invoice = table(
      "invoice",
      { id: column.bigint().primaryKey(), number: column.bigint() },
      { schema: "billing" },
    );
    const models = {
      invoice,
      invoiceNumber: sequence("invoice_number", {
        schema: "billing",
        as: "integer",
        start: 1000,
        cache: 20,
        ownedBy: invoice.columns.number,
        comment: "one per invoice",
      }),
      weird: sequence('Weird "seq"; drop table x', {
        increment: -2,
        minValue: "-9223372036854775807",
        cycle: true,
      }),
      app: schemaModel("app", { comment: "nothing here yet" }),
    };
    // No extension() model: the installed extensions are left alone, and no table is dropped
    // only because the models above leave out public.doc (it is reported as a table drop).
    const { changes } = await checkModels({ db: source.db, models });
    expect(changes.map((c) => c.description)).toEqual([expect.stringMatching(/doc/)]);
    // Declaring one makes the managed schemas' extensions the models': hstore goes.
    const withExtensions = {
      ...models,
      citext: extension("citext", { schema: "ext" }),
    };
    const second = await checkModels({ db: source.db, models: withExtensions });
    expect(second.changes.map((c) => c.description)).toEqual(
      expect.arrayContaining([expect.stringMatching(/dropped extension hstore/)]),
    );
  });
});
