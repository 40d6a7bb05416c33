import { RetortError, type RetortErrorCode } from "./retort-error";

/** Where an error happened, added by {@link wrapError}. */
export interface ErrorContext {
  /** Put before the message, as `<at>: <message>`: the file, and the revision or direction. */
  readonly at?: string | undefined;
  /** Merged over the error's details (`file`, `revision`). */
  readonly details?: Record<string, unknown> | undefined;
  /**
   * The code the caller knows it by: a module that failed to load is `BAD_CONFIG` when it is the
   * config, `BAD_MODEL` when it is a models file.
   */
  readonly code?: RetortErrorCode | undefined;
}

/**
 * The same error with the context a caller knows and the thrower did not (which migration
 * file, which direction, what the file is): the same hint, the message prefixed with
 * `context.at`, the code replaced by `context.code`, the details extended, and the original
 * kept as `cause`.
 *
 * @example
 * ```ts
 * throw wrapError(error, { at: "versions/3f2a_add.ts (up)", details: { file, revision } });
 * // versions/3f2a_add.ts (up): op.createTable("account"): columns must be an object, {} for none.
 * ```
 */
export function wrapError(error: RetortError, context: ErrorContext): RetortError {
  const message = context.at === undefined ? error.message : `${context.at}: ${error.message}`;
  return new RetortError(context.code ?? error.code, message, {
    hint: error.hint,
    cause: error,
    details: { ...error.details, ...context.details },
  });
}
