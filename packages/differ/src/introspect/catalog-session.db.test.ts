import { offerSideSessions } from "@retort/core";
import { connectKysely, openTestDatabase, type TestDatabase } from "@retort/test-harness";
import { type Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introspectDependencies } from "./catalog-dependencies";
import { inCatalogSnapshot } from "./catalog-session";
import { jsonRowsBatch } from "./catalog-sql";
import { introspectSchema, introspectWithDependencies } from "./introspect-schema";
import { objectKey } from "./object-key";

let database: TestDatabase;
let db: Kysely<any>;
const opened: Kysely<any>[] = [];

beforeAll(async () => {
  ({ database, db } = await openTestDatabase("differ_catalog_session", { max: 1 }));
  await sql
    .raw(`
    create schema app;
    create type app.mood as enum ('happy', 'sad');
    create domain app.positive as integer check (value > 0);
    create table app.account (
      id bigint generated always as identity primary key,
      email text not null unique,
      mood app.mood default 'happy',
      seq serial,
      balance app.positive
    );
    create table app.post (
      id serial primary key,
      account_id bigint references app.account (id) on delete cascade,
      title text check (title <> '')
    );
    create index post_title on app.post (lower(title));
    create sequence app.free_seq;
    create view app.account_email as select id, email from app.account;
    create materialized view app.post_count as select count(*) as n from app.post;
    create unique index on app.post_count (n);
    create function app.touch() returns trigger language plpgsql as 'begin return new; end';
    create trigger post_touch before update on app.post for each row execute function app.touch();
    alter table app.post enable row level security;
    create policy post_mine on app.post for select using (account_id > 0);
    grant usage on schema app to public;
    grant select on app.account to public;
    grant select (title) on app.post to pg_monitor;
    grant execute on function app.touch() to pg_monitor;
    comment on table app.account is 'people';
  `)
    .execute(db);
});

afterAll(async () => {
  await Promise.all(opened.map((side) => side.destroy()));
  await db?.destroy();
  await database?.drop();
});

/** Runs `fn` on one session of `db` that offers side sessions made by `open`. */
function withSideSessions<T>(
  open: () => Kysely<any>,
  fn: (conn: Kysely<any>) => Promise<T>,
): Promise<T> {
  return db.connection().execute((conn) => {
    offerSideSessions(conn, {
      open: () => {
        const side = open();
        opened.push(side);
        return side;
      },
    });
    return fn(conn);
  });
}

/** A Kysely of one session on the test database whose transactions begin once `gate` resolves. */
function gatedSession(gate: Promise<void>): Kysely<any> {
  const side = connectKysely(database.url, { max: 1 });
  const gated = {
    transaction: () => ({
      setIsolationLevel: (level: "repeatable read") => ({
        execute: async <T>(fn: (trx: Kysely<any>) => Promise<T>) => {
          await gate;
          return side.transaction().setIsolationLevel(level).execute(fn);
        },
      }),
    }),
    destroy: () => side.destroy(),
  };
  return gated as unknown as Kysely<any>;
}

describe("inCatalogSnapshot", () => {
  it("reads the same description over side sessions as over one connection", async () => {
    const alone = await db.connection().execute((conn) => introspectSchema(conn));
    let opens = 0;
    const shared = await withSideSessions(
      () => {
        opens++;
        return connectKysely(database.url, { max: 1 });
      },
      (conn) => introspectSchema(conn),
    );
    expect(opens).toBe(2);
    expect(shared).toEqual(alone);
    expect(shared.tables.map((t) => t.name)).toEqual(["account", "post"]);
    expect(shared.views.map((v) => v.name)).toEqual(["account_email", "post_count"]);
    expect(shared.triggers.map((t) => t.name)).toEqual(["post_touch"]);
    expect(shared.functions.map((f) => f.name)).toEqual(["touch"]);
    expect(shared.privileges?.grants.length).toBeGreaterThan(2);
  });

  it("sends the catalog queries as one statement per session", async () => {
    const alone = await db.connection().execute((conn) => introspectSchema(conn));
    let statements = 0;
    const counter = {
      transformQuery: (args: { node: any }) => {
        statements++;
        return args.node;
      },
      transformResult: async (args: { result: any }) => args.result,
    };
    const shared = await db.connection().execute((conn) => {
      const counted = conn.withPlugin(counter);
      offerSideSessions(counted, {
        open: () => {
          const side = connectKysely(database.url, { max: 1 }).withPlugin(counter);
          opened.push(side);
          return side;
        },
      });
      return introspectSchema(counted);
    });
    expect(shared).toEqual(alone);
    // The first session: its snapshot and settings, the schemas, the server's version, and its
    // share of the queries; each side session: the snapshot, the settings and its share. Read one
    // by one, the 24 queries were 24 statements and as many round trips. (A side session that
    // connects late finds its share taken.)
    expect(statements).toBeLessThanOrEqual(4 + 3 + 3);
  });

  it("says when every read is on its way, before they end", async () => {
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const events: string[] = [];
    const read = async () => {
      await gate;
      events.push("read");
    };
    await withSideSessions(
      () => connectKysely(database.url, { max: 1 }),
      (conn) =>
        inCatalogSnapshot(conn, (snapshot) => {
          const all = snapshot.all([read, read, read], () => {
            events.push("started");
            open();
          });
          return all;
        }),
    );
    expect(events).toEqual(["started", "read", "read", "read"]);
    // On one session, nothing waits for this process between reads: it is told at once.
    const alone: string[] = [];
    await inCatalogSnapshot(db, (snapshot) =>
      snapshot.all(
        [
          async () => {
            alone.push("read");
          },
        ],
        () => alone.push("started"),
      ),
    );
    expect(alone).toEqual(["started", "read"]);
  });

  it("reads the dependencies beside the schema, as the two reads give them apart", async () => {
    const apart = {
      schema: await introspectSchema(db),
      dependencies: await introspectDependencies(db),
    };
    const together = await withSideSessions(
      () => connectKysely(database.url, { max: 1 }),
      (conn) => introspectWithDependencies(conn),
    );
    expect(together).toEqual(apart);
    expect(together.dependencies).toContainEqual({
      from: objectKey("trigger", "app", "post", "post_touch"),
      to: objectKey("routine", "app", null, "touch()"),
    });
  });

  it("spreads reads over three sessions, each in the snapshot", async () => {
    // Each read holds its session until all three run at once: they cannot share one.
    let running = 0;
    let allRunning: () => void = () => {};
    const together = new Promise<void>((resolve) => {
      allRunning = resolve;
    });
    const read = async (session: Kysely<any>) => {
      const { rows } = await sql<{
        pid: number;
        path: string;
      }>`select pg_backend_pid() as pid, current_setting('search_path') as path,
                current_setting('transaction_isolation') as isolation,
                current_setting('jit') as jit`.execute(session);
      if (++running === 3) allRunning();
      await together;
      return rows[0];
    };
    const results = await withSideSessions(
      () => connectKysely(database.url, { max: 1 }),
      (conn) => inCatalogSnapshot(conn, (snapshot) => snapshot.all([read, read, read])),
    );
    expect(new Set(results.map((r) => r?.pid)).size).toBe(3);
    expect(results).toEqual(
      results.map((r) => ({
        pid: r?.pid,
        path: "pg_catalog",
        isolation: "repeatable read",
        jit: "off",
      })),
    );
  });

  it("gives side sessions the first session's snapshot, not one taken after a later DDL", async () => {
    let ddlDone: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      ddlDone = resolve;
    });
    let sideStarted: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      sideStarted = resolve;
    });
    const other = connectKysely(database.url, { max: 1 });
    const tables = (session: Kysely<any>) =>
      sql<{ name: string }>`select relname::text as name from pg_class
                            where relnamespace = 'app'::regnamespace and relkind = 'r'
                            order by 1`
        .execute(session)
        .then((r) => r.rows.map((row) => row.name));
    try {
      const [first, side] = await withSideSessions(
        () => gatedSession(gate),
        (conn) =>
          inCatalogSnapshot(conn, (snapshot) =>
            snapshot.all([
              // On the first session, in the snapshot: a table is created and committed before
              // any side session has connected; the first session waits for the side's read.
              async (session) => {
                await sql`create table app.late (id int)`.execute(other);
                ddlDone();
                await started;
                return tables(session);
              },
              async (session) => {
                sideStarted();
                return tables(session);
              },
            ]),
          ),
      );
      expect(first).toEqual(["account", "post"]);
      expect(side).toEqual(["account", "post"]);
      expect(await tables(other)).toEqual(["account", "late", "post"]);
    } finally {
      await sql`drop table if exists app.late`.execute(other);
      await other.destroy();
    }
  });

  it("reads one query at a time when a session's share outlasts statement_timeout", async () => {
    // Four queries over three sessions: one session's statement holds two, 0.6 s, past the
    // role's 0.5 s; alone, each takes 0.3 s.
    const timeout = "options=-c%20statement_timeout%3D500";
    const slow = {
      query: sql`select pg_sleep(0.3) as slept`,
      map: (rows: unknown[]) => rows.length,
    };
    const limited = connectKysely(`${database.url}?${timeout}`, { max: 1 });
    opened.push(limited);
    await expect(
      inCatalogSnapshot(limited, (snapshot) =>
        jsonRowsBatch(snapshot.db, [slow.query, slow.query]),
      ),
    ).rejects.toMatchObject({ code: "57014" });
    const counts = await limited.connection().execute((conn) => {
      offerSideSessions(conn, {
        open: () => {
          const side = connectKysely(`${database.url}?${timeout}`, { max: 1 });
          opened.push(side);
          return side;
        },
      });
      return inCatalogSnapshot(conn, (snapshot) => snapshot.all([slow, slow, slow, slow]));
    });
    expect(counts).toEqual([1, 1, 1, 1]);
  });

  it("reads alone when a side session cannot connect", async () => {
    const description = await withSideSessions(
      () => connectKysely("postgres://postgres@127.0.0.1:1/nowhere", { max: 1 }),
      (conn) => introspectSchema(conn),
    );
    expect(description.tables.map((t) => t.name)).toEqual(["account", "post"]);
  });
});
