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
import type { SchemaDescription } from "../schema/schema-description";
import { describeRenderedModels, runBody, temporaryModelsDir } from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";
import { renderModelFiles } from "./render-model-files";

// A database with domains, composite and range types of every shape the models declare, used by
// columns and by each other, pulled into models: the models describe it exactly, `check` against
// it finds nothing, and the baseline rebuilds it from the models (as pg_dump prints it).

const canDump = await pgDumpMatchesTestServer();

const ddl = `
  create schema app;
  create type app.mood as enum ('ok', 'meh');
  create function app.is_even(n int) returns boolean language plpgsql immutable
    as 'begin return n % 2 = 0; end';
  create domain app.even as int not null default 2 constraint even check (app.is_even(value))
    constraint small check (value < 1000 and value > -1000);
  comment on domain app.even is 'even numbers';
  create domain app.code as varchar(10) collate "C" check (value ~ '^[A-Z]+$') check (value <> 'X');
  create domain app.moody as app.mood default 'ok';
  create domain public."Weird ""d""; drop" as text[] check (cardinality(value) < 3);
  create type app.address as (street text, "Zip code" app.code, city varchar(40) collate "C", m app.mood);
  comment on type app.address is 'where';
  create type app.float_range as range (subtype = float8, subtype_diff = float8mi);
  create type app.code_span as range (subtype = text, collation = "C", multirange_type_name = app.code_spans);
  comment on type app.float_range is 'floats';
  create table app.customer (
    id int primary key, n app.even, c app.code, home app.address, homes app.address[],
    span app.float_range, spans app.code_spans, m app.moody, w public."Weird ""d""; drop");
`;

let source: OpenTestDatabase;
let target: OpenTestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([
    openTestDatabase("differ_types_pull_a"),
    openTestDatabase("differ_types_pull_b"),
  ]);
  await sql.raw(ddl).execute(source.db);
}, 60_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

const types = (d: SchemaDescription) => ({
  domains: d.domains,
  compositeTypes: d.compositeTypes,
  rangeTypes: d.rangeTypes,
  tables: d.tables,
});

describe("pull of domains, composite and range types", () => {
  it("writes models that describe them, check against the source is clean, and the baseline rebuilds them", async () => {
    const schema = await introspectSchema(source.db);
    expect(schema.domains.map((d) => d.name)).toEqual(["code", "even", "moody", 'Weird "d"; drop']);
    expect(schema.compositeTypes.map((t) => t.name)).toEqual(["address"]);
    expect(schema.rangeTypes.map((t) => t.name)).toEqual(["code_span", "float_range"]);
    expect(
      schema.unmanaged.filter((u) => ["domain", "composite type", "range type"].includes(u.kind)),
    ).toEqual([]);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(schema, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: `${process.cwd()}/src/index.ts`,
      });
      const paths = result.files.map((f) => f.path.slice(tmp.dir.length + 1));
      expect(paths).toEqual(expect.arrayContaining(["app/types.ts", "public/types.ts"]));
      const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect(types(described)).toEqual(types(schema));
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
    expect(baseline.upgrades).toContain("op.createDomain(");
    expect(baseline.upgrades).toContain("op.createCompositeType(");
    expect(baseline.upgrades).toContain("op.createRangeType(");
    await runBody(target.db, baseline.upgrades);
    expect(types(await introspectSchema(target.db))).toEqual(types(schema));
    await runBody(target.db, baseline.downgrades);
    const emptied = await introspectSchema(target.db);
    expect([emptied.domains, emptied.compositeTypes, emptied.rangeTypes, emptied.tables]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    await runBody(target.db, baseline.upgrades);
    expect(types(await introspectSchema(target.db))).toEqual(types(schema));
  }, 120_000);

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    expect(schemaDumpStatements(target.database.url)).toEqual(
      schemaDumpStatements(source.database.url),
    );
  });
});
