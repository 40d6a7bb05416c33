import { RetortError } from "../errors/retort-error";

/** Construction input of a {@link LockTimeoutError}. */
export interface LockTimeoutErrorConfig {
  /** The advisory lock's key. */
  readonly key: bigint;
  readonly timeoutMs: number;
  readonly cause?: unknown;
}

/**
 * Another retort process held the migration lock for longer than the caller would wait.
 *
 * @example
 * ```ts
 * throw new LockTimeoutError({ key: 4242n, timeoutMs: 5000 });
 * // Gave up after 5000 ms waiting for the migration lock (advisory lock 4242): ...
 * ```
 */
export class LockTimeoutError extends RetortError {
  constructor(config: LockTimeoutErrorConfig) {
    super(
      "LOCK_TIMEOUT",
      `Gave up after ${config.timeoutMs} ms waiting for the migration lock (advisory lock ${config.key}): another retort process is migrating this database.`,
      {
        hint: "wait for it to finish and try again. To see who holds it: select pid, application_name, state, query_start from pg_stat_activity join pg_locks using (pid) where locktype = 'advisory';",
        cause: config.cause,
        details: { key: config.key.toString(), timeoutMs: config.timeoutMs },
      },
    );
    this.name = "LockTimeoutError";
  }
}
