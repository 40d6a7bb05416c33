/**
 * Every error retort throws on purpose carries one of these codes. They are stable: scripts
 * may match on them, and the CLI maps them to exit codes.
 */
export type RetortErrorCode =
  // revision graph
  | "CYCLE_DETECTED"
  | "DUPLICATE_REVISION"
  | "MISSING_DOWN_REVISION"
  | "MISSING_DEPENDENCY"
  | "DUPLICATE_BRANCH_LABEL"
  | "MULTIPLE_HEADS"
  | "AMBIGUOUS_REVISION"
  | "UNKNOWN_REVISION"
  | "UNKNOWN_BRANCH_LABEL"
  | "RELATIVE_OUT_OF_RANGE"
  | "AMBIGUOUS_RELATIVE"
  | "BAD_REVISION_ARGUMENT"
  | "RANGE_NOT_ALLOWED"
  | "RANGE_BACKWARDS"
  // script directory and files
  | "BAD_MIGRATION_FILE"
  | "BAD_MIGRATION_MODULE"
  | "VERSIONS_DIR_MISSING"
  | "FILE_EXISTS"
  /** A file could not be written (a full disk, a read-only folder); nothing was left half-written. */
  | "WRITE_FAILED"
  | "TEMPLATE_NOT_FOUND"
  // configuration
  | "CONFIG_NOT_FOUND"
  | "BAD_CONFIG"
  // operations, rendering, running
  | "BAD_OPERATION"
  | "OFFLINE_NOT_SUPPORTED"
  | "MIGRATION_FAILED"
  /** A migration or a model grants to a role the server does not have. */
  | "ROLE_NOT_FOUND"
  | "MIGRATION_INTERRUPTED"
  /** An upgrade or downgrade stopped on request (Ctrl-C): what ran is whole, nothing half. */
  | "CANCELLED"
  | "CHECKSUM_MISMATCH"
  | "DATABASE_AT_UNKNOWN_REVISION"
  | "DATABASE_NOT_UP_TO_DATE"
  | "VERSION_TABLE"
  | "LOCK_TIMEOUT"
  // retort test (the stairway)
  | "TEST_DATABASE_FAILED"
  | "MIGRATION_TEST_FAILED"
  | "DDL_LOCK_TIMEOUT"
  // connecting
  | "CONNECTION_FAILED"
  | "BAD_URL"
  | "BLANK_URL"
  | "DRIVER_NOT_FOUND"
  // configuration
  | "UNKNOWN_ENVIRONMENT"
  // models, autogenerate, pull
  | "BAD_MODEL"
  | "INTROSPECTION_FAILED"
  | "PULL_REFUSED"
  | "SQUASH_REFUSED"
  // lint
  | "LINT_FAILED"
  // command line
  | "BAD_ARGUMENT"
  | "ABORTED";

/** Construction input shared by every {@link RetortError}. */
export interface RetortErrorConfig {
  /** What to do next, printed after the message as `hint: ...`. */
  hint?: string | undefined;
  /** The underlying error, when this one wraps another. */
  cause?: unknown;
  /** The data involved (revisions, file, object, SQL), for scripts and `--json`. */
  details?: Record<string, unknown> | undefined;
}

const brand = Symbol.for("retort.error");

/**
 * The base of every error retort throws on purpose. Library code throws these and never
 * prints; the CLI prints `message` and `hint` and exits non-zero.
 *
 * @example
 * ```ts
 * try {
 *   await migrator.upgrade("head");
 * } catch (error) {
 *   if (isRetortError(error) && error.code === "MULTIPLE_HEADS") {
 *     console.error(error.message, error.hint);
 *   }
 * }
 * ```
 */
export class RetortError extends Error {
  readonly code: RetortErrorCode;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown>;
  readonly [brand] = true;

  constructor(code: RetortErrorCode, message: string, config: RetortErrorConfig = {}) {
    super(message, config.cause === undefined ? undefined : { cause: config.cause });
    this.name = "RetortError";
    this.code = code;
    this.hint = config.hint;
    this.details = config.details ?? {};
  }

  /** A plain object for `--json` output. */
  toJSON(): {
    code: RetortErrorCode;
    message: string;
    hint?: string;
    details: Record<string, unknown>;
  } {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint === undefined ? {} : { hint: this.hint }),
      details: this.details,
    };
  }
}

/**
 * Whether `value` is a {@link RetortError}. Uses a brand rather than `instanceof`, which fails
 * when two copies of retort are installed.
 *
 * @example
 * ```ts
 * if (isRetortError(error)) console.error(error.code);
 * ```
 */
export function isRetortError(value: unknown): value is RetortError {
  return (
    typeof value === "object" && value !== null && (value as { [brand]?: unknown })[brand] === true
  );
}
