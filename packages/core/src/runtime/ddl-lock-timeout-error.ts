import { RetortError } from "../errors/retort-error";
import { interruptedHint } from "./migration-interrupted-error";
import type { StepSummary } from "./migrator-event";

/** Construction input of a {@link DdlLockTimeoutError}. */
export interface DdlLockTimeoutErrorConfig {
  readonly step: StepSummary;
  /** How many times the migration (or statement) was tried. */
  readonly attempts: number;
  readonly lockTimeoutMs: number | undefined;
  /** The tables it may have waited for (`schema.table`), when the statement or operations say. */
  readonly tables: readonly string[];
  /** Whether the migration ran in a transaction, so that nothing of it was kept. */
  readonly transactional: boolean;
  /** The statement that waited, when known. */
  readonly statement?: string | undefined;
  readonly cause: unknown;
}

/**
 * A migration's DDL waited longer than `lock_timeout` for a table lock, on every try.
 *
 * @example
 * ```ts
 * throw new DdlLockTimeoutError({ step, attempts: 4, lockTimeoutMs: 2000, tables: ["public.account"], transactional: true, cause });
 * // Upgrade 3f2a9c1b7d4e (...) gave up on a lock timeout: it waited 4 times (lock_timeout 2000 ms) for a lock on public.account, ...
 * ```
 */
export class DdlLockTimeoutError extends RetortError {
  constructor(config: DdlLockTimeoutErrorConfig) {
    const { step, attempts, lockTimeoutMs, tables, transactional } = config;
    const on =
      tables.length === 0
        ? "a lock"
        : tables.length === 1
          ? `a lock on ${tables[0]}`
          : `a lock on one of ${tables.join(", ")}`;
    const each = lockTimeoutMs === undefined ? "" : ` (lock_timeout ${lockTimeoutMs} ms)`;
    const times = attempts === 1 ? "once" : `${attempts} times`;
    const kept = transactional
      ? `nothing of ${step.revision} was applied (its transaction was rolled back each time)`
      : `${step.revision} is not transactional: the statements before the one that waited were applied`;
    // A plain name can go into the query as it is; without one, the oldest open transactions.
    const table =
      tables.length === 1 && /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(tables[0]!)
        ? tables[0]!
        : undefined;
    const find =
      table === undefined
        ? "select pid, state, xact_start, query from pg_stat_activity where xact_start is not null order by xact_start"
        : `select pid, state, xact_start, query from pg_stat_activity where pid in (select pid from pg_locks where relation = '${table}'::regclass)`;
    super(
      "DDL_LOCK_TIMEOUT",
      `${step.direction === "up" ? "Upgrade" : "Downgrade"} ${step.revision} (${step.file}) gave up on a lock timeout: it waited ${times}${each} for ${on}, which another session holds (a long transaction, or a query that reads the table).`,
      {
        hint: `${kept}. Find the session: ${find}; ${
          transactional
            ? "then run the command again when it is done, or raise lockTimeout / lockRetries (retort.config.ts, or this migration's header)."
            : `when it is done, ${interruptedHint(step.direction, { before: step.fromRevisions, after: step.toRevisions })}`
        }`,
        cause: config.cause,
        details: {
          revision: step.revision,
          file: step.file,
          tables,
          attempts,
          lockTimeoutMs,
          statement: config.statement,
        },
      },
    );
    this.name = "DdlLockTimeoutError";
  }
}
