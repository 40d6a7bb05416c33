import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `RENAME COLUMN` under a running release that uses the old name. */
export const renameColumn: LintRule = {
  id: "rename-column",
  defaultSeverity: "error",
  summary: "Renaming a column breaks the release still running, which uses the old name.",
  check: (context) =>
    onExistingTables(context, ["renameColumn"]).map(({ index, op, table }) => ({
      statementIndex: index,
      table,
      message: `renames column ${table}.${op.column} to ${op.newName}: the release still running fails on every query that names ${op.column}.`,
      fix: "add the new column, write both from the application, backfill, switch reads, then drop the old column (expand and contract).",
    })),
};
