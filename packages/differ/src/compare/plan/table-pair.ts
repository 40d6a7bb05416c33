import { expressionIdentifiers } from "../../schema/normalize-expression";
import type { TableDescription } from "../../schema/schema-description";

/** A table that both sides have, as the table-level comparators see it. */
export interface TablePair {
  /** The current table, with the renames applied. */
  readonly from: TableDescription;
  readonly to: TableDescription;
  /**
   * Columns dropped and added again (a generated column's expression changed); the columns
   * comparator fills it, and whatever reads those columns is dropped and added again too.
   */
  readonly recreated: Set<string>;
}

/**
 * Whether an object over these columns and expressions reads a re-created column: then it is
 * dropped before the column goes and added after it comes back.
 */
export function readsRecreated(
  pair: TablePair,
  columns: readonly (string | null)[],
  expressions: readonly (string | null)[] = [],
): boolean {
  const { recreated } = pair;
  return (
    recreated.size > 0 &&
    (columns.some((c) => c !== null && recreated.has(c)) ||
      expressions.some((e) => e !== null && expressionIdentifiers(e).some((n) => recreated.has(n))))
  );
}
