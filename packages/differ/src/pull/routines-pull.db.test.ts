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

// A database with functions, procedures and triggers of every shape the models declare, pulled
// into models: the models describe it exactly, `check` against it finds nothing, and the
// baseline rebuilds it from the models (as pg_dump prints it, when pg_dump matches the server).

const canDump = await pgDumpMatchesTestServer();

const ddl = `
  create schema app;
  create table app.post (id bigint primary key, title text, body text, updated_at timestamptz);
  create table public."Weird ""log""" (id serial primary key, at timestamptz default now());
  create function app.touch() returns trigger language plpgsql as $fn$
  begin
    -- a \`template\` literal's \${worries} and a backslash \\ stay as they are
    new.updated_at := now();
    return new;
  end
  $fn$;
  comment on function app.touch() is 'keeps updated_at';
  create function app.add(a int, b int default 1) returns int language sql immutable strict
    parallel safe as 'select a + b';
  create function app.add(a text, b text) returns text language sql stable security definer
    set search_path = app, pg_temp set work_mem = '64MB' as $$select a || b$$;
  create function app.pairs(n int, out x int, out y text) returns setof record language sql
    as $$select i, i::text from generate_series(1, n) i$$;
  create function app.posts_since(t timestamptz) returns table (id bigint, title text)
    language sql stable as $$select id, title from app.post where updated_at > t$$;
  create function app.total(variadic xs int[]) returns bigint language sql as $$select sum(x) from unnest(xs) x$$;
  create procedure app.purge(days int default 30) language plpgsql as $$begin delete from app.post where id < days; end$$;
  create function public."Weird ""fn""; drop"() returns trigger language plpgsql as $$begin return null; end$$;
  create trigger post_touch before update of title, body or insert on app.post
    for each row when (new.title is not null and new.body <> $$x$$) execute function app.touch('a''b', 'c');
  comment on trigger post_touch on app.post is 'touch';
  create trigger post_audit after delete on app.post execute function app.touch();
  create constraint trigger post_check after insert on app.post deferrable initially deferred
    for each row execute function app.touch();
  create trigger "Weird ""tg""" after truncate on public."Weird ""log"""
    execute function public."Weird ""fn""; drop"();
`;

let source: OpenTestDatabase;
let target: OpenTestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([
    openTestDatabase("differ_routines_pull_a"),
    openTestDatabase("differ_routines_pull_b"),
  ]);
  await sql.raw(ddl).execute(source.db);
}, 60_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

const withoutCalls = (d: SchemaDescription) => ({
  functions: d.functions,
  triggers: d.triggers.map((t) => ({ ...t, calls: [] })),
});

describe("pull of functions, procedures and triggers", () => {
  it("writes models that describe them, check against the source is clean, and the baseline rebuilds them", async () => {
    const schema = await introspectSchema(source.db);
    expect(schema.functions.map((f) => `${f.name}(${f.identityArguments})`)).toEqual([
      "add(a integer, b integer)",
      "add(a text, b text)",
      "pairs(n integer, OUT x integer, OUT y text)",
      "posts_since(t timestamp with time zone)",
      "purge(IN days integer)",
      "total(VARIADIC xs integer[])",
      "touch()",
      'Weird "fn"; drop()',
    ]);
    expect(
      schema.unmanaged.filter((u) => ["function", "procedure", "trigger"].includes(u.kind)),
    ).toEqual([]);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(schema, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: `${process.cwd()}/src/index.ts`,
      });
      const paths = result.files.map((f) => f.path.slice(tmp.dir.length + 1));
      expect(paths).toEqual(
        expect.arrayContaining(["app/functions.ts", "app/triggers.ts", "public/triggers.ts"]),
      );
      const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect(withoutCalls(described)).toEqual(withoutCalls(schema));
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
    expect(baseline.upgrades).toContain("op.createFunction(");
    expect(baseline.upgrades).toContain("op.createTrigger(");
    await runBody(target.db, baseline.upgrades);
    expect(withoutCalls(await introspectSchema(target.db))).toEqual(withoutCalls(schema));
    // The down drops them all (the triggers before their functions and tables), and the up
    // builds them again for the pg_dump comparison.
    await runBody(target.db, baseline.downgrades);
    const emptied = await introspectSchema(target.db);
    expect([emptied.functions, emptied.triggers, emptied.tables]).toEqual([[], [], []]);
    await runBody(target.db, baseline.upgrades);
  }, 120_000);

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    expect(schemaDumpStatements(target.database.url)).toEqual(
      schemaDumpStatements(source.database.url),
    );
  });
});
