import { RetortError } from "@retort/core";

/**
 * Whether JavaScript treats `key` as an array index, and so lists it before every other key of an
 * object whatever the order it was written in: a column keyed `"2012"` would move to the front of
 * its table or view.
 */
export function isIndexLikeKey(key: string): boolean {
  // Nearly every key starts with a letter: ten thousand columns skip the pattern.
  const first = key.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  return /^(0|[1-9]\d{0,9})$/.test(key) && Number(key) < 4_294_967_295;
}

/**
 * Refuses a column key JavaScript would reorder, since the models' column order is the table's
 * (and a view's, which must match its query's).
 */
export function checkColumnKey(key: string, owner: { kind: string; name: string }): void {
  if (!isIndexLikeKey(key)) return;
  throw new RetortError(
    "BAD_MODEL",
    `Column "${key}" of ${owner.kind} "${owner.name}" has a key JavaScript sorts before all others, so the columns would be out of order.`,
    {
      hint: `key it otherwise and keep the name: _${key}: c.<type>().name("${key}").`,
      details: { [owner.kind]: owner.name, column: key },
    },
  );
}
