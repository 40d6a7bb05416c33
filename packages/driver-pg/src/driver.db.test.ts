import { describeDriverContract } from "@retort/core/testing";
import { createTestDatabase, type TestDatabase } from "@retort/test-harness";
import { Kysely, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "./index";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("driver_pg");
});

afterAll(async () => {
  await database?.drop();
});

describeDriverContract(
  "pg",
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
async function firstQueryError(url: string, connectTimeoutMs?: number): Promise<unknown> {
  const driver = createDriver({ url, root: process.cwd(), connectTimeoutMs });
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

describe("pg driver", () => {
  it("says its dialects are sessions of their own (the contract suite checks they are)", () => {
    // The catalog is read over several dialects' sessions at once (in one exported snapshot).
    expect(createDriver({ url: database.url, root: process.cwd() }).hasIndependentSessions).toBe(
      true,
    );
  });

  it("sets application_name to retort unless the URL sets one", async () => {
    for (const [url, expected] of [
      [database.url, "retort"],
      [`${database.url}?application_name=billing-migrations`, "billing-migrations"],
    ] as const) {
      const driver = createDriver({ url, root: process.cwd() });
      const db = new Kysely<any>({ dialect: driver.createDialect() });
      try {
        const { rows } = await sql<{
          name: string;
        }>`select current_setting('application_name') as name`.execute(db);
        expect(rows).toEqual([{ name: expected }]);
      } finally {
        await db.destroy();
      }
    }
  });

  it("applies statementTimeoutMs as statement_timeout", async () => {
    const driver = createDriver({
      url: database.url,
      root: process.cwd(),
      statementTimeoutMs: 1500,
    });
    const db = new Kysely<any>({ dialect: driver.createDialect() });
    try {
      const { rows } = await sql<{
        t: string;
      }>`select current_setting('statement_timeout') as t`.execute(db);
      expect(rows).toEqual([{ t: "1500ms" }]);
    } finally {
      await db.destroy();
    }
  });

  it("maps a refused port to CONNECTION_FAILED with the password masked", async () => {
    // Port 1 is reserved (tcpmux) and nothing listens on it in a test environment.
    const error = await firstQueryError("postgres://app:hunter2@127.0.0.1:1/shop");
    expect(error).toMatchObject({ code: "CONNECTION_FAILED", reason: "refused" });
    const { message, hint } = error as { message: string; hint: string };
    expect(message).toContain("postgres://app:***@127.0.0.1:1/shop");
    expect(message).not.toContain("hunter2");
    expect(hint).toContain("docker compose up -d postgres");
  });

  it("maps a missing database to CONNECTION_FAILED with a createdb hint", async () => {
    const url = new URL(database.url);
    url.pathname = "/retort_no_such_database";
    const error = await firstQueryError(url.toString());
    expect(error).toMatchObject({ code: "CONNECTION_FAILED", reason: "missing-database" });
    expect((error as { message: string }).message).toContain(
      'database "retort_no_such_database" does not exist',
    );
    expect((error as { hint: string }).hint).toContain("createdb retort_no_such_database");
  });

  it("maps an unknown host to CONNECTION_FAILED", async () => {
    const error = await firstQueryError("postgres://app:pw@no-such-host.invalid:5432/shop");
    expect(error).toMatchObject({ code: "CONNECTION_FAILED", reason: "unknown-host" });
    expect((error as { message: string }).message).not.toContain(":pw@");
  });

  it("rejects a URL it cannot read with BAD_URL, password masked", () => {
    expect(() =>
      createDriver({ url: "postgres://app:s3cret@db:notaport/shop", root: "." }),
    ).toThrow(expect.objectContaining({ code: "BAD_URL" }));
    try {
      createDriver({ url: "postgres://app:s3cret@db:notaport/shop", root: "." });
    } catch (error) {
      expect((error as Error).message).not.toContain("s3cret");
    }
    expect(() => createDriver({ url: "postgres://db/shop?sslmode=sometimes", root: "." })).toThrow(
      expect.objectContaining({ code: "BAD_URL" }),
    );
    expect(() => createDriver({ url: undefined, root: "." })).toThrow(
      expect.objectContaining({ code: "BAD_URL" }),
    );
  });

  it("restores lock_timeout after a wait, and reports LOCK_TIMEOUT even inside a transaction", async () => {
    const holder = createDriver({ url: database.url, root: process.cwd() });
    const holderDb = new Kysely<any>({ dialect: holder.createDialect() });
    const waiter = createDriver({ url: database.url, root: process.cwd() });
    const waiterDb = new Kysely<any>({ dialect: waiter.createDialect() });
    try {
      const key = 7_300_000_000_000_000_010n;
      const release = await holder.acquireLock(holderDb, { key });
      await sql`set lock_timeout = '7s'`.execute(waiterDb);
      await expect(waiter.acquireLock(waiterDb, { key, timeoutMs: 20 })).rejects.toMatchObject({
        code: "LOCK_TIMEOUT",
      });
      const { rows } = await sql<{
        t: string;
      }>`select current_setting('lock_timeout') as t`.execute(waiterDb);
      expect(rows).toEqual([{ t: "7s" }]);
      await expect(
        waiterDb.transaction().execute((trx) => waiter.acquireLock(trx, { key, timeoutMs: 20 })),
      ).rejects.toMatchObject({ code: "LOCK_TIMEOUT" });
      await release();
    } finally {
      await holderDb.destroy();
      await waiterDb.destroy();
    }
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
