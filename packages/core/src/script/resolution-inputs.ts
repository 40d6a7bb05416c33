// What a kept bundle's imports resolved through, beside the files that went into it: a kept
// bundle (and the models' description kept from it) is reused while all of these are unchanged,
// so anything that can make an import resolve elsewhere must be here, present or absent.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, extname, isAbsolute, join, resolve } from "node:path";
import { parse as parseJsonc } from "jsonc-parser";

/** The files TypeScript (and esbuild) read compiler options from, nearest first. */
const configNames = ["tsconfig.json", "jsconfig.json"];

/** Files whose change changes how a project's imports resolve, beside its own code. */
const resolutionFiles = [...configNames, "package.json"];

/**
 * The stamp of `path` (change time and size), or `[-1, -1]` when nothing is there: a file whose
 * absence was stamped (a `package.json` an import would read if it existed) changes the stamp
 * by appearing.
 */
export function presenceStamp(path: string): [changeMs: number, size: number, inode: number] {
  try {
    const stat = statSync(path);
    // The inode too: a link turned to another file may find one of the same time and size.
    return [stat.ctimeMs, stat.size, stat.ino];
  } catch {
    return [-1, -1, -1];
  }
}

/**
 * The folders of `inputs` (a file added to one may be what an import now resolves to); the
 * tsconfig, jsconfig and package.json files in them and above them, present or not (`paths`,
 * `imports`, a new one that starts to apply); the configs those tsconfigs `extend`; and the
 * folders their `paths` map to (a file added to a fallback folder takes over an import).
 *
 * @example
 * ```ts
 * resolutionInputs(["/app/models/post.ts"]);
 * // ["/", "/app", "/app/models", "/app/package.json", "/app/tsconfig.json", "/tsconfig.json", ...]
 * ```
 */
export function resolutionInputs(inputs: readonly string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const configs: string[] = [];
  for (const input of inputs) {
    // An input named through a link (see linkedImports) is stamped as what it now leads to.
    try {
      if (realpathSync(input) !== input) found.add(input);
    } catch {
      found.add(input);
    }
    const folder = dirname(input);
    found.add(folder);
    for (let dir = folder; !seen.has(dir); dir = dirname(dir)) {
      seen.add(dir);
      for (const name of resolutionFiles) {
        const path = join(dir, name);
        found.add(path);
        if (name !== "package.json" && existsSync(path)) configs.push(path);
      }
      if (dirname(dir) === dir) break;
    }
  }
  const read = new Set<string>();
  for (const config of configs) followConfig(config, found, read);
  return [...found].sort();
}

/** A tsconfig's (or jsconfig's) `extends`, as the files they name, and its compiler options. */
interface ConfigFile {
  readonly extended: readonly string[];
  readonly compilerOptions: { readonly baseUrl?: unknown; readonly paths?: unknown };
}

/** `path` read as TypeScript reads it (comments, trailing commas); `undefined` if it cannot be. */
function readConfig(path: string): ConfigFile | undefined {
  let config: { extends?: unknown; compilerOptions?: ConfigFile["compilerOptions"] };
  try {
    config = parseJsonc(readFileSync(path, "utf8")) ?? {};
  } catch {
    return undefined;
  }
  const specifiers = Array.isArray(config.extends) ? config.extends : [config.extends];
  return {
    extended: specifiers.flatMap((specifier) => {
      const target = typeof specifier === "string" ? extendedConfig(specifier, path) : undefined;
      return target === undefined ? [] : [target];
    }),
    compilerOptions: config.compilerOptions ?? {},
  };
}

/** Adds what a tsconfig (or jsconfig) reads beyond itself: its `extends` chain, its `paths`. */
function followConfig(path: string, found: Set<string>, read: Set<string>): void {
  if (read.has(path)) return;
  read.add(path);
  found.add(path);
  const config = readConfig(path);
  if (config === undefined) return;
  for (const target of config.extended) followConfig(target, found, read);
  const options = config.compilerOptions;
  const dir = dirname(path);
  const base = typeof options.baseUrl === "string" ? resolve(dir, options.baseUrl) : dir;
  if (options.paths !== null && typeof options.paths === "object") {
    for (const targets of Object.values(options.paths as Record<string, unknown>)) {
      if (!Array.isArray(targets)) continue;
      for (const target of targets) {
        if (typeof target !== "string") continue;
        // The folder a pattern looks in: up to its `*`, or the target's own folder.
        const star = target.indexOf("*");
        const prefix = star === -1 ? target : target.slice(0, star);
        const folder = resolve(base, prefix.endsWith("/") ? prefix : dirname(prefix));
        found.add(folder);
        if (star === -1) found.add(resolve(base, target));
      }
    }
  }
}

/** The file a tsconfig's `extends` names: a path, or a package's (as TypeScript looks it up). */
function extendedConfig(specifier: string, from: string): string | undefined {
  if (specifier.startsWith(".") || isAbsolute(specifier)) {
    const path = resolve(dirname(from), specifier);
    return existsSync(path) || extname(path) === ".json" ? path : `${path}.json`;
  }
  const require = createRequire(from);
  for (const candidate of [specifier, `${specifier}/tsconfig.json`, `${specifier}.json`]) {
    try {
      return require.resolve(candidate);
    } catch {
      // The next form.
    }
  }
  return undefined;
}

/**
 * The paths, as written, of the relative imports of a bundle that reached their file through a
 * symbolic link (`../vendor/flags` where `vendor` links to `libA`). esbuild names each input by
 * its real path, and a link turned to another target leaves every real path unchanged: stamped
 * as written (following the link), the path changes stamp with the target.
 *
 * @example
 * ```ts
 * linkedImports(result.metafile, "/app/models");
 * // ["/app/vendor/flags.ts"] when /app/vendor links elsewhere
 * ```
 */
export function linkedImports(
  metafile: {
    inputs: Record<
      string,
      { imports: readonly { path: string; original?: string; external?: boolean }[] }
    >;
  },
  workingDir: string,
): string[] {
  const linked = new Set<string>();
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    if (input.startsWith("<stdin>") || input === "retort-modules.ts") continue;
    const importer = resolve(workingDir, input);
    for (const imported of imports) {
      const original = imported.original;
      if (imported.external || original === undefined || !original.startsWith(".")) continue;
      const real = resolve(workingDir, imported.path);
      const name = basename(real);
      const asWritten = resolve(dirname(importer), original);
      // `./flags` for flags.ts, `./lib` for lib/index.ts, `./flags.js` for flags.ts.
      const candidates = [join(dirname(asWritten), name), join(asWritten, name), asWritten];
      for (const candidate of candidates) {
        if (candidate === real) break;
        try {
          if (realpathSync(candidate) === real) {
            linked.add(candidate);
            break;
          }
        } catch {
          // Not this form.
        }
      }
    }
  }
  return [...linked];
}

/** The `paths` patterns that apply to files in a folder, found once per folder. */
const aliasesByFolder = new Map<string, readonly string[]>();

/**
 * Whether `source` imports (or requires) a specifier that a tsconfig `paths` pattern maps: such a
 * file is for the bundler, which resolves the alias as TypeScript does. Joined as it is, the
 * alias would be taken for a package (`@app/sql`).
 *
 * @example
 * ```ts
 * importsPathAlias(`import { q } from "@h/sql";`, "/app/migrations/versions/x.ts"); // true with "@h/*" in paths
 * ```
 */
export function importsPathAlias(source: string, file: string): boolean {
  const folder = dirname(file);
  let aliases = aliasesByFolder.get(folder);
  if (aliases === undefined) {
    aliases = aliasesOf(folder);
    aliasesByFolder.set(folder, aliases);
  }
  if (aliases.length === 0) return false;
  for (const match of source.matchAll(importedSpecifier)) {
    const specifier = match[1]!;
    if (aliases.some((alias) => matchesAlias(alias, specifier))) return true;
  }
  return false;
}

const importedSpecifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"'\n]+)["']/g;

function matchesAlias(pattern: string, specifier: string): boolean {
  const star = pattern.indexOf("*");
  if (star === -1) return specifier === pattern;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return (
    specifier.length >= prefix.length + suffix.length &&
    specifier.startsWith(prefix) &&
    specifier.endsWith(suffix)
  );
}

/** The `paths` keys of the tsconfig (or jsconfig) nearest `folder`, through its `extends`. */
function aliasesOf(folder: string): readonly string[] {
  for (let dir = folder; ; dir = dirname(dir)) {
    for (const name of configNames) {
      const path = join(dir, name);
      if (existsSync(path)) return configAliases(path, new Set()) ?? [];
    }
    if (dirname(dir) === dir) return [];
  }
}

/** A config's own `paths` keys, else those it extends (the last `extends` that has some). */
function configAliases(path: string, seen: Set<string>): readonly string[] | undefined {
  if (seen.has(path)) return undefined;
  seen.add(path);
  const config = readConfig(path);
  if (config === undefined) return undefined;
  const paths = config.compilerOptions.paths;
  if (paths !== null && typeof paths === "object") return Object.keys(paths);
  for (const target of [...config.extended].reverse()) {
    const aliases = configAliases(target, seen);
    if (aliases !== undefined) return aliases;
  }
  return undefined;
}
