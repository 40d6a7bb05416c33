// Why a bundle of thousands of migrations is run as a classic script and not imported as an ES
// module: compiling it was the largest part of a warm `upgrade head --sql` on 10,000
// migrations (a 5 MB module, then each `up` compiled on its first call), and Node 20 keeps no
// compiled code for ES modules between runs. A script (`vm.Script`) takes V8's code cache:
// compiled once, later runs only deserialise it (measured: 450 ms of compiling against 60 ms).
// esbuild writes the bundle as CommonJS; its package imports become `require` calls, which a
// small ES module beside the bundle answers (it imports each package from the project's
// `node_modules`, as the ES module bundle would have). A bundle this cannot take (top-level
// await, a dynamic `import()`, `import.meta` beyond the file's location) stays an ES module.
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";

/** The first line of a bundle kept as a script: the packages it requires, as JSON. */
const marker = "//retort-script ";

/**
 * The bundle's text as kept in the cache: the marker line, then the CommonJS code as the body of
 * the function the script evaluates to (written so, not wrapped at each run: the wrapping was a
 * copy of megabytes of text). Strict, as the ES modules it stands for.
 */
export function scriptBundleText(code: string, packages: readonly string[]): string {
  return `${marker}${JSON.stringify(packages)}\n(function (module, exports, require) {"use strict";\n${code}\n})`;
}

/**
 * The module that imports a script bundle's packages, beside it and named after the packages:
 * the parts of one long history share it, so Node's loader loads it once for all of them.
 */
function packagesModule(bundle: string, packages: readonly string[]): string {
  const key = createHash("sha256").update(JSON.stringify(packages)).digest("hex").slice(0, 16);
  return join(dirname(bundle), `packages-${key}.mjs`);
}

// V8 takes only a cache its own version wrote: named after it, the caches of two Nodes sharing a
// project folder (a developer's Node 22 and CI's Node 20) are kept side by side, instead of each
// replacing the other's at every switch.
const v8Tag = createHash("sha256").update(process.versions.v8).digest("hex").slice(0, 8);

/**
 * The start of the names of a bundle's code caches: of this V8's (one per version of the bundle),
 * or with `everyV8`, of all.
 */
function codeCachePrefix(bundle: string, everyV8 = false): string {
  const prefix = basename(bundle)
    .replace(/^modules-/, "code-")
    .replace(/\.mjs$/, "-");
  return everyV8 ? prefix : `${prefix}${v8Tag}-`;
}

/**
 * The code cache of a bundle file's content. V8 checks that a cache is its own (its version and
 * flags) and the source's length, not its text: the name carries the modification time and
 * size of the file the text was read from, which every rewrite of it (a rename onto it) changes.
 */
function codeCacheFile(bundle: string, stat: Stats): string {
  return join(
    dirname(bundle),
    `${codeCachePrefix(bundle)}${Math.round(stat.mtimeMs * 1000).toString(36)}-${stat.size.toString(36)}.v8`,
  );
}

/** A kept bundle's text and the stat of the file it was read from. */
export interface ScriptBundleFile {
  readonly text: string;
  readonly stat: Stats;
}

/** Reads a kept bundle; `undefined` when it is an ES module, not a script. */
export function readScriptBundle(bundle: string): ScriptBundleFile | undefined {
  const fd = openSync(bundle, "r");
  try {
    const stat = fstatSync(fd);
    const text = readFileSync(fd, "utf8");
    return text.startsWith(marker) ? { text, stat } : undefined;
  } finally {
    closeSync(fd);
  }
}

/** Writes the module that imports the packages of a script bundle about to be kept at `bundle`. */
export function writePackagesModule(bundle: string, packages: readonly string[]): void {
  const text = `${packages.map((name, i) => `import * as p${i} from ${JSON.stringify(name)};`).join("\n")}\nexport default [${packages.map((_, i) => `p${i}`).join(", ")}];\n`;
  const temp = `${bundle}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, packagesModule(bundle, packages));
}

/**
 * Removes what belongs to a bundle the cache drops. Its packages module stays: other bundles
 * with the same packages share it, and one removed is written again when it is needed.
 */
export function removeScriptFiles(bundle: string): void {
  removeCodeCaches(bundle, undefined);
}

/** A script bundle that ran: its exports, and how to keep V8's code for it. */
export interface RanScriptBundle {
  readonly exports: Record<string, Record<string, unknown>>;
  /**
   * Writes V8's code for the script to the cache, with every function compiled so far (the `up`
   * and `down` functions the command ran, when called after them); `undefined` when there is
   * nothing to write (the cache was read, or `keepCode` was not asked for). A later run reads
   * it instead of compiling.
   */
  readonly keepCode: (() => void) | undefined;
}

/**
 * Runs a script bundle kept at `bundle` (as {@link readScriptBundle} read it) and returns its
 * exports; with `keepCode`, also how to keep the code it compiled (see {@link RanScriptBundle}).
 */
export async function runScriptBundle(
  bundle: string,
  { text, stat }: ScriptBundleFile,
  keepCode: boolean,
): Promise<RanScriptBundle> {
  const newline = text.indexOf("\n");
  const packages = JSON.parse(text.slice(marker.length, newline)) as string[];
  const packagesFile = packagesModule(bundle, packages);
  // Written beside the bundle when it was kept; written again if something removed it since.
  if (packages.length > 0 && !existsSync(packagesFile)) writePackagesModule(bundle, packages);
  const namespaces =
    packages.length === 0
      ? []
      : ((await import(pathToFileURL(packagesFile).href)) as { default: object[] }).default;
  // `__esModule` makes esbuild's interop read `default` from the namespace, as ESM would.
  const table = new Map(
    packages.map((name, i) => [name, { __esModule: true, ...namespaces[i] }] as const),
  );
  const require = (name: string) => {
    const namespace = table.get(name);
    if (namespace === undefined) throw new Error(`Cannot find package '${name}'`);
    return namespace;
  };
  const cacheFile = codeCacheFile(bundle, stat);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // Not kept yet.
  }
  const script = new Script(text, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} as Record<string, Record<string, unknown>> };
  (script.runInThisContext() as (m: object, e: object, r: (name: string) => unknown) => void)(
    module,
    module.exports,
    require,
  );
  const isKept = cachedData !== undefined && script.cachedDataRejected !== true;
  return {
    exports: module.exports,
    keepCode: keepCode && !isKept ? () => keepCompiledCode(script, bundle, cacheFile) : undefined,
  };
}

function keepCompiledCode(script: Script, bundle: string, cacheFile: string): void {
  try {
    const temp = `${cacheFile}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    removeCodeCaches(bundle, cacheFile);
  } catch {
    // A cache that cannot be written only costs the compile next time.
  }
}

/**
 * Removes this V8's code caches of a bundle's other versions, or, without `keep`, every code
 * cache of the bundle.
 */
function removeCodeCaches(bundle: string, keep: string | undefined): void {
  const prefix = codeCachePrefix(bundle, keep === undefined);
  for (const name of readdirSync(dirname(bundle))) {
    const path = join(dirname(bundle), name);
    if (name.startsWith(prefix) && name.endsWith(".v8") && path !== keep) {
      rmSync(path, { force: true });
    }
  }
}
