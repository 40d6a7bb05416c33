import type { Dialect, Kysely } from "kysely";
import { RetortError } from "../errors/retort-error";
import { executeRaw } from "../runtime/execute-raw";
import type { AcquireLockOptions, Driver, ReleaseLock, ServerVersion } from "./driver";
import { LockTimeoutError } from "./lock-timeout-error";

/** SQLSTATE 55P03 lock_not_available: `lock_timeout` ran out. */
const LOCK_NOT_AVAILABLE = "55P03";

function sqlState(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/**
 * A {@link Driver} with the defaults that work on any real PostgreSQL server: a session-level
 * advisory lock, the version from `server_version_num`, and a statement run on its own in
 * autocommit. A subclass gives the name, the target and the dialect; it overrides the rest only
 * when its engine differs.
 *
 * @example
 * ```ts
 * class NeonDriver extends BaseDriver {
 *   readonly name = "neon";
 *   readonly isLocal = false;
 *   constructor(private readonly url: string) { super(); }
 *   get displayTarget() { return maskUrl(this.url); }
 *   createDialect() { return new NeonDialect({ connectionString: this.url }); }
 * }
 * ```
 */
export abstract class BaseDriver implements Driver {
  abstract readonly name: string;
  abstract readonly displayTarget: string;
  abstract readonly isLocal: boolean;
  abstract createDialect(): Dialect;
  /** See {@link Driver.hasIndependentSessions}. Default is `false`. */
  readonly hasIndependentSessions: boolean = false;

  /**
   * Takes `pg_advisory_lock(key)` on the session of `db`. Tries `pg_try_advisory_lock` first so
   * that `onWait` is called only when someone else really holds it, then waits in
   * `pg_advisory_lock` with `lock_timeout` set to `timeoutMs` (unset: no limit). Throws a
   * {@link LockTimeoutError} when the wait runs out. The release runs `pg_advisory_unlock`.
   *
   * The lock belongs to the session, so `db` must hold one session (as every retort dialect
   * does); it is re-entrant within that session, like every PostgreSQL advisory lock.
   *
   * ```sql
   * select pg_catalog.pg_try_advisory_lock($1::bigint) as locked
   * select pg_catalog.pg_advisory_lock($1::bigint)
   * select pg_catalog.pg_advisory_unlock($1::bigint)
   * ```
   */
  async acquireLock(db: Kysely<any>, options: AcquireLockOptions): Promise<ReleaseLock> {
    // bigint parameters are not serialised alike by every client library; a text cast is.
    const key = options.key.toString();
    const tried = await executeRaw<{ locked: boolean }>(
      db,
      "select pg_catalog.pg_try_advisory_lock($1::bigint) as locked",
      [key],
    );
    if (tried.rows[0]?.locked !== true) {
      options.onWait?.();
      await this.waitForLock(db, options);
    }
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await executeRaw(db, "select pg_catalog.pg_advisory_unlock($1::bigint)", [key]);
    };
  }

  /**
   * Waits in `pg_advisory_lock` under the caller's `timeoutMs`. The session's own
   * `lock_timeout` and `statement_timeout` are saved and restored, since a configured
   * `statement_timeout` must not cut a wait the caller asked to last longer.
   */
  private async waitForLock(db: Kysely<any>, options: AcquireLockOptions): Promise<void> {
    const key = options.key.toString();
    const timeout =
      options.timeoutMs === undefined ? "0" : `${Math.max(1, Math.ceil(options.timeoutMs))}ms`;
    const saved = await executeRaw<{ lock_timeout: string; statement_timeout: string }>(
      db,
      `select pg_catalog.current_setting('lock_timeout') as lock_timeout,
             pg_catalog.current_setting('statement_timeout') as statement_timeout,
             pg_catalog.set_config('lock_timeout', $1, false),
             pg_catalog.set_config('statement_timeout', '0', false)`,
      [timeout],
    );
    let failed = false;
    try {
      await executeRaw(db, "select pg_catalog.pg_advisory_lock($1::bigint)", [key]);
    } catch (error) {
      failed = true;
      if (options.timeoutMs !== undefined && sqlState(error) === LOCK_NOT_AVAILABLE) {
        throw new LockTimeoutError({
          key: options.key,
          timeoutMs: options.timeoutMs,
          cause: error,
        });
      }
      throw error;
    } finally {
      const previous = saved.rows[0];
      if (previous !== undefined) {
        const restore = executeRaw(
          db,
          "select pg_catalog.set_config('lock_timeout', $1, false), pg_catalog.set_config('statement_timeout', $2, false)",
          [previous.lock_timeout, previous.statement_timeout],
        );
        // Inside a transaction the failed wait aborted it and the restore fails too; the
        // rollback restores the settings anyway, and the wait's error is the one to report.
        if (failed) await restore.catch(() => undefined);
        else await restore;
      }
    }
  }

  /**
   * The server's version, from `current_setting('server_version_num')` and `server_version`.
   */
  async serverVersion(db: Kysely<any>): Promise<ServerVersion> {
    const result = await executeRaw<{ num: string; text: string }>(
      db,
      "select pg_catalog.current_setting('server_version_num') as num, pg_catalog.current_setting('server_version') as text",
    );
    const row = result.rows[0];
    const num = Number(row?.num);
    if (row === undefined || !Number.isInteger(num)) {
      throw new RetortError(
        "CONNECTION_FAILED",
        `The server reported no usable version (${row?.num}).`,
      );
    }
    // Since PostgreSQL 10 the major version is num / 10000; before it, two parts made the major.
    return { num, major: Math.floor(num / 10000), text: row.text };
  }

  /**
   * Runs `statement` on its own in autocommit, as PostgreSQL requires for
   * `CREATE INDEX CONCURRENTLY` and friends. Refuses a `db` that is a transaction.
   */
  async executeOutsideTransaction(db: Kysely<any>, statement: string): Promise<void> {
    if (db.isTransaction) {
      throw new RetortError(
        "BAD_OPERATION",
        "executeOutsideTransaction was given a transaction; it needs the Kysely instance itself.",
        { details: { sql: statement } },
      );
    }
    await executeRaw(db, statement);
  }
}
