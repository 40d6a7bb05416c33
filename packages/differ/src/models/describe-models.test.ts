import { createRequire } from "node:module";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { Kysely, PostgresDialect, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectSchema } from "../introspect/introspect-schema";
import { column as c } from "./column-builder";
import { describeModels } from "./describe-models";
import { enumType } from "./enum-type";
import * as models from "./models.test-fixture";
import { definedTables, table, unexportedTables } from "./table";
import { foreignKey } from "./table-constraints";

const pg = createRequire(new URL("../../../test-harness/package.json", import.meta.url))("pg") as {
  Pool: new (config: { connectionString: string; max: number }) => any;
};

/** The models of ./models.test-fixture.ts, written by hand as PostgreSQL DDL. */
const ddl = `
  create extension if not exists btree_gist;
  create schema app;
  create type app.mood as enum ('happy', 'sad');
  create table app.account (
    id bigint generated always as identity primary key,
    email text not null unique,
    mood app.mood not null default 'happy',
    created_at timestamptz(3) not null default now(),
    deleted_at timestamptz,
    tags text[] not null default '{}',
    balance numeric(12,2) not null default 0 check (balance >= 0::numeric),
    settings jsonb default '{"theme":"dark"}',
    nick varchar(20) collate "C",
    code char(3) default 'abc',
    flag boolean not null default false,
    small smallint default -1,
    score integer generated always as (small * 2) stored,
    uid uuid not null default gen_random_uuid(),
    check (small < 100 and small > 0)
  );
  comment on table app.account is 'people';
  comment on column app.account.nick is 'shown to others';
  create index account_created_idx on app.account (created_at) where deleted_at is null;
  create index on app.account (lower(email));
  create unique index on app.account (nick desc) include (code);
  create table public.post (
    id serial primary key,
    account_id bigint not null references app.account (id) on delete cascade,
    title varchar(200) not null,
    body text,
    views bigint not null default 0,
    unique (account_id, title)
  );
  create index on public.post using gin (to_tsvector('english', body));
  create table public.membership (
    account_id bigint not null,
    post_id integer not null,
    role text not null default 'reader' constraint membership_role check (role <> ''),
    during tstzrange,
    primary key (account_id, post_id),
    foreign key (account_id) references app.account (id) deferrable initially deferred,
    foreign key (post_id) references public.post (id) on update restrict,
    exclude using gist (during with &&)
  );
`;

describe("describeModels", () => {
  it("describes exported tables and enums with PostgreSQL's names and normalized values", () => {
    const d = describeModels(models);
    expect(d.schemas).toEqual(["app"]);
    expect(d.enums).toEqual([
      { schema: "app", name: "mood", values: ["happy", "sad"], comment: null },
    ]);
    expect(d.tables.map((t) => `${t.schema}.${t.name}`)).toEqual([
      "app.account",
      "public.membership",
      "public.post",
    ]);
    const account = d.tables[0]!;
    expect(account.columns.find((col) => col.name === "created_at")).toEqual({
      name: "created_at",
      type: "timestamp(3) with time zone",
      userType: null,
      nullable: false,
      default: "now()",
      identity: null,
      generated: null,
      collation: null,
      comment: null,
      renamedFrom: null,
    });
    expect(account.indexes.map((i) => i.name)).toEqual([
      "account_created_idx",
      "account_lower_idx",
      "account_nick_code_idx", // PostgreSQL counts INCLUDE columns in the name
    ]);
    const post = d.tables[2]!;
    expect(post.columns[0]).toMatchObject({
      type: "integer",
      default: "nextval('public.post_id_seq'::regclass)",
    });
    expect(post.foreignKeys[0]).toMatchObject({
      name: "post_account_id_fkey",
      refSchema: "app",
      refTable: "account",
    });
  });

  it("rejects duplicate tables, foreign keys to unexported tables, and overlong names", () => {
    const a = table("dup", { id: c.integer() });
    const b = table("dup", { id: c.integer() });
    expect(() => describeModels({ a, b })).toThrow(
      expect.objectContaining({ code: "BAD_MODEL", message: "Two tables are named public.dup." }),
    );
    const hidden = table("hidden", { id: c.integer().primaryKey() });
    const child = table("child", { hiddenId: c.integer().references(() => hidden.columns.id) });
    expect(() => describeModels({ child })).toThrow(
      /references public\.hidden, which the models do not export/,
    );
    const other = table("other", { x: c.integer() });
    const wrong = table("wrong", { id: c.integer() }, () => ({
      foreignKeys: [
        foreignKey({ columns: [other.columns.x], references: () => [other.columns.x] }),
      ],
    }));
    expect(() => describeModels({ wrong, other })).toThrow(
      expect.objectContaining({
        code: "BAD_MODEL",
        details: expect.objectContaining({ column: "x" }),
      }),
    );
    expect(() => describeModels({ t: table("x".repeat(64), { id: c.integer() }) })).toThrow(
      /1 to 63 bytes/,
    );
  });

  it("includes enums used by columns, ignores other exports, keeps rename hints", () => {
    const color = enumType("color", ["red"]);
    const paint = table(
      "paint",
      { color: c.enum(color).renamedFrom("colour") },
      { renamedFrom: "paints" },
    );
    const d = describeModels({ paint, other: "x", fn: () => 1 });
    expect(d.enums.map((e) => e.name)).toEqual(["color"]);
    expect(d.tables[0]).toMatchObject({
      renamedFrom: "paints",
      columns: [{ renamedFrom: "colour", type: "public.color" }],
    });
  });

  it("records where each table was defined, and finds tables the entry does not export", () => {
    const here = new URL(import.meta.url).pathname;
    const fixture = here.replace("describe-models.test.ts", "models.test-fixture.ts");
    expect(definedTables().find((t) => t.table === models.account)?.file).toBe(fixture);
    const stray = table("stray", { id: c.integer() });
    expect(stray.definedIn).toBe(here);
    const found = unexportedTables(models, { folder: fixture.replace(/[^/]+$/, "") }).map(
      (t) => t.table.name,
    );
    expect(found).toContain("stray");
    expect(found).not.toContain("account");
  });
});

describe("describeModels against PostgreSQL", () => {
  let database: TestDatabase;
  let db: Kysely<any>;

  beforeAll(async () => {
    database = await createTestDatabase("differ_models");
    db = new Kysely({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: database.url, max: 1 }),
      }),
    });
    await sql.raw(ddl).execute(db);
  });

  afterAll(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("equals introspectSchema once the models exist in the database", async () => {
    const actual = await introspectSchema(db);
    expect(actual.unmanaged.map((u) => u.name)).toEqual(["btree_gist"]);
    expect({ ...actual, unmanaged: [] }).toStrictEqual(describeModels(models));
  });
});
