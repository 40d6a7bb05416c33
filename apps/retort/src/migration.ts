/**
 * `retort/migration`: what a migration file needs, and nothing else. The main `retort` entry
 * brings the models DSL, the differ and kysely (some 100 ms of start-up on Node 20); migrations
 * importing it would make every `upgrade` and `downgrade`, `--sql` included, pay for them.
 *
 * @example
 * ```ts
 * import { defineMigration } from "retort/migration";
 *
 * export default defineMigration({
 *   revision: "3f2a9c1b7d4e",
 *   downRevision: null,
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

export type {
  MigrationDefinition,
  MigrationOperations,
  MigrationRunContext,
} from "@retort/core";
export { defineMigration } from "@retort/core";
