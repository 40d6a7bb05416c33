import { quoteLiteral } from "@retort/core";

// The probes that have the server print the models' objects send their statements as one `DO`
// block, not a round trip each: each statement that may fail runs in a subtransaction of its own
// (`attempt`), as a savepoint would, and what was created is read back after.

/** `statement` as a PL/pgSQL `EXECUTE` of its text. */
export function executeStatement(statement: string): string {
  return `EXECUTE ${quoteLiteral(statement)};`;
}

/**
 * PL/pgSQL that runs `body` in a subtransaction and goes on when it fails, after running
 * `onError` (PL/pgSQL that may read `SQLSTATE` and `SQLERRM`) if given.
 */
export function attempt(body: string, onError = "NULL;"): string {
  return `BEGIN\n${body}\nEXCEPTION WHEN others THEN ${onError}\nEND;`;
}

/** `body` as a `DO` statement, under a dollar quote the body does not hold. */
export function doBlock(body: string): string {
  let tag = "$retort_probe$";
  for (let k = 0; body.includes(tag); k++) tag = `$retort_probe_${k}$`;
  return `DO ${tag}\nBEGIN\n${body}\nEND\n${tag}`;
}
