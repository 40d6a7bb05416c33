import { openTestDatabase } from "@retort/test-harness";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectPreviousTool } from "./detect-previous-tool";

describe("detectPreviousTool", () => {
  let test: Awaited<ReturnType<typeof openTestDatabase>>;

  beforeAll(async () => {
    test = await openTestDatabase("differ_pull_previous_tool");
  });

  afterAll(async () => {
    await test?.close();
  });

  // Each case runs in a transaction that is rolled back, so the cases do not see each other.
  async function detectWith(ddl: string) {
    let found: Awaited<ReturnType<typeof detectPreviousTool>> = null;
    await test.db
      .transaction()
      .execute(async (trx) => {
        await sql.raw(ddl).execute(trx);
        found = await detectPreviousTool(trx);
        throw new Error("rollback");
      })
      .catch((error: Error) => {
        if (error.message !== "rollback") throw error;
      });
    return found;
  }

  it("finds nothing on a database no tool managed", async () => {
    expect(await detectWith("create table pgmigrations_like (name text)")).toBeNull();
  });

  it("recognises Alembic and reads its heads", async () => {
    const found = await detectWith(`
      create table alembic_version (version_num varchar(32) not null primary key);
      insert into alembic_version values ('ae1027a6acf'), ('1975ea83b712');
    `);
    expect(found).toEqual({
      tool: "alembic",
      table: "public.alembic_version",
      schema: "public",
      name: "alembic_version",
      revisions: ["1975ea83b712", "ae1027a6acf"],
    });
  });

  it("recognises Prisma and keeps only the migrations that finished", async () => {
    const found = await detectWith(`
      create table _prisma_migrations (
        id varchar(36) primary key, checksum varchar(64) not null, finished_at timestamptz,
        migration_name varchar(255) not null, logs text, rolled_back_at timestamptz,
        started_at timestamptz not null default now(), applied_steps_count integer not null default 0
      );
      insert into _prisma_migrations (id, checksum, finished_at, migration_name, rolled_back_at) values
        ('1', 'x', '2024-01-02', '20240102_add_post', null),
        ('2', 'x', '2024-01-01', '20240101_init', null),
        ('3', 'x', null, '20240103_failed', null),
        ('4', 'x', '2024-01-04', '20240104_rolled_back', '2024-01-05');
    `);
    expect(found).toMatchObject({
      tool: "prisma",
      table: "public._prisma_migrations",
      revisions: ["20240101_init", "20240102_add_post"],
    });
  });

  it("recognises node-pg-migrate in a schema on the search path", async () => {
    const found = await detectWith(`
      create schema "Ops";
      set local search_path = "Ops", public;
      create table "Ops".pgmigrations (id serial primary key, name varchar(255) not null, run_on timestamp not null);
      insert into "Ops".pgmigrations (name, run_on) values
        ('1700000000000_init', '2024-01-01'), ('1700000000001_users', '2024-01-01'),
        ('1700000000002_posts', '2024-02-01');
    `);
    expect(found).toEqual({
      tool: "node-pg-migrate",
      table: '"Ops".pgmigrations',
      schema: "Ops",
      name: "pgmigrations",
      revisions: ["1700000000000_init", "1700000000001_users", "1700000000002_posts"],
    });
  });

  it.each([
    {
      tool: "kysely",
      table: "public.kysely_migration",
      ddl: `create table kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null);
            insert into kysely_migration values ('2024_02_users', '2024-02-01T00:00:00Z'), ('2024_01_init', '2024-01-01T00:00:00Z');`,
      revisions: ["2024_01_init", "2024_02_users"],
    },
    {
      tool: "knex",
      table: "public.knex_migrations",
      ddl: `create table knex_migrations (id serial primary key, name varchar(255), batch integer, migration_time timestamptz);
            insert into knex_migrations (name, batch, migration_time) values ('20240101_init.js', 1, now()), ('20240201_users.js', 2, now());`,
      revisions: ["20240101_init.js", "20240201_users.js"],
    },
    {
      tool: "typeorm",
      table: "public.migrations",
      ddl: `create table migrations (id serial primary key, timestamp bigint not null, name varchar not null);
            insert into migrations (timestamp, name) values (1704067200000, 'Init1704067200000');`,
      revisions: ["Init1704067200000"],
    },
    {
      tool: "drizzle",
      table: "drizzle.__drizzle_migrations",
      // Not on the search path: Drizzle keeps its journal in a schema of its own.
      ddl: `create schema drizzle;
            create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint);
            insert into drizzle.__drizzle_migrations (hash, created_at) values ('b2', 2), ('a1', 1);`,
      revisions: ["a1", "b2"],
    },
    {
      tool: "sequelize",
      table: 'public."SequelizeMeta"',
      ddl: `create table "SequelizeMeta" (name varchar(255) primary key);
            insert into "SequelizeMeta" values ('20240101-init.js');`,
      revisions: ["20240101-init.js"],
    },
    {
      tool: "flyway",
      table: "public.flyway_schema_history",
      ddl: `create table flyway_schema_history (installed_rank int primary key, version varchar(50), description varchar(200) not null, success boolean not null);
            insert into flyway_schema_history values (1, '1', 'init', true), (2, '2', 'broken', false), (3, null, 'views', true);`,
      revisions: ["1", "views"],
    },
    {
      tool: "django",
      table: "public.django_migrations",
      ddl: `create table django_migrations (id serial primary key, app varchar(255), name varchar(255), applied timestamptz);
            insert into django_migrations (app, name, applied) values ('auth', '0001_initial', '2024-01-01');`,
      revisions: ["auth.0001_initial"],
    },
    {
      tool: "golang-migrate",
      table: "public.schema_migrations",
      ddl: `create table schema_migrations (version bigint primary key, dirty boolean not null);
            insert into schema_migrations values (20240101120000, false);`,
      revisions: ["20240101120000"],
    },
    {
      tool: "goose",
      table: "public.goose_db_version",
      // Applied, then 2 rolled back: what stands is each version's last row.
      ddl: `create table goose_db_version (id serial primary key, version_id bigint not null, is_applied boolean not null);
            insert into goose_db_version (version_id, is_applied) values (0, true), (1, true), (2, true), (2, false), (3, true);`,
      revisions: ["1", "3"],
    },
    {
      tool: "rails",
      table: "public.schema_migrations",
      ddl: `create table schema_migrations (version varchar primary key);
            insert into schema_migrations values ('20240201000000'), ('20240101000000');`,
      revisions: ["20240101000000", "20240201000000"],
    },
  ])("recognises $tool from its own table", async ({ tool, table, ddl, revisions }) => {
    expect(await detectWith(ddl)).toMatchObject({ tool, table, revisions });
  });

  it("ignores a table with a tool's name but not its columns", async () => {
    expect(await detectWith("create table alembic_version (id integer)")).toBeNull();
  });
});
