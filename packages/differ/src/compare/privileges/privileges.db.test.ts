// Grants and default privileges end to end on a real server: read from the ACLs, compared as
// deltas, applied, reversed exactly (pg_dump with privileges agrees), and owner-independent.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { type Operation, renderOperation } from "@retort/core";
import {
  connectKysely,
  getTestServer,
  openTestDatabase,
  pgDumpMatchesTestServer,
} from "@retort/test-harness";
import { CompiledQuery, type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { autogenerate } from "../../autogenerate/autogenerate";
import { introspectSchema } from "../../introspect/introspect-schema";
import { column as c } from "../../models/column-builder";
import { describeModels } from "../../models/describe-models";
import { defaultPrivileges, grant } from "../../models/grant";
import { table } from "../../models/table";
import { grantRoles } from "../../pull/grant-roles";
import type { SchemaDescription } from "../../schema/schema-description";
import { diffSchemas } from "../diff-schemas";

// Roles are cluster-wide and test files run in parallel: each run names its own.
const suffix = randomBytes(4).toString("hex");
const reader = `grants_reader_${suffix}`;
const writer = `grants_wr "it"; drop table x_${suffix}`;
const owner = `grants_owner_${suffix}`;
const roles = [reader, writer, owner];
const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

let open: Awaited<ReturnType<typeof openTestDatabase>>;
let db: Kysely<any>;
const canDump = await pgDumpMatchesTestServer();

beforeAll(async () => {
  open = await openTestDatabase("differ_grants");
  db = open.db;
  for (const role of roles) await sql.raw(`create role ${q(role)} nologin`).execute(db);
});

afterAll(async () => {
  if (db) {
    for (const role of roles) await sql.raw(`drop owned by ${q(role)}`).execute(db);
    await sql.raw(`alter default privileges revoke all on tables from ${q(reader)}`).execute(db);
  }
  await open?.close();
  // The database is gone with whatever depended on the roles in it.
  const { connectKysely } = await import("@retort/test-harness");
  const admin = connectKysely(open.database.url.replace(/\/[^/?]+(\?|$)/, "/postgres$1"), {
    max: 1,
  });
  try {
    for (const role of roles) await sql.raw(`drop role if exists ${q(role)}`).execute(admin);
  } finally {
    await admin.destroy();
  }
});

async function apply(ops: readonly Operation[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const op of ops) {
      for (const s of renderOperation(op)) await trx.executeQuery(CompiledQuery.raw(s.sql));
    }
  });
}

async function reset(): Promise<void> {
  await sql
    .raw("drop schema if exists app cascade; drop schema public cascade; create schema public")
    .execute(db);
  for (const role of roles) await sql.raw(`drop owned by ${q(role)}`).execute(db);
}

const objects = `
  create schema app;
  create table app.account (id bigint generated always as identity primary key, name text, email text);
  create sequence app.ticket_no;
  create view app.names as select id, name from app.account;
  create function app.add(a integer, b integer) returns integer language sql as 'select a + b';
  create procedure app.tidy() language sql as 'select 1';`;

const grants = `
  grant select, insert on app.account to ${q(reader)};
  grant update (name, email) on app.account to ${q(writer)} with grant option;
  grant usage on sequence app.ticket_no to ${q(reader)};
  grant usage, select on sequence app.account_id_seq to ${q(writer)};
  grant select on app.names to public;
  grant usage on schema app to ${q(reader)}, ${q(writer)};
  grant execute on function app.add(integer, integer) to ${q(writer)};
  grant execute on procedure app.tidy() to ${q(reader)};
  alter default privileges for role ${q(owner)} in schema app grant select on tables to ${q(reader)};
  alter default privileges for role ${q(owner)} grant usage on sequences to ${q(writer)} with grant option;`;

async function describeSql(text: string): Promise<SchemaDescription> {
  await reset();
  await sql.raw(text).execute(db);
  return introspectSchema(db);
}

function dump(): string {
  return execFileSync("pg_dump", ["--schema-only", open.database.url], { encoding: "utf8" })
    .split("\n")
    .filter(
      (line) => !/^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/.test(line),
    )
    .join("\n");
}

describe("privileges round-trip through a real database", () => {
  it("reads grants beyond the defaults, without the owner's, and lists their roles", async () => {
    const b = await describeSql(objects + grants);
    expect(b.privileges.grants).toContainEqual({
      type: "table",
      schema: "app",
      name: "account",
      arguments: null,
      column: "email",
      grantee: writer,
      privilege: "update",
      grantable: true,
    });
    expect(b.privileges.grants).toContainEqual(
      expect.objectContaining({
        type: "function",
        arguments: "a integer, b integer",
        grantee: writer,
      }),
    );
    expect(b.privileges.grants.some((g) => g.grantee === "postgres")).toBe(false);
    expect(b.privileges.defaults).toEqual([
      {
        forRole: owner,
        schema: null,
        on: "sequences",
        grantee: writer,
        privilege: "usage",
        grantable: true,
      },
      {
        forRole: owner,
        schema: "app",
        on: "tables",
        grantee: reader,
        privilege: "select",
        grantable: false,
      },
    ]);
    expect(grantRoles(b)).toEqual([owner, reader, writer].sort());
    // Managed grants are no longer raw SQL for the baseline.
    expect(
      b.unmanaged.filter((u) => u.kind === "grant" || u.kind === "default privileges"),
    ).toEqual([]);
  });

  it("grants what is new after the objects exist, and the downgrade revokes it exactly", async () => {
    const a = await describeSql(objects);
    const before = canDump ? dump() : "";
    const b = await describeSql(objects + grants);
    await describeSql(objects);
    const diff = diffSchemas(a, b);
    expect(
      diff.upgrade.every((op) => op.kind === "grant" || op.kind === "grantDefaultPrivileges"),
    ).toBe(true);
    expect(diff.downgrade.every((op) => op.kind.startsWith("revoke"))).toBe(true);
    expect(diff.upgrade).toContainEqual({
      kind: "grant",
      on: { type: "table", schema: "app", name: "account", columns: ["email", "name"] },
      privileges: ["update"],
      roles: [writer],
      withGrantOption: true,
    });
    expect(diff.upgrade).toContainEqual({
      kind: "grant",
      on: { type: "schema", name: "app" },
      privileges: ["usage"],
      roles: [reader, writer].sort(),
    });
    await apply(diff.upgrade);
    const upgraded = await introspectSchema(db);
    expect(upgraded.privileges).toEqual(b.privileges);
    expect(diffSchemas(upgraded, b).upgrade).toEqual([]);
    await apply(diff.downgrade);
    expect((await introspectSchema(db)).privileges).toEqual(a.privileges);
    if (canDump) expect(dump()).toBe(before);
  });

  it("keeps a function locked down when the plan creates it again: PUBLIC gets no EXECUTE back", async () => {
    const lockedDown = `${grants}
      revoke execute on function app.add(integer, integer) from public;`;
    const isPublic = async () =>
      (
        await sql<{
          ok: boolean;
        }>`select has_function_privilege('public', 'app.add(integer, integer)', 'execute') as ok`.execute(
          db,
        )
      ).rows[0]!.ok;
    const b = await describeSql(
      objects.replace(
        "returns integer language sql as 'select a + b'",
        "returns bigint language sql as 'select (a + b)::bigint'",
      ) + lockedDown,
    );
    const a = await describeSql(objects + lockedDown);
    const diff = diffSchemas(a, b);
    const revoke = {
      kind: "execute",
      sql: "REVOKE EXECUTE ON FUNCTION app.add(a integer, b integer) FROM PUBLIC",
    };
    const kinds = (ops: readonly Operation[]) => ops.map((op) => op.kind);
    expect(kinds(diff.upgrade)).toContain("createFunction");
    expect(diff.upgrade.slice(kinds(diff.upgrade).indexOf("createFunction"))).toContainEqual(
      revoke,
    );
    expect(diff.downgrade.slice(kinds(diff.downgrade).indexOf("createFunction"))).toContainEqual(
      revoke,
    );
    await apply(diff.upgrade);
    expect(await isPublic()).toBe(false);
    expect(diffSchemas(await introspectSchema(db), b).upgrade).toEqual([]);
    await apply(diff.downgrade);
    expect(await isPublic()).toBe(false);
    expect(diffSchemas(await introspectSchema(db), a).upgrade).toEqual([]);
  });

  it("changes a grant option alone and revokes one privilege, never revoking all to grant again", async () => {
    const a = await describeSql(objects + grants);
    const before = canDump ? dump() : "";
    const b = await describeSql(
      `${objects}${grants}
       revoke insert on app.account from ${q(reader)};
       revoke grant option for update (name, email) on app.account from ${q(writer)};
       grant usage on schema app to ${q(reader)} with grant option;
       alter default privileges for role ${q(owner)} in schema app revoke select on tables from ${q(reader)};`,
    );
    await describeSql(objects + grants);
    const diff = diffSchemas(a, b);
    // Default privileges are revoked before anything else, so that no object the plan creates
    // gets them.
    expect(diff.upgrade).toEqual([
      {
        kind: "revokeDefaultPrivileges",
        forRole: owner,
        inSchema: "app",
        on: "tables",
        privileges: ["select"],
        roles: [reader],
      },
      {
        kind: "revoke",
        on: { type: "table", schema: "app", name: "account", columns: ["email", "name"] },
        privileges: ["update"],
        roles: [writer],
        withGrantOption: true,
        grantOptionOnly: true,
      },
      {
        kind: "revoke",
        on: { type: "table", schema: "app", name: "account" },
        privileges: ["insert"],
        roles: [reader],
      },
      {
        kind: "grant",
        on: { type: "schema", name: "app" },
        privileges: ["usage"],
        roles: [reader],
        withGrantOption: true,
        grantOptionOnly: true,
      },
    ]);
    await apply(diff.upgrade);
    expect(diffSchemas(await introspectSchema(db), b).upgrade).toEqual([]);
    await apply(diff.downgrade);
    expect(diffSchemas(await introspectSchema(db), a).upgrade).toEqual([]);
    if (canDump) expect(dump()).toBe(before);
  });

  it("revokes default privileges before it creates anything, so a view created again gets none", async () => {
    const withDefault = `${objects}
      alter default privileges in schema app grant select on tables to ${q(reader)};
      grant select on app.names to ${q(reader)};`;
    const a = await describeSql(withDefault);
    // The view's columns swap (it is created again); the default and the grant go. (The models
    // still name the role, so its privileges are theirs to manage.)
    const b = await describeSql(
      `${objects.replace("select id, name from app.account", "select name, id from app.account")}
       grant select on app.account to ${q(reader)};`,
    );
    await describeSql(withDefault);
    const diff = diffSchemas(a, b);
    expect(diff.upgrade.map((op) => op.kind).slice(0, 2)).toEqual([
      "revokeDefaultPrivileges",
      "dropView",
    ]);
    await apply(diff.upgrade);
    expect(diffSchemas(await introspectSchema(db), b).upgrade).toEqual([]);
    await apply(diff.downgrade);
    expect(diffSchemas(await introspectSchema(db), a).upgrade).toEqual([]);
  });

  it("manages only the roles the models name, and is blind to who owns the objects", async () => {
    await reset();
    await sql.raw(`${objects}${grants} alter table app.account owner to ${q(owner)};`).execute(db);
    const account = table(
      "account",
      {
        id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
        name: c.text(),
        email: c.text(),
      },
      { schema: "app" },
    );
    const models = {
      account,
      read: grant({ on: account, privileges: ["select", "insert"], to: reader }),
      seq: grant({ on: { sequence: "app.ticket_no" }, privileges: ["usage"], to: reader }),
      schema: grant({ on: { schema: "app" }, privileges: ["usage"], to: reader }),
      tidy: grant({
        on: { procedure: "app.tidy", arguments: "" },
        privileges: "all",
        to: [reader],
      }),
      future: defaultPrivileges({
        forRole: owner,
        inSchema: "app",
        on: "tables",
        grant: ["select"],
        to: reader,
      }),
    };
    const current = await introspectSchema(db, { schemas: ["app"] });
    const target = describeModels(models);
    const diff = diffSchemas(
      current,
      {
        ...target,
        views: current.views,
        functions: current.functions,
        sequences: current.sequences,
      },
      { schemas: ["app"] },
    );
    // The writer's grants stay: no model names that role.
    expect(diff.upgrade).toEqual([]);
    // Naming the writer with no privilege says it holds none there: its grants go.
    const none = describeModels({
      ...models,
      nothing: grant({ on: account, privileges: [], to: writer }),
    });
    const revoke = diffSchemas(
      current,
      { ...none, views: current.views, functions: current.functions, sequences: current.sequences },
      { schemas: ["app"] },
    );
    expect(
      revoke.upgrade.map((op) => [op.kind, (op as { on?: { name?: string } }).on?.name]),
    ).toContainEqual(["revoke", "account"]);
    // A role the models name is managed everywhere: what they do not grant it is revoked.
    expect(revoke.upgrade.every((op) => op.kind.startsWith("revoke"))).toBe(true);
    expect(
      revoke.upgrade.every((op) => (op as { roles: readonly string[] }).roles.join() === writer),
    ).toBe(true);
  });

  it("refuses at autogenerate a role the server does not have, naming it", async () => {
    await reset();
    const account = table("account", { id: c.bigint().primaryKey() });
    const ghost = `ghost_${suffix}`;
    await expect(
      autogenerate({
        db,
        models: { account, g: grant({ on: account, privileges: ["select"], to: [reader, ghost] }) },
      }),
    ).rejects.toMatchObject({ code: "ROLE_NOT_FOUND", details: { roles: [ghost] } });
  });
});
