export type { LintConfig, LoadConfigOptions, ResolvedConfig, RetortConfig } from "./config";
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
