import type { LintRule } from "../lint-rule";
import { blockingRawDdl } from "./raw-ddl-statements";

/** `ALTER TABLE ... DETACH PARTITION` without `CONCURRENTLY` in raw SQL. */
export const detachPartitionNotConcurrent: LintRule = {
  id: "detach-partition-not-concurrent",
  defaultSeverity: "error",
  summary:
    "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table.",
  check: (context) =>
    blockingRawDdl(context, "detachPartition").map(({ index, target }) => ({
      statementIndex: index,
      table: target,
      message: `detaches a partition of ${target} without CONCURRENTLY: an ACCESS EXCLUSIVE lock on ${target} blocks reads and writes of every partition.`,
      fix: "use DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+) in a migration with `transactional: false`.",
    })),
};
