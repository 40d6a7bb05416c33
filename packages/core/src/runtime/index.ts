export { executeRaw } from "./execute-raw";
export type {
  MigrateOptions,
  MigrateResult,
  MigratorConfig,
  MigratorEvent,
  StepSummary,
} from "./migrator";
export { ChecksumMismatchError, MigrationFailedError, Migrator } from "./migrator";
export { recordOperations } from "./record-operations";
export type { RenderOfflineOptions } from "./render-offline";
export { renderOfflineScript } from "./render-offline";
export type {
  HistoryDirection,
  HistoryEntry,
  HistoryRecord,
  VersionTableConfig,
} from "./version-table";
export { DatabaseAtUnknownRevisionError, VersionTable } from "./version-table";
