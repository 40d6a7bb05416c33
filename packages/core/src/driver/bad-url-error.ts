import { RetortError } from "../errors/retort-error";
import { maskUrl } from "./mask-url";

/** Construction input of a {@link BadUrlError}. */
export interface BadUrlErrorConfig {
  /** The URL as given; the error masks it. */
  readonly url: string;
  /** What is wrong, completing "Bad database URL <url>: ...". */
  readonly problem: string;
  readonly hint?: string | undefined;
  readonly cause?: unknown;
}

/**
 * A database URL retort cannot use: an unknown scheme, a malformed text, an unknown option value.
 * The message shows the URL with its password masked.
 *
 * @example
 * ```ts
 * throw new BadUrlError({ url: "mysql://root:pw@db/shop", problem: 'unsupported scheme "mysql:"' });
 * // Bad database URL mysql://root:***@db/shop: unsupported scheme "mysql:".
 * ```
 */
export class BadUrlError extends RetortError {
  constructor(config: BadUrlErrorConfig) {
    const masked = maskUrl(config.url);
    super("BAD_URL", `Bad database URL ${masked}: ${config.problem}.`, {
      hint: config.hint,
      cause: config.cause,
      details: { url: masked },
    });
    this.name = "BadUrlError";
  }
}
