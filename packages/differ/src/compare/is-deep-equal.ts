const isEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * Structural equality of plain data (objects, arrays, strings, numbers, bigints, booleans,
 * `null`), ignoring key order and keys whose value is `undefined`. Descriptions built by the
 * models and by introspection list their keys in different orders, and operation nodes drop
 * `undefined` fields, so neither order nor absent-vs-undefined may count as a difference.
 *
 * @example
 * ```ts
 * isDeepEqual({ a: 1, b: undefined }, { a: 1 }); // true
 * isDeepEqual([1, 2], [2, 1]);                   // false
 * ```
 */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => isDeepEqual(item, b[index]));
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    return (
      a instanceof Uint8Array &&
      b instanceof Uint8Array &&
      a.length === b.length &&
      a.every((byte, index) => byte === b[index])
    );
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // The union of both key lists without building it (this runs for every pair of tables).
  for (const key of Object.keys(ra)) {
    if (!isDeepEqual(ra[key], rb[key])) return false;
  }
  for (const key of Object.keys(rb)) {
    if (!isEnumerable.call(ra, key) && !isDeepEqual(ra[key], rb[key])) return false;
  }
  return true;
}
