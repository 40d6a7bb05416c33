import type { LintRule } from "../lint-rule";

/** `CONCURRENTLY` in a migration that runs in a transaction: PostgreSQL refuses it. */
export const concurrentlyInTransaction: LintRule = {
  id: "concurrently-in-transaction",
  defaultSeverity: "error",
  summary:
    "CREATE/DROP INDEX, REINDEX and DETACH PARTITION ... CONCURRENTLY cannot run inside a transaction.",
  check: (context) => {
    if (!context.migration.transactional) return [];
    return context.migration.statements.flatMap((statement, index) => {
      const op = statement.op;
      const ddl = statement.rawDdl;
      const concurrent =
        ((op.kind === "createIndex" || op.kind === "dropIndex") && op.concurrently === true) ||
        (ddl !== undefined && ddl.kind !== "domainConstraint" && ddl.isOnline);
      if (!concurrent) return [];
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
