/**
 * Lock timeouts as the config and a migration's header give them: milliseconds, or a duration
 * in PostgreSQL's own units (`"500ms"`, `"2s"`, `"1min"`). One reading for both places, so
 * `lockTimeout: "2s"` means the same in `retort.config.ts` and in a migration file.
 */

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, min: 60_000, h: 3_600_000 };
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|min|h)?\s*$/;

/** The most retries `lockRetries` takes: a migration is not meant to wait for ever. */
export const MAX_LOCK_RETRIES = 100;

/**
 * Milliseconds for a lock timeout: a finite non-negative number as is, or a duration string.
 * `undefined` when the value is neither.
 *
 * @example
 * ```ts
 * parseLockTimeout("2s"); // 2000
 * parseLockTimeout(150); // 150
 * parseLockTimeout("soon"); // undefined
 * ```
 */
export function parseLockTimeout(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const match = DURATION.exec(value);
  if (match === null) return undefined;
  return Math.round(Number(match[1]) * UNITS[match[2] ?? "ms"]!);
}

/** Whether `value` is a valid `lockRetries`: a whole number from 0 to {@link MAX_LOCK_RETRIES}. */
export function isLockRetries(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_LOCK_RETRIES;
}

/** What a lock-timeout setting must be, for messages. */
export const LOCK_TIMEOUT_RULE = 'milliseconds or a duration such as "2s" or "500ms"';
/** What `lockRetries` must be, for messages. */
export const LOCK_RETRIES_RULE = `a whole number from 0 to ${MAX_LOCK_RETRIES}`;
