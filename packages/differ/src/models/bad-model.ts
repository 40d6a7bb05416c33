import { RetortError, utf8Length } from "@retort/core";

export function badModel(
  message: string,
  details: Record<string, unknown>,
  hint?: string,
): RetortError {
  return new RetortError("BAD_MODEL", message, { details, hint });
}

export function checkIdentifier(
  kind: string,
  name: string,
  details: Record<string, unknown>,
  owner?: string,
): void {
  // PostgreSQL silently truncates longer identifiers (with a NOTICE), so the model would never
  // compare equal to the database: refuse instead.
  if (name.length === 0 || utf8Length(name) > 63) {
    throw badModel(
      `The ${kind} name "${name}"${owner === undefined ? "" : ` of ${owner}`} must be 1 to 63 bytes long.`,
      details,
      "PostgreSQL counts UTF-8 bytes and would truncate a longer name; choose a shorter one.",
    );
  }
}
