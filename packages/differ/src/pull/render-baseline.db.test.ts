import {
  type OpenTestDatabase,
  openTestDatabase,
  pgDumpMatchesTestServer,
  schemaDumpText,
} from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectDependencies } from "../introspect/catalog-dependencies";
import { introspectSchema } from "../introspect/introspect-schema";
import { runBody } from "./pull.test-fixture";
import { renderBaseline } from "./render-baseline";

/** A database with what a team accumulates beside tables: the baseline must rebuild all of it. */
const ddl = `
  create extension if not exists btree_gist;
  create extension if not exists pg_trgm;
  create schema app;
  create type app.status as enum ('on', 'off');
  create domain app.email as text check (value like '%@%');
  create type app.pair as (a integer, b app.email);
  create type public.floatrange as range (subtype = float8, subtype_diff = float8mi);
  create type app.text_c_range as range (subtype = text, collation = "C");
  create type app.int_range as range (subtype = int4, multirange_type_name = app.many_ints);
  create sequence public.ticket_seq start 1000 increment 5;
  -- A default that reads another table's serial: a table created before it, and one dropped
  -- after it (the drop takes the sequence along).
  create table public.z_counter (id serial primary key);
  create table public.a_reader (id integer primary key default nextval('public.z_counter_id_seq'));
  create table public.b_counter (id serial primary key);
  create table public.y_reader (id integer primary key default nextval('public.b_counter_id_seq'));
  create function public.default_score() returns integer language sql immutable as $$ select 42 $$;
  create table app.account (
    id bigint generated always as identity primary key,
    email app.email not null unique,
    status app.status not null default 'on',
    updated_at timestamptz not null default now(),
    score integer not null default public.default_score(),
    best app.pair,
    reach public.floatrange
  );
  comment on table app.account is 'people';
  create table public.ticket (
    id integer primary key default nextval('public.ticket_seq'),
    account_id bigint references app.account (id) on delete cascade,
    room integer,
    during tsrange,
    exclude using gist (room with =, during with &&)
  );
  create index ticket_account_idx on public.ticket (account_id) where account_id is not null;
  -- Constraints added NOT VALID over rows that break them: the baseline adds them the same way.
  create table public.legacy (id int primary key, score int, ticket_id int);
  insert into public.legacy values (1, 500, 999);
  alter table public.legacy add constraint legacy_score check (score between 0 and 100) not valid;
  alter table public.legacy add constraint legacy_ticket_fk foreign key (ticket_id)
    references public.ticket (id) not valid;
  -- An operator class an extension created in public: the index must name its schema.
  create index account_email_trgm on app.account using gin (email gin_trgm_ops);
  create index account_email_gist on app.account using gist (email gist_trgm_ops (siglen = 32));
  create function app.touch() returns trigger language plpgsql as $$
  begin
    new.updated_at := now();
    return new;
  end
  $$;
  create trigger account_touch before update on app.account
    for each row execute function app.touch();
  create function app.account_label(a app.account) returns text language sql stable
    as $$ select a.email || ':' || a.status $$;
  create view app.active_account as
    select id, email, app.account_label(a) as label from app.account a where status = 'on';
  create view app.a_summary as select count(*) as n from app.active_account;
  create materialized view app.account_count as select count(*) as n from app.account;
  create procedure public.reset_tickets() language sql as $$ delete from public.ticket $$;
  create aggregate app.median(float8 order by float8) (sfunc = ordered_set_transition,
    stype = internal, finalfunc = percentile_cont_float8_final);
  revoke all on function app.median(float8, float8) from public;
  -- A complete class of the database's own (text_ops again, under another name).
  create function app.cmp_text(text, text) returns integer language sql immutable
    as $$ select bttextcmp($1, $2) $$;
  create operator class app.text_copy_ops for type text using btree as
    operator 1 <, operator 2 <=, operator 3 =, operator 4 >=, operator 5 >, function 1 app.cmp_text(text, text);
  create index account_email_copy on app.account ((email::text) app.text_copy_ops);
  -- The default class of a user type: the index must be built once it exists.
  create operator class app.status_hash_ops default for type app.status using hash as
    operator 1 =(anyenum, anyenum), function 1 hashenum(anyenum);
  create index account_status_hash on app.account using hash (status);
  -- An SQL-standard body is parsed when created: the aggregate it calls must exist.
  create aggregate app.total(integer) (sfunc = int4pl, stype = integer, initcond = '0');
  create function app.total_score() returns integer language sql stable
    begin atomic select app.total(score) from app.account; end;
  -- The default class of a composite type, built on functions of that type: before the tables.
  create type app.money2 as (amount numeric);
  create function app.money2_eq(app.money2, app.money2) returns boolean language sql immutable
    as $$ select ($1).amount = ($2).amount $$;
  create operator app.=== (leftarg = app.money2, rightarg = app.money2, function = app.money2_eq);
  create function app.money2_hash(app.money2) returns integer language sql immutable
    as $$ select hashtext(($1).amount::text) $$;
  create operator class app.money2_hash_ops default for type app.money2 using hash as
    operator 1 app.===, function 1 app.money2_hash(app.money2);
  create table app.price (id int primary key, p app.money2);
  create index price_p on app.price using hash (p);
  -- A table's default calls a function that calls an aggregate: both before the tables.
  create aggregate app.total2(integer) (sfunc = int4pl, stype = integer, initcond = '0');
  create function app.total_of(integer[]) returns integer language sql immutable
    begin atomic select app.total2(x) from unnest($1) x; end;
  create table app.seeded (id int primary key, n int default app.total_of(array[1, 2, 3]));
  -- A default that calls a function whose body reads a table: set once the function exists.
  create table public.counters (n int not null);
  create function public.next_code() returns bigint language sql stable
    begin atomic select count(*) from public.counters; end;
  create table public.codes (id int primary key, code bigint default public.next_code());
  create text search template app.simple_tmpl (lexize = dsimple_lexize);
  create text search dictionary app.simple_dict (template = app.simple_tmpl);
  create foreign data wrapper pull_fdw;
  create server pull_remote foreign data wrapper pull_fdw options (host 'replica');
  create user mapping for public server pull_remote options (user 'reader');
  create foreign table app.remote_account (id bigint not null, email text)
    server pull_remote options (table_name 'account');
  grant select (email) on app.remote_account to public;
  create table public.reading (id int, at date not null check (at > '2000-01-01')) partition by range (at);
  create table public.reading_new partition of public.reading for values from ('2020-01-01') to ('2030-01-01');
  create foreign table public.reading_old partition of public.reading
    for values from ('2000-01-01') to ('2020-01-01') server pull_remote;
`;

// pg_dump refuses a newer server (the embedded fallback): the dump comparison is skipped then.
const canDump = await pgDumpMatchesTestServer();

describe("renderBaseline against PostgreSQL", () => {
  let source: OpenTestDatabase;
  let target: OpenTestDatabase;
  let dumpTarget: OpenTestDatabase;

  beforeAll(async () => {
    [source, target, dumpTarget] = await Promise.all([
      openTestDatabase("differ_pull_baseline_d"),
      openTestDatabase("differ_pull_baseline_e"),
      openTestDatabase("differ_pull_baseline_f"),
    ]);
    await sql.raw(ddl).execute(source.db);
  });

  afterAll(async () => {
    await Promise.all([source?.close(), target?.close(), dumpTarget?.close()]);
  });

  async function baselineOfSource() {
    const schema = await introspectSchema(source.db);
    const baseline = renderBaseline(schema, {
      dependencies: await introspectDependencies(source.db),
    });
    return { schema, baseline };
  }

  it.skipIf(!canDump)("rebuilds the database as pg_dump prints it", async () => {
    const { baseline } = await baselineOfSource();
    await runBody(dumpTarget.db, baseline.upgrades);
    expect(schemaDumpText(dumpTarget.database.url, { comments: false })).toBe(
      schemaDumpText(source.database.url, { comments: false }),
    );
  });

  it("rebuilds the database on an empty one, and its down leaves nothing", async () => {
    const { schema, baseline } = await baselineOfSource();
    expect(baseline.unmanagedNotes).toEqual([]);

    await runBody(target.db, baseline.upgrades);
    expect(await introspectSchema(target.db)).toStrictEqual(schema);

    await runBody(target.db, baseline.downgrades);
    // Database-wide, yet created by the baseline: its down drops them too.
    const servers = await sql<{ n: number }>`
      select (select count(*) from pg_foreign_server)::int + (select count(*) from pg_foreign_data_wrapper)::int as n`.execute(
      target.db,
    );
    expect(servers.rows[0]!.n).toBe(0);
    expect(await introspectSchema(target.db)).toStrictEqual({
      schemas: [],
      enums: [],
      tables: [],
      sequences: [],
      functions: [],
      triggers: [],
      views: [],
      policies: [],
      domains: [],
      compositeTypes: [],
      rangeTypes: [],
      unmanaged: [],
      extensions: [],
      schemaComments: [],
      privileges: { grants: [], defaults: [], roles: [] },
    });
  });
});
