const hasOwn = Object.prototype.hasOwnProperty;
const objectPrototype = Object.prototype;

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
  const isArray = Array.isArray(a);
  if (isArray !== Array.isArray(b)) return false;
  // Plain loops, no callbacks and no key lists: this runs for every pair of tables, both ways.
  if (isArray) {
    const list = a as unknown[];
    const other = b as unknown[];
    if (list.length !== other.length) return false;
    for (let i = 0; i < list.length; i++) if (!isDeepEqual(list[i], other[i])) return false;
    return true;
  }
  if (
    Object.getPrototypeOf(a) !== objectPrototype ||
    Object.getPrototypeOf(b) !== objectPrototype
  ) {
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
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // Every key `a` gives a value has an equal one in `b`; then `b` has as many such keys, so no
  // other (an `undefined` value counts as no key, on either side).
  let defined = 0;
  for (const key in ra) {
    if (!hasOwn.call(ra, key)) continue;
    const value = ra[key];
    if (value === undefined) {
      if (rb[key] !== undefined) return false;
      continue;
    }
    defined++;
    if (!isDeepEqual(value, rb[key])) return false;
  }
  for (const key in rb) if (hasOwn.call(rb, key) && rb[key] !== undefined) defined--;
  return defined === 0;
}

/**
 * Whether `a` and `b` are equal as `view` sees them (`view` being a pure function of the value:
 * it leaves out what does not count). Most pairs are equal as they are, and then no view (a
 * copy of each) is built.
 *
 * @example
 * ```ts
 * isDeepEqualAs({ a: 1, note: "x" }, { a: 1, note: "y" }, ({ note, ...rest }) => rest); // true
 * ```
 */
export function isDeepEqualAs<T>(a: T, b: T, view: (item: T) => unknown): boolean {
  return isDeepEqual(a, b) || isDeepEqual(view(a), view(b));
}
