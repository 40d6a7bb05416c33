import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `DROP COLUMN` on a column the running release may still read. */
export const dropColumn: LintRule = {
  id: "drop-column",
  defaultSeverity: "warn",
  summary: "Dropping a column breaks the release still running, which selects or inserts it.",
  check: (context) =>
    onExistingTables(context, ["dropColumn"]).map(({ index, op, table }) => ({
      statementIndex: index,
      table,
      message: `drops column ${table}.${op.column}: the release still running (until the deploy finishes) fails on every query that names it, and the data is gone.`,
      fix: "stop using the column in a release first, deploy it, then drop the column in a later migration (suppress this rule there with the reason).",
    })),
};
