import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** A foreign key added to an existing table and validated at once. */
export const foreignKeyNotValid: LintRule = {
  id: "foreign-key-not-valid",
  defaultSeverity: "error",
  summary:
    "Adding a foreign key to an existing table without NOT VALID scans it while locking both tables.",
  check: (context) => [
    ...onExistingTables(context, ["addForeignKey"])
      .filter(({ op }) => op.notValid !== true)
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `adds foreign key ${op.name} to existing table ${table} without NOT VALID: every row is checked against ${op.references.table} while a SHARE ROW EXCLUSIVE lock on both tables blocks their writes.`,
        fix: "add it with `notValid: true`, then `op.validateConstraint(...)` in a later migration (validation takes a lock that lets writes through).",
      })),
    ...onExistingTables(context, ["addColumn"])
      .filter(({ op }) => op.column.references !== undefined)
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `adds column ${op.column.name} with an inline foreign key to existing table ${table}: the reference is validated at once while a SHARE ROW EXCLUSIVE lock on ${op.column.references?.table ?? "the referenced table"} blocks its writes.`,
        fix: "add the column without `references`, then `op.addForeignKey(..., { notValid: true })` and `op.validateConstraint(...)` in a later migration.",
      })),
  ],
};
