import {
  ExistingKyselyDriver,
  loadConfig,
  loadScriptDirectory,
  Migrator,
  openDriver,
  type ResolvedConfig,
  type RetortConfig,
  resolveConfig,
} from "@retort/core";
import type { Kysely } from "kysely";
import { shippedDrivers } from "./shipped-drivers";

/** Per-call input of {@link openMigrator}. */
export interface OpenMigratorOptions {
  /** Where to look for retort.config.ts. Default `process.cwd()`. */
  readonly cwd?: string;
  /** An explicit config file. */
  readonly configFile?: string;
  /** A config object instead of a file (paths resolve against `cwd`). */
  readonly config?: RetortConfig;
  /**
   * Run on this Kysely instance (your application's) instead of connecting from the config's
   * URL. retort pins one of its connections per command and never destroys it.
   */
  readonly db?: Kysely<any>;
}

/**
 * Opens a {@link Migrator} the way the CLI does: loads the config, reads the migration files and
 * connects with the driver the URL names. Close it when done.
 *
 * @example
 * ```ts
 * import { openMigrator } from "retort";
 *
 * const migrator = await openMigrator({ db }); // db: your app's Kysely instance
 * try {
 *   await migrator.upgrade("head");
 * } finally {
 *   await migrator.close();
 * }
 * ```
 */
export async function openMigrator(options: OpenMigratorOptions = {}): Promise<Migrator> {
  const cwd = options.cwd ?? process.cwd();
  const config: ResolvedConfig =
    options.config !== undefined
      ? resolveConfig(options.config, cwd)
      : await loadConfig({ cwd, configFile: options.configFile });
  const scripts = loadScriptDirectory(config);
  // With the caller's own Kysely instance, the URL in the config is not needed (nor used).
  const driver =
    options.db !== undefined
      ? new ExistingKyselyDriver()
      : await openDriver(config, shippedDrivers);
  return new Migrator({ config, scripts, driver, db: options.db });
}
