import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type * as v from "valibot";
import type { DriverFactory } from "../driver/driver";
import { isRetortError, RetortError } from "../errors/retort-error";
import { wrapError } from "../errors/wrap-error";
import type { LintRuleSetting } from "../lint/lint-rule";
import type { LintRuleId } from "../lint/lint-rule-ids";
import { importModules } from "../script/module-loader";
import { ScriptDirectory } from "../script/script-directory";
import { type configSchema, validateConfig } from "./config-schema";

/**
 * What `retort.config.ts` exports. Every field is optional.
 *
 * @example
 * ```ts
 * import { defineConfig } from "retort/config";
 *
 * export default defineConfig({
 *   url: process.env.DATABASE_URL,
 *   migrations: "app/migrations",
 *   models: "app/models/index.ts",
 * });
 * ```
 */
export interface RetortConfig {
  /**
   * The database URL (`postgres://...`, `pglite://path`). Default: the embedded database
   * under `.retort/`.
   */
  url?: string | undefined;
  /**
   * The driver: a package name (`"@retort/driver-pg"`) or a factory. Default: chosen by the
   * URL's scheme.
   */
  driver?: string | DriverFactory | undefined;
  /** Passed to the driver untouched. */
  driverOptions?: Record<string, unknown> | undefined;
  /** The migrations folder; its `versions/` sub-folder holds the files. Default `"migrations"`. */
  migrations?: string | undefined;
  /** Folders that hold migration files. Default `["<migrations>/versions"]`. */
  versionLocations?: string[] | undefined;
  /** Read sub-folders of the version locations too. Default `false`. */
  recursiveVersionLocations?: boolean | undefined;
  /** The models entry that autogenerate compares against. Default `"app/models/index.ts"`. */
  models?: string | undefined;
  /** The version table's name. Default `"retort_version"`. */
  versionTable?: string | undefined;
  /** The schema of the version and history tables. Default `"public"`. */
  versionTableSchema?: string | undefined;
  /** The history table's name. Default `"retort_history"`. */
  historyTable?: string | undefined;
  /**
   * Run each migration in its own transaction (default `true`); `false` runs a whole
   * `upgrade` or `downgrade` in one transaction.
   */
  transactionPerMigration?: boolean | undefined;
  /**
   * PostgreSQL's `lock_timeout` for each migration: milliseconds or a duration (`"2s"`,
   * `"500ms"`). Set with `SET LOCAL` in the migration's transaction, so a statement that
   * waits for a table lock gives up instead of queueing every other query behind it. A
   * migration's own `lockTimeout` overrides it. Unset: the server's setting.
   */
  lockTimeout?: number | string | undefined;
  /**
   * How many times a migration that ran out of `lockTimeout` is rolled back and run again,
   * with a growing pause between tries (0 to 100). Default `0`. A migration's own
   * `lockRetries` overrides it.
   */
  lockRetries?: number | undefined;
  /**
   * What `revision --autogenerate` writes: `"plain"` (default) or `"online"`, the lock-safe
   * form `--safe` gives (concurrent indexes, constraints added `NOT VALID` then validated).
   */
  safety?: "plain" | "online" | undefined;
  /** PostgreSQL's `statement_timeout` for migration statements, in milliseconds. */
  statementTimeout?: number | undefined;
  /** How long to wait for a connection, in milliseconds. Default 10000. */
  connectTimeout?: number | undefined;
  /** Schemas whose objects retort manages. Default: every schema the models use, or `public`. */
  schemas?: string[] | undefined;
  /** Tables retort leaves alone: names, `schema.name`, or regular expressions. */
  exclude?: (string | RegExp)[] | undefined;
  /**
   * `retort lint` settings: `rules` sets a rule to `"off"`, `"warn"` or `"error"` (each rule's
   * default is in the README); `onUpgrade` is what `upgrade` does with findings in the
   * migrations it is about to run: `"warn"` (default) prints them, `"error"` refuses to run
   * when one is an error, `"off"` skips the lint.
   *
   * @example
   * ```ts
   * lint: { rules: { "drop-column": "error", "missing-lock-timeout": "off" }, onUpgrade: "error" }
   * ```
   */
  lint?: LintConfig | undefined;
  /**
   * Runs after retort writes files (migrations, models): a shell command, which gets the
   * files' paths appended, for example `"prettier --write"`.
   */
  postWrite?: string | string[] | undefined;
  /**
   * A SQL file `retort test` runs on its throwaway database before the first migration: what
   * the migrations expect to exist without creating it (Supabase's `auth` schema and roles, an
   * extension a platform installs). Relative to the config's folder.
   */
  testSetup?: string | undefined;
  /**
   * Named sets of settings (`staging`, `production`...) chosen with `--env <name>` (or
   * `RETORT_ENV`); each overrides the settings above it.
   *
   * @example
   * ```ts
   * environments: { staging: { url: process.env.STAGING_URL, lockTimeout: 2000 } }
   * ```
   */
  environments?: Record<string, RetortEnvironmentConfig> | undefined;
  /**
   * The databases `--all-targets` migrates (a database per tenant or region): URLs or
   * `{ name, url }`, or a function returning them (read at the time of the command).
   *
   * @example
   * ```ts
   * targets: async () => (await listTenants()).map((t) => ({ name: t.slug, url: t.databaseUrl }))
   * ```
   */
  targets?: TargetsSetting | undefined;
}

/** One database of {@link RetortConfig.targets}: its URL, or a name and a URL. */
export type MigrationTargetInput =
  | string
  | { readonly name?: string | undefined; readonly url: string };

/** {@link RetortConfig.targets}: a list, or a function that finds it. */
export type TargetsSetting =
  | MigrationTargetInput[]
  | (() => readonly MigrationTargetInput[] | Promise<readonly MigrationTargetInput[]>);

/** What one of {@link RetortConfig.environments} may set. */
export type RetortEnvironmentConfig = Omit<RetortConfig, "environments">;

/** What a config written as a function receives. */
export interface ConfigContext {
  /** The environment chosen with `--env` (or `RETORT_ENV`), if any. */
  readonly environment: string | undefined;
  /** The `-x key=value` arguments. */
  readonly x: Readonly<Record<string, string>>;
}

/** The `lint` section of the config. */
export interface LintConfig {
  rules?: { [rule in LintRuleId]?: LintRuleSetting } | undefined;
  onUpgrade?: LintRuleSetting | undefined;
}

// The interface keeps each setting's documentation; the schema decides what is valid. Neither
// compiles if they disagree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const configMatchesSchema: Same<RetortConfig, v.InferInput<typeof configSchema>> = true;
void configMatchesSchema;

/**
 * Gives `retort.config.ts` its types; returns its argument.
 *
 * @example
 * ```ts
 * export default defineConfig({ url: process.env.DATABASE_URL });
 * ```
 */
export function defineConfig(config: RetortConfig): RetortConfig;
/** A config computed from `--env` and `-x key=value` (`({ environment, x }) => ({ ... })`). */
export function defineConfig(
  config: (context: ConfigContext) => RetortConfig,
): (context: ConfigContext) => RetortConfig;
export function defineConfig(
  config: RetortConfig | ((context: ConfigContext) => RetortConfig),
): RetortConfig | ((context: ConfigContext) => RetortConfig) {
  return config;
}

/** A config with defaults applied and every path absolute. */
export interface ResolvedConfig {
  /** The folder the config file lives in (or the working folder, with no file). */
  readonly root: string;
  /** The config file, if there is one. */
  readonly configFile: string | undefined;
  /** Unset means the embedded database; a blank one is refused when a driver is opened. */
  readonly url: string | undefined;
  readonly driver: string | DriverFactory | undefined;
  readonly driverOptions: Readonly<Record<string, unknown>>;
  readonly migrationsDir: string;
  readonly versionLocations: readonly string[];
  readonly recursiveVersionLocations: boolean;
  /** The revision file template, `<migrations>/script.ts.tmpl`. */
  readonly templatePath: string;
  /** Where `retort squash` moves replaced migrations, `<migrations>/archive`. */
  readonly archiveDir: string;
  readonly models: string;
  readonly versionTable: string;
  readonly versionTableSchema: string;
  readonly historyTable: string;
  readonly transactionPerMigration: boolean;
  /** Milliseconds. */
  readonly lockTimeout: number | undefined;
  readonly lockRetries: number;
  readonly safety: "plain" | "online";
  readonly statementTimeout: number | undefined;
  readonly connectTimeout: number;
  readonly schemas: readonly string[] | undefined;
  readonly exclude: readonly (string | RegExp)[];
  readonly postWrite: readonly string[];
  /** {@link RetortConfig.testSetup}, absolute. */
  readonly testSetup: string | undefined;
  /** The environment chosen (`--env`), if any. */
  readonly environment: string | undefined;
  /** The `-x key=value` arguments, for the config and for `op.run` callbacks. */
  readonly x: Readonly<Record<string, string>>;
  /** The `targets` setting, as written (see `resolveTargets`). */
  readonly targets: TargetsSetting | undefined;
  /** `lint.rules`, as given (each absent rule keeps its default). */
  readonly lintRules: Readonly<Partial<Record<LintRuleId, LintRuleSetting>>>;
  /** `lint.onUpgrade`; default `"warn"`. */
  readonly lintOnUpgrade: LintRuleSetting;
}

/** The config file names retort looks for, in order. */
export const configFileNames = [
  "retort.config.ts",
  "retort.config.mts",
  "retort.config.js",
  "retort.config.mjs",
] as const;

/** Per-call input of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** Where to start looking (walking up to the file system's root). Default `process.cwd()`. */
  readonly cwd?: string;
  /** An explicit config file (`--config`). */
  readonly configFile?: string | undefined;
  /** One of the config's `environments` (`--env`). */
  readonly environment?: string | undefined;
  /** `-x key=value` arguments. */
  readonly x?: Readonly<Record<string, string>> | undefined;
  /** Overrides the config's (and the environment's) `url`, as `--url` does. */
  readonly url?: string | undefined;
}

/** No config file was found. */
export class ConfigNotFoundError extends RetortError {
  constructor(where: string) {
    super("CONFIG_NOT_FOUND", `No retort.config.ts found in ${where} or any folder above it.`, {
      hint: "run `retort init` to create one, or pass --config <file>.",
      details: { where },
    });
    this.name = "ConfigNotFoundError";
  }
}

/**
 * Finds and loads `retort.config.ts` (walking up from `cwd`), and applies defaults.
 *
 * @example
 * ```ts
 * const config = await loadConfig({ cwd: process.cwd() });
 * config.versionLocations; // ["/app/app/migrations/versions"]
 * ```
 */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const file =
    options.configFile !== undefined ? resolve(cwd, options.configFile) : findConfigFile(cwd);
  if (file === undefined) throw new ConfigNotFoundError(cwd);
  if (!existsSync(file)) {
    throw new RetortError("CONFIG_NOT_FOUND", `The config file ${file} does not exist.`, {
      hint: "check --config, or run `retort init` to create one.",
    });
  }
  if (statSync(file).isDirectory()) {
    throw new RetortError("BAD_CONFIG", `${file} is a folder, not a config file.`, {
      hint: "give --config the file itself (retort.config.ts), or leave it out to find one.",
    });
  }
  let module: Record<string, unknown> | undefined;
  try {
    [module] = await importModules([file], {
      tempDir: dirname(file),
      cacheDir: join(dirname(file), ".retort", "cache"),
    });
  } catch (error) {
    // A config that does not compile or throws is the config's problem, not a migration's.
    if (!isRetortError(error) || error.code !== "BAD_MIGRATION_MODULE") throw error;
    throw wrapError(error, { code: "BAD_CONFIG" });
  }
  const context: ConfigContext = { environment: options.environment, x: options.x ?? {} };
  let exported = module?.default;
  if (typeof exported === "function") {
    exported = await (exported as (context: ConfigContext) => unknown)(context);
  }
  if (exported === undefined || exported === null || typeof exported !== "object") {
    throw new RetortError("BAD_CONFIG", `${file} has no default export.`, {
      hint: "export default defineConfig({ ... }).",
    });
  }
  return resolveConfig(exported as RetortConfig, dirname(file), file, {
    ...context,
    url: options.url,
  });
}

/** Looks for a config file in `dir` and its parents. */
export function findConfigFile(dir: string): string | undefined {
  let current = resolve(dir);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Applies defaults to a config object and makes its paths absolute against `root`.
 *
 * @example
 * ```ts
 * const config = resolveConfig({ migrations: "db" }, "/app");
 * config.versionLocations; // ["/app/db/versions"]
 * ```
 */
export function resolveConfig(
  config: RetortConfig,
  root: string,
  configFile?: string,
  options: Pick<LoadConfigOptions, "environment" | "x" | "url"> = {},
): ResolvedConfig {
  const where = configFile ?? "the config";
  const { environments, ...base } = validateConfig(config, where);
  const { environment } = options;
  let valid = base;
  if (environment !== undefined) {
    const chosen = environments?.[environment];
    if (chosen === undefined) {
      const names = Object.keys(environments ?? {});
      throw new RetortError(
        "UNKNOWN_ENVIRONMENT",
        `${where} has no environment "${environment}".`,
        {
          hint:
            names.length > 0
              ? `its environments: ${names.join(", ")}.`
              : "declare it: `environments: { " + environment + ": { url: ... } }`.",
          details: { environment, environments: names },
        },
      );
    }
    // A `url` the environment names but leaves undefined (`url: process.env.STAGING_URL` with
    // the variable unset) must not fall back to the base's database, or the embedded one.
    if ("url" in chosen && chosen.url === undefined && options.url === undefined) {
      throw new RetortError(
        "BLANK_URL",
        `${where}: environment "${environment}" sets "url" to undefined.`,
        { hint: "set the variable it reads, or pass --url.", details: { environment } },
      );
    }
    valid = { ...base, ...chosen };
  }
  const abs = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
  const migrationsDir = abs(valid.migrations ?? "migrations");
  const versionLocations = (valid.versionLocations ?? [join(migrationsDir, "versions")]).map(abs);
  return {
    root,
    configFile,
    url: options.url ?? valid.url,
    driver: valid.driver,
    // The object itself, not the schema's copy: a driver may be handed a pool or a client.
    driverOptions:
      (environment !== undefined ? config.environments?.[environment]?.driverOptions : undefined) ??
      config.driverOptions ??
      {},
    migrationsDir,
    versionLocations,
    recursiveVersionLocations: valid.recursiveVersionLocations ?? false,
    templatePath: join(migrationsDir, "script.ts.tmpl"),
    archiveDir: join(migrationsDir, "archive"),
    models: abs(valid.models ?? "app/models/index.ts"),
    versionTable: valid.versionTable ?? "retort_version",
    versionTableSchema: valid.versionTableSchema ?? "public",
    historyTable: valid.historyTable ?? "retort_history",
    transactionPerMigration: valid.transactionPerMigration ?? true,
    lockTimeout: valid.lockTimeout,
    lockRetries: valid.lockRetries ?? 0,
    safety: valid.safety ?? "plain",
    statementTimeout: valid.statementTimeout,
    connectTimeout: valid.connectTimeout ?? 10_000,
    schemas: valid.schemas,
    // The version tables of the tools teams adopt retort from: kept, never managed.
    exclude: [...(valid.exclude ?? [])],
    postWrite: valid.postWrite === undefined ? [] : [valid.postWrite].flat(),
    testSetup: valid.testSetup === undefined ? undefined : abs(valid.testSetup),
    environment,
    x: options.x ?? {},
    targets: valid.targets,
    lintRules: valid.lint?.rules ?? {},
    lintOnUpgrade: valid.lint?.onUpgrade ?? "warn",
  };
}

/**
 * The script directory a config describes.
 *
 * @example
 * ```ts
 * const scripts = loadScriptDirectory(await loadConfig());
 * ```
 */
export function loadScriptDirectory(
  config: ResolvedConfig,
  options: { missingOk?: boolean } = {},
): ScriptDirectory {
  return ScriptDirectory.load({
    missingOk: options.missingOk,
    root: config.root,
    versionLocations: config.versionLocations,
    recursive: config.recursiveVersionLocations,
    archiveDir: config.archiveDir,
    headerCache: join(config.root, ".retort", "cache", "headers.json"),
  });
}
