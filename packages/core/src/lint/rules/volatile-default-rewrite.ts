import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `ADD COLUMN` whose value is computed per row: the whole table is rewritten. */
export const volatileDefaultRewrite: LintRule = {
  id: "volatile-default-rewrite",
  defaultSeverity: "error",
  summary:
    "Adding a column with a volatile default (random(), gen_random_uuid(), clock_timestamp(), a serial, identity or stored generated column) rewrites the table.",
  check: (context) =>
    onExistingTables(context, ["addColumn"])
      .filter(({ statement }) => statement.volatileDefault === true)
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `adds column ${op.column.name} to existing table ${table} with a value computed per row (a volatile default, serial, identity or generated column): PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes until it is done.`,
        fix: "add the column without a default (or with a constant one), set the default with `alterColumn`, and backfill existing rows in batches.",
      })),
};
