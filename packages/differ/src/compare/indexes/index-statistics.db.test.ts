// Statistics targets of index expression columns end to end (issue #13): read with the index,
// compared without rebuilding it, set again after a rebuild, undone exactly, pulled into the
// models and set by the baseline.
import { openTestDatabase, pgDumpMatchesTestServer, schemaDumpText } from "@retort/test-harness";
import { sql as rawSql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectDependencies } from "../../introspect/catalog-dependencies";
import { introspectSchema } from "../../introspect/introspect-schema";
import { column as c } from "../../models/column-builder";
import { describeModels } from "../../models/describe-models";
import { index } from "../../models/index-builder";
import { sql } from "../../models/sql-fragment";
import { table } from "../../models/table";
import {
  describeRenderedModels,
  differEntry,
  managedPart,
  runBody,
  temporaryModelsDir,
} from "../../pull/pull.test-fixture";
import { renderBaseline } from "../../pull/render-baseline";
import { renderModelFiles } from "../../pull/render-model-files";
import { renderMigrationBody } from "../../render/render-migration-body";
import { diffSchemas } from "../diff-schemas";
import {
  describeBoth,
  expectRoundTrip,
  openRoundTripDatabase,
  type RoundTripDatabase,
} from "../round-trip.test-fixture";

const weird = `"Weird ""name""; drop table x"`;
const weirdIndex = `"lower ""idx""; drop table x"`;

/** Targets on a hostile-named index's expression columns, and on a materialized view's index. */
const tuned = `
  create table public.${weird} (id integer primary key, email text, tenant bigint);
  create index ${weirdIndex} on public.${weird} (tenant, lower(email), (tenant + 1));
  alter index public.${weirdIndex} alter column 2 set statistics 1000, alter column 3 set statistics 0;
  create index plain_idx on public.${weird} (upper(email));
  create materialized view public.mv as select id, email from public.${weird};
  create index mv_idx on public.mv (lower(email));
  alter index public.mv_idx alter column 1 set statistics 300;
`;

/** The models of the table in `tuned`. */
function tunedModels() {
  return {
    weird: table(
      'Weird "name"; drop table x',
      { id: c.integer().primaryKey(), email: c.text(), tenant: c.bigint() },
      (t) => ({
        indexes: [
          index('lower "idx"; drop table x')
            .on(t.tenant, sql`lower(${t.email})`, sql`(${t.tenant} + 1)`)
            .statistics({ 2: 1000, 3: 0 }),
          index("plain_idx").on(sql`upper(${t.email})`),
        ],
      }),
    ),
  };
}

let database: RoundTripDatabase;

beforeAll(async () => {
  database = await openRoundTripDatabase("differ_index_statistics");
});

afterAll(async () => {
  await database?.close();
});

describe("index statistics targets", () => {
  it("are read with a table's index; a materialized view's stay SQL beside the models", async () => {
    await database.reset();
    await rawSql.raw(tuned).execute(database.db);
    const d = await database.introspect();
    const t = d.tables.find((x) => x.name === 'Weird "name"; drop table x')!;
    const byName = Object.fromEntries(t.indexes.map((i) => [i.name, i.statistics]));
    expect(byName).toEqual({
      'lower "idx"; drop table x': { 2: 1000, 3: 0 },
      plain_idx: undefined,
    });
    expect(d.unmanaged.map((u) => [u.kind, u.name])).toEqual([["index statistics", "mv_idx"]]);
  });

  it("declared in the models match the database: check finds nothing", async () => {
    await database.reset();
    await rawSql.raw(tuned).execute(database.db);
    const live = await database.introspect();
    const models = describeModels(tunedModels());
    const liveTables = { ...live, unmanaged: [], views: [] };
    expect(diffSchemas(liveTables, models).upgrade).toEqual([]);
    const drifted = describeModels({
      weird: table(
        'Weird "name"; drop table x',
        { id: c.integer().primaryKey(), email: c.text(), tenant: c.bigint() },
        (t) => ({
          indexes: [
            index('lower "idx"; drop table x')
              .on(t.tenant, sql`lower(${t.email})`, sql`(${t.tenant} + 1)`)
              .statistics({ 2: 1000 }),
            index("plain_idx").on(sql`upper(${t.email})`),
          ],
        }),
      ),
    });
    expect(diffSchemas(liveTables, drifted).upgrade).toEqual([
      {
        kind: "setIndexStatistics",
        schema: "public",
        name: 'lower "idx"; drop table x',
        column: 3,
        statistics: null,
        existingStatistics: 0,
      },
    ]);
  });

  it("set, changed and reset in place round-trip, one operation per column", async () => {
    const { a, b } = await describeBoth(
      database,
      `create table t (a text, b text); create index t_idx on t (lower(a), lower(b), a);
       alter index t_idx alter column 1 set statistics 50, alter column 2 set statistics 60;`,
      `create table t (a text, b text); create index t_idx on t (lower(a), lower(b), a);
       alter index t_idx alter column 1 set statistics 500;`,
    );
    const { upgrade, downgrade } = await expectRoundTrip(database, a, b);
    expect(upgrade).toEqual([
      {
        kind: "setIndexStatistics",
        schema: "public",
        name: "t_idx",
        column: 1,
        statistics: 500,
        existingStatistics: 50,
      },
      {
        kind: "setIndexStatistics",
        schema: "public",
        name: "t_idx",
        column: 2,
        statistics: null,
        existingStatistics: 60,
      },
    ]);
    expect(downgrade.map((op) => op.kind)).toEqual(["setIndexStatistics", "setIndexStatistics"]);
    expect(renderMigrationBody(upgrade)).toContain(
      'op.setIndexStatistics("t_idx", 1, 500, { schema: "public", existingStatistics: 50 });',
    );
  });

  it("an index rebuilt gets its targets after the create, and down gives the old ones back", async () => {
    const { a, b } = await describeBoth(
      database,
      `create table t (a text, b text); create index t_idx on t (lower(a));
       alter index t_idx alter column 1 set statistics 50;`,
      `create table t (a text, b text); create index t_idx on t (lower(b));
       alter index t_idx alter column 1 set statistics 70;`,
    );
    const { upgrade, downgrade } = await expectRoundTrip(database, a, b);
    expect(upgrade.map((op) => op.kind)).toEqual([
      "dropIndex",
      "createIndex",
      "setIndexStatistics",
    ]);
    expect(upgrade.at(-1)).toMatchObject({ statistics: 70, existingStatistics: null });
    expect(downgrade.at(-1)).toMatchObject({ kind: "setIndexStatistics", statistics: 50 });
  });

  it("an index renamed keeps its targets, and changes only those that differ", async () => {
    const { a, b } = await describeBoth(
      database,
      `create table t (a text); create index t_old on t (lower(a));
       alter index t_old alter column 1 set statistics 50;`,
      `create table t (a text); create index t_new on t (lower(a));
       alter index t_new alter column 1 set statistics 60;`,
    );
    const { upgrade } = await expectRoundTrip(database, a, b);
    expect(upgrade).toMatchObject([
      { kind: "renameIndex", name: "t_old", newName: "t_new" },
      { kind: "setIndexStatistics", name: "t_new", statistics: 60, existingStatistics: 50 },
    ]);
  });

  it("a new table's and a new index's targets are set after they are created, and dropped back", async () => {
    const { a, b } = await describeBoth(
      database,
      `create table t (a text);`,
      `create table t (a text); create index t_idx on t (lower(a));
       alter index t_idx alter column 1 set statistics 70;
       create table u (a text); create index u_idx on u (upper(a));
       alter index u_idx alter column 1 set statistics 80;`,
    );
    const { upgrade } = await expectRoundTrip(database, a, b);
    const kinds = upgrade.map((op) => op.kind);
    expect(kinds.filter((k) => k === "setIndexStatistics")).toHaveLength(2);
    expect(kinds.lastIndexOf("createIndex")).toBeLessThan(kinds.indexOf("setIndexStatistics"));
  });

  it("a target for a column that is no expression is a model error", () => {
    const bad = table("t", { a: c.text() }, (t) => ({
      indexes: [index("t_idx").on(t.a, sql`lower(${t.a})`).statistics({ 1: 100 })],
    }));
    expect(() => describeModels({ bad })).toThrow(
      /Index t_idx on public.t has a statistics target for column 1, which is not one of its expression columns/,
    );
    const beyond = table("t", { a: c.text() }, (t) => ({
      indexes: [index("t_idx").on(sql`lower(${t.a})`).statistics({ 2: 100 })],
    }));
    expect(() => describeModels({ beyond })).toThrow(/column 2/);
  });
});

const canDump = await pgDumpMatchesTestServer();

describe("index statistics targets pulled", () => {
  let source: Awaited<ReturnType<typeof openTestDatabase>>;
  let target: Awaited<ReturnType<typeof openTestDatabase>>;
  let empty = "";
  let baseline: ReturnType<typeof renderBaseline>;

  beforeAll(async () => {
    source = await openTestDatabase("differ_index_statistics_pull_a");
    target = await openTestDatabase("differ_index_statistics_pull_b");
    await rawSql.raw(tuned).execute(source.db);
    if (canDump) empty = schemaDumpText(target.database.url);
  });

  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it("are written into the models, which check clean, and the baseline sets them", async () => {
    const actual = await introspectSchema(source.db);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(actual, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: differEntry,
      });
      const text = result.files.map((f) => f.text).join("\n");
      expect(text).toContain(".statistics({ 2: 1000, 3: 0 })");
      const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect(described).toStrictEqual(managedPart(actual));
      expect(diffSchemas(actual, described).upgrade).toEqual([]);
    } finally {
      tmp.remove();
    }

    baseline = renderBaseline(actual, { dependencies: await introspectDependencies(source.db) });
    expect(baseline.upgrades).toContain("op.setIndexStatistics(");
    await runBody(target.db, baseline.upgrades);
    expect(await introspectSchema(target.db)).toStrictEqual(actual);
  });

  // The database the test above rebuilt, as pg_dump prints it (pg_dump must match the server).
  it.skipIf(!canDump)(
    "rebuild the database as pg_dump prints it, and the down empties it",
    async () => {
      expect(schemaDumpText(target.database.url)).toBe(schemaDumpText(source.database.url));
      await runBody(target.db, baseline.downgrades);
      expect(schemaDumpText(target.database.url)).toBe(empty);
    },
  );
});
