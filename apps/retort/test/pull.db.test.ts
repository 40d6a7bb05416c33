import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Project } from "./project";

// A team leaving Alembic: its database has alembic_version, tables, a view, a function and a
// trigger. `retort pull --baseline` adopts it without touching the data.

const schemaSql = `
  create table alembic_version (version_num varchar(32) primary key);
  insert into alembic_version values ('ae1027a6acf');
  create type mood as enum ('happy', 'sad');
  create table "Users" (id serial primary key, email text not null unique, mood mood default 'happy', created_at timestamptz not null default now());
  create table orders (
    id bigint generated always as identity primary key,
    user_id int not null references "Users"(id) on delete cascade,
    total numeric(10,2) not null check (total >= 0),
    note varchar(200),
    placed_at timestamp not null default (now() at time zone 'utc'),
    parent_id bigint references orders(id)
  );
  create index orders_user_idx on orders (user_id) where total > 0;
  create view big_orders as select id, total from orders where total > 100;
  create function touch() returns trigger language plpgsql as $$ begin new.note := 'touched'; return new; end $$;
  create trigger orders_touch before update on orders for each row execute function touch();
  -- A body over several lines, with a string that spans two: the migration file must keep it.
  create function greeting() returns text language plpgsql as $$
begin
  return 'Hello,
world';
end
$$;
  insert into "Users" (email) values ('a@example.com');
  insert into orders (user_id, total) values (1, 250);
`;

let source: TestDatabase;
let empty: TestDatabase;
let client: pg.Client;
let project: Project;

beforeAll(async () => {
  source = await createTestDatabase("e2e_pull_source");
  empty = await createTestDatabase("e2e_pull_empty");
  client = new pg.Client({ connectionString: source.url });
  await client.connect();
  await client.query(schemaSql);
  project = new Project({ DATABASE_URL: source.url });
});
afterAll(async () => {
  project.remove();
  await client.end();
  await source.drop();
  await empty.drop();
});

describe("retort pull", () => {
  it("--dry-run says what it would write and writes nothing", async () => {
    const r = await project.run("pull", "--dry-run", "--baseline", "--json");
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as {
      files: string[];
      skipped: { kind: string; name: string }[];
      previousTool: { tool: string };
    };
    expect(summary.files).toEqual([
      "models/big-orders.ts",
      "models/enums.ts",
      "models/functions.ts",
      "models/index.ts",
      "models/orders.ts",
      "models/triggers.ts",
      "models/users.ts",
    ]);
    // Views, functions and triggers are models: nothing stays in the baseline as SQL.
    expect(summary.skipped.map((object) => `${object.kind} ${object.name}`).sort()).toEqual([]);
    expect(summary.previousTool.tool).toBe("alembic");
    expect(existsSync(join(project.root, "models/orders.ts"))).toBe(false);
    // The baseline is named too, with the revision id it will get when written.
    expect((summary as unknown as { baselineFile: string }).baselineFile).toBe(
      "migrations/versions/<revision>_baseline.ts",
    );
    const text = await project.run("pull", "--dry-run", "--baseline", "--rev-id", "baseba5e0001");
    expect(text.stdout).toContain(
      "Would write migrations/versions/baseba5e0001_baseline.ts (the baseline: creates the whole schema",
    );
    expect(readdirSync(join(project.root, "migrations/versions"))).toEqual([]);
  });

  it("--baseline writes the models and a first revision, and stamps the database without running it", async () => {
    const r = await project.run("pull", "--baseline", "-m", "baseline", "--rev-id", "baseba5e0001");
    expect(r.code, r.stderr).toBe(0);
    // Every kind it found, not tables and enums alone; alembic_version is the old tool's.
    expect(r.stderr).toContain("Found 2 tables, 1 view, 2 functions, 1 trigger and 1 enum.\n");
    expect(r.stderr).toContain("Found alembic's public.alembic_version at ae1027a6acf.");
    expect(r.stderr).not.toContain("view public.big_orders");
    // A view is a model, and the baseline creates it from the model.
    expect(project.read("models/big-orders.ts")).toContain('view(\n  "big_orders"');
    expect(project.read("models/users.ts")).toContain('table(\n  "Users"');
    expect(project.read("models/index.ts")).toContain('export * from "./orders";');
    const baseline = project.read("migrations/versions/baseba5e0001_baseline.ts");
    expect(baseline).toMatch(/op\.createView\(\s+"big_orders",/);
    expect(baseline).toContain('op.createTrigger("orders", "orders_touch"');
    expect(project.read("models/triggers.ts")).toContain("function: touch,");
    expect(project.read("models/functions.ts")).toContain("return 'Hello,\nworld';");

    expect((await project.run("current")).stdout).toBe("baseba5e0001 (head)\n");
    const history = await client.query<{ direction: string; note: string | null }>(
      "SELECT direction, note FROM retort_history ORDER BY id",
    );
    expect(history.rows).toEqual([
      { direction: "stamp", note: null },
      {
        direction: "provenance",
        note: "adopted from alembic (public.alembic_version at ae1027a6acf)",
      },
    ]);
    // The data is untouched and the old table stays.
    expect((await client.query("SELECT count(*)::int AS n FROM orders")).rows[0].n).toBe(1);
    expect((await client.query("SELECT version_num FROM alembic_version")).rows).toEqual([
      { version_num: "ae1027a6acf" },
    ]);

    const check = await project.run("check");
    expect(check.code, check.stderr).toBe(0);
  });

  it("writes models that type-check strictly, a self-reference included, and type Kysely", () => {
    writeFileSync(
      join(project.root, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "esnext",
          moduleResolution: "bundler",
          target: "es2022",
          skipLibCheck: true,
        },
        include: ["models", "database.ts"],
      }),
    );
    // What a team writes to drop kysely-codegen: the row types come from the pulled models.
    writeFileSync(
      join(project.root, "database.ts"),
      [
        'import type { Insertable, Selectable } from "kysely";',
        'import type { DatabaseOf } from "retort";',
        'import type * as models from "./models/index";',
        "type Database = DatabaseOf<typeof models>;",
        'export const order: Selectable<Database["orders"]> = { id: "1", user_id: 1, total: "2.50", note: null, placed_at: new Date(), parent_id: null };',
        'export const user: Insertable<Database["Users"]> = { email: "a@example.com" };',
        'export const big: Selectable<Database["big_orders"]> = { id: "1", total: null };',
        "",
      ].join("\n"),
    );
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", project.root], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("refuses a database retort already manages, and model files that exist", async () => {
    const again = await project.run("pull");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already managed by retort");
    expect(again.stderr).toContain("revision --autogenerate");

    const other = await createTestDatabase("e2e_pull_other");
    try {
      const otherClient = new pg.Client({ connectionString: other.url });
      await otherClient.connect();
      await otherClient.query("create table t (id int primary key)");
      await otherClient.end();
      const refused = await project.start(["pull"], { DATABASE_URL: other.url }).done;
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("would be overwritten");
      expect(refused.stderr).toContain("--force");
    } finally {
      await other.drop();
    }
  });

  it("the baseline builds the same schema on an empty database, and downgrade base empties it", async () => {
    const up = await project.start(["upgrade", "head"], { DATABASE_URL: empty.url }).done;
    expect(up.code, up.stderr).toBe(0);
    const emptyClient = new pg.Client({ connectionString: empty.url });
    await emptyClient.connect();
    try {
      const objects = async (c: pg.Client) =>
        (
          await c.query<{ name: string }>(
            "SELECT c.relname || ':' || c.relkind::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname NOT LIKE 'retort_%' AND c.relname NOT LIKE 'alembic_version%' ORDER BY 1",
          )
        ).rows.map((row) => row.name);
      expect(await objects(emptyClient)).toEqual(await objects(client));
      const greeting = "SELECT greeting() AS g";
      expect((await emptyClient.query(greeting)).rows[0].g).toBe("Hello,\nworld");
      const body = "SELECT prosrc FROM pg_proc WHERE proname = 'greeting'";
      expect((await emptyClient.query(body)).rows).toEqual((await client.query(body)).rows);
      const check = await project.start(["check"], { DATABASE_URL: empty.url }).done;
      expect(check.code, check.stderr).toBe(0);
      const down = await project.start(["downgrade", "base"], { DATABASE_URL: empty.url }).done;
      expect(down.code, down.stderr).toBe(0);
      expect(await objects(emptyClient)).toEqual([]);
    } finally {
      await emptyClient.end();
    }
  });

  it("recognises other tools, says how many migrations they ran, and drops a quoted table", async () => {
    const other = await createTestDatabase("e2e_pull_sequelize");
    const otherProject = new Project({ DATABASE_URL: other.url });
    try {
      const c = new pg.Client({ connectionString: other.url });
      await c.connect();
      await c.query(`
        create table "SequelizeMeta" (name varchar(255) primary key);
        insert into "SequelizeMeta" values ('01-init.js'), ('02-users.js'), ('03-posts.js'), ('04-tags.js');
        create table t (id int primary key);`);
      const r = await otherProject.run("pull", "--baseline", "--drop-old-version-table");
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(
        `Found sequelize's public."SequelizeMeta" at 04-tags.js (the last of 4 migrations).`,
      );
      expect((await c.query(`SELECT to_regclass('"SequelizeMeta"') AS t`)).rows[0].t).toBeNull();
      // TypeORM's table has a common name: recognised by its columns, it is no model either.
      await c.query(`
        drop table retort_version; drop table retort_history;
        create table migrations (id serial primary key, timestamp bigint not null, name varchar not null);
        insert into migrations (timestamp, name) values (1704067200000, 'Init1704067200000');`);
      const typeorm = await otherProject.run("pull", "--dry-run", "--json");
      expect(typeorm.code, typeorm.stderr).toBe(0);
      const summary = JSON.parse(typeorm.stdout) as {
        files: string[];
        previousTool: { tool: string } | null;
      };
      expect(summary.previousTool?.tool).toBe("typeorm");
      expect(summary.files).toEqual(["models/index.ts", "models/t.ts"]);
      // An application's table that only shares a tool's name is a model like any other.
      await c.query("create table schema_migrations (id serial primary key, name text)");
      const app = await otherProject.run("pull", "--dry-run", "--json");
      expect((JSON.parse(app.stdout) as { files: string[] }).files).toContain(
        "models/schema-migrations.ts",
      );
      await c.end();
    } finally {
      otherProject.remove();
      await other.drop();
    }
  });

  it("--drop-old-version-table removes alembic_version; a versions folder nobody made yet is made", async () => {
    const other = await createTestDatabase("e2e_pull_drop");
    const otherProject = new Project({ DATABASE_URL: other.url });
    try {
      const c = new pg.Client({ connectionString: other.url });
      await c.connect();
      await c.query(
        "create table alembic_version (version_num varchar(32) primary key); insert into alembic_version values ('abc'); create table t (id int primary key);",
      );
      // A config written by hand, without `retort init`: its versions folder does not exist.
      rmSync(join(otherProject.root, "migrations"), { recursive: true });
      const dry = await otherProject.run("pull", "--dry-run", "--baseline", "--json");
      expect(dry.code, dry.stderr).toBe(0);
      expect(existsSync(join(otherProject.root, "migrations"))).toBe(false);
      const r = await otherProject.run("pull", "--baseline", "--drop-old-version-table");
      expect(r.code, r.stderr).toBe(0);
      expect((await c.query("SELECT to_regclass('alembic_version') AS t")).rows[0].t).toBeNull();
      await c.end();
      expect(
        readdirSync(join(otherProject.root, "migrations/versions")).filter((f) =>
          f.endsWith(".ts"),
        ),
      ).toHaveLength(1);
    } finally {
      otherProject.remove();
      await other.drop();
    }
  });

  it("refuses the empty embedded database an unset DATABASE_URL leads to, and warns on an empty server", async () => {
    // The config reads process.env.DATABASE_URL; unset, there is no url: the embedded database.
    const lost = new Project({ DATABASE_URL: undefined });
    const blank = await createTestDatabase("e2e_pull_blank");
    try {
      const r = await lost.run("pull");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("holds nothing to adopt: no url is configured");
      expect(r.stderr).toContain("DATABASE_URL");
      expect(existsSync(join(lost.root, "models"))).toBe(false);
      const server = await lost.start(["pull", "--dry-run"], { DATABASE_URL: blank.url }).done;
      expect(server.code, server.stderr).toBe(0);
      expect(server.stderr).toContain(
        "holds no tables, views, types or functions in the managed schemas; is it the database you meant?",
      );
    } finally {
      lost.remove();
      await blank.drop();
    }
  });
});
