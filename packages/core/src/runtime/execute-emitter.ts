import { setTimeout } from "node:timers/promises";
import type { Kysely } from "kysely";
import type { Driver } from "../driver/driver";
import { isRetortError, RetortError } from "../errors/retort-error";
import type { MigrationStep } from "../graph/index";
import type { Operation } from "../ops/index";
import type { MigrationScript } from "../script/script-directory";
import { inlineParams, renderOperation } from "../sql/index";
import { DdlLockTimeoutError } from "./ddl-lock-timeout-error";
import { executeRaw } from "./execute-raw";
import {
  getsLockTimeout,
  isLockNotAvailable,
  lockRetryDelayMs,
  lockSettingsFor,
  SessionLockTimeout,
  setLockTimeoutSql,
  tablesOf,
} from "./lock-retry";
import { MigrationFailedError } from "./migration-failed-error";
import type { MigratorEvent, StepSummary } from "./migrator-event";
import type { LockRetry, RecordedStep, StepEmitter } from "./step-emitter";
import type { VersionTable } from "./version-table";

/** Construction input of {@link ExecuteEmitter}. */
export interface ExecuteEmitterConfig {
  readonly driver: Driver;
  readonly versionTable: VersionTable;
  /** `false` runs consecutive transactional migrations in one transaction. */
  readonly transactionPerMigration: boolean;
  /**
   * `lock_timeout` for each migration, in milliseconds: `SET LOCAL` in its transaction, or
   * `SET` (then restored) around the statements of a `transactional: false` one. A
   * migration's own `lockTimeout` overrides it.
   */
  readonly lockTimeout?: number | undefined;
  /** Retries of a migration that ran out of `lockTimeout`. Default is 0. */
  readonly lockRetries?: number | undefined;
  /** Where retries of a `transactional: false` statement are reported. */
  readonly onEvent?: ((event: MigratorEvent) => void) | undefined;
  /** `SET statement_timeout` for the session, in milliseconds. */
  readonly statementTimeout?: number | undefined;
  /** `-x key=value` arguments, handed to `op.run` callbacks. */
  readonly x?: Readonly<Record<string, string>> | undefined;
}

/**
 * The emitter that runs steps on a live database: a transactional migration made of plain
 * statements in one round trip (batched), anything else statement by statement; a
 * migration with `transactional: false` outside any transaction.
 */
export class ExecuteEmitter implements StepEmitter {
  /** Where the current group's steps run: the session, or the group's transaction. */
  private executor: Kysely<any>;
  /** Whether each step of the current group opens its own transaction. */
  private ownTransaction = false;
  /** Whether the current group shares one transaction among several migrations. */
  private grouped = false;
  /** The step running now and the tables it may wait for, for the lock-timeout error. */
  private current: { summary: StepSummary; tables: string[]; statement?: string } | undefined;

  constructor(
    private readonly db: Kysely<any>,
    private readonly config: ExecuteEmitterConfig,
  ) {
    this.executor = db;
  }

  /** Session settings for migration statements: the statement timeout (lock_timeout is per migration). */
  async start(): Promise<void> {
    const { statementTimeout } = this.config;
    if (statementTimeout !== undefined) {
      await executeRaw(this.db, `SET statement_timeout = ${Math.round(statementTimeout)}`);
    }
  }

  /** One migration per transaction, or consecutive transactional ones together when configured. */
  groups(steps: readonly MigrationStep<MigrationScript>[]): MigrationStep<MigrationScript>[][] {
    const groups: MigrationStep<MigrationScript>[][] = [];
    for (const step of steps) {
      const last = groups.at(-1);
      if (
        !this.config.transactionPerMigration &&
        last !== undefined &&
        last[0]!.node.transactional &&
        step.node.transactional
      ) {
        last.push(step);
      } else {
        groups.push([step]);
      }
    }
    return groups;
  }

  async transaction(
    group: readonly MigrationStep<MigrationScript>[],
    body: () => Promise<void>,
  ): Promise<void> {
    this.grouped = group.length > 1;
    if (!group[0]!.node.transactional || group.length === 1) {
      this.executor = this.db;
      this.ownTransaction = group[0]!.node.transactional;
      await body();
      return;
    }
    try {
      await inTransaction(this.db, async (trx) => {
        this.executor = trx;
        this.ownTransaction = false;
        await body();
      });
    } finally {
      this.executor = this.db;
    }
  }

  async step(recorded: RecordedStep): Promise<void> {
    if (this.ownTransaction) {
      // BEGIN and COMMIT stay round trips of their own: a process killed while its batch runs
      // never sends COMMIT, so the server rolls the migration back.
      await inTransaction(this.executor, (trx) => this.runStep(trx, recorded));
    } else {
      await this.runStep(this.executor, recorded);
    }
  }

  async finish(): Promise<void> {}

  /**
   * A transactional group that ran out of `lock_timeout` is tried again (PostgreSQL rolled it
   * back) until its retries are used up; then {@link DdlLockTimeoutError}. A `transactional:
   * false` migration retries the one statement that waited, in `runStep`, since the ones before
   * it were committed.
   */
  retry(
    group: readonly MigrationStep<MigrationScript>[],
    error: unknown,
    attempt: number,
  ): LockRetry | undefined {
    if (!group[0]!.node.transactional || !isLockNotAvailable(error)) return undefined;
    const settings = group.map((step) => lockSettingsFor(step.node, this.config));
    const retries = Math.max(...settings.map((s) => s.lockRetries));
    const current = this.current;
    const tables = current?.tables ?? [];
    if (attempt > retries) {
      const failing = current?.summary;
      if (failing === undefined) return undefined;
      const node = group.find((step) => step.node.revision === failing.revision)?.node;
      throw new DdlLockTimeoutError({
        step: failing,
        attempts: attempt,
        lockTimeoutMs:
          node === undefined ? undefined : lockSettingsFor(node, this.config).lockTimeout,
        tables,
        transactional: true,
        statement: current?.statement,
        cause: error,
      });
    }
    return { delayMs: lockRetryDelayMs(attempt), retries, tables };
  }

  private async runStep(executor: Kysely<any>, recorded: RecordedStep): Promise<void> {
    const { step, summary, operations } = recorded;
    const grouped = this.grouped;
    const transactional = step.node.transactional;
    const { lockTimeout } = lockSettingsFor(step.node, this.config);
    this.current = { summary, tables: operations.flatMap(tablesOf) };
    const batch = transactional ? this.batch(recorded) : undefined;
    if (batch !== undefined) {
      if (lockTimeout !== undefined) batch.unshift(setLockTimeoutSql(lockTimeout, "local"));
      try {
        await executeRaw(executor, batch.join(batchSeparator));
      } catch (error) {
        throw new MigrationFailedError(summary, transactional, error, statementAt(batch, error), {
          grouped,
        });
      }
      return;
    }
    const { versionTable } = this.config;
    const progress: { current: string | undefined; ran: number } = { current: undefined, ran: 0 };
    let started = false;
    let sessionLockTimeout: SessionLockTimeout | undefined;
    try {
      if (transactional && lockTimeout !== undefined) {
        await executeRaw(executor, setLockTimeoutSql(lockTimeout, "local"));
      }
      if (!transactional) {
        // Only when there is a timeout to set: otherwise the session's setting is left alone.
        if (lockTimeout !== undefined) sessionLockTimeout = await SessionLockTimeout.save(executor);
        // Committed before the first statement, so a process killed halfway leaves a trace the
        // next command finds (autocommit: nothing of this step runs in a transaction).
        const row = versionTable.startedStatement(
          step.node.revision,
          step.direction,
          plannedStatements(operations),
          recorded.startedAt,
        );
        await executeRaw(executor, row.sql, row.params);
        started = true;
      }
      for (const operation of operations) {
        progress.current = undefined;
        await this.runOperation(executor, operation, transactional, progress, {
          summary,
          lockTimeout,
          lockRetries: lockSettingsFor(step.node, this.config).lockRetries,
          session: sessionLockTimeout,
        });
      }
      progress.current = undefined;
      await sessionLockTimeout?.restore();
      const record = async (trx: Kysely<any>) => {
        for (const statement of versionTable.changeStatements(step.versionChange)) {
          await executeRaw(trx, statement.sql, statement.params);
        }
        const history = versionTable.historyStatement({
          revision: step.node.revision,
          direction: step.direction,
          checksum: recorded.checksum,
          startedAt: recorded.startedAt,
          finishedAt: new Date(),
        });
        await executeRaw(trx, history.sql, history.params);
      };
      if (transactional) await record(executor);
      else await executor.transaction().execute(record);
    } catch (error) {
      if (started) {
        // Best effort: with the connection gone the started row alone says "unknown".
        const reason = error instanceof Error ? error.message : String(error);
        const row = versionTable.failedStatement(
          step.node.revision,
          progress.ran,
          reason,
          recorded.startedAt,
        );
        await executeRaw(executor, row.sql, row.params).catch(() => undefined);
      }
      await sessionLockTimeout?.restore().catch(() => undefined);
      if (this.current !== undefined) this.current.statement = progress.current;
      if (isRetortError(error) && error.code !== "BAD_OPERATION") throw error;
      throw new MigrationFailedError(summary, transactional, error, progress.current, {
        grouped,
      });
    }
  }

  /**
   * A transactional migration made only of plain statements runs as one round trip: its
   * statements, the version table change and the history row, sent together inside the
   * migration's transaction. `undefined` when a step needs bound parameters or `op.run`.
   */
  private batch(recorded: RecordedStep): string[] | undefined {
    const { step, operations } = recorded;
    const { versionTable } = this.config;
    const statements: string[] = [];
    for (const operation of operations) {
      if (operation.kind === "run") return undefined;
      for (const statement of renderOperation(operation)) {
        if (
          !statement.transactional ||
          (statement.params !== undefined && statement.params.length > 0)
        ) {
          return undefined;
        }
        statements.push(statement.sql);
      }
    }
    for (const change of versionTable.changeStatements(step.versionChange)) {
      statements.push(inlineParams(change.sql, change.params));
    }
    statements.push(
      versionTable.historyStatementOffline(
        { revision: step.node.revision, direction: step.direction, checksum: recorded.checksum },
        recorded.startedAt,
      ),
    );
    return statements;
  }

  private async runOperation(
    executor: Kysely<any>,
    operation: Operation,
    transactional: boolean,
    progress: { current: string | undefined; ran: number },
    lock: StatementLock,
  ): Promise<void> {
    if (this.current !== undefined) this.current.tables = tablesOf(operation);
    if (operation.kind === "run") {
      progress.current = "op.run(...)";
      await operation.fn({ db: executor, x: this.config.x ?? {} });
      progress.ran++;
      return;
    }
    for (const statement of renderOperation(operation)) {
      progress.current = statement.sql;
      if (!statement.transactional && transactional) {
        throw new RetortError(
          "BAD_OPERATION",
          `"${statement.sql.split("\n")[0]}" cannot run inside a transaction.`,
          {
            hint: "set `transactional: false` on this migration (and keep it to this one statement if you can).",
          },
        );
      }
      if (transactional) {
        await executeRaw(executor, statement.sql, [...(statement.params ?? [])]);
      } else {
        await this.runOutsideTransaction(executor, statement, operation, lock);
      }
      progress.ran++;
    }
  }

  /**
   * One statement of a `transactional: false` migration, in autocommit. A `CONCURRENTLY`
   * statement (an operation's or `op.execute`'s) runs under the session's own lock_timeout: it
   * takes no lock that blocks reads or writes, and giving up while it waits for older
   * transactions would leave an invalid index behind. Any other statement gets the migration's
   * lock_timeout and, when that runs out, is tried again alone (it changed nothing).
   */
  private async runOutsideTransaction(
    executor: Kysely<any>,
    statement: {
      readonly sql: string;
      readonly params?: readonly unknown[] | undefined;
      readonly transactional: boolean;
    },
    operation: Operation,
    lock: StatementLock,
  ): Promise<void> {
    const applies = lock.lockTimeout !== undefined && getsLockTimeout(operation, statement);
    await lock.session?.use(applies ? lock.lockTimeout : undefined);
    for (let attempt = 1; ; attempt++) {
      try {
        if (statement.params === undefined) {
          await this.config.driver.executeOutsideTransaction(executor, statement.sql);
        } else {
          await executeRaw(executor, statement.sql, [...statement.params]);
        }
        return;
      } catch (error) {
        if (!applies || !isLockNotAvailable(error)) throw error;
        const tables = tablesOf(operation);
        if (attempt > lock.lockRetries) {
          throw new DdlLockTimeoutError({
            step: lock.summary,
            attempts: attempt,
            lockTimeoutMs: lock.lockTimeout,
            tables,
            transactional: false,
            statement: statement.sql,
            cause: error,
          });
        }
        const delayMs = lockRetryDelayMs(attempt);
        this.config.onEvent?.({
          kind: "step-retry",
          step: lock.summary,
          attempt,
          retries: lock.lockRetries,
          delayMs,
          tables,
        });
        await setTimeout(delayMs);
      }
    }
  }
}

/** What a `transactional: false` statement runs with: the migration's lock settings. */
interface StatementLock {
  readonly summary: StepSummary;
  readonly lockTimeout: number | undefined;
  readonly lockRetries: number;
  readonly session: SessionLockTimeout | undefined;
}

/** The statements a step is about to run, as the history's started row lists them. */
function plannedStatements(operations: readonly Operation[]): string[] {
  return operations.flatMap((operation) =>
    operation.kind === "run"
      ? ["op.run(...)"]
      : renderOperation(operation).map((statement) => statement.sql),
  );
}

/**
 * Runs `fn` in a transaction and, if it fails, rethrows the error `fn` threw even when rolling
 * back fails too (a lost connection): the migration's error is the one worth reporting.
 */
async function inTransaction(
  db: Kysely<any>,
  fn: (trx: Kysely<any>) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      try {
        await fn(trx);
      } catch (error) {
        failure = { error };
        throw error;
      }
    });
  } catch (error) {
    throw failure !== undefined ? failure.error : error;
  }
}

// A newline before the `;` ends a trailing `--` comment in a user's statement.
const batchSeparator = "\n;\n";

/** The statement of a batch that PostgreSQL's error `position` (1-based, in characters) points into. */
function statementAt(batch: readonly string[], error: unknown): string | undefined {
  const position = Number((error as { position?: unknown })?.position);
  if (!Number.isInteger(position) || position < 1) return undefined;
  // PostgreSQL counts characters; a JavaScript string's length counts UTF-16 units.
  let offset = 0;
  for (const statement of batch) {
    const end = offset + [...statement].length;
    if (position - 1 < end) return statement;
    offset = end + [...batchSeparator].length;
  }
  return undefined;
}
