import { RetortError } from "../errors/retort-error";

/**
 * An upgrade or downgrade stopped on request (`MigrateOptions.signal`, Ctrl-C in the CLI): the
 * migration running then was cancelled and rolled back (or, when it was not transactional,
 * allowed to finish), and nothing after it ran. The database is at `at`, a consistent revision.
 */
export class MigrationCancelledError extends RetortError {
  constructor(options: {
    /** The database's heads once stopped; `undefined` if they could not be read. */
    at: readonly string[] | undefined;
    /** The transactional migration cancelled and rolled back, if one was running. */
    rolledBack?: string | undefined;
    cause?: unknown;
  }) {
    const at = options.at === undefined ? undefined : options.at.join(", ") || "base";
    super(
      "CANCELLED",
      `Stopped on request${options.rolledBack === undefined ? "" : `: ${options.rolledBack} was cancelled and rolled back`}${at === undefined ? "" : `; the database is at ${at}`}.`,
      {
        hint: "run the command again to go on from there.",
        cause: options.cause,
        details: { at: options.at, rolledBack: options.rolledBack },
      },
    );
    this.name = "MigrationCancelledError";
  }
}
