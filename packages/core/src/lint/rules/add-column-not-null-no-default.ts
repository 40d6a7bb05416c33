import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `ADD COLUMN ... NOT NULL` without a default on a table that has rows. */
export const addColumnNotNullNoDefault: LintRule = {
  id: "add-column-not-null-no-default",
  defaultSeverity: "error",
  summary:
    "Adding a NOT NULL column without a default to an existing table fails on its first row.",
  check: (context) =>
    onExistingTables(context, ["addColumn"])
      .filter(({ op }) => {
        const column = op.column;
        const notNull = column.nullable === false || column.primaryKey === true;
        const filled =
          (column.default !== undefined && column.default !== null) ||
          column.identity !== undefined ||
          column.generated !== undefined;
        return notNull && !filled;
      })
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `adds NOT NULL column ${op.column.name} without a default to existing table ${table}: PostgreSQL refuses it as soon as the table has a row, and the running release's INSERTs, which do not know the column, would fail too.`,
        fix: "add the column nullable (or with a constant default), backfill it in batches, then make it NOT NULL with a validated check (see set-not-null-unchecked).",
      })),
};
