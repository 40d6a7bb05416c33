import type { OperationKind } from "../../ops/operation";
import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

// Statements that take an ACCESS EXCLUSIVE lock on an existing table. Waiting for it queues
// every later query on the table behind the migration, so without a lock timeout one long
// transaction elsewhere turns the migration into an outage.
const accessExclusive: readonly OperationKind[] = [
  "addColumn",
  "dropColumn",
  "renameColumn",
  "alterColumn",
  "dropTable",
  "renameTable",
  "addCheck",
  "addUnique",
  "addPrimaryKey",
  "addExclusion",
  "dropConstraint",
  "renameConstraint",
];

/** ACCESS EXCLUSIVE DDL with no `lock_timeout` set. */
export const missingLockTimeout: LintRule = {
  id: "missing-lock-timeout",
  defaultSeverity: "warn",
  summary: "DDL that takes an ACCESS EXCLUSIVE lock runs without a lock_timeout.",
  check: (context) => {
    if (context.configLockTimeout !== undefined) return [];
    const setAt = context.migration.statements.findIndex((statement) => statement.setsLockTimeout);
    const first = onExistingTables(context, accessExclusive).find(
      ({ index }) => setAt === -1 || index < setAt,
    );
    if (first === undefined) return [];
    return [
      {
        statementIndex: first.index,
        table: first.table,
        message: `takes an ACCESS EXCLUSIVE lock on ${first.table} with no lock_timeout: while it waits for a long-running transaction, every query on ${first.table} queues behind it.`,
        fix: "set `lockTimeout` (milliseconds, for example 5000) in retort.config.ts, or run `op.execute(\"SET LOCAL lock_timeout = '5s'\")` first in the migration, and retry when it times out.",
      },
    ];
  },
};
