import type { ColumnDefinition } from "@retort/core";
import type { ColumnDescription, TableDescription } from "../../schema/schema-description";
import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";
import { columnDefinition, isPlainSerial } from "../table-definition";

/** A column to create; a serial column's sequence is made with it. */
export function newColumn(
  comparison: Comparison,
  table: TableDescription,
  column: ColumnDescription,
): ColumnDefinition {
  const sequence = comparison.serials.ownedSequence("to", column);
  if (sequence === null) return columnDefinition(column, false);
  if (isPlainSerial(table, column)) return columnDefinition(column, true);
  if (comparison.serials.readsOtherSerial("to", table, column)) {
    // Another column's serial (an inherited key, a shared sequence): that column's table makes
    // it, maybe after this one; the default follows once every table exists.
    comparison.emit(Phase.AlterColumns, {
      kind: "alterColumn",
      schema: table.schema,
      table: table.name,
      column: column.name,
      default: { sql: column.default! },
      existingDefault: null,
    });
    return columnDefinition({ ...column, default: null }, false);
  }
  // A serial whose sequence has another name (the table was renamed since): create the
  // sequence first, give it to the column once the column exists.
  createOwnedSequence(comparison, Phase.Sequences, table, column, sequence);
  return columnDefinition(column, false);
}

/** Creates a column's sequence in `phase`, owned by the column once every table exists. */
export function createOwnedSequence(
  comparison: Comparison,
  phase: Phase,
  table: TableDescription,
  column: ColumnDescription,
  sequence: { schema: string; name: string },
): void {
  const as = ["smallint", "integer", "bigint"].includes(column.type)
    ? (column.type as "smallint" | "integer" | "bigint")
    : undefined;
  comparison.emit(phase, {
    kind: "createSequence",
    schema: sequence.schema,
    name: sequence.name,
    as,
  });
  comparison.emit(Phase.AddForeignKeys, {
    kind: "alterSequence",
    schema: sequence.schema,
    name: sequence.name,
    ownedBy: { schema: table.schema, table: table.name, column: column.name },
  });
}
