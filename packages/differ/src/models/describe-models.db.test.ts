import { type OpenTestDatabase, openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectSchema } from "../introspect/introspect-schema";
import { describeModels } from "./describe-models";
import * as models from "./models.test-fixture";

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

describe("describeModels against PostgreSQL", () => {
  let open: OpenTestDatabase;

  beforeAll(async () => {
    open = await openTestDatabase("differ_models", { max: 1 });
    await sql.raw(ddl).execute(open.db);
  });

  afterAll(() => open?.close());

  it("equals introspectSchema once the models exist in the database", async () => {
    const actual = await introspectSchema(open.db);
    expect(actual.unmanaged).toEqual([]);
    // The models declare no extension: autogenerate leaves the installed ones alone.
    expect(actual.extensions.map((e) => e.name)).toEqual(["btree_gist"]);
    expect({ ...actual, extensions: [] }).toStrictEqual(describeModels(models));
  });
});
