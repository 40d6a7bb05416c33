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
import { importRenderedModels, runBody, temporaryModelsDir } from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";
import { renderModelFiles } from "./render-model-files";

// A database partitioned every way PostgreSQL allows (range with MINVALUE and a default, list
// with NULL and an expression key, hash, a partition partitioned in turn, keys, indexes and a
// check on the parents, a foreign key to a partitioned table, a partition with a foreign key
// and an index of its own), pulled into models: `check`
// finds nothing, and the baseline built from the models gives the same pg_dump back.

const canDump = await pgDumpMatchesTestServer();

const ddl = `
  create schema app;
  create table app.measurement (
    id bigint not null, logged_at timestamptz not null, region text not null default 'eu',
    primary key (id, logged_at)
  ) partition by range (logged_at);
  create index on app.measurement (region);
  create table app.measurement_2024 partition of app.measurement
    for values from ('2024-01-01') to ('2025-01-01');
  comment on table app.measurement_2024 is 'last year';
  create table app.measurement_old partition of app.measurement
    for values from (minvalue) to ('2024-01-01');
  create table app.measurement_rest partition of app.measurement default;
  create table public."Weird ""p""" (id int not null, kind text, amount numeric check (amount > 0))
    partition by list (kind);
  create table public."Weird ""p"" a" partition of public."Weird ""p""" for values in ('a', 'it''s');
  create table public.wp_null partition of public."Weird ""p""" for values in (null);
  create table public.h (id int not null, v text, unique (id)) partition by hash (id);
  create table public.h0 partition of public.h for values with (modulus 2, remainder 0)
    partition by range (id);
  create table public.h0_low partition of public.h0 for values from (0) to (1000);
  create table public.byexpr (a int, b text) partition by list (lower(b));
  create table app.byexpr_x partition of public.byexpr for values in ('x');
  create table public.ref (id int primary key, m_id bigint, m_at timestamptz,
    foreign key (m_id, m_at) references app.measurement);
  create table public.own_keys partition of public.h for values with (modulus 2, remainder 1);
  alter table public.own_keys add foreign key (id) references public.ref (id);
  create index own_keys_by_hand on public.own_keys (v);
`;

let source: OpenTestDatabase;
let target: OpenTestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([
    openTestDatabase("differ_partitions_pull_a"),
    openTestDatabase("differ_partitions_pull_b"),
  ]);
  await sql.raw(ddl).execute(source.db);
}, 60_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

describe("pull of partitioned tables and partitions", () => {
  it("writes partitionBy and partitionOf models that check finds equal, and a baseline that rebuilds them", async () => {
    const schema = await introspectSchema(source.db);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(schema, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: `${process.cwd()}/src/index.ts`,
      });
      const text = (name: string) =>
        result.files.find((f) => f.path.endsWith(`/${name}`))?.text ?? "";
      expect(text("measurement.ts")).toContain('partitionBy: { range: ["loggedAt"] }');
      expect(text("measurement-2024.ts")).toContain(
        'partitionOf: { parent: measurement, forValues: { from: ["2024-01-01 00:00:00+00"], to: ["2025-01-01 00:00:00+00"] } }',
      );
      expect(text("measurement-old.ts")).toContain("forValues: { from: [sql`MINVALUE`], to: [");
      expect(text("measurement-rest.ts")).toContain('forValues: "default"');
      expect(text("wp-null.ts")).toContain("forValues: { in: [null] }");
      expect(text("h0.ts")).toContain('partitionBy: { range: ["id"] }');
      expect(text("h0.ts")).toContain("forValues: { modulus: 2, remainder: 0 }");
      expect(text("byexpr.ts")).toContain("partitionBy: { list: [sql`lower(b)`] }");
      expect(text("own-keys.ts")).toContain(".references(");
      expect(text("own-keys.ts")).toContain('index("own_keys_by_hand")');
      expect(result.warnings.filter((w) => w.includes("partition"))).toEqual([]);
      expect(result.skipped.filter((u) => u.kind.includes("partition"))).toEqual([]);
      const models = await importRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect((await checkModels({ db: source.db, models })).changes).toEqual([]);
    } finally {
      tmp.remove();
    }
    const baseline = renderBaseline(schema, {
      dependencies: await introspectDependencies(source.db),
    });
    expect(baseline.upgrades).toContain("op.attachPartition(");
    await runBody(target.db, baseline.upgrades);
    await runBody(target.db, baseline.downgrades);
    expect((await introspectSchema(target.db)).tables).toEqual([]);
    await runBody(target.db, baseline.upgrades);
  }, 120_000);

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    expect(schemaDumpStatements(target.database.url)).toEqual(
      schemaDumpStatements(source.database.url),
    );
  });
});
