import type { Kysely } from "kysely";
import { type Operation, operationTarget } from "../ops/index";
import type { MigrationScript } from "../script/script-directory";
import { executeRaw } from "./execute-raw";

/** SQLSTATE 55P03 lock_not_available: a statement waited longer than `lock_timeout`. */
const LOCK_NOT_AVAILABLE = "55P03";

/** The config's lock settings, which a migration's header may override. */
export interface LockSettings {
  /** `lock_timeout` in milliseconds; unset: the server's. */
  readonly lockTimeout?: number | undefined;
  /** Tries after the first one when a lock is not granted in time. Default is 0. */
  readonly lockRetries?: number | undefined;
}

/** The lock timeout and retries one migration runs with: its own, else the config's. */
export function lockSettingsFor(
  script: Pick<MigrationScript, "lockTimeout" | "lockRetries">,
  config: LockSettings,
): { lockTimeout: number | undefined; lockRetries: number } {
  return {
    lockTimeout: script.lockTimeout ?? config.lockTimeout,
    lockRetries: script.lockRetries ?? config.lockRetries ?? 0,
  };
}

/** Whether `error`, or an error it wraps, is PostgreSQL giving up on a lock (`lock_timeout`). */
export function isLockNotAvailable(error: unknown): boolean {
  for (let e = error, depth = 0; e != null && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === LOCK_NOT_AVAILABLE) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The pause before retry number `attempt` (1-based): doubling from 100 ms, at most 5 s, so a
 * busy table gets a moment to drain its queue without the migration waiting long.
 */
export function lockRetryDelayMs(attempt: number): number {
  return Math.min(100 * 2 ** (attempt - 1), 5000);
}

/**
 * `SET LOCAL lock_timeout` for a migration's transaction (or `SET` outside one). The value is
 * a whole number of milliseconds, written as a quoted literal with its unit.
 */
export function setLockTimeoutSql(ms: number, scope: "local" | "session"): string {
  return `SET ${scope === "local" ? "LOCAL " : ""}lock_timeout = '${Math.round(ms)}ms'`;
}

/**
 * The session's `lock_timeout` around a `transactional: false` migration: saved before, set for
 * each statement that takes a table lock, restored after.
 */
export class SessionLockTimeout {
  private current: string;

  private constructor(
    private readonly db: Kysely<any>,
    private readonly saved: string,
  ) {
    this.current = saved;
  }

  static async save(db: Kysely<any>): Promise<SessionLockTimeout> {
    const { rows } = await executeRaw<{ lock_timeout: string }>(
      db,
      "select pg_catalog.current_setting('lock_timeout') as lock_timeout",
    );
    return new SessionLockTimeout(db, rows[0]!.lock_timeout);
  }

  /** Sets `lock_timeout` to `ms` milliseconds, or back to the saved value (`undefined`). */
  async use(ms: number | undefined): Promise<void> {
    const value = ms === undefined ? this.saved : `${Math.round(ms)}ms`;
    if (value === this.current) return;
    await executeRaw(this.db, "select pg_catalog.set_config('lock_timeout', $1, false)", [value]);
    this.current = value;
  }

  async restore(): Promise<void> {
    await this.use(undefined);
  }
}

/**
 * Whether a statement of a `transactional: false` migration runs under the migration's
 * `lock_timeout`. Not a `CONCURRENTLY` one, whether an operation renders it (and marks it as
 * refused in a transaction) or `op.execute` spells it out: it blocks no read or write, and a
 * timeout while it waits for older transactions leaves an invalid index (or a detach pending)
 * behind, on which a retry fails with "already exists".
 */
export function getsLockTimeout(
  operation: Operation,
  statement: { readonly sql: string; readonly transactional: boolean },
): boolean {
  if (!statement.transactional) return false;
  return operation.kind !== "execute" || !/\bconcurrently\b/i.test(sqlWords(statement.sql));
}

/** The SQL's keywords and names: comments, string literals and quoted identifiers taken out. */
function sqlWords(sql: string): string {
  return sql.replace(
    /--[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^']|'')*'|"(?:[^"]|"")*"|(\$[A-Za-z_0-9]*\$)[\s\S]*?\1/g,
    " ",
  );
}

/** The tables an operation locks, `schema.table` (bare when it names no schema). */
export function tablesOf(operation: Operation): string[] {
  const name = (schema: string | undefined, table: string) =>
    schema === undefined ? table : `${schema}.${table}`;
  const target = operationTarget(operation);
  const tables = target.table === undefined ? [] : [name(target.schema, target.table)];
  if (operation.kind === "addForeignKey") {
    tables.push(name(operation.references.schema, operation.references.table));
  }
  return tables;
}
