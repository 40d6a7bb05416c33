import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `CREATE INDEX` without `CONCURRENTLY` on a table that already has rows. */
export const indexNotConcurrent: LintRule = {
  id: "index-not-concurrent",
  defaultSeverity: "error",
  summary:
    "Creating an index on an existing table without CONCURRENTLY blocks writes while it builds.",
  check: (context) =>
    onExistingTables(context, ["createIndex"])
      .filter(({ op }) => op.concurrently !== true)
      .map(({ index, table, op }) => ({
        statementIndex: index,
        table,
        message: `creates index ${op.name} on existing table ${table} without CONCURRENTLY: its SHARE lock blocks every INSERT, UPDATE and DELETE for the whole build.`,
        fix: "create it with `concurrently: true` in a migration of its own with `transactional: false`.",
      })),
};
