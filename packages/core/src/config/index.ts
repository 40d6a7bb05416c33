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
export {
  isLockRetries,
  LOCK_RETRIES_RULE,
  LOCK_TIMEOUT_RULE,
  MAX_LOCK_RETRIES,
  parseLockTimeout,
} from "./lock-timeout";
export type { DriverModule, DriverRegistry } from "./open-driver";
export { openDriver } from "./open-driver";
