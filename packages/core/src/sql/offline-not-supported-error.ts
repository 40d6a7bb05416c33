import { RetortError, type RetortErrorConfig } from "../errors/retort-error";

/**
 * An operation that cannot be rendered as SQL text for `--sql` (offline) output, such as
 * `op.run`. Code `OFFLINE_NOT_SUPPORTED`. The caller adds which migration it came from.
 */
export class OfflineNotSupportedError extends RetortError {
  constructor(message: string, config: RetortErrorConfig = {}) {
    super("OFFLINE_NOT_SUPPORTED", message, config);
    this.name = "OfflineNotSupportedError";
  }
}
