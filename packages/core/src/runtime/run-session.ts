import type { Kysely } from "kysely";
import type { Driver, ReleaseLock } from "../driver/driver";
import { executeRaw } from "./execute-raw";
import type { MigratorEvent } from "./migrator-event";
import { SESSION_SETTINGS } from "./sql-emitter";

/** Per-call input of {@link runSession}. */
export interface SessionOptions {
  /** Take the advisory lock first: every command that writes does. */
  readonly write: boolean;
  /** The lock key every retort process on this database agrees on. */
  readonly lockKey: bigint;
  /** Receives `lock-wait` and `lock-acquired`. */
  readonly emit?: ((event: MigratorEvent) => void) | undefined;
  /** Runs on the connection before the lock is asked for (to learn what would cancel a wait). */
  readonly beforeLock?: ((db: Kysely<any>) => Promise<void>) | undefined;
}

/**
 * Runs `fn` on one pinned connection of `db`; with `write`, under the driver's advisory lock,
 * so a second process waits here and then finds the work done.
 *
 * @example
 * ```ts
 * await runSession(db, driver, { write: true, lockKey: versionTable.lockKey }, (conn) => versionTable.ensure(conn));
 * ```
 */
export async function runSession<T>(
  db: Kysely<any>,
  driver: Driver,
  options: SessionOptions,
  fn: (db: Kysely<any>) => Promise<T>,
): Promise<T> {
  const emit = options.emit ?? (() => {});
  return db.connection().execute(async (conn) => {
    // A role or database may set them otherwise (see SESSION_SETTINGS): a migration's SQL
    // ('a\b' in a check, a trigger's WHEN) would be read as escapes, a float column changed to
    // text would lose digits. The `--sql` script's first lines say the same to psql. One
    // statement, which every driver takes (PGlite's queries are one statement each).
    await executeRaw(
      conn,
      `SELECT ${SESSION_SETTINGS.map(
        ([name, value]) => `pg_catalog.set_config('${name}', '${value}', false)`,
      ).join(", ")}`,
    );
    let release: ReleaseLock | undefined;
    await options.beforeLock?.(conn);
    if (options.write) {
      const started = Date.now();
      let waited = false;
      release = await driver.acquireLock(conn, {
        key: options.lockKey,
        onWait: () => {
          waited = true;
          emit({ kind: "lock-wait" });
        },
      });
      if (waited) emit({ kind: "lock-acquired", waitedMs: Date.now() - started });
    }
    let result: T;
    try {
      result = await fn(conn);
    } catch (error) {
      // A dead session has already lost its advisory lock; failing to release it must not
      // hide why the command failed.
      await release?.().catch(() => undefined);
      throw error;
    }
    await release?.();
    return result;
  });
}
