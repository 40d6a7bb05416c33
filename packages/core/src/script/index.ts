export type {
  MigrationDefinition,
  MigrationOperations,
  MigrationRunContext,
} from "./define-migration";
export { defineMigration } from "./define-migration";
export type { GenerateRevisionOptions, GenerateRevisionResult } from "./generate-revision";
export { generateRevision } from "./generate-revision";
export type { MigrationHeader } from "./migration-header";
export { BadMigrationFileError, parseMigrationHeader } from "./migration-header";
export type { ImportModulesOptions } from "./module-loader";
export { BadModuleError, importModules, importPackage, keptBundle } from "./module-loader";
export type { RevisionFileContent } from "./revision-template";
export { defaultRevisionTemplate, renderRevisionTemplate, revisionSlug } from "./revision-template";
export type { MigrationScript, ScriptDirectoryConfig } from "./script-directory";
export { ScriptDirectory, VersionsDirMissingError } from "./script-directory";
export { shellWord } from "./shell-word";
