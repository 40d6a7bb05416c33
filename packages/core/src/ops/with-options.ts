/**
 * A recorder call's arguments: `positional`, then `options` without its `undefined` fields,
 * left out when none is set and the method does not require it.
 *
 * @example
 * ```ts
 * withOptions(["account"], { schema: undefined }); // ["account"]
 * withOptions(["account"], { cascade: true });     // ["account", { cascade: true }]
 * ```
 */
export function withOptions(
  positional: readonly unknown[],
  options: Readonly<Record<string, unknown>>,
  isRequired = false,
): unknown[] {
  const set = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  );
  return Object.keys(set).length === 0 && !isRequired ? [...positional] : [...positional, set];
}
