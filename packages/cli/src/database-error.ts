import { isRetortError } from "@retort/core";

/** A PostgreSQL error as the CLI prints it: the server's own words, its SQLSTATE, and what to do. */
export interface DatabaseError {
  readonly message: string;
  readonly sqlState: string;
  /** The server's `DETAIL`, when it sent one. */
  readonly detail: string | undefined;
  readonly hint: string;
}

/**
 * The {@link DatabaseError} an error stands for, when it is one the server raised (every
 * PostgreSQL client library exposes the SQLSTATE as `code`: five digits or capitals); `undefined`
 * for anything else, which the CLI reports as a bug in retort.
 *
 * @example
 * ```ts
 * databaseError(Object.assign(new Error("permission denied for schema public"), { code: "42501" }));
 * // { sqlState: "42501", hint: "the role retort connects as lacks a privilege...", ... }
 * ```
 */
export function databaseError(error: unknown): DatabaseError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, detail, hint } = error as { code?: unknown; detail?: unknown; hint?: unknown };
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  const advice = adviceFor(code);
  return {
    message: error.message,
    sqlState: code,
    detail: typeof detail === "string" && detail !== "" ? detail : undefined,
    hint:
      typeof hint === "string" && hint !== "" ? `${hint} (PostgreSQL's hint); ${advice}` : advice,
  };
}

/**
 * A file system error Node raised (`ENOSPC`, `EACCES`, `ENOTDIR`...) as one line and a hint: a
 * full disk or a path that is not a folder is the machine's, not a bug in retort.
 *
 * @example
 * ```ts
 * systemError(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" }));
 * // { message: "ENOSPC: no space left on device, write", hint: "free some space..." }
 * ```
 */
export function systemError(error: unknown): { message: string; hint: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  if (typeof code !== "string" || !/^E[A-Z]+$/.test(code) || typeof syscall !== "string") {
    return undefined;
  }
  const hint =
    code === "ENOSPC" || code === "EDQUOT"
      ? "free some space on that disk, then run the command again."
      : code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? "the folder is not writable by this user: fix its permissions, or run where it is."
        : code === "ENOTDIR" || code === "EEXIST" || code === "EISDIR" || code === "ENOENT"
          ? "a path retort needs names a file where a folder belongs (or the other way round), or does not exist: fix the path, then run the command again."
          : "check the path, the free space and the permissions, then run the command again.";
  return { message: error.message, hint };
}

/** What to try, by SQLSTATE or its class (the first two characters). */
function adviceFor(sqlState: string): string {
  switch (sqlState) {
    case "42501":
      return "the role retort connects as lacks a privilege: grant it (retort needs CREATE on the version table's schema the first time, e.g. `GRANT CREATE ON SCHEMA public TO <role>`), or connect as a role that has it.";
    case "57014":
      return "a statement was cancelled, by statement_timeout (set in the URL's `options`, on the role or on the database) or by an administrator: raise the timeout for the role that migrates, or set `statementTimeout` in retort.config.ts.";
    case "55P03":
      return "a lock was not granted within lock_timeout: another session holds it; retry when the database is quieter, or raise `lockTimeout`.";
    case "40001":
    case "40P01":
      return "a concurrent transaction got in the way (serialization failure or deadlock); run the command again.";
  }
  switch (sqlState.slice(0, 2)) {
    case "08":
    case "57":
      return "the connection to the database broke; run the command again once the server is reachable.";
    case "53":
      return "the server ran out of a resource (disk, memory, connections); free some and run the command again.";
    case "28":
      return "the server refused this user; check the user and password in DATABASE_URL.";
  }
  return "this error comes from PostgreSQL, not from retort; its SQLSTATE is listed at https://www.postgresql.org/docs/current/errcodes-appendix.html.";
}

/** An error as `--json` output carries it: `{ code, message, hint }`, plus `sqlState` for the server's. */
export interface ErrorBody {
  readonly code: string;
  readonly message: string;
  readonly hint: string | undefined;
  readonly sqlState?: string;
  /** The statement that failed, for a failed migration whose statement is known. */
  readonly statement?: string;
  /** For a failed upgrade or downgrade: the revisions it applied (or reverted) before failing. */
  readonly applied?: readonly string[];
}

/**
 * The one JSON shape of an error: a `RetortError`'s code, `DATABASE_ERROR` with the SQLSTATE for
 * one the server raised, `INTERNAL_ERROR` for anything else (a bug in retort).
 *
 * @example
 * ```ts
 * errorBody(new RetortError("BLANK_URL", "The database URL is empty.")).code; // "BLANK_URL"
 * ```
 */
export function errorBody(error: unknown): ErrorBody {
  if (isRetortError(error)) {
    // A failed migration carries the server's SQLSTATE and, when it is known, the statement.
    const { sqlState, statement, applied } = error.details;
    return {
      code: error.code,
      message: error.message,
      hint: error.hint,
      ...(typeof sqlState === "string" ? { sqlState } : {}),
      ...(typeof statement === "string" ? { statement } : {}),
      // The migrations a failed upgrade or downgrade applied before the one that failed.
      ...(Array.isArray(applied) ? { applied: applied as string[] } : {}),
    };
  }
  const database = databaseError(error);
  if (database !== undefined) {
    return {
      code: "DATABASE_ERROR",
      message: database.message,
      hint: database.hint,
      sqlState: database.sqlState,
    };
  }
  const system = systemError(error);
  if (system !== undefined) return { code: "FILE_SYSTEM_ERROR", ...system };
  return {
    code: "INTERNAL_ERROR",
    message: error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
    hint: "this looks like a bug in retort; run again with --verbose and report the stack.",
  };
}
