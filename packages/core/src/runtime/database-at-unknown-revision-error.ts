import { RetortError } from "../errors/retort-error";

/** The version table holds something that is not a migration retort knows. */
export class DatabaseAtUnknownRevisionError extends RetortError {
  constructor(revisions: readonly string[], folders: readonly string[]) {
    super(
      "DATABASE_AT_UNKNOWN_REVISION",
      `The database is at revision ${revisions.join(", ")}, which no migration file has (read ${folders.join(", ")}).`,
      {
        hint: "check out the branch that has that migration, or, if it is gone for good, `retort stamp <revision> --purge` to reset the version table.",
        details: { revisions, folders },
      },
    );
    this.name = "DatabaseAtUnknownRevisionError";
  }
}
