import { RetortError } from "../errors/retort-error";

/** An applied migration whose file changed since it ran. */
export class ChecksumMismatchError extends RetortError {
  constructor(revision: string, file: string) {
    super(
      "CHECKSUM_MISMATCH",
      `Migration ${revision} (${file}) has changed since it was applied to this database.`,
      {
        hint: `restore the file as it was, or accept the new text with \`retort stamp --accept-checksum ${revision}\`.`,
        details: { revision, file },
      },
    );
    this.name = "ChecksumMismatchError";
  }
}
