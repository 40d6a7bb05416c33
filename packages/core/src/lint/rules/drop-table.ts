import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `DROP TABLE` of a table the running release may still use. */
export const dropTable: LintRule = {
  id: "drop-table",
  defaultSeverity: "warn",
  summary: "Dropping a table breaks the release still running, which queries it.",
  check: (context) =>
    onExistingTables(context, ["dropTable"]).map(({ index, table }) => ({
      statementIndex: index,
      table,
      message: `drops table ${table}: the release still running fails on every query that uses it, and the data is gone.`,
      fix: "stop using the table in a release first, deploy it, then drop the table in a later migration (suppress this rule there with the reason).",
    })),
};
