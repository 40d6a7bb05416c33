import type { LintRule } from "../lint-rule";

/**
 * `CONCURRENTLY` in a migration that runs in a transaction, or in an `op.execute` that holds
 * other statements too (PostgreSQL runs the statements of one query in one transaction block):
 * PostgreSQL refuses it.
 */
export const concurrentlyInTransaction: LintRule = {
  id: "concurrently-in-transaction",
  defaultSeverity: "error",
  summary:
    "CREATE/DROP INDEX, REINDEX and DETACH PARTITION ... CONCURRENTLY cannot run inside a transaction.",
  check: (context) => {
    const { transactional } = context.migration;
    return context.migration.statements.flatMap((statement, index) => {
      if (!transactional && statement.sharesQuery !== true) return [];
      const op = statement.op;
      const ddl = statement.rawDdl;
      const concurrent =
        ((op.kind === "createIndex" || op.kind === "dropIndex") && op.concurrently === true) ||
        (ddl !== undefined && ddl.kind !== "domainConstraint" && ddl.isOnline);
      if (!concurrent) return [];
      if (!transactional) {
        return [
          {
            statementIndex: index,
            message: `uses CONCURRENTLY in an op.execute that holds other statements: PostgreSQL runs the statements of one query in a transaction block, which CONCURRENTLY refuses, so the migration fails.`,
            fix: "give each statement its own op.execute.",
          },
        ];
      }
      return [
        {
          statementIndex: index,
          message: `uses CONCURRENTLY in a transactional migration: PostgreSQL refuses it inside a transaction block, so the migration fails.`,
          fix: "set `transactional: false` on this migration and keep the concurrent step alone in it.",
        },
      ];
    });
  },
};
