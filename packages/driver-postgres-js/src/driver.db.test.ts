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
});
