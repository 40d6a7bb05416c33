/**
 * retort: Alembic for TypeScript and PostgreSQL. This is the one import a project needs:
 * `defineConfig`, `defineMigration`, the models DSL, and the programmatic API.
 */

export { runCli } from "@retort/cli";
export * from "@retort/core";
export type { OpenMigratorOptions } from "./open-migrator";
export { openMigrator } from "./open-migrator";
