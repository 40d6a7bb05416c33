import type { LintRule } from "../lint-rule";

/** `DROP INDEX` without `CONCURRENTLY`. */
export const dropIndexNotConcurrent: LintRule = {
  id: "drop-index-not-concurrent",
  defaultSeverity: "warn",
  summary: "Dropping an index without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table.",
  check: (context) =>
    context.migration.statements.flatMap((statement, index) => {
      const op = statement.op;
      if (op.kind !== "dropIndex" || op.concurrently === true) return [];
      if (context.isExistingIndex(index, op.schema, op.name) === false) return [];
      return [
        {
          statementIndex: index,
          message: `drops index ${op.name} without CONCURRENTLY: it takes an ACCESS EXCLUSIVE lock on the index's table, blocking reads and writes, and waits behind every open transaction on it.`,
          fix: "drop it with `concurrently: true` in a migration of its own with `transactional: false`.",
        },
      ];
    }),
};
