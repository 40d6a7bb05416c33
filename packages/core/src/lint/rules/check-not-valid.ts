import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** A check constraint added to an existing table and validated at once. */
export const checkNotValid: LintRule = {
  id: "check-not-valid",
  defaultSeverity: "error",
  summary:
    "Adding a CHECK to an existing table without NOT VALID scans it under an ACCESS EXCLUSIVE lock.",
  check: (context) =>
    onExistingTables(context, ["addCheck"])
      .filter(({ op }) => op.notValid !== true)
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `adds check ${op.name} to existing table ${table} without NOT VALID: every row is checked while an ACCESS EXCLUSIVE lock blocks reads and writes.`,
        fix: "add it with `notValid: true`, then `op.validateConstraint(...)` in a later migration (validation takes a SHARE UPDATE EXCLUSIVE lock that lets reads and writes through).",
      })),
};
