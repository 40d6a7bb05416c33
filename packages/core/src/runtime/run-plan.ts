import { setImmediate, setTimeout } from "node:timers/promises";
import { isRetortError } from "../errors/retort-error";
import type { MigrationStep } from "../graph/index";
import type { Operation } from "../ops/index";
import type { MigrationDefinition } from "../script/define-migration";
import type { MigrationScript, ScriptDirectory } from "../script/script-directory";
import type { MigratorEvent, StepSummary } from "./migrator-event";
import { recordOperations } from "./record-operations";
import type { StepEmitter } from "./step-emitter";

/** How many checksums {@link runPlan} computes between two turns of the event loop. */
const checksumTurn = 50;

/** Per-call input of {@link runPlan}. */
export interface RunPlanOptions {
  /**
   * Import the migrations a part at a time as the plan reaches them, letting each part go
   * after it ran ({@link ScriptDirectory.loadMigrationsInTurn}): what an offline script of
   * thousands of migrations wants, so they never sit in memory all at once. A migration that
   * fails to load then fails when it is reached. Default is `false`: all are imported (and
   * checked) before the first step runs, as a database must not be half migrated by a plan
   * whose later file is broken.
   */
  readonly loadInTurn?: boolean;
  /** Once aborted, no further migration (or group of them) starts: {@link PlanStopped}. */
  readonly signal?: AbortSignal | undefined;
}

/** Thrown by {@link runPlan} at the first migration it did not start because `signal` aborted. */
export class PlanStopped extends Error {
  constructor() {
    super("The plan was stopped on request.");
    this.name = "PlanStopped";
  }
}

/** A step {@link runPlan} finished, with how long it took. */
export type StepResult = StepSummary & { readonly durationMs: number };

/**
 * The one step runner: walks a plan (the graph's steps, in order), records each migration's
 * operations and hands the step to `emitter`, which executes it or prints it. It decides
 * nothing about what to run (the graph did) or how (the emitter does).
 *
 * @example
 * ```ts
 * const steps = scripts.graph.upgradePlan(heads, "head");
 * const done = await runPlan(scripts, steps, new ExecuteEmitter(db, settings), onEvent);
 * ```
 */
export async function runPlan(
  scripts: ScriptDirectory,
  steps: readonly MigrationStep<MigrationScript>[],
  emitter: StepEmitter,
  emit: (event: MigratorEvent) => void = () => {},
  options: RunPlanOptions = {},
): Promise<StepResult[]> {
  const revisions = steps.map((step) => step.node.revision);
  const loading: Promise<(revision: string) => MigrationDefinition | Promise<MigrationDefinition>> =
    options.loadInTurn
      ? scripts.loadMigrationsInTurn(revisions)
      : scripts.loadMigrations(revisions).then((loaded) => (revision) => loaded.get(revision)!);
  const ups = steps.filter((step) => step.direction === "up").map((step) => step.node.revision);
  // While esbuild compiles the migrations in its own process, this one computes the checksums
  // not cached yet (a Babel parse of each file, a third of a cold `--sql`), in turns that let
  // the load go on between them. A load error still comes first, as the user's fix is there.
  // Handled here already: a load that fails during a turn is not an unhandled rejection.
  loading.catch(() => {});
  let checksumError: { error: unknown } | undefined;
  try {
    for (let at = 0; at < ups.length; at += checksumTurn) {
      await setImmediate();
      for (const revision of ups.slice(at, at + checksumTurn)) scripts.checksum(revision);
    }
  } catch (error) {
    checksumError = { error };
  }
  const migration = await loading;
  if (checksumError !== undefined) throw checksumError.error;
  // All in memory by now: this only writes them to the header cache.
  scripts.prepareChecksums(ups);
  // Every step's operations recorded before the first step runs (recording touches no
  // database): a later migration whose up() throws stops the plan with nothing applied, not
  // after the migrations before it. Not for a plan loaded in turn (thousands rendered offline).
  // A promise only when the load or `up` is asynchronous: 10,000 migrations rendered offline
  // are loaded and recorded at once, and each await would be a turn of the event loop.
  const record = (
    step: MigrationStep<MigrationScript>,
    file: string,
  ): readonly Operation[] | Promise<readonly Operation[]> => {
    const found = migration(step.node.revision);
    return found instanceof Promise
      ? found.then((definition) => recordOperations(definition, step.direction, file))
      : recordOperations(found, step.direction, file);
  };
  const recordedAhead = new Map<MigrationStep<MigrationScript>, readonly Operation[]>();
  if (!options.loadInTurn) {
    for (const step of steps) {
      const recorded = record(step, scripts.displayPath(step.node.path));
      recordedAhead.set(step, recorded instanceof Promise ? await recorded : recorded);
    }
  }
  const done: StepResult[] = [];
  await emitter.start();
  const runGroup = (group: readonly MigrationStep<MigrationScript>[]) =>
    emitter.transaction(group, async () => {
      for (const step of group) {
        const summary = summarizeStep(scripts, step);
        emit({ kind: "step-start", step: summary });
        const startedAt = new Date();
        let operations = recordedAhead.get(step);
        if (operations === undefined) {
          const recorded = record(step, summary.file);
          operations = recorded instanceof Promise ? await recorded : recorded;
        }
        const checksum = step.direction === "up" ? scripts.checksum(step.node.revision) : null;
        await emitter.step({ step, summary, operations, checksum, startedAt });
        const durationMs = Date.now() - startedAt.getTime();
        done.push({ ...summary, durationMs });
        emit({ kind: "step-end", step: summary, durationMs });
      }
    });
  for (const group of emitter.groups(steps)) {
    // A signal handler (Ctrl-C) runs only when the event loop turns, which an embedded
    // database's statements never let it do while they run: turn it once between migrations.
    if (options.signal !== undefined) await setImmediate();
    if (options.signal?.aborted) throw new PlanStopped();
    for (let attempt = 1; ; attempt++) {
      const doneBefore = done.length;
      try {
        await runGroup(group);
        break;
      } catch (error) {
        // The group's transaction was rolled back: what it reported as done is undone.
        done.length = doneBefore;
        const retry = emitter.retry?.(group, error, attempt);
        if (retry === undefined) {
          // What ran before the failure stays applied: a script reading `--json` is told which.
          if (isRetortError(error) && error.details.applied === undefined) {
            error.details.applied = done.map((step) => step.revision);
          }
          throw error;
        }
        // Stopped on request while a lock was refused: no further attempt.
        if (options.signal?.aborted) throw new PlanStopped();
        emit({
          kind: "step-retry",
          step: summarizeStep(scripts, group[0]!),
          attempt,
          retries: retry.retries,
          delayMs: retry.delayMs,
          tables: retry.tables,
        });
        await setTimeout(retry.delayMs);
        if (options.signal?.aborted) throw new PlanStopped();
      }
    }
  }
  await emitter.finish();
  return done;
}

/** A step as events and results report it. */
export function summarizeStep(
  scripts: ScriptDirectory,
  step: MigrationStep<MigrationScript>,
): StepSummary {
  return {
    direction: step.direction,
    revision: step.node.revision,
    fromRevisions: step.fromRevisions,
    toRevisions: step.toRevisions,
    message: step.node.message,
    file: scripts.displayPath(step.node.path),
  };
}
