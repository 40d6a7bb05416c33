import type { LintRule } from "../lint-rule";
import { blockingRawDdl } from "./raw-ddl-statements";

/** `REINDEX` without `CONCURRENTLY` in raw SQL. */
export const reindexNotConcurrent: LintRule = {
  id: "reindex-not-concurrent",
  defaultSeverity: "error",
  summary: "REINDEX without CONCURRENTLY blocks writes to the table and reads through the index.",
  check: (context) =>
    blockingRawDdl(context, "reindex").map(({ index, target }) => ({
      statementIndex: index,
      table: target,
      message: `reindexes ${target} without CONCURRENTLY: it locks the table against writes (and the index against every query that would use it) for the whole rebuild.`,
      fix: "use REINDEX ... CONCURRENTLY (PostgreSQL 12+) in a migration with `transactional: false`.",
    })),
};
