import { Kysely, sql } from "kysely";
import type { Driver } from "../driver/driver";
import { isRetortError } from "../errors/retort-error";
import { afterEach, beforeEach, describe, expect, it } from "./vitest-api";

/** One driver made for one test, and how to clean up after it. */
export interface DriverUnderTest {
  readonly driver: Driver;
  /** Runs after the test's Kysely instance is destroyed and the driver closed. */
  readonly cleanup?: (() => Promise<void>) | undefined;
}

/** A driver pointed at a target nothing answers on, for the connection-failure check. */
export interface UnreachableDriverUnderTest extends DriverUnderTest {
  /** The password in the driver's URL, which no message, hint or detail may show. */
  readonly password: string;
}

/** Options of {@link describeDriverContract}. */
export interface DriverContractOptions {
  /**
   * Whether two drivers from `makeDriver` can hold sessions on the same database at once, so
   * that the second one must wait for the first one's advisory lock. True for a server; false for
   * an engine that admits one process at a time (PGlite). Default is `true`.
   */
  readonly concurrentSessions?: boolean | undefined;
  /**
   * Makes a driver for a target that refuses connections (a closed port on this machine, with a
   * password in the URL). When given, the suite checks that the first query through its dialect
   * rejects with a `ConnectionFailedError` (code `CONNECTION_FAILED`) whose message names the
   * driver's `displayTarget` and shows the password nowhere. Leave it out for an engine with no
   * such target (PGlite).
   *
   * @example
   * ```ts
   * makeUnreachableDriver: async () => ({
   *   // Port 1 is reserved (tcpmux): nothing listens on it.
   *   driver: createDriver({ url: "postgres://app:hunter2@127.0.0.1:1/shop", root: "." }),
   *   password: "hunter2",
   * }),
   * ```
   */
  readonly makeUnreachableDriver?: (() => Promise<UnreachableDriverUnderTest>) | undefined;
}

/**
 * Registers nothing: a check that does not apply to this engine is left out of the run rather
 * than reported as skipped.
 */
function noTest(..._args: unknown[]): void {}

/** A name no other test in the run uses, so tests may share a database. */
function uniqueName(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
}

/** A promise plus its resolve function: tests coordinate on events, never on sleeps. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Registers (with vitest) the tests every retort driver must pass. Each test calls `makeDriver`,
 * builds a `Kysely` on `driver.createDialect()`, and destroys, closes and cleans up after itself.
 * `makeDriver` must return drivers on the **same** database each time it is called (the lock
 * test holds two at once); tests use unique table names, so the database may be shared.
 *
 * What it checks: parameterised select, insert with `returning`, multi-statement SQL without
 * parameters, commit and rollback (DDL included), one session per dialect (`SET` persists,
 * `pg_backend_pid()` is stable, concurrent queries queue), a failed statement leaves the session
 * usable, the advisory lock (acquire, release, re-acquire, a second driver waits and gets it,
 * the timeout), `serverVersion`, `executeOutsideTransaction` with `CREATE INDEX CONCURRENTLY`,
 * identifiers with quotes and non-ASCII letters, idempotent `destroy`/`close`, and (with
 * `makeUnreachableDriver`) that a target it cannot reach fails the first query with a
 * `CONNECTION_FAILED` error naming the target without its password.
 *
 * @example
 * ```ts
 * // my-driver.test.ts
 * import { describeDriverContract } from "@retort/core/testing";
 * import { createDriver } from "./index";
 *
 * describeDriverContract("my-driver", async () => ({
 *   driver: createDriver({ url: process.env.TEST_DATABASE_URL, root: process.cwd() }),
 * }));
 * ```
 */
export function describeDriverContract(
  name: string,
  makeDriver: () => Promise<DriverUnderTest>,
  options: DriverContractOptions = {},
): void {
  const concurrentSessions = options.concurrentSessions ?? true;
  const makeUnreachableDriver = options.makeUnreachableDriver;

  describe(`driver contract: ${name}`, () => {
    let current: DriverUnderTest;
    let db: Kysely<any>;
    let driver: Driver;

    beforeEach(async () => {
      current = await makeDriver();
      driver = current.driver;
      db = new Kysely<any>({ dialect: driver.createDialect() });
    });

    afterEach(async () => {
      await db.destroy();
      await driver.close?.();
      await current.cleanup?.();
    });

    it("names itself and its target", () => {
      expect(driver.name).toMatch(/\S/);
      expect(driver.displayTarget).toMatch(/\S/);
      expect(typeof driver.isLocal).toBe("boolean");
    });

    it("runs a select with parameters", async () => {
      const result = await sql<{ n: number; s: string; nothing: null }>`
        select ${41}::int + 1 as n, ${"it's"}::text as s, ${null}::text as nothing`.execute(db);
      expect(result.rows).toEqual([{ n: 42, s: "it's", nothing: null }]);
    });

    it("inserts and returns rows with RETURNING", async () => {
      const table = uniqueName("contract_insert");
      await db.schema
        .createTable(table)
        .addColumn("id", "serial", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .execute();
      const inserted = await db
        .insertInto(table)
        .values([{ name: "ada" }, { name: "grace" }])
        .returning(["id", "name"])
        .execute();
      expect(inserted).toEqual([
        { id: 1, name: "ada" },
        { id: 2, name: "grace" },
      ]);
      const found = await db.selectFrom(table).select("name").where("id", "=", 2).execute();
      expect(found).toEqual([{ name: "grace" }]);
    });

    it("runs multi-statement SQL without parameters", async () => {
      const table = uniqueName("contract_multi");
      await sql
        .raw(
          `create table ${table} (n int);
           insert into ${table} values (1);
           insert into ${table} values (2), (3);`,
        )
        .execute(db);
      const result = await sql<{ total: number }>`
        select sum(n)::int as total from ${sql.table(table)}`.execute(db);
      expect(result.rows).toEqual([{ total: 6 }]);
    });

    it("commits a transaction", async () => {
      const table = uniqueName("contract_commit");
      await db.transaction().execute(async (trx) => {
        await trx.schema.createTable(table).addColumn("n", "integer").execute();
        await trx.insertInto(table).values({ n: 7 }).execute();
      });
      expect(await db.selectFrom(table).selectAll().execute()).toEqual([{ n: 7 }]);
    });

    it("rolls back a transaction that throws, DDL included", async () => {
      const table = uniqueName("contract_rollback");
      const failure = new Error("boom");
      await expect(
        db.transaction().execute(async (trx) => {
          await trx.schema.createTable(table).addColumn("n", "integer").execute();
          await trx.insertInto(table).values({ n: 1 }).execute();
          throw failure;
        }),
      ).rejects.toBe(failure);
      const exists = await sql<{
        oid: string | null;
      }>`select to_regclass(${table})::text as oid`.execute(db);
      expect(exists.rows).toEqual([{ oid: null }]);
      // The session is out of the aborted transaction and takes new work.
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
    });

    it("keeps one session: SET persists and the backend pid is stable", async () => {
      await sql`set application_name = 'retort-contract'`.execute(db);
      const pid = async () =>
        (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]?.pid;
      const first = await pid();
      const setting = await sql<{
        name: string;
      }>`select current_setting('application_name') as name`.execute(db);
      expect(setting.rows).toEqual([{ name: "retort-contract" }]);
      await db.transaction().execute(async (trx) => {
        const inside = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
        expect(inside.rows[0]?.pid).toBe(first);
      });
      // Queries issued at once queue for the one session instead of opening others.
      const pids = await Promise.all(Array.from({ length: 8 }, () => pid()));
      expect(new Set([first, ...pids])).toEqual(new Set([first]));
    });

    it("leaves the session usable after a failed statement", async () => {
      await expect(sql`select * from no_such_table_anywhere`.execute(db)).rejects.toThrow(
        /no_such_table_anywhere/,
      );
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
    });

    it("acquires, releases and re-acquires the advisory lock", async () => {
      const key = 7_300_000_000_000_000_001n;
      const held = async () =>
        (
          await sql<{ n: number }>`
            select count(*)::int as n from pg_locks
            where locktype = 'advisory' and pid = pg_backend_pid() and granted`.execute(db)
        ).rows[0]?.n;
      let waited = false;
      const release = await driver.acquireLock(db, { key, onWait: () => (waited = true) });
      expect(waited).toBe(false);
      expect(await held()).toBeGreaterThanOrEqual(1);
      await release();
      await release();
      expect(await held()).toBe(0);
      const again = await driver.acquireLock(db, { key, timeoutMs: 1000 });
      await again();
      expect(await held()).toBe(0);
    });

    (concurrentSessions ? it : noTest)(
      "connects a session of its own per dialect (what hasIndependentSessions promises)",
      async () => {
        // retort reads the catalog over several dialects' sessions at once, in one snapshot.
        const second = new Kysely<any>({ dialect: driver.createDialect() });
        const pid = async (on: Kysely<any>) =>
          (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(on)).rows[0]?.pid;
        try {
          const [a, b] = await Promise.all([pid(db), pid(second)]);
          expect(a).toBeTypeOf("number");
          expect(a).not.toBe(b);
        } finally {
          await second.destroy();
        }
      },
    );

    (concurrentSessions ? it : noTest)(
      "makes a second driver wait for the lock until it is released",
      async () => {
        const key = 7_300_000_000_000_000_002n;
        const other = await makeDriver();
        const otherDb = new Kysely<any>({ dialect: other.driver.createDialect() });
        try {
          const release = await driver.acquireLock(db, { key });
          const waiting = signal();
          let acquired = false;
          const second = other.driver
            .acquireLock(otherDb, { key, onWait: waiting.resolve })
            .then((releaseSecond) => {
              acquired = true;
              return releaseSecond;
            });
          await waiting.promise;
          expect(acquired).toBe(false);
          await release();
          const releaseSecond = await second;
          expect(acquired).toBe(true);
          await releaseSecond();
        } finally {
          await otherDb.destroy();
          await other.driver.close?.();
          await other.cleanup?.();
        }
      },
    );

    (concurrentSessions ? it : noTest)(
      "gives up waiting for the lock after timeoutMs",
      async () => {
        const key = 7_300_000_000_000_000_003n;
        const other = await makeDriver();
        const otherDb = new Kysely<any>({ dialect: other.driver.createDialect() });
        try {
          const release = await driver.acquireLock(db, { key });
          let waited = 0;
          const error = await other.driver
            .acquireLock(otherDb, { key, timeoutMs: 50, onWait: () => waited++ })
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(waited).toBe(1);
          expect(isRetortError(error) && error.code).toBe("LOCK_TIMEOUT");
          await release();
          // The waiting session is intact and takes the lock once it is free.
          const releaseSecond = await other.driver.acquireLock(otherDb, { key, timeoutMs: 1000 });
          await releaseSecond();
        } finally {
          await otherDb.destroy();
          await other.driver.close?.();
          await other.cleanup?.();
        }
      },
    );

    it("reports a sensible server version", async () => {
      const version = await driver.serverVersion(db);
      expect(version.major).toBeGreaterThanOrEqual(14);
      expect(Math.floor(version.num / 10000)).toBe(version.major);
      expect(version.text.startsWith(String(version.major))).toBe(true);
    });

    it("runs CREATE INDEX CONCURRENTLY outside a transaction", async () => {
      const table = uniqueName("contract_concurrently");
      const index = `${table}_n_idx`;
      await db.schema.createTable(table).addColumn("n", "integer").execute();
      await driver.executeOutsideTransaction(
        db,
        `create index concurrently ${index} on ${table} (n)`,
      );
      const found = await sql<{ indexname: string }>`
        select indexname from pg_indexes where tablename = ${table}`.execute(db);
      expect(found.rows).toEqual([{ indexname: index }]);
    });

    it("round-trips identifiers with quotes and non-ASCII letters", async () => {
      const table = `${uniqueName("contract")} "odd" Tåble ✓`;
      const column = `Nåme "quoted" ü`;
      await db.schema
        .createTable(table)
        .addColumn(column, "text")
        .addColumn("O'Reilly", "integer")
        .execute();
      await db
        .insertInto(table)
        .values({ [column]: "välue 'x' \"y\"", "O'Reilly": 1 })
        .execute();
      const rows = await db.selectFrom(table).select([column, "O'Reilly"]).execute();
      expect(rows).toEqual([{ [column]: "välue 'x' \"y\"", "O'Reilly": 1 }]);
      const columns = await sql<{ column_name: string }>`
        select column_name from information_schema.columns
        where table_name = ${table} order by ordinal_position`.execute(db);
      expect(columns.rows.map((r) => r.column_name)).toEqual([column, "O'Reilly"]);
    });

    it("can be destroyed and closed twice", async () => {
      await sql`select 1`.execute(db);
      await db.destroy();
      await db.destroy();
      await driver.close?.();
      await driver.close?.();
    });

    (makeUnreachableDriver === undefined ? noTest : it)(
      "fails the first query on an unreachable target with CONNECTION_FAILED, password masked",
      async () => {
        const unreachable = await (
          makeUnreachableDriver as () => Promise<UnreachableDriverUnderTest>
        )();
        const target = unreachable.driver;
        const unreachableDb = new Kysely<any>({ dialect: target.createDialect() });
        try {
          const error = await sql`select 1`.execute(unreachableDb).then(
            () => new Error("a query succeeded on a target that should be unreachable"),
            (e: unknown) => e,
          );
          expect(isRetortError(error) && error.code).toBe("CONNECTION_FAILED");
          const { message, hint } = error as { message: string; hint?: string };
          expect(message).toContain(target.displayTarget);
          const shown = JSON.stringify({
            message,
            hint,
            details: (error as { details?: unknown }).details,
            displayTarget: target.displayTarget,
          });
          expect(shown).not.toContain(unreachable.password);
        } finally {
          await unreachableDb.destroy();
          await target.close?.();
          await unreachable.cleanup?.();
        }
      },
    );
  });
}
