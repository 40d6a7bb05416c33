import { isRetortError } from "@retort/core";
import {
  type OpenTestDatabase,
  openTestDatabase,
  pgDumpMatchesTestServer,
  schemaDumpStatements,
} from "@retort/test-harness";
import { sql as kyselySql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkModels } from "../autogenerate/autogenerate";
import { introspectDependencies } from "../introspect/catalog-dependencies";
import { introspectSchema } from "../introspect/introspect-schema";
import { column as c } from "../models/column-builder";
import { fn } from "../models/fn";
import { policy } from "../models/policy";
import { sql } from "../models/sql-fragment";
import { table } from "../models/table";
import type { SchemaDescription } from "../schema/schema-description";
import { importRenderedModels, runBody, temporaryModelsDir } from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";
import { renderModelFiles } from "./render-model-files";
import { rolesUsed } from "./roles-used";

// A Supabase-shaped database (an `auth.uid()` function, RLS on every table, policies for several
// roles) pulled into models: the models describe it exactly, `check` against it finds nothing on
// PostgreSQL 15 and PGlite alike, and the baseline rebuilds it (as pg_dump prints it, when
// pg_dump matches the server), its down dropping it all.

const canDump = await pgDumpMatchesTestServer();

const roles = `
  do $$ begin create role retort_test_anon nologin; exception when others then null; end $$;
  do $$ begin create role retort_test_authenticated nologin; exception when others then null; end $$;
  do $$ begin create role "retort test Admin" nologin; exception when others then null; end $$;`;

const ddl = `
  create schema auth;
  create function auth.uid() returns uuid language sql stable
    as $$select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid$$;
  create table profile (id uuid primary key, name text not null, public boolean default false);
  alter table profile enable row level security;
  create policy "profiles are visible" on profile for select to retort_test_anon, retort_test_authenticated
    using (public or id = auth.uid());
  create policy "own profile" on profile for update to retort_test_authenticated
    using (id = auth.uid()) with check (id = auth.uid() and name <> '' and (public or not public));
  comment on policy "own profile" on profile is 'a user edits their own profile';
  create table "Weird ""note""; drop" (id bigint primary key, owner uuid, body text);
  alter table "Weird ""note""; drop" enable row level security;
  alter table "Weird ""note""; drop" force row level security;
  create policy "Weird ""p""" on "Weird ""note""; drop" as restrictive to "retort test Admin"
    using (owner = auth.uid() and body ~ '\`\${x}\\\\');
  create policy note_insert on "Weird ""note""; drop" for insert with check (owner is not null);`;

let source: OpenTestDatabase;
let target: OpenTestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([
    openTestDatabase("differ_policies_pull_a"),
    openTestDatabase("differ_policies_pull_b"),
  ]);
  await kyselySql.raw(roles).execute(source.db);
  await kyselySql.raw(ddl).execute(source.db);
}, 60_000);
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

const managed = (d: SchemaDescription) => ({
  tables: d.tables.map((t) => ({ name: t.name, rowSecurity: t.rowSecurity })),
  policies: d.policies.map((p) => ({ ...p, calls: [], columns: [] })),
});

describe("pull of row-level security", () => {
  it("writes policies beside their tables; check against the source is clean; the baseline rebuilds them", async () => {
    const schema = await introspectSchema(source.db);
    expect(schema.policies.map((p) => p.name)).toEqual([
      'Weird "p"',
      "note_insert",
      "own profile",
      "profiles are visible",
    ]);
    expect(rolesUsed(schema)).toEqual([
      "retort test Admin",
      "retort_test_anon",
      "retort_test_authenticated",
    ]);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(schema, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: `${process.cwd()}/src/index.ts`,
      });
      const profile = result.files.find((f) => f.path.endsWith("/profile.ts"))!.text;
      expect(profile).toContain("{ rls: { enabled: true } }");
      expect(profile).toContain(
        'export const ownProfile = policy("own profile", {\n  on: profile,',
      );
      const models = await importRenderedModels(result.files, `${tmp.dir}/index.ts`);
      const { describeModels } = await import("../models/describe-models");
      expect(managed(describeModels(models))).toEqual(managed(schema));
      expect((await checkModels({ db: source.db, models })).changes).toEqual([]);
    } finally {
      tmp.remove();
    }
    const baseline = renderBaseline(schema, {
      dependencies: await introspectDependencies(source.db),
    });
    expect(baseline.upgrades).toContain("op.createPolicy(");
    expect(baseline.upgrades).toContain("op.enableRowSecurity(");
    await runBody(target.db, baseline.upgrades);
    expect(managed(await introspectSchema(target.db))).toEqual(managed(schema));
    await runBody(target.db, baseline.downgrades);
    const emptied = await introspectSchema(target.db);
    expect([emptied.tables, emptied.policies]).toEqual([[], []]);
    await runBody(target.db, baseline.upgrades);
  }, 120_000);

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it", async () => {
    expect(schemaDumpStatements(target.database.url)).toEqual(
      schemaDumpStatements(source.database.url),
    );
  });
});

describe("policies written by hand", () => {
  const uid = fn("uid", {
    schema: "auth",
    returns: "uuid",
    language: "sql",
    volatility: "stable",
    body: "select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid",
  });
  const profile = table(
    "profile",
    { id: c.uuid().primaryKey(), name: c.text().notNull(), public: c.boolean().default(false) },
    { rls: { enabled: true } },
  );

  it("compare as the server prints them: no change for the same policy spelled differently", async () => {
    const models = {
      uid,
      profile,
      visible: policy("profiles are visible", {
        on: profile,
        for: "select",
        to: ["retort_test_authenticated", "retort_test_anon"],
        using: sql`PUBLIC   or id=auth.uid()`,
      }),
      own: policy("own profile", {
        on: profile,
        for: "update",
        to: ["retort_test_authenticated"],
        using: sql`id = auth.uid()`,
        withCheck: sql`id = auth.uid() AND name <> '' AND (public OR NOT public)`,
        comment: "a user edits their own profile",
      }),
    };
    const policyChanges = async (db: typeof source.db) =>
      (await checkModels({ db, models, schemas: ["public", "auth"] })).changes.filter(
        // The tables the models leave out are dropped, their policies with them: only those.
        (change) =>
          /policy|row-level/.test(change.description) &&
          !change.object.startsWith('public.Weird "note"'),
      );
    expect(await policyChanges(source.db)).toEqual([]);
    // Only the table's owner may create a policy on it: a role granted SELECT alone, running
    // check, has them printed on a temporary copy of the table.
    await kyselySql
      .raw(`do $$ begin create role retort_test_policy_reader nologin; exception when others then null; end $$;
        grant usage on schema auth to retort_test_policy_reader;
        grant select on profile to retort_test_policy_reader;`)
      .execute(source.db);
    const asReader = await source.db.connection().execute(async (conn) => {
      await kyselySql`set role retort_test_policy_reader`.execute(conn);
      try {
        return await policyChanges(conn);
      } finally {
        await kyselySql`reset role`.execute(conn);
      }
    });
    expect(asReader).toEqual([]);
  });

  it("names a role the server lacks at autogenerate", async () => {
    const models = {
      uid,
      profile,
      p: policy("p", { on: profile, to: ["retort_test_no_such_role"], using: sql`true` }),
    };
    const error = await checkModels({ db: source.db, models }).catch((e: unknown) => e);
    expect(isRetortError(error) && error.code).toBe("ROLE_NOT_FOUND");
    expect((error as Error).message).toContain("retort_test_no_such_role");
    expect((error as Error).message).toContain("p on public.profile");
  });
});
