import { execFileSync } from "node:child_process";
import {
  type OpenTestDatabase,
  openTestDatabase,
  pgDumpMatchesTestServer,
} from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffSchemas } from "../compare/diff-schemas";
import { introspectDependencies } from "../introspect/catalog-dependencies";
import { introspectSchema } from "../introspect/introspect-schema";
import type { SchemaDescription } from "../schema/schema-description";
import {
  applyOperations,
  describeRenderedModels,
  differEntry,
  managedPart,
  runBody,
  temporaryModelsDir,
} from "./pull.test-fixture";
import { baselineNotes, renderBaseline } from "./render-baseline";
import { renderModelFiles } from "./render-model-files";

// What pull and its baseline used to lose or refuse (issue #14, "pull / baseline gaps"): each
// `describe` is one database, pulled into models and a baseline, rebuilt by the baseline on an
// empty database, and compared with pg_dump when pg_dump matches the server.

const canDump = await pgDumpMatchesTestServer();

/** Whether the server can create PostGIS (not every test server has it installed). */
const hasPostgis = await (async () => {
  const probe = await openTestDatabase("differ_gaps_probe");
  try {
    const found = await sql`select 1 from pg_available_extensions where name = 'postgis'`.execute(
      probe.db,
    );
    return found.rows.length > 0;
  } finally {
    await probe.close();
  }
})();

/** pg_dump's statements without what differs between two databases holding the same schema. */
function dump(url: string): string[] {
  const lines = execFileSync("pg_dump", ["--schema-only", "--no-comments", url], {
    encoding: "utf8",
  })
    .split("\n")
    .filter(
      (line) =>
        line.trim() !== "" &&
        !/^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/.test(line),
    );
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    current.push(line);
    if (line.endsWith(";")) {
      statements.push(current.join("\n"));
      current = [];
    }
  }
  return statements.sort();
}

/**
 * A source database built from `ddl` and an empty target; `pulled()` reads the source, checks
 * that the rendered models describe what it read, and runs the baseline on the target.
 */
function pullCase(label: string, ddl: string) {
  const state = {} as { source: OpenTestDatabase; target: OpenTestDatabase };
  beforeAll(async () => {
    [state.source, state.target] = await Promise.all([
      openTestDatabase(`differ_gaps_${label}_a`),
      openTestDatabase(`differ_gaps_${label}_b`),
    ]);
    await sql.raw(ddl).execute(state.source.db);
  });
  afterAll(async () => {
    await Promise.all([state.source?.close(), state.target?.close()]);
  });
  let rebuilt: Promise<{ schema: SchemaDescription; baseline: string }> | undefined;
  const pulled = () => {
    rebuilt ??= (async () => {
      const schema = await introspectSchema(state.source.db);
      const tmp = temporaryModelsDir();
      try {
        const result = renderModelFiles(schema, {
          modelsDir: tmp.dir,
          entryFile: "index.ts",
          importFrom: differEntry,
        });
        const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
        expect(described).toStrictEqual(managedPart(schema));
      } finally {
        tmp.remove();
      }
      const baseline = renderBaseline(schema, {
        dependencies: await introspectDependencies(state.source.db),
      }).upgrades;
      await runBody(state.target.db, baseline);
      return { schema, baseline };
    })();
    return rebuilt;
  };
  return { state, pulled };
}

describe("a table without columns", () => {
  const { state, pulled } = pullCase(
    "nocols",
    `create table public.marker ();
     create table public.parent (check (true) no inherit);
     create table public.child (id int primary key) inherits (public.parent);
     comment on table public.marker is 'flag';`,
  );

  it("is pulled into models and rebuilt by the baseline", async () => {
    const { schema, baseline } = await pulled();
    expect(schema.tables.find((t) => t.name === "marker")?.columns).toEqual([]);
    expect(baseline).toContain('op.createTable("marker", { schema: "public", columns: {}');
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("sequences of their own persistence", () => {
  const { state, pulled } = pullCase(
    "persistence",
    `-- PostgreSQL 15+ makes these sequences UNLOGGED with their tables; two were set back.
     create unlogged table public.scratch (id serial primary key, n int generated always as identity, m serial);
     alter sequence public.scratch_id_seq set logged;
     alter sequence public.scratch_n_seq set logged;
     create table public.kept (id serial primary key);
     alter sequence public.kept_id_seq set unlogged;
     create sequence public.counter;
     alter sequence public.counter set unlogged;`,
  );

  async function persistence(db: OpenTestDatabase["db"]) {
    const rows = await sql<{ name: string; persistence: string }>`
      select relname::text as name, relpersistence::text as persistence from pg_class
      where relkind = 'S' and relnamespace = 'public'::regnamespace order by 1`.execute(db);
    return rows.rows;
  }

  it("is kept by the baseline", async () => {
    const { schema } = await pulled();
    expect(await persistence(state.target.db)).toEqual(await persistence(state.source.db));
    expect(await persistence(state.source.db)).toEqual([
      { name: "counter", persistence: "u" },
      { name: "kept_id_seq", persistence: "u" },
      { name: "scratch_id_seq", persistence: "p" },
      { name: "scratch_m_seq", persistence: "u" },
      { name: "scratch_n_seq", persistence: "p" },
    ]);
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("clustering and statistics targets", () => {
  const { state, pulled } = pullCase(
    "stats",
    `create table public.k (a int, b text, constraint k_ab unique (a, b));
     create index k_a on public.k (a);
     create index k_expr on public.k ((a + 1), (b || 'x')) include (b);
     alter index public.k_expr alter column 2 set statistics 20;
     alter table public.k cluster on k_a;
     alter table public.k alter column b set statistics 300;
     create table public.u (id int, constraint u_key unique (id));
     alter table public.u cluster on u_key;
     create materialized view public.mv as select a, b from public.k;
     alter materialized view public.mv alter column a set statistics 200;
     create index mv_a on public.mv (a);
     create index mv_expr on public.mv ((a * 2));
     alter index public.mv_expr alter column 1 set statistics 30;
     alter materialized view public.mv cluster on mv_a;
     create statistics public.k_st on a, b from public.k;
     alter statistics public.k_st set statistics 700;
     create foreign data wrapper gaps_fdw;
     create server gaps_server foreign data wrapper gaps_fdw;
     create foreign table public.remote (a int, b text) server gaps_server;
     alter foreign table public.remote alter column a set statistics 40;
     create table public.pp (id int, at date) partition by range (at);
     create index pp_at on public.pp ((at + 1));
     create table public.pp1 partition of public.pp for values from ('2000-01-01') to ('2001-01-01');
     alter index public.pp_at alter column 1 set statistics 10;`,
  );

  it("are kept by the baseline", async () => {
    const { schema, baseline } = await pulled();
    // A table's clustering and column targets are its model's: operations, not SQL.
    expect(baseline).toContain('clusterOn: "k_a"');
    expect(baseline).toContain('clusterOn: "u_key"');
    expect(baseline).toContain("statistics: 300");
    // So are the targets of a table's index expressions; a materialized view's stay SQL.
    expect(baseline).toContain('op.setIndexStatistics("k_expr", 2, 20,');
    expect(baseline).toContain('op.setIndexStatistics("pp_at", 1, 10,');
    expect(baseline).toContain("ALTER INDEX public.mv_expr ALTER COLUMN 1 SET STATISTICS 30");
    expect(baseline).toContain("ALTER TABLE public.mv ALTER COLUMN a SET STATISTICS 200");
    expect(baseline).toContain("ALTER STATISTICS public.k_st SET STATISTICS 700");
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("are rebuilt as pg_dump prints them", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

/**
 * A base type with a modifier, built from PostgreSQL's own varchar functions (no C code of its
 * own): what an extension's type such as PostGIS's `geometry(Polygon,4326)` looks like to the
 * catalog. The baseline does not create base types, so the target gets it by hand.
 */
const modifiedType = `
  create type public.vc;
  create function public.vc_in(cstring, oid, integer) returns public.vc
    language internal immutable strict as 'varcharin';
  create function public.vc_out(public.vc) returns cstring
    language internal immutable strict as 'varcharout';
  create function public.vc_typmod_in(cstring[]) returns integer
    language internal immutable strict as 'varchartypmodin';
  create function public.vc_typmod_out(integer) returns cstring
    language internal immutable strict as 'varchartypmodout';
  create type public.vc (input = public.vc_in, output = public.vc_out,
    typmod_in = public.vc_typmod_in, typmod_out = public.vc_typmod_out, like = text);`;

describe("a type from outside pg_catalog with a modifier", () => {
  let source: OpenTestDatabase;
  let target: OpenTestDatabase;
  beforeAll(async () => {
    [source, target] = await Promise.all([
      openTestDatabase("differ_gaps_typmod_a"),
      openTestDatabase("differ_gaps_typmod_b"),
    ]);
    await sql.raw(modifiedType).execute(source.db);
    await sql.raw(modifiedType).execute(target.db);
    await sql
      .raw("create table public.t (a public.vc(10) not null, b public.vc(20)[], c public.vc)")
      .execute(source.db);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
  });

  it("keeps its modifier in the description, the models and the table it creates", async () => {
    const actual = await introspectSchema(source.db);
    const columns = actual.tables[0]!.columns;
    expect(columns.map((c) => [c.type, c.userType])).toEqual([
      ["public.vc(10)", { schema: "public", name: "vc" }],
      ["public.vc(20)[]", { schema: "public", name: "vc" }],
      ["public.vc", { schema: "public", name: "vc" }],
    ]);

    const tmp = temporaryModelsDir();
    let described: SchemaDescription;
    try {
      const result = renderModelFiles(actual, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: differEntry,
      });
      const text = result.files.find((f) => f.path.endsWith("t.ts"))!.text;
      expect(text).toContain('c.type("public.vc(10)")');
      expect(result.warnings).toEqual([]);
      described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
    } finally {
      tmp.remove();
    }
    expect(described.tables).toStrictEqual(actual.tables);
    expect(diffSchemas(actual, described).upgrade).toEqual([]);

    const upgrade = diffSchemas(await introspectSchema(target.db), described).upgrade;
    await applyOperations(target.db, upgrade);
    expect((await introspectSchema(target.db)).tables).toStrictEqual(actual.tables);
  });
});

describe.skipIf(!hasPostgis)("PostGIS columns", () => {
  const { state, pulled } = pullCase(
    "postgis",
    `create extension postgis;
     create table public.place (
       id int primary key,
       area public.geometry(Polygon, 4326) not null,
       spot public.geography(Point, 4326),
       paths public.geometry(LineStringZ, 3857)[],
       anything public.geometry
     );`,
  );

  it("keep their type modifiers through pull and the baseline", async () => {
    const { schema } = await pulled();
    expect(schema.tables.find((t) => t.name === "place")?.columns.map((c) => c.type)).toEqual([
      "integer",
      "public.geometry(Polygon,4326)",
      "public.geography(Point,4326)",
      "public.geometry(LineStringZ,3857)[]",
      "public.geometry",
    ]);
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("are rebuilt as pg_dump prints them", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("an AND inside an AND (found by the corpus: hatchet's v1_incoming_webhook)", () => {
  const { state, pulled } = pullCase(
    "nested",
    `create table public.hook (
       kind text, a int, b int, c int,
       constraint hook_auth check (kind = 'basic' and (a is not null and b is not null) or kind = 'none'),
       constraint hook_flat check (a > 0 and b > 0 and c > 0)
     );
     create index hook_any on public.hook (a) where a > 0 or (b > 0 or c > 0);
     create table public.span (lo int, hi int, exclude using btree (lo with =) where (lo > 0 and (hi > 0 and hi > lo)));
     create view public.hook_view as select * from public.hook where a > 0 and (b > 0 and c > 0);
     create function public.hook_fire() returns trigger language plpgsql as $$begin return new; end$$;
     create trigger hook_when before update on public.hook for each row
       when (new.a > 0 and (new.b > 0 and new.c > 0)) execute function public.hook_fire();`,
  );

  /** Each check's, partial index's, view's and trigger's definition as PostgreSQL prints it back. */
  async function definitions(db: OpenTestDatabase["db"]) {
    const rows = await sql<{ name: string; definition: string }>`
      select conname::text as name, pg_get_constraintdef(oid) as definition from pg_constraint
      where connamespace = 'public'::regnamespace
      union all
      select indexrelid::regclass::text, pg_get_indexdef(indexrelid) from pg_index
      where indrelid in ('public.hook'::regclass, 'public.span'::regclass)
      union all
      select 'view', pg_get_viewdef('public.hook_view'::regclass)
      union all
      select tgname::text, pg_get_triggerdef(oid) from pg_trigger where tgname = 'hook_when'
      order by 1, 2`.execute(db);
    return rows.rows;
  }

  it("keeps its parentheses through pull and the baseline", async () => {
    const { schema } = await pulled();
    // Pretty printing would give "kind = 'basic' and a is not null and b is not null or ...",
    // which PostgreSQL reads back as one AND of three.
    const checks = schema.tables.find((t) => t.name === "hook")?.checks ?? [];
    expect(checks.find((c) => c.name === "hook_flat")?.expression).toBe(
      "a > 0 and b > 0 and c > 0",
    );
    expect(checks.find((c) => c.name === "hook_auth")?.expression).toContain(
      "and((a is not null) and(b is not null))",
    );
    expect(await definitions(state.target.db)).toEqual(await definitions(state.source.db));
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("what views and functions say beside their query and body", () => {
  const { state, pulled } = pullCase(
    "attrs",
    `create table public.t (id int, s text);
     create view public.v with (security_invoker = true) as select * from public.t;
     create view public.w with (security_barrier, security_invoker) as select id from public.t;
     alter view public.v alter column s set default 'a';
     create function public.f(x int) returns int language sql immutable leakproof cost 1000
       as 'select x';
     create function public.s() returns setof public.t language sql stable rows 10 cost 5
       as 'select * from public.t';
     create function public.plain() returns setof int language sql as 'select 1';`,
  );

  /** What the catalog holds of them: the views' options and defaults, the functions' costs. */
  async function attributes(db: OpenTestDatabase["db"]) {
    const rows = await sql<{ name: string; attributes: string }>`
      select c.relname::text as name, coalesce(array_to_string(c.reloptions, ', '), '') || ' '
             || coalesce((select string_agg(a.attname || ' = ' || pg_get_expr(d.adbin, d.adrelid), ', ')
                          from pg_attrdef d join pg_attribute a on a.attrelid = d.adrelid and a.attnum = d.adnum
                          where d.adrelid = c.oid), '') as attributes
      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'v'
      union all
      select proname::text, concat_ws(' ', proleakproof, procost, prorows) from pg_proc
      where pronamespace = 'public'::regnamespace
      order by 1`.execute(db);
    return rows.rows;
  }

  it("are kept by the models and the baseline", async () => {
    const { schema, baseline } = await pulled();
    const v = schema.views.find((x) => x.name === "v");
    expect([v?.securityInvoker, v?.securityBarrier]).toEqual([true, false]);
    const f = schema.functions.find((x) => x.name === "f");
    expect([f?.leakproof, f?.cost, f?.rows]).toEqual([true, 1000, null]);
    const s = schema.functions.find((x) => x.name === "s");
    expect([s?.leakproof, s?.cost, s?.rows]).toEqual([false, 5, 10]);
    const plain = schema.functions.find((x) => x.name === "plain");
    expect([plain?.cost, plain?.rows]).toEqual([null, null]);
    expect(baseline).toContain("ALTER VIEW public.v ALTER COLUMN s SET DEFAULT 'a'::text");
    expect(await attributes(state.target.db)).toEqual(await attributes(state.source.db));
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("are rebuilt as pg_dump prints them", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("an empty enum label and tables named by punctuation alone", () => {
  const { state, pulled } = pullCase(
    "marks",
    `create type public.blank as enum ('');
     create type public.mixed as enum ('a', '', 'b');
     create table public."#" (id int, m public.mixed default '');
     create table public."%" (id int);
     create table public."." (id int);
     create table public.".." (id int);`,
  );

  it("are pulled into models and rebuilt by the baseline", async () => {
    const { schema, baseline } = await pulled();
    expect(schema.enums.map((e) => e.values)).toEqual([[""], ["a", "", "b"]]);
    expect(baseline).toContain('op.createEnum("blank", [""]');
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("are rebuilt as pg_dump prints them", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("a domain check NOT VALID", () => {
  const { state, pulled } = pullCase(
    "domnv",
    `create domain public.d as int constraint d_small check (value < 100);
     alter domain public.d add constraint d_pos check (value > 0) not valid;
     create table public.t (n public.d);`,
  );

  async function validity(db: OpenTestDatabase["db"]) {
    const rows = await sql<{ name: string; validated: boolean }>`
      select conname::text as name, convalidated as validated from pg_constraint
      where contypid = 'public.d'::regtype order by 1`.execute(db);
    return rows.rows;
  }

  it("stays NOT VALID through pull and the baseline", async () => {
    const { schema, baseline } = await pulled();
    expect(baseline).toContain('{ name: "d_pos", expression: "value > 0", notValid: true }');
    expect(await validity(state.target.db)).toEqual([
      { name: "d_pos", validated: false },
      { name: "d_small", validated: true },
    ]);
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
  });

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("a typed table and an extension's own comment", () => {
  const { state, pulled } = pullCase(
    "typed",
    `create type public.comp as (a int, b text);
     create table public.typed of public.comp (primary key (a));
     create extension pg_trgm schema public;
     comment on extension pg_trgm is 'mine';
     create extension btree_gist schema public;
     comment on extension btree_gist is null;
     create extension hstore schema public;`,
  );

  async function shape(db: OpenTestDatabase["db"]) {
    const rows = await sql<{ name: string; what: string | null }>`
      select 'typed ' || relname::text as name, format_type(reloftype, null) as what
      from pg_class where relname = 'typed'
      union all
      select 'extension ' || extname::text, obj_description(oid, 'pg_extension') from pg_extension
      where extname <> 'plpgsql'
      order by 1`.execute(db);
    return rows.rows;
  }

  it("keep OF and the comments through the baseline", async () => {
    const { baseline } = await pulled();
    expect(baseline).toContain('op.execute("ALTER TABLE public.typed OF public.comp")');
    expect(baseline).toContain(`op.execute("COMMENT ON EXTENSION pg_trgm IS 'mine'")`);
    expect(await shape(state.source.db)).toEqual([
      { name: "extension btree_gist", what: null },
      { name: "extension hstore", what: "data type for storing sets of (key, value) pairs" },
      { name: "extension pg_trgm", what: "mine" },
      { name: "typed typed", what: "comp" },
    ]);
    expect(await shape(state.target.db)).toEqual(await shape(state.source.db));
  });

  it.skipIf(!canDump)("are rebuilt as pg_dump prints them", async () => {
    await pulled();
    expect(dump(state.target.database.url)).toEqual(dump(state.source.database.url));
  });
});

describe("an inheriting table whose parent has a CHECK", () => {
  const { state, pulled } = pullCase(
    "inhcheck",
    `create table public.parent (id int, name text check (name <> ''));
     create table public.child (extra int) inherits (public.parent);
     create table public.grandchild () inherits (public.child);
     alter table public.parent add constraint parent_id check (id > 0) not valid;`,
  );

  /** Each table's parents and the checks it holds, with whether it inherits them. */
  async function hierarchy(db: OpenTestDatabase["db"]) {
    const rows = await sql<{ name: string; parents: string; checks: string }>`
      select c.relname::text as name,
             coalesce((select string_agg(p.relname::text, ',' order by i.inhseqno) from pg_inherits i
                       join pg_class p on p.oid = i.inhparent where i.inhrelid = c.oid), '') as parents,
             (select string_agg(con.conname || ':' || con.coninhcount || ':' || con.convalidated, ','
                                order by con.conname)
              from pg_constraint con where con.conrelid = c.oid) as checks
      from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
      order by 1`.execute(db);
    return rows.rows;
  }

  it("is created with the checks it inherits, then INHERITs, and says so once", async () => {
    const { schema, baseline } = await pulled();
    expect(baseline).toContain('op.execute("ALTER TABLE public.child INHERIT public.parent")');
    expect(baseline).toContain('op.execute("ALTER TABLE public.grandchild INHERIT public.child")');
    expect(await hierarchy(state.target.db)).toEqual(await hierarchy(state.source.db));
    expect(await introspectSchema(state.target.db)).toStrictEqual(schema);
    const notes = baselineNotes(schema, {
      dependencies: await introspectDependencies(state.source.db),
    });
    expect(notes.filter((n) => /child/.test(n))).toEqual([
      'table public.child: the baseline creates it with all its columns and checks and then runs "ALTER TABLE public.child INHERIT public.parent", so the columns and checks it inherited may be declared as its own; check them.',
      'table public.grandchild: the baseline creates it with all its columns and checks and then runs "ALTER TABLE public.grandchild INHERIT public.child", so the columns and checks it inherited may be declared as its own; check them.',
    ]);
  });

  it("checks clean against models that leave the inherited checks to the parent", async () => {
    const { schema } = await pulled();
    const bare = {
      ...schema,
      tables: schema.tables.map((t) => (t.name === "parent" ? t : { ...t, checks: [] })),
    };
    expect(diffSchemas(schema, bare).upgrade).toEqual([]);
  });
});
