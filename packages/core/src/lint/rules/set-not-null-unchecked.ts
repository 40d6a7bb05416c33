import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `SET NOT NULL` with no validated `CHECK (column IS NOT NULL)` in place. */
export const setNotNullUnchecked: LintRule = {
  id: "set-not-null-unchecked",
  defaultSeverity: "error",
  summary:
    "SET NOT NULL on an existing table scans it under an ACCESS EXCLUSIVE lock unless a validated CHECK proves it.",
  check: (context) =>
    onExistingTables(context, ["alterColumn"])
      .filter(({ op }) => op.nullable === false && op.existingNullable !== false)
      .filter(
        ({ index, op }) => !context.hasValidatedNotNullCheck(index, op.schema, op.table, op.column),
      )
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `sets ${table}.${op.column} NOT NULL with no validated CHECK (${op.column} IS NOT NULL) first: PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock, blocking reads and writes.`,
        fix: `add \`CHECK (${op.column} IS NOT NULL)\` with \`notValid: true\`, validate it in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the check.`,
      })),
};
