import { isRetortError, RetortError } from "../errors/retort-error";
import { wrapError } from "../errors/wrap-error";
import { type Operation, Operations } from "../ops/index";
import type { MigrationDefinition } from "../script/define-migration";

/**
 * Runs a migration's `up` or `down` against a fresh recorder and returns what it recorded.
 * Nothing touches the database here: `op` only collects operations.
 */
export async function recordOperations(
  definition: MigrationDefinition,
  direction: "up" | "down",
  file: string,
): Promise<readonly Operation[]> {
  const op = new Operations();
  try {
    await definition[direction](op);
  } catch (error) {
    if (isRetortError(error)) {
      throw wrapError(error, {
        at: `${file} (${direction})`,
        details: { file, revision: definition.revision },
      });
    }
    throw new RetortError(
      "BAD_MIGRATION_MODULE",
      `${file}: ${direction}() threw while recording operations: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error, details: { file, revision: definition.revision } },
    );
  }
  return op.operations;
}
