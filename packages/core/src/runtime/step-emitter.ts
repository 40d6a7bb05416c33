import type { MigrationStep } from "../graph/index";
import type { Operation } from "../ops/index";
import type { MigrationScript } from "../script/script-directory";
import type { StepSummary } from "./migrator-event";

/** One step of a plan with its operations recorded, as `runPlan` hands it on. */
export interface RecordedStep {
  readonly step: MigrationStep<MigrationScript>;
  readonly summary: StepSummary;
  readonly operations: readonly Operation[];
  /** The file's checksum for the history row of an upgrade; `null` for a downgrade. */
  readonly checksum: string | null;
  /** When the runner started the step (before recording its operations). */
  readonly startedAt: Date;
}

/**
 * Where the runner sends a plan's steps: a live database (`ExecuteEmitter`) or SQL
 * text (`SqlEmitter`), as Alembic's `impl` executes or prints depending on `as_sql`.
 * The runner decides the order and records the operations; the emitter decides what a
 * transaction is and turns each step into statements.
 */
export interface StepEmitter {
  /** Before the first step: session settings online; `BEGIN` and the version tables offline. */
  start(): Promise<void>;
  /** The plan split into the groups that share a transaction, in order. */
  groups(steps: readonly MigrationStep<MigrationScript>[]): MigrationStep<MigrationScript>[][];
  /** Runs `body`, which emits the group's steps, inside the group's transaction. */
  transaction(
    group: readonly MigrationStep<MigrationScript>[],
    body: () => Promise<void>,
  ): Promise<void>;
  /** Executes or prints one step: its operations, version table change and history row. */
  step(recorded: RecordedStep): Promise<void>;
  /** After the last step. */
  finish(): Promise<void>;
  /**
   * After a group failed: `undefined` to let the error through, or how to try the group again
   * (it was rolled back as a whole) when a lock was not granted in time. Throws the final
   * error once the retries are used up. Absent: never retried.
   */
  retry?(
    group: readonly MigrationStep<MigrationScript>[],
    error: unknown,
    attempt: number,
  ): LockRetry | undefined;
}

/** A retry {@link StepEmitter.retry} asks for. */
export interface LockRetry {
  /** How long to wait before trying again. */
  readonly delayMs: number;
  /** How many retries the group has in all. */
  readonly retries: number;
  /** The tables the group may have waited for, `schema.table`. */
  readonly tables: readonly string[];
}
