import { randomBytes } from "node:crypto";
import { importModules } from "@retort/core";
import {
  connectKysely,
  getTestServer,
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
import { describeRenderedModels, runBody, temporaryModelsDir } from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";
import { renderModelFiles } from "./render-model-files";

// A database with table, column, sequence, schema and routine grants and default privileges,
// pulled into models: the models describe its privileges exactly, `check` finds nothing, the
// baseline grants them from the models (not raw SQL) and pg_dump, privileges included, agrees.

const canDump = await pgDumpMatchesTestServer();
const suffix = randomBytes(4).toString("hex");
const reader = `pull_reader_${suffix}`;
const writer = `pull_wr "it"; drop_${suffix}`;
const owner = `pull_owner_${suffix}`;
const roles = [reader, writer, owner];
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

const ddl = `
  create schema app;
  create table app.account (id serial primary key, name text, email text);
  create table public."Weird ""t""" (id bigint generated always as identity primary key, v text);
  create sequence app.ticket_no;
  create view app.names as select id, name from app.account;
  create function app.add(a integer, b integer) returns integer language sql as 'select a + b';
  create procedure app.tidy() language sql as 'select 1';
  grant select, insert on app.account to ${q(reader)};
  grant update (name, email) on app.account to ${q(writer)} with grant option;
  grant select (v) on public."Weird ""t""" to ${q(reader)}, ${q(writer)};
  grant usage on sequence app.ticket_no to ${q(reader)};
  grant usage, select on sequence app.account_id_seq to ${q(writer)};
  grant select on app.names to public;
  grant usage on schema app to ${q(reader)}, ${q(writer)};
  grant execute on function app.add(integer, integer) to ${q(writer)};
  grant execute on procedure app.tidy() to ${q(reader)};
  alter default privileges for role ${q(owner)} in schema app grant select on tables to ${q(reader)};
  alter default privileges for role ${q(owner)} grant usage on sequences to ${q(writer)} with grant option;`;

let source: OpenTestDatabase;
let target: OpenTestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([
    openTestDatabase("differ_grants_pull_a"),
    openTestDatabase("differ_grants_pull_b"),
  ]);
  for (const role of roles) await sql.raw(`create role ${q(role)} nologin`).execute(source.db);
  await sql.raw(ddl).execute(source.db);
}, 60_000);
afterAll(async () => {
  for (const open of [source, target]) {
    if (open) for (const role of roles) await sql.raw(`drop owned by ${q(role)}`).execute(open.db);
  }
  await Promise.all([source?.close(), target?.close()]);
  const admin = connectKysely((await getTestServer()).url, { max: 1 });
  try {
    for (const role of roles) await sql.raw(`drop role if exists ${q(role)}`).execute(admin);
  } finally {
    await admin.destroy();
  }
});

describe("pull of grants and default privileges", () => {
  it("writes models that describe them, check is clean, and the baseline grants them from the models", async () => {
    const schema = await introspectSchema(source.db);
    const tmp = temporaryModelsDir();
    try {
      const result = renderModelFiles(schema, {
        modelsDir: tmp.dir,
        entryFile: "index.ts",
        importFrom: `${process.cwd()}/src/index.ts`,
      });
      const file = result.files.find((f) => f.path.endsWith("/privileges.ts"));
      expect(file?.text).toContain("defaultPrivileges({");
      const described = await describeRenderedModels(result.files, `${tmp.dir}/index.ts`);
      expect(described.privileges.grants).toEqual(schema.privileges.grants);
      expect(described.privileges.defaults).toEqual(schema.privileges.defaults);
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
    expect(baseline.upgrades).toContain("op.grant(");
    expect(baseline.upgrades).toContain("op.grantDefaultPrivileges(");
    expect(baseline.upgrades).not.toMatch(/GRANT /);
    expect(baseline.unmanagedNotes.join("\n")).toContain(
      "roles used by grants and default privileges",
    );
    expect(baseline.unmanagedNotes.join("\n")).toContain(reader);
    await runBody(target.db, baseline.upgrades);
    expect((await introspectSchema(target.db)).privileges).toEqual(schema.privileges);
    // The down leaves no default privilege behind (they outlive the objects it drops).
    await runBody(target.db, baseline.downgrades);
    expect((await introspectSchema(target.db)).privileges.defaults).toEqual([]);
    await runBody(target.db, baseline.upgrades);
  }, 120_000);

  it.skipIf(!canDump)("is rebuilt as pg_dump prints it, privileges included", async () => {
    expect(schemaDumpStatements(target.database.url)).toEqual(
      schemaDumpStatements(source.database.url),
    );
  });
});
