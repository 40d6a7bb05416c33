import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `ALTER TABLE ... RENAME TO` under a running release that uses the old name. */
export const renameTable: LintRule = {
  id: "rename-table",
  defaultSeverity: "error",
  summary: "Renaming a table breaks the release still running, which uses the old name.",
  check: (context) =>
    onExistingTables(context, ["renameTable"]).map(({ index, op, table }) => ({
      statementIndex: index,
      table,
      message: `renames table ${table} to ${op.newName}: the release still running fails on every query that names ${op.table}.`,
      fix: "rename it and create a view with the old name (`CREATE VIEW old AS SELECT * FROM new`) until the old release is gone, or copy to a new table (expand and contract).",
    })),
};
