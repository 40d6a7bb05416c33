import { isRetortError, RetortError } from "../errors/retort-error";
import type { MigrationStep } from "../graph/index";
import type { MigrationScript, ScriptDirectory } from "../script/script-directory";
import { inlineParams, renderOffline } from "../sql/index";
import { recordOperations } from "./record-operations";
import type { VersionTable } from "./version-table";

/** Per-call input of {@link renderOfflineScript}. */
export interface RenderOfflineOptions {
  /** The steps to render, in order (from `upgradePlan` or `downgradePlan`). */
  readonly steps: readonly MigrationStep<MigrationScript>[];
  /** Emit `CREATE TABLE IF NOT EXISTS` for the version tables first (when starting at base). */
  readonly createVersionTable: boolean;
  /** `BEGIN`/`COMMIT` around each migration (default), or around the whole script. */
  readonly transactionPerMigration: boolean;
}

/**
 * Renders migration steps as one SQL script, touching no database: what
 * `retort upgrade head --sql` prints. Each step is preceded by the comment Alembic prints
 * (`-- Running upgrade <from> -> <to>`), so the two can be compared line by line.
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
  const { steps } = options;
  const migrations = await scripts.loadMigrations(steps.map((step) => step.node.revision));
  const out: string[] = [];
  const emit = (sql: string) => out.push(`${sql};\n`);
  const wholeScriptTransaction = !options.transactionPerMigration;

  if (wholeScriptTransaction) emit("BEGIN");
  if (options.createVersionTable) for (const sql of versionTable.createStatements()) emit(sql);

  for (const step of steps) {
    const script = step.node;
    const file = scripts.displayPath(script.path);
    const definition = migrations.get(script.revision)!;
    const transactional = script.transactional && options.transactionPerMigration;
    if (transactional) emit("BEGIN");
    if (!script.transactional)
      out.push(`-- ${script.revision} is not transactional: it runs outside a transaction\n`);
    const verb = step.direction === "up" ? "upgrade" : "downgrade";
    out.push(
      `-- Running ${verb} ${step.fromRevisions.join(", ")} -> ${step.toRevisions.join(", ")}\n`,
    );
    out.push("\n");
    for (const operation of await recordOperations(definition, step.direction, file)) {
      let statements: string[];
      try {
        statements = renderOffline(operation);
      } catch (error) {
        if (isRetortError(error)) {
          throw new RetortError(
            error.code,
            `${file} (${script.revision}, ${step.direction}): ${error.message}`,
            {
              hint: error.hint,
              cause: error,
              details: { ...error.details, file, revision: script.revision },
            },
          );
        }
        throw error;
      }
      for (const sql of statements) emit(sql);
    }
    for (const statement of versionTable.changeStatements(step.versionChange)) {
      emit(inlineParams(statement.sql, statement.params));
    }
    emit(
      versionTable.historyStatementOffline({
        revision: script.revision,
        direction: step.direction,
        checksum: step.direction === "up" ? scripts.checksum(script.revision) : null,
      }),
    );
    if (transactional) emit("COMMIT");
  }
  if (wholeScriptTransaction) emit("COMMIT");
  return out.join("\n");
}
