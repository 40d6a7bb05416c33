import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// Read before @retort/cli is imported, so it cannot use the CLI's own parser: a few lines that
// only need to be right about which commands never connect. A wrong answer costs time, never
// behaviour: the kysely bundle only makes loading kysely faster.

/** Global options that take a value (`-c file`), whose value is not the command. */
const valueOptions = new Set(["-c", "--config", "--url", "--env", "-x", "--x-arg"]);

/** Commands that read files only (history connects for `--indicate-current` or `current`). */
const offlineCommands = new Set([
  "heads",
  "history",
  "branches",
  "show",
  "list-templates",
  "init",
  "edit",
  "merge",
  "help",
  "version",
]);

/** The command word of a retort command line: the first argument that is not a global option. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith("-")) return token;
    if (valueOptions.has(token)) i++;
  }
  return undefined;
}

/**
 * Whether a command line surely never touches a database, so start-up can skip what only
 * database work needs (the kysely bundle's loader thread, which costs more than `heads` itself).
 *
 * @example
 * ```ts
 * isOfflineCommandLine(["heads"]); // true
 * isOfflineCommandLine(["upgrade", "head"]); // false
 * isOfflineCommandLine(["upgrade", "head", "--sql"]); // true
 * ```
 */
export function isOfflineCommandLine(argv: readonly string[]): boolean {
  const command = commandWord(argv);
  if (command === undefined) return true; // help, --version
  if (argv.includes("--sql")) return true;
  if (!offlineCommands.has(command)) return false;
  return !argv.some((token) => token === "--indicate-current" || token.includes("current"));
}

/** Commands that compare with the models (the differ's work). */
const differCommands = new Set(["check", "pull", "squash", "status", "test"]);

/** Commands that import migrations, which load the differ only if they import `retort`. */
const migrationCommands = new Set(["upgrade", "downgrade"]);

/**
 * Whether a command line will surely load `@retort/differ`, so start-up can load it before
 * source maps are on (its map is larger than the module). `upgrade` and `downgrade` load it when
 * the project's migrations import the main `retort` entry, as its template makes them (see
 * {@link templateImportsRetort}). A wrong answer costs time only.
 *
 * @example
 * ```ts
 * loadsDiffer(["check"], "/app"); // true
 * loadsDiffer(["revision", "-m", "x"], "/app"); // false
 * loadsDiffer(["revision", "--autogenerate", "-m", "x"], "/app"); // true
 * loadsDiffer(["upgrade", "head"], "/app"); // false when /app's template imports retort/migration
 * ```
 */
export function loadsDiffer(argv: readonly string[], cwd: string): boolean {
  const command = commandWord(argv);
  if (command === undefined) return false;
  if (command === "revision") return argv.includes("--autogenerate");
  if (migrationCommands.has(command)) return templateImportsRetort(argv, cwd);
  return differCommands.has(command);
}

/** Where the CLI will look for the config: core's `configFileNames`, in its order. */
const configFileNames = [
  "retort.config.ts",
  "retort.config.mts",
  "retort.config.js",
  "retort.config.mjs",
];

/** The config file a command line will load (`-c`, or the first found from `cwd` upwards). */
function configFileOf(argv: readonly string[], cwd: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const value = argv[i + 1];
    if ((token === "-c" || token === "--config") && value !== undefined) return resolve(cwd, value);
    if (token.startsWith("--config=")) return resolve(cwd, token.slice("--config=".length));
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of configFileNames) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Commands that never load the config. */
const configFreeCommands = new Set(["help", "version", "init", "list-templates"]);

/** An import of the main `retort` entry (not `retort/config`), static or dynamic. */
const importsRetort = /\b(?:from|import)\s*\(?\s*["']retort["']/;

/**
 * Whether the project's config imports the main `retort` entry, which loads the differ and with
 * it kysely: then even a command that never connects loads kysely, and its bundle pays. A config
 * written by `retort init` imports `retort/config` instead. A wrong answer costs time only.
 *
 * @example
 * ```ts
 * configImportsRetort(["heads"], "/app"); // true when /app/retort.config.ts has `from "retort"`
 * ```
 */
export function configImportsRetort(argv: readonly string[], cwd: string): boolean {
  const command = commandWord(argv);
  if (command === undefined || configFreeCommands.has(command)) return false;
  try {
    const file = configFileOf(argv, cwd);
    return file !== undefined && importsRetort.test(readFileSync(file, "utf8"));
  } catch {
    return false;
  }
}

/** A config's `migrations` setting, when it is written as a string literal. */
const migrationsSetting = /\bmigrations\s*:\s*(["'`])([^"'`\n]+)\1/;

/**
 * Whether the project's migrations import the main `retort` entry, judged by its migration
 * template (`<migrations>/script.ts.tmpl`), which wrote them: `retort init` writes one that
 * imports `retort/migration`, earlier versions one that imports `retort`. No template found is
 * taken as yes, as the migrations of a project without one may be older than the entry.
 *
 * @example
 * ```ts
 * templateImportsRetort(["upgrade", "head"], "/app"); // false for a template from `retort init`
 * ```
 */
export function templateImportsRetort(argv: readonly string[], cwd: string): boolean {
  try {
    const config = configFileOf(argv, cwd);
    if (config === undefined) return true;
    const migrations = migrationsSetting.exec(readFileSync(config, "utf8"))?.[2] ?? "migrations";
    const template = join(resolve(dirname(config), migrations), "script.ts.tmpl");
    return importsRetort.test(readFileSync(template, "utf8"));
  } catch {
    return true;
  }
}
