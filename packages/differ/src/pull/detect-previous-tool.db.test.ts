import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectPreviousTool } from "./detect-previous-tool";
import { openTestDatabase } from "./pull.test-fixture";

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
    expect(found).toEqual({
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
      revisions: ["1700000000000_init", "1700000000001_users", "1700000000002_posts"],
    });
  });

  it("ignores a table with a tool's name but not its columns", async () => {
    expect(await detectWith("create table alembic_version (id integer)")).toBeNull();
  });
});
