import type { Operations, RunContext } from "../ops/index";

/** The recorder a migration's `up` and `down` receive. */
export type MigrationOperations = Operations;

/** What `op.run` hands its callback. */
export type MigrationRunContext = RunContext;

/**
 * One migration file's default export: the header (literals, read from the file's text without
 * running it) and the `up`/`down` steps.
 */
export interface MigrationDefinition {
  /** This revision's id, 12 lowercase hex digits by default. */
  readonly revision: string;
  /** The parent: `null` for a root, a string, or several for a merge. */
  readonly downRevision: string | readonly string[] | null;
  /** Names for the branch that starts here; inherited by descendants. */
  readonly branchLabels?: readonly string[];
  /** Revisions or branch labels that must be applied before this one, without being its parent. */
  readonly dependsOn?: readonly string[];
  /** The `-m` message. */
  readonly message?: string;
  /** When the file was generated, ISO 8601. */
  readonly createdAt?: string;
  /**
   * Run this migration inside a transaction. Default is `true`; set `false` for
   * `CREATE INDEX CONCURRENTLY` and other statements PostgreSQL refuses in a transaction.
   */
  readonly transactional?: boolean;
  /**
   * This migration's `lock_timeout`, overriding the config's `lockTimeout`: milliseconds or a
   * duration such as `"2s"`. A literal, read from the file's text like the other header fields.
   */
  readonly lockTimeout?: number | string;
  /** How many times this migration is retried after a lock timeout, overriding `lockRetries`. */
  readonly lockRetries?: number;
  /** Revisions this one replaces (written by `retort squash`). */
  readonly replaces?: readonly string[];
  /** Records the operations that move the schema forward. */
  up(op: MigrationOperations): void | Promise<void>;
  /** Records the operations that undo `up`. */
  down(op: MigrationOperations): void | Promise<void>;
}

/**
 * Declares a migration. It only adds types: the header fields must be literals so that retort
 * reads the revision graph from the files' text without importing them.
 *
 * @example
 * ```ts
 * import { defineMigration } from "retort/migration";
 *
 * export default defineMigration({
 *   revision: "3f2a9c1b7d4e",
 *   downRevision: "1975ea83b712",
 *   message: "add account table",
 *   up(op) {
 *     op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });
 *   },
 *   down(op) {
 *     op.dropTable("account");
 *   },
 * });
 * ```
 */
export function defineMigration<const T extends MigrationDefinition>(definition: T): T {
  return definition;
}
