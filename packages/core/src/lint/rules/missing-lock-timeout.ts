import type { OperationKind } from "../../ops/operation";
import type { LintRule, LintStatement } from "../lint-rule";
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
  "dropTrigger",
  "createPolicy",
  "alterPolicy",
  "dropPolicy",
  "renamePolicy",
  "enableRowSecurity",
  "disableRowSecurity",
  "forceRowSecurity",
  "noForceRowSecurity",
];

/**
 * The statement index from which a `lock_timeout` set in the migration's SQL is in effect, for
 * each statement: the last `SET lock_timeout` before it decides. `SET LOCAL` outside a
 * transaction (a `transactional: false` migration) sets nothing: PostgreSQL only warns.
 */
function lockTimeoutInEffect(
  statements: readonly LintStatement[],
  transactional: boolean,
): boolean[] {
  let isSet = false;
  return statements.map((statement) => {
    const was = isSet;
    const setting = statement.lockTimeout;
    if (setting !== undefined && (transactional || !setting.isLocal)) isSet = setting.isSet;
    return was;
  });
}

/** ACCESS EXCLUSIVE DDL with no `lock_timeout` set. */
export const missingLockTimeout: LintRule = {
  id: "missing-lock-timeout",
  defaultSeverity: "warn",
  summary:
    "DDL that takes an ACCESS EXCLUSIVE (or write-blocking) lock on an existing table runs without a lock_timeout.",
  check: (context) => {
    if (context.configLockTimeout !== undefined) return [];
    const { statements, transactional } = context.migration;
    const inEffect = lockTimeoutInEffect(statements, transactional);
    const candidates: { index: number; table: string | undefined; lock: string }[] = [
      ...onExistingTables(context, accessExclusive).map(({ index, table }) => ({
        index,
        table,
        lock: "an ACCESS EXCLUSIVE",
      })),
      // Only what rewrites the table or changes its replica identity: storage parameters and
      // CLUSTER ON take SHARE UPDATE EXCLUSIVE, which blocks no read or write.
      ...onExistingTables(context, ["alterTable"])
        .filter(({ op }) => op.unlogged !== undefined || op.replicaIdentity !== undefined)
        .map(({ index, table }) => ({ index, table, lock: "an ACCESS EXCLUSIVE" })),
      // SHARE and SHARE ROW EXCLUSIVE block writes while they wait, just as long.
      ...onExistingTables(context, ["createIndex", "addForeignKey", "createTrigger"])
        .filter(({ op }) => op.kind !== "createIndex" || op.concurrently !== true)
        .map(({ index, table }) => ({ index, table, lock: "a write-blocking" })),
      // A detach locks the partitioned table, which the operation's target (the partition) is not.
      ...statements.flatMap(({ op }, index) =>
        op.kind === "detachPartition" && context.isExistingTable(index, op.schema, op.table)
          ? [
              {
                index,
                table: op.schema ? `${op.schema}.${op.table}` : op.table,
                lock: "an ACCESS EXCLUSIVE",
              },
            ]
          : [],
      ),
      // A materialized view refreshed the plain way cannot be read until it is done.
      ...statements.flatMap(({ op }, index) =>
        op.kind === "refreshMaterializedView" &&
        op.concurrently !== true &&
        context.isExistingTable(index, op.schema, op.name)
          ? [
              {
                index,
                table: op.schema ? `${op.schema}.${op.name}` : op.name,
                lock: "an ACCESS EXCLUSIVE",
              },
            ]
          : [],
      ),
      // Raw SQL no operation describes: TRUNCATE, LOCK TABLE, CREATE TRIGGER, ALTER TABLE ...
      ...statements.flatMap(({ blockingLock }, index) =>
        blockingLock !== undefined &&
        context.isExistingTable(index, blockingLock.schema, blockingLock.table)
          ? [
              {
                index,
                table: blockingLock.schema
                  ? `${blockingLock.schema}.${blockingLock.table}`
                  : blockingLock.table,
                lock: blockingLock.lock,
              },
            ]
          : [],
      ),
      // Raw DDL written the blocking way: REINDEX, DETACH PARTITION, ALTER DOMAIN ADD CONSTRAINT.
      ...statements.flatMap((statement, index) => {
        const ddl = statement.rawDdl;
        if (ddl === undefined || ddl.isOnline) return [];
        const lock = ddl.kind === "detachPartition" ? "an ACCESS EXCLUSIVE" : "a write-blocking";
        return [{ index, table: ddl.kind === "domainConstraint" ? undefined : ddl.target, lock }];
      }),
      // DROP INDEX locks the index's table, which the operation does not name.
      ...statements.flatMap((statement, index) => {
        const op = statement.op;
        if (op.kind !== "dropIndex" || op.concurrently === true) return [];
        if (!context.isExistingIndex(index, op.schema, op.name)) return [];
        return [{ index, table: undefined, lock: "an ACCESS EXCLUSIVE" }];
      }),
    ];
    const first = candidates
      .sort((a, b) => a.index - b.index)
      .find(({ index }) => !inEffect[index]);
    if (first === undefined) return [];
    const where = first.table ?? "its table";
    return [
      {
        statementIndex: first.index,
        table: first.table,
        message: `takes ${first.lock} lock on ${where} with no lock_timeout: while it waits for a long-running transaction, every query on ${where} that needs a conflicting lock queues behind it.`,
        fix: transactional
          ? "set `lockTimeout` (milliseconds, for example 5000) in retort.config.ts or the migration's header, or run `op.execute(\"SET LOCAL lock_timeout = '5s'\")` first in the migration, and retry when it times out."
          : "set `lockTimeout` (milliseconds, for example 5000) in retort.config.ts or the migration's header (outside a transaction `SET LOCAL` sets nothing), and retry when it times out.",
      },
    ];
  },
};
