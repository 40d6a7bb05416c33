import { RetortError } from "./retort-error";

/** Where an error happened, added by {@link wrapError}. */
export interface ErrorContext {
  /** Put before the message, as `<at>: <message>`: the file, and the revision or direction. */
  readonly at: string;
  /** Merged over the error's details (`file`, `revision`). */
  readonly details?: Record<string, unknown> | undefined;
}

/**
 * The same error with the context a caller knows and the thrower did not (which migration
 * file, which direction): same code and hint, the message prefixed with `context.at`, the
 * details extended, and the original kept as `cause`.
 *
 * @example
 * ```ts
 * throw wrapError(error, { at: "versions/3f2a_add.ts (up)", details: { file, revision } });
 * // versions/3f2a_add.ts (up): op.createTable("account"): columns must be an object, {} for none.
 * ```
 */
export function wrapError(error: RetortError, context: ErrorContext): RetortError {
  return new RetortError(error.code, `${context.at}: ${error.message}`, {
    hint: error.hint,
    cause: error,
    details: { ...error.details, ...context.details },
  });
}
