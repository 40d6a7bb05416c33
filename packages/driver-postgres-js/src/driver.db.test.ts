import { createServer, type Server, type Socket } from "node:net";
import { describeDriverContract } from "@retort/core/testing";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { Kysely, sql } from "kysely";
import postgres, { type Sql } from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDriver, PostgresJsDriver } from "./index";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("driver_pgjs");
});

afterAll(async () => {
  await database?.drop();
});

describeDriverContract(
  "postgres-js",
  async () => ({ driver: createDriver({ url: database.url, root: process.cwd() }) }),
  {
    // Port 1 is reserved (tcpmux) and nothing listens on it in a test environment.
    makeUnreachableDriver: async () => ({
      driver: createDriver({ url: "postgres://app:hunter2@127.0.0.1:1/shop", root: process.cwd() }),
      password: "hunter2",
    }),
  },
);

/** The first query's error, for a driver expected to fail to connect. */
async function firstQueryError(driver: PostgresJsDriver): Promise<unknown> {
  const db = new Kysely<any>({ dialect: driver.createDialect() });
  try {
    await sql`select 1`.execute(db);
    return undefined;
  } catch (error) {
    return error;
  } finally {
    await db.destroy();
    await driver.close();
  }
}

/** A TCP server that accepts connections and never says a word: a server that hangs. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe("postgres-js driver", () => {
  it("says its dialects are sessions of their own (the contract suite checks they are)", () => {
    // The catalog is read over several dialects' sessions at once (in one exported snapshot).
    expect(createDriver({ url: database.url, root: process.cwd() }).hasIndependentSessions).toBe(
      true,
    );
  });

  it("runs a parameterless batch as one simple-protocol message, which the extended protocol refuses", async () => {
    const driver = createDriver({ url: database.url, root: process.cwd() });
    const db = new Kysely<any>({ dialect: driver.createDialect() });
    const table = `pgjs_batch_${Math.random().toString(36).slice(2, 10)}`;
    const batch = `create table "${table}" (n int);
      insert into "${table}" values (1);
      insert into "${table}" values (2), (3) returning n;`;
    try {
      // Kysely's result is the batch's last statement, as node-postgres gives it.
      const result = await sql.raw<{ n: number }>(batch).execute(db);
      expect(result.rows).toEqual([{ n: 2 }, { n: 3 }]);
      expect(result.numAffectedRows).toBe(2n);
      const total = await sql<{ total: number }>`
        select sum(n)::int as total from ${sql.table(table)}`.execute(db);
      expect(total.rows).toEqual([{ total: 6 }]);
    } finally {
      await db.destroy();
    }
    // Why the driver insists on the simple protocol: the extended protocol, which postgres.js uses
    // for every query with parameters, takes one statement per message.
    const plain: Sql = postgres(database.url, { max: 1, onnotice: () => undefined });
    try {
      await expect(
        plain.unsafe("select $1::int; select 2", [1], { prepare: false }),
      ).rejects.toThrow(/cannot insert multiple commands into a prepared statement/);
    } finally {
      await plain.end({ timeout: 5 });
    }
  });
  it("sets application_name to retort unless the URL sets one, and applies statementTimeoutMs", async () => {
    for (const [url, expected] of [
      [database.url, "retort"],
      [`${database.url}?application_name=billing-migrations`, "billing-migrations"],
    ] as const) {
      const driver = createDriver({ url, root: process.cwd(), statementTimeoutMs: 1500 });
      const db = new Kysely<any>({ dialect: driver.createDialect() });
      try {
        const { rows } = await sql<{ name: string; timeout: string }>`
          select current_setting('application_name') as name,
                 current_setting('statement_timeout') as timeout`.execute(db);
        expect(rows).toEqual([{ name: expected, timeout: "1500ms" }]);
      } finally {
        await db.destroy();
      }
    }
  });

  it("reports a commit that PostgreSQL turned into a rollback, and runs savepoints", async () => {
    const driver = createDriver({ url: database.url, root: process.cwd() });
    const db = new Kysely<any>({ dialect: driver.createDialect() });
    const table = `pgjs_commit_${Math.random().toString(36).slice(2, 10)}`;
    try {
      await sql`create table ${sql.table(table)} (n int)`.execute(db);
      await expect(
        db.transaction().execute(async (trx) => {
          await sql`insert into ${sql.table(table)} values (1)`.execute(trx);
          // A failure the caller swallows still aborts the transaction on the server.
          await sql`select * from no_such_table_anywhere`.execute(trx).catch(() => undefined);
        }),
      ).rejects.toThrow(/COMMIT rolled the transaction back/);
      const trx = await db.startTransaction().execute();
      await sql`insert into ${sql.table(table)} values (2)`.execute(trx);
      const point = await trx.savepoint('before "three"').execute();
      await sql`insert into ${sql.table(table)} values (3)`.execute(point);
      const back = await point.rollbackToSavepoint('before "three"').execute();
      await back.commit().execute();
      const rows = await sql<{ n: number }>`select n from ${sql.table(table)}`.execute(db);
      expect(rows.rows).toEqual([{ n: 2 }]);
    } finally {
      await db.destroy();
    }
  });

  it("binds undefined as NULL and prints no NOTICE", async () => {
    const log = vi.spyOn(console, "log");
    const driver = createDriver({ url: database.url, root: process.cwd() });
    const db = new Kysely<any>({ dialect: driver.createDialect() });
    try {
      const { rows } = await sql<{ v: null }>`select ${undefined}::text as v`.execute(db);
      expect(rows).toEqual([{ v: null }]);
      await sql`drop table if exists pgjs_never_created_table`.execute(db);
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
      await db.destroy();
    }
  });

  it("maps a refused port to CONNECTION_FAILED with the password masked and a hint", async () => {
    const error = await firstQueryError(
      createDriver({ url: "postgres://app:hunter2@127.0.0.1:1/shop", root: process.cwd() }),
    );
    expect(error).toMatchObject({ code: "CONNECTION_FAILED", reason: "refused" });
    const { message, hint } = error as { message: string; hint: string };
    expect(message).toContain("postgres://app:***@127.0.0.1:1/shop");
    expect(message).not.toContain("hunter2");
    expect(hint).toContain("docker compose up -d postgres");
  });

  it("maps a missing database to CONNECTION_FAILED with a createdb hint", async () => {
    const url = new URL(database.url);
    url.pathname = "/retort_no_such_database";
    const error = await firstQueryError(createDriver({ url: url.toString(), root: process.cwd() }));
    expect(error).toMatchObject({ code: "CONNECTION_FAILED", reason: "missing-database" });
    expect((error as { message: string }).message).toContain(
      'database "retort_no_such_database" does not exist',
    );
    expect((error as { hint: string }).hint).toContain("createdb retort_no_such_database");
  });

  it("maps an unknown host to CONNECTION_FAILED", async () => {
    const error = await firstQueryError(
      createDriver({
        url: "postgres://app:pw@no-such-host.invalid:5432/shop",
        root: process.cwd(),
      }),
    );
    expect(error).toMatchObject({ code: "CONNECTION_FAILED", reason: "unknown-host" });
    expect((error as { message: string }).message).not.toContain(":pw@");
  });

  it("maps a server that never answers to CONNECTION_FAILED after connectTimeoutMs", async () => {
    const silent = await silentServer();
    try {
      const error = await firstQueryError(
        createDriver({
          url: `postgres://app:pw@127.0.0.1:${silent.port}/shop`,
          root: process.cwd(),
          connectTimeoutMs: 300,
        }),
      );
      expect(error).toMatchObject({ code: "CONNECTION_FAILED", reason: "timeout" });
      expect((error as { message: string }).message).toContain("within 300 ms");
    } finally {
      await silent.close();
    }
  });

  it("maps a rejected password (SQLSTATE 28P01) met while connecting to CONNECTION_FAILED", async () => {
    // The test server trusts local connections, so the server's refusal is played by postgres.js
    // itself: its reserve() rejects as it does when the server sends 28P01.
    const refusal = Object.assign(new Error('password authentication failed for user "app"'), {
      code: "28P01",
    });
    const fakePostgres = (() =>
      Object.assign(() => undefined, {
        reserve: () => Promise.reject(refusal),
        end: () => Promise.resolve(),
      })) as unknown as (options: object) => Sql;
    const error = await firstQueryError(
      new PostgresJsDriver({
        url: "postgres://app:wrong@127.0.0.1:5432/shop",
        root: process.cwd(),
        postgres: fakePostgres,
      }),
    );
    expect(error).toMatchObject({
      code: "CONNECTION_FAILED",
      reason: "auth-failed",
      cause: refusal,
    });
    expect((error as { message: string }).message).toContain(
      'postgres://app:***@127.0.0.1:5432/shop: password authentication failed for user "app"',
    );
  });

  it("rejects a URL it cannot read with BAD_URL, password masked", () => {
    const read = (url: string | undefined) => () => createDriver({ url, root: "." });
    expect(read("postgres://app:s3cret@db:notaport/shop")).toThrow(
      expect.objectContaining({
        code: "BAD_URL",
        message: expect.not.stringContaining("s3cret"),
      }),
    );
    expect(read("postgres://db/shop?sslmode=sometimes")).toThrow(
      expect.objectContaining({ code: "BAD_URL" }),
    );
    expect(read(undefined)).toThrow(expect.objectContaining({ code: "BAD_URL" }));
  });

  it("knows a local target from a remote one", () => {
    expect(createDriver({ url: "postgres://localhost/shop", root: "." }).isLocal).toBe(true);
    expect(
      createDriver({ url: "postgres://%2Fvar%2Frun%2Fpostgresql/shop", root: "." }).isLocal,
    ).toBe(true);
    expect(createDriver({ url: "postgres://db.internal/shop", root: "." }).isLocal).toBe(false);
  });

  it("reports the session ending while idle instead of silently opening another", async () => {
    const driver = createDriver({ url: database.url, root: process.cwd() });
    const db = new Kysely<any>({ dialect: driver.createDialect() });
    const killer = createDriver({ url: database.url, root: process.cwd() });
    const killerDb = new Kysely<any>({ dialect: killer.createDialect() });
    try {
      const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]
        ?.pid;
      await sql`select pg_terminate_backend(${pid}::int)`.execute(killerDb);
      // The next query may still meet the dead session, before its socket's close arrives; each
      // failed query is a round trip that lets that event in. No query may reach a new session.
      let error: unknown;
      for (let attempt = 0; attempt < 5; attempt++) {
        error = await sql`select 1`.execute(db).then(
          () => new Error("a query succeeded on a replaced session"),
          (e: unknown) => e,
        );
        if ((error as { code?: unknown }).code === "CONNECTION_FAILED") break;
      }
      expect(error).toMatchObject({
        code: "CONNECTION_FAILED",
        message: expect.stringContaining("session ended"),
      });
    } finally {
      await db.destroy();
      await killerDb.destroy();
    }
  });
});
