import type { ForeignKeyDescription, TableDescription } from "../../schema/schema-description";
import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";
import { foreignKeyOperation } from "../table-definition";

/** Drops a foreign key first of all: before the keys it references and the tables it joins. */
export function dropForeignKey(
  comparison: Comparison,
  table: TableDescription,
  fk: ForeignKeyDescription,
): void {
  comparison.emit(Phase.DropForeignKeys, {
    kind: "dropConstraint",
    schema: table.schema,
    table: table.name,
    name: fk.name,
    definition: foreignKeyOperation(table, fk),
  });
}
