import type { LintRule } from "../lint-rule";

/** `BEGIN`, `COMMIT`, `ROLLBACK`... in `op.execute`: retort owns the migration's transaction. */
export const transactionControl: LintRule = {
  id: "transaction-control",
  defaultSeverity: "error",
  summary:
    "BEGIN/COMMIT/ROLLBACK in op.execute fights the transaction retort runs the migration in.",
  check: (context) =>
    context.migration.statements.flatMap((statement, index) =>
      statement.controlsTransaction === true
        ? [
            {
              statementIndex: index,
              message:
                "controls the transaction itself: retort runs a transactional migration in one transaction and records its revision in it, so a COMMIT here makes what came before permanent even if a later statement fails, leaving the database changed but not at the revision.",
              fix: "remove it; a step that must run outside a transaction goes in a migration with `transactional: false`.",
            },
          ]
        : [],
    ),
};
