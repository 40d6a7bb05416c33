import { isRetortError, RetortError } from "../errors/retort-error";
import { wrapError } from "../errors/wrap-error";
import { type Operation, Operations } from "../ops/index";
import type { MigrationDefinition } from "../script/define-migration";

/**
 * Runs a migration's `up` or `down` against a fresh recorder and returns what it recorded.
 * Nothing touches the database here: `op` only collects operations. A function that returns no
 * promise (most do) gets its operations back at once, with no turn of the event loop: an
 * offline script of 10,000 migrations paid one per migration.
 */
export function recordOperations(
  definition: MigrationDefinition,
  direction: "up" | "down",
  file: string,
): readonly Operation[] | Promise<readonly Operation[]> {
  const op = new Operations();
  let result: unknown;
  try {
    result = definition[direction](op);
  } catch (error) {
    throw recordingError(error, definition, direction, file);
  }
  if (isThenable(result)) {
    return Promise.resolve(result).then(
      () => op.operations,
      (error: unknown) => {
        throw recordingError(error, definition, direction, file);
      },
    );
  }
  return op.operations;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** The error `up` or `down` threw, naming the migration's file. */
function recordingError(
  error: unknown,
  definition: MigrationDefinition,
  direction: "up" | "down",
  file: string,
): Error {
  if (isRetortError(error)) {
    return wrapError(error, {
      at: `${file} (${direction})`,
      details: { file, revision: definition.revision },
    });
  }
  return new RetortError(
    "BAD_MIGRATION_MODULE",
    `${file}${lineIn(error, file)}: ${direction}() threw while recording operations: ${error instanceof Error ? error.message : String(error)}`,
    {
      cause: error,
      hint: `fix ${direction}() there and run the command again (it runs with \`op\` only recording, before any SQL is sent).`,
      details: { file, revision: definition.revision },
    },
  );
}

/**
 * `:line:column` of the first frame of `error`'s stack in `file` (the CLI maps frames to the
 * source with source maps), or `""`.
 */
function lineIn(error: unknown, file: string): string {
  const stack = error instanceof Error ? error.stack : undefined;
  for (const frame of stack?.split("\n") ?? []) {
    const at = /\(?([^()\s]+):(\d+):(\d+)\)?\s*$/.exec(frame);
    if (at !== null && at[1]!.endsWith(file)) return `:${at[2]}:${at[3]}`;
  }
  return "";
}
