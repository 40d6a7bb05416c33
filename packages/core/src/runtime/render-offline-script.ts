import type { MigrationStep } from "../graph/index";
import type { MigrationScript, ScriptDirectory } from "../script/script-directory";
import { runPlan } from "./run-plan";
import { SqlEmitter } from "./sql-emitter";
import type { VersionTable } from "./version-table";

/** Per-call input of {@link renderOfflineScript}. */
export interface RenderOfflineOptions {
  /** The steps to render, in order (from `upgradePlan` or `downgradePlan`). */
  readonly steps: readonly MigrationStep<MigrationScript>[];
  /** Emit `CREATE TABLE IF NOT EXISTS` for the version tables first (when starting at base). */
  readonly createVersionTable: boolean;
  /** `BEGIN`/`COMMIT` around each migration (default), or around the whole script. */
  readonly transactionPerMigration: boolean;
  /**
   * The config's `lock_timeout` in milliseconds, which a migration's own overrides: printed as
   * `SET LOCAL lock_timeout` in each migration's transaction. Retries need a live database.
   */
  readonly lockTimeout?: number | undefined;
  /**
   * Stream the script here, a migration at a time, and return `""`: ten thousand migrations
   * never sit in memory as one string. On a failure the output stops after the last whole
   * migration. Default: return the whole script.
   */
  readonly write?: ((text: string) => void) | undefined;
}

/**
 * Renders migration steps as one SQL script, touching no database: what
 * `retort upgrade head --sql` prints. The step runner with the {@link SqlEmitter}.
 *
 * @example
 * ```ts
 * const steps = scripts.graph.upgradePlan([], "head");
 * process.stdout.write(await renderOfflineScript(scripts, versionTable, { steps, createVersionTable: true, transactionPerMigration: true }));
 * ```
 */
export async function renderOfflineScript(
  scripts: ScriptDirectory,
  versionTable: VersionTable,
  options: RenderOfflineOptions,
): Promise<string> {
  const emitter = new SqlEmitter({
    versionTable,
    createVersionTable: options.createVersionTable,
    transactionPerMigration: options.transactionPerMigration,
    lockTimeout: options.lockTimeout,
    write: options.write,
  });
  // A part of the history at a time: ten thousand migrations' code never sits in memory at once.
  await runPlan(scripts, options.steps, emitter, undefined, { loadInTurn: true });
  return emitter.text;
}
