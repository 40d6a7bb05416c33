import type { Kysely } from "kysely";
import type { Driver } from "../driver/driver";
import { executeRaw, loadKysely } from "./execute-raw";
import { MigrationCancelledError } from "./migration-cancelled-error";
import type { MigratorEvent, StepSummary } from "./migrator-event";
import { PlanStopped } from "./run-plan";

/** What {@link stopOnAbort} needs of the run it watches. */
export interface StopOnAbortOptions {
  readonly signal: AbortSignal;
  readonly driver: Driver;
  /** The caller's progress events, passed on. */
  readonly emit: (event: MigratorEvent) => void;
  /** Whether the migration of `revision` runs in a transaction (only those are cancelled). */
  readonly isTransactional: (revision: string) => boolean;
  /** The database's heads, read once the run stopped. */
  readonly heads: () => Promise<string[]>;
}

/** What the watched run gives its session: events to follow, and a look at it before the lock. */
export interface StopOnAbortHooks {
  readonly track: (event: MigratorEvent) => void;
  readonly beforeLock: (db: Kysely<any>) => Promise<void>;
}

/**
 * Runs `run` so that aborting `options.signal` stops it cleanly (`MigrateOptions.signal`, Ctrl-C
 * in the CLI): a wait for another retort's lock is cancelled, as is the statement of a
 * transactional migration (from a session of its own, `pg_cancel_backend`), while a
 * `transactional: false` one is left to finish. What stopped on request is thrown as
 * `CANCELLED` with the heads the database is at; any other failure as it is.
 *
 * @example
 * ```ts
 * await stopOnAbort({ signal, driver, emit, isTransactional, heads }, ({ track, beforeLock }) =>
 *   runSession(db, driver, { write: true, lockKey, emit: track, beforeLock }, migrate));
 * ```
 */
export async function stopOnAbort<T>(
  options: StopOnAbortOptions,
  run: (hooks: StopOnAbortHooks) => Promise<T>,
): Promise<T> {
  const { signal, driver, emit } = options;
  let running: StepSummary | undefined;
  let waiting = false;
  const track = (event: MigratorEvent) => {
    if (event.kind === "step-start") running = event.step;
    else if (event.kind === "step-end") running = undefined;
    else if (event.kind === "lock-wait") waiting = true;
    else if (event.kind === "lock-acquired") waiting = false;
    emit(event);
  };
  let cancel: (() => Promise<void>) | undefined;
  let cancelled: string | undefined;
  const onAbort = () => {
    if (cancel === undefined) return;
    // Waiting for another retort's lock: stop waiting.
    if (waiting) {
      cancel().catch(() => {});
      return;
    }
    const step = running;
    if (step === undefined || !options.isTransactional(step.revision)) return;
    cancelled = step.revision;
    cancel().catch(() => {});
  };
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    return await run({
      track,
      beforeLock: async (db) => {
        cancel = await canceller(driver, db);
      },
    });
  } catch (error) {
    const code = (error as { code?: unknown; details?: { sqlState?: unknown } } | null) ?? {};
    const byRequest =
      signal.aborted &&
      (error instanceof PlanStopped || code.code === "57014" || code.details?.sqlState === "57014");
    if (!byRequest) throw error;
    const at = await options.heads().catch(() => undefined);
    throw new MigrationCancelledError({
      at,
      rolledBack: error instanceof PlanStopped ? undefined : cancelled,
      cause: error,
    });
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}

/**
 * What cancels the statement running on `db`'s session, from a session of its own; `undefined`
 * when the driver has no second session to send it from (an embedded database).
 */
async function canceller(
  driver: Driver,
  db: Kysely<any>,
): Promise<(() => Promise<void>) | undefined> {
  if (driver.hasIndependentSessions !== true) return undefined;
  const { rows } = await executeRaw<{ pid: number }>(
    db,
    "select pg_catalog.pg_backend_pid() as pid",
  );
  const pid = rows[0]?.pid;
  if (pid === undefined) return undefined;
  return async () => {
    const { Kysely } = await loadKysely();
    const side = new Kysely<any>({ dialect: driver.createDialect() });
    try {
      await executeRaw(side, "select pg_catalog.pg_cancel_backend($1)", [pid]);
    } finally {
      await side.destroy();
    }
  };
}
