import type { Comparison } from "./comparison";
import type { TablePair } from "./table-pair";

/**
 * One object family's comparison, as `comparators` lists it. A comparator only emits operations
 * into the comparison's phases; it never reads the database or writes files.
 */
export interface Comparator {
  /** The object family, as a folder of `compare/` names it. */
  readonly family: string;
  /** Compares the family's objects over both whole schemas; runs once, in list order. */
  readonly compareSchema?: (comparison: Comparison) => void;
  /**
   * Compares the family's part of one table that both sides have and that differs; runs for each
   * such table, in list order (after the columns, a constraint knows which were re-created).
   */
  readonly compareTable?: (comparison: Comparison, pair: TablePair) => void;
}
