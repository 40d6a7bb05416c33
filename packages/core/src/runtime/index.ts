export { ChecksumMismatchError } from "./checksum-mismatch-error";
export { DatabaseAtUnknownRevisionError } from "./database-at-unknown-revision-error";
export type { DdlLockTimeoutErrorConfig } from "./ddl-lock-timeout-error";
export { DdlLockTimeoutError } from "./ddl-lock-timeout-error";
export { executeRaw, loadKysely } from "./execute-raw";
export type { MigrateTargetsOptions, MigrationTarget, TargetOutcome } from "./migrate-targets";
export { migrateTargets, resolveTargets } from "./migrate-targets";
export { MigrationCancelledError } from "./migration-cancelled-error";
export { MigrationFailedError } from "./migration-failed-error";
export type { InterruptedWayOut } from "./migration-interrupted-error";
export { MigrationInterruptedError } from "./migration-interrupted-error";
export type { MigrateOptions, MigrateResult, MigratorConfig } from "./migrator";
export { Migrator } from "./migrator";
export type { MigratorEvent, StepSummary } from "./migrator-event";
export { missingRole, missingRoleHint } from "./missing-role";
export { recordOperations } from "./record-operations";
export type { RenderOfflineOptions } from "./render-offline-script";
export { renderOfflineScript } from "./render-offline-script";
export type { RenderStampOptions } from "./render-stamp-script";
export { renderStampScript } from "./render-stamp-script";
export type { StepResult } from "./run-plan";
export { SESSION_SETTINGS } from "./sql-emitter";
export type {
  HistoryDirection,
  HistoryEntry,
  HistoryRecord,
  InterruptedMigration,
  Statement,
  VersionTableConfig,
} from "./version-table";
export { VersionTable } from "./version-table";
