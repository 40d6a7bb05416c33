import { RetortError, type RetortErrorConfig } from "../errors/retort-error";

/**
 * An operation that is malformed (an empty name, no columns, conflicting options) or that
 * cannot be reversed. Code `BAD_OPERATION`.
 *
 * @example
 * ```ts
 * throw new BadOperationError('op.createTable("account"): columns must be an object, {} for none.', {
 *   hint: 'pass columns: { id: { type: "bigint" } }',
 * });
 * ```
 */
export class BadOperationError extends RetortError {
  constructor(message: string, config: RetortErrorConfig = {}) {
    super("BAD_OPERATION", message, config);
    this.name = "BadOperationError";
  }
}
