export type {
  ConfigContext,
  LintConfig,
  LoadConfigOptions,
  MigrationTargetInput,
  ResolvedConfig,
  RetortConfig,
  RetortEnvironmentConfig,
  TargetsSetting,
} from "./config";
export {
  ConfigNotFoundError,
  configFileNames,
  defineConfig,
  findConfigFile,
  loadConfig,
  loadScriptDirectory,
  resolveConfig,
} from "./config";
export type { DriverModule, DriverRegistry } from "./open-driver";
export { openDriver } from "./open-driver";
