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
  summary:
    "DDL that takes an ACCESS EXCLUSIVE (or write-blocking) lock on an existing table runs without a lock_timeout.",
  check: (context) => {
    if (context.configLockTimeout !== undefined) return [];
    const setAt = context.migration.statements.findIndex((statement) => statement.setsLockTimeout);
    const candidates: { index: number; table: string | undefined; lock: string }[] = [
      ...onExistingTables(context, accessExclusive).map(({ index, table }) => ({
        index,
        table,
        lock: "an ACCESS EXCLUSIVE",
      })),
      // SHARE and SHARE ROW EXCLUSIVE block writes while they wait, just as long.
      ...onExistingTables(context, ["createIndex", "addForeignKey"])
        .filter(({ op }) => op.kind !== "createIndex" || op.concurrently !== true)
        .map(({ index, table }) => ({ index, table, lock: "a write-blocking" })),
      // Raw DDL written the blocking way: REINDEX, DETACH PARTITION, ALTER DOMAIN ADD CONSTRAINT.
      ...context.migration.statements.flatMap((statement, index) => {
        const ddl = statement.rawDdl;
        if (ddl === undefined || ddl.isOnline) return [];
        const lock = ddl.kind === "detachPartition" ? "an ACCESS EXCLUSIVE" : "a write-blocking";
        return [{ index, table: ddl.kind === "domainConstraint" ? undefined : ddl.target, lock }];
      }),
      // DROP INDEX locks the index's table, which the operation does not name.
      ...context.migration.statements.flatMap((statement, index) => {
        const op = statement.op;
        if (op.kind !== "dropIndex" || op.concurrently === true) return [];
        if (!context.isExistingIndex(index, op.schema, op.name)) return [];
        return [{ index, table: undefined, lock: "an ACCESS EXCLUSIVE" }];
      }),
    ];
    const first = candidates
      .sort((a, b) => a.index - b.index)
      .find(({ index }) => setAt === -1 || index < setAt);
    if (first === undefined) return [];
    const where = first.table ?? "its table";
    return [
      {
        statementIndex: first.index,
        table: first.table,
        message: `takes ${first.lock} lock on ${where} with no lock_timeout: while it waits for a long-running transaction, every query on ${where} that needs a conflicting lock queues behind it.`,
        fix: "set `lockTimeout` (milliseconds, for example 5000) in retort.config.ts, or run `op.execute(\"SET LOCAL lock_timeout = '5s'\")` first in the migration, and retry when it times out.",
      },
    ];
  },
};
