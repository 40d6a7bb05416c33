// One file past 500 lines on purpose: importModules' ways of loading (the joined module, an
// esbuild bundle as an ES module, thousands of files as one script) share the bundle cache,
// its stamps and the mapping of load errors back to the user's file.
import { createHash, randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { RetortError } from "../errors/retort-error";
import { moduleScript, type ScannedProgram } from "./checksum-scan";
import { loadEsbuild } from "./load-esbuild";
import { fileStamp, type JoinedModules, joinModules, type KnownStamps } from "./module-transform";
import {
  importsPathAlias,
  linkedImports,
  presenceStamp,
  resolutionInputs,
} from "./resolution-inputs";
import {
  type RanScriptBundle,
  readScriptBundle,
  removeScriptFiles,
  runScriptBundle,
  scriptBundleText,
  writePackagesModule,
} from "./script-bundle";

/** A TypeScript (or JavaScript) module retort could not load: names the file. */
export class BadModuleError extends RetortError {
  constructor(
    file: string,
    problem: string,
    cause?: unknown,
    hint = "fix the file (run `pnpm exec tsc --noEmit` to see type errors), then run the command again.",
  ) {
    super("BAD_MIGRATION_MODULE", `${file}: ${problem}`, { cause, details: { file }, hint });
    this.name = "BadModuleError";
  }
}

/**
 * A {@link BadModuleError} for a module that failed as it was imported. retort compiles the
 * project's own files, but imports packages as Node does, and Node imports a package whose entry
 * is TypeScript (a workspace package) only from 22.18 and only from outside `node_modules` (a
 * workspace link): the file that imports it is not what needs fixing.
 */
function importFailed(file: string, error: unknown): BadModuleError {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : "";
  const build =
    'build that package to JavaScript and point the "exports" of its package.json at the build';
  const hint =
    code === "ERR_UNKNOWN_FILE_EXTENSION" && /Unknown file extension "\.[cm]?tsx?"/.test(message)
      ? `a package it imports has a TypeScript entry, which Node ${process.version} cannot import: ${build}, or run retort on Node 22.18 or later with the package linked from its workspace folder.`
      : code === "ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING"
        ? `a package it imports has a TypeScript entry inside node_modules, which Node does not strip types from: ${build}, or link the package from its workspace folder.`
        : undefined;
  return new BadModuleError(file, describeImportError(error), error, hint);
}

/** Per-call input of {@link importModules}. */
export interface ImportModulesOptions {
  /**
   * A folder inside the project, where the bundle is written for an instant so that its bare
   * imports (`retort`, `kysely`, the team's packages) resolve from the project's
   * `node_modules`. Default is the first file's folder.
   */
  readonly tempDir?: string;
  /**
   * Keep bundles here between runs (`.retort/cache`); they are reused while none of their input
   * files changed. Without it, every call bundles afresh and deletes the bundle after import.
   */
  readonly cacheDir?: string | undefined;
  /**
   * The size and modification time of a file this process stat'ed moments ago (the script
   * directory did, for every migration), so the cache lookups do not stat it again; `undefined`
   * for a file it did not.
   */
  readonly stamp?: KnownStamps | undefined;
  /** The text of a file the caller read moments ago (a cold start's headers), not read again. */
  readonly source?: ((path: string) => string | undefined) | undefined;
  /**
   * Told each file's text and program when a file was read to be joined without esbuild (a
   * long history's cold start): a caller that needs the file's checksum takes it from there
   * instead of reading the text again.
   */
  readonly scanned?: ((path: string, text: string, program: ScannedProgram) => void) | undefined;
}

/**
 * Imports TypeScript modules without a compile step. With a `cacheDir`, each file is
 * transformed on its own by esbuild (cached by content) and the files are joined into one ES
 * module (see module-transform.ts); a file that cannot be joined (a relative import, a dynamic
 * import, top-level await), a set with more than 50 files not transformed yet (a cold start)
 * and every call without a cache are bundled by esbuild into one ES module instead (packages
 * stay external; cached in `cacheDir`).
 *
 * @example
 * ```ts
 * const [config] = await importModules(["/app/retort.config.ts"]);
 * config.default; // the config object
 * ```
 */
export async function importModules(
  files: readonly string[],
  options: ImportModulesOptions = {},
): Promise<Record<string, unknown>[]> {
  if (files.length === 0) return [];
  if (options.cacheDir === undefined) return importBundled(files, options);
  // Thousands of files: the parts of a long history kept as scripts, or the bundle kept for
  // them, each found without reading and hashing every file.
  return importCached(
    files,
    options,
    options.cacheDir,
    scriptChunks(files, options.cacheDir, options),
  );
}

/**
 * The bundle {@link importModules} kept in `cacheDir` for `files`, while none of the files that
 * went into it changed: its path and its version (which changes whenever one of those files
 * does); `undefined` when there is none (never imported with this cache, changed since, or
 * loaded another way: a long history's parts, a joined module). What a caller keeps a result of
 * running the modules against, such as the CLI's description of the models.
 *
 * @example
 * ```ts
 * const kept = keptBundle([entry, ...modelFiles], ".retort/cache");
 * kept?.version; // "3f2a9c1b7d4e"
 * ```
 */
export function keptBundle(
  files: readonly string[],
  cacheDir: string,
): { path: string; version: string } | undefined {
  if (files.length === 0) return undefined;
  const found = new BundleCache(cacheDir, files).lookup();
  return found === undefined ? undefined : { path: found.bundle, version: found.version };
}

/** {@link importModules} with a cache, once {@link scriptChunks} said what it found. */
async function importCached(
  files: readonly string[],
  options: ImportModulesOptions,
  cacheDir: string,
  chunks: ReturnType<typeof scriptChunks>,
): Promise<Record<string, unknown>[]> {
  if (Array.isArray(chunks)) {
    const load = chunkLoader(files, chunks, false);
    const modules: Record<string, unknown>[] = [];
    for (let i = 0; i < files.length; i++) modules.push(await load(i));
    return modules;
  }
  if (chunks !== undefined) return importBundled(files, options, chunks);
  // A bundle already made for these files (a long history's cold start made one) is as quick
  // to import as a joined module: no need to read and hash every file to find out.
  if (files.length > maxNewTransforms) {
    const found = new BundleCache(cacheDir, files).lookup(options.stamp);
    if (found !== undefined) return importBundled(files, options, found);
  }
  let joined: JoinedModules | undefined;
  try {
    // As for a bundle: stack traces into the user's files matter when a few migrations run;
    // for thousands (offline rendering) the map would be most of the module, parsed for nothing.
    joined = await joinModules(
      files,
      cacheDir,
      files.length <= maxMappedFiles,
      maxNewTransforms,
      options.stamp,
    );
  } catch {
    // A read-only project: bundle, as before the per-file cache.
    joined = undefined;
  }
  if (joined === undefined) return importBundled(files, options);
  // A file left out of the join (more new files than are worth transforming one by one, or a
  // file that imports others by relative path, as a models entry does) sends the whole set to
  // the bundler: bundling it apart would give it its own copies of the files it imports, so a
  // table the entry exports would not be the one its own file exports.
  if (joined.taken.some((taken) => !taken)) return importBundled(files, options);
  let namespace: Record<string, Record<string, unknown>>;
  try {
    namespace = (await import(pathToFileURL(joined.path).href)) as Record<
      string,
      Record<string, unknown>
    >;
  } catch (error) {
    throw importFailed(
      userFrame(error, joined.path) ?? (files.length === 1 ? files[0]! : dirname(files[0]!)),
      error,
    );
  }
  return files.map((_, i) => namespace[`m${i}`] ?? {});
}

/**
 * A module of {@link importModulesInTurn}'s files, by its index in them: at once when its part
 * is loaded already, a promise when the part is to be loaded first.
 */
export type ModuleInTurn = (
  index: number,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

/**
 * {@link importModules} for a caller that uses the modules one after the other, in the order of
 * `files` (an offline script of a long history): thousands of plain files are imported a part
 * at a time, and a part is let go (its code and what its modules hold) when the next one is
 * imported, so they never sit in memory all at once. A file that cannot be imported is
 * reported when its part is. Fewer files, or files that are not plain, are imported at once.
 *
 * @example
 * ```ts
 * const module = await importModulesInTurn(files, { cacheDir });
 * (await module(0)).default; // the first file's default export
 * ```
 */
export async function importModulesInTurn(
  files: readonly string[],
  options: ImportModulesOptions = {},
): Promise<ModuleInTurn> {
  const { cacheDir } = options;
  const chunks = cacheDir === undefined ? undefined : scriptChunks(files, cacheDir, options);
  if (Array.isArray(chunks)) return chunkLoader(files, chunks, true);
  const all =
    cacheDir === undefined
      ? await importModules(files, options)
      : await importCached(files, options, cacheDir, chunks);
  return (index) => all[index] ?? {};
}

/**
 * Files per script of a long history kept in parts ({@link scriptChunks}): small enough that a
 * part's code is a few megabytes in memory, large enough that the parts of 10,000 files are few.
 */
const chunkSize = 500;

/** One part of a long history kept as a script, and the index of its first file. */
interface ScriptChunk {
  readonly start: number;
  readonly bundle: string;
  /** Made by this run: its code is not worth keeping yet (see {@link runScriptBundle}). */
  readonly isNew: boolean;
}

/**
 * Bumped when the parts' text changes shape (what {@link joinModuleScripts} and
 * {@link moduleScript} make of a file): parts kept by an earlier retort are then made again.
 */
const chunkFormat = 1;

/**
 * More than {@link maxMappedFiles} files as scripts of {@link chunkSize} files each, from the
 * cache or joined now: one new migration makes one part again, not all of them. Files that are
 * not all plain enough to join without esbuild ({@link moduleScript}: only package imports, so
 * a module two parts import is the same package, not two copies) are one bundle instead: the
 * one kept for them, if any, is returned. `undefined` when there are fewer files, or when they
 * are to be bundled afresh (not plain, or a cache that cannot be written).
 */
function scriptChunks(
  files: readonly string[],
  cacheDir: string,
  options: ImportModulesOptions,
): ScriptChunk[] | { bundle: string; version: string } | undefined {
  if (files.length <= maxMappedFiles) return undefined;
  const chunks: ScriptChunk[] = [];
  // Looked for once, at the first part not kept: its key hashes every file's path, which for
  // each of a cold start's twenty parts was 14 MB of hashing.
  let wholeLooked = false;
  for (let start = 0; start < files.length; start += chunkSize) {
    const part = files.slice(start, start + chunkSize);
    const cache = new BundleCache(cacheDir, part, `chunk-${chunkFormat}`);
    const found = cache.lookup(options.stamp, part);
    if (found !== undefined) {
      chunks.push({ start, bundle: found.bundle, isNew: false });
      continue;
    }
    // The whole set kept as one bundle (its files are not all plain): not worth joining a part
    // again only to find that out.
    if (!wholeLooked) {
      wholeLooked = true;
      const whole = new BundleCache(cacheDir, files).lookup(options.stamp);
      if (whole !== undefined) return whole;
    }
    const joined = joinModuleScripts(part, options);
    if (joined === undefined) return undefined;
    const stored = cache.store(joined.output, joined.inputs, joined.packages, false, options.stamp);
    if (stored === undefined) return undefined;
    chunks.push({ start, bundle: stored.bundle, isNew: true });
  }
  if (chunks.some((chunk) => chunk.isNew)) {
    new BundleCache(cacheDir, []).prune(new Set(chunks.map((chunk) => chunk.bundle)));
  }
  return chunks;
}

/**
 * The modules of `chunks`, each part run when a file of it is first asked for. `inTurn`: the
 * part before is let go then, its code kept first; otherwise every part stays, and its code is
 * kept when the process is about to exit, with the functions the command ran by then.
 */
function chunkLoader(
  files: readonly string[],
  chunks: readonly ScriptChunk[],
  inTurn: boolean,
): ModuleInTurn {
  let current:
    | { chunk: ScriptChunk; exports: Record<string, Record<string, unknown>>; keep?: () => void }
    | undefined;
  const load = async (chunk: ScriptChunk): Promise<void> => {
    if (inTurn && current?.keep !== undefined) {
      process.off("beforeExit", current.keep);
      current.keep();
    }
    current = undefined;
    let ran: RanScriptBundle;
    try {
      const script = readScriptBundle(chunk.bundle);
      if (script === undefined) throw new Error(`${chunk.bundle} is not a script bundle`);
      ran = await runScriptBundle(chunk.bundle, script, !chunk.isNew);
    } catch (error) {
      throw importFailed(userFrame(error, chunk.bundle) ?? dirname(files[chunk.start]!), error);
    }
    const { keepCode } = ran;
    current = { chunk, exports: ran.exports };
    if (keepCode !== undefined) {
      // Once: a part asked for again (out of order) is run again, and kept once.
      let isKept = false;
      const keep = () => {
        if (isKept) return;
        isKept = true;
        keepCode();
      };
      current.keep = keep;
      process.once("beforeExit", keep);
    }
  };
  // The module at once while its part is the one loaded: no promise, no turn of the event loop
  // for each of thousands of migrations.
  return (index) => {
    const chunk = chunks[Math.floor(index / chunkSize)]!;
    if (current?.chunk === chunk) return current.exports[`m${index - chunk.start}`] ?? {};
    return load(chunk).then(() => current?.exports[`m${index - chunk.start}`] ?? {});
  };
}

/**
 * The most files not transformed yet that {@link importModules} transforms one by one (a new
 * migration or a few); more (a cold start) are bundled, which esbuild does several times faster.
 */
const maxNewTransforms = 50;

/** Past this many files, modules carry no source map (see {@link bundleModules}). */
const maxMappedFiles = 500;

/** {@link importModules} through one esbuild bundle of all `files`. */
async function importBundled(
  files: readonly string[],
  options: ImportModulesOptions,
  found?: { bundle: string; version: string },
): Promise<Record<string, unknown>[]> {
  const cache =
    options.cacheDir === undefined ? undefined : new BundleCache(options.cacheDir, files);
  // A lookup already made (of thousands of stamps) is not made again.
  const cached = found ?? cache?.lookup(options.stamp);
  let bundle: string;
  let version = "";
  let isTemporary = true;
  // Thousands of files (an offline script of a long history) run as a script with a code cache.
  const asScript = cache !== undefined && files.length > maxMappedFiles;
  let builtNow = false;
  if (cached !== undefined) {
    ({ bundle, version } = cached);
    isTemporary = false;
  } else {
    builtNow = true;
    const started = Date.now();
    let built = await bundleModules(files, false, asScript, options);
    // A file changed while esbuild read it may be in the bundle as it was, under a stamp of how
    // it is now: such a bundle is used this once and not kept. (File times follow a clock a
    // tick behind: a change in the build's first few ms can still pass.)
    // `started` is whole milliseconds: a file written earlier in that millisecond is settled.
    // The stamps taken here are the ones kept: 10,000 files are not stat'ed twice.
    const taken = new Map(built.inputs.map((path) => [path, presenceStamp(path)] as const));
    const isSettled = [...taken.values()].every(([changeMs]) => changeMs < started + 1);
    const known: KnownStamps = (path) => {
      const stamp = taken.get(path);
      return stamp === undefined || stamp[0] === -1 ? undefined : [stamp[0], stamp[1]];
    };
    const stored = isSettled
      ? cache?.store(built.output, built.inputs, built.packages, true, known)
      : undefined;
    if (stored !== undefined) {
      ({ bundle, version } = stored);
      isTemporary = false;
    } else {
      if (built.packages !== undefined) built = await bundleModules(files, false, false);
      try {
        const tempDir = options.tempDir ?? dirname(files[0]!);
        mkdirSync(tempDir, { recursive: true });
        bundle = join(tempDir, `.retort-${process.pid}-${randomBytes(4).toString("hex")}.mjs`);
        writeFileSync(bundle, built.output);
      } catch {
        // A read-only project (a locked-down deploy): bundle again with every package import
        // resolved to an absolute file, so the bundle works from the system's temp folder.
        const absolute = await bundleModules(files, true, false);
        bundle = join(tmpdir(), `.retort-${process.pid}-${randomBytes(4).toString("hex")}.mjs`);
        writeFileSync(bundle, absolute.output);
      }
    }
  }
  let namespace: Record<string, Record<string, unknown>>;
  try {
    const script = asScript && !isTemporary ? readScriptBundle(bundle) : undefined;
    if (script !== undefined) {
      // The code is kept from the second run on: a cold start does not pay for writing it.
      const ran = await runScriptBundle(bundle, script, !builtNow);
      namespace = ran.exports;
      if (ran.keepCode !== undefined) process.once("beforeExit", ran.keepCode);
    } else {
      // The version in the query makes a changed bundle a new module for this process's loader.
      const url = `${pathToFileURL(bundle).href}${version ? `?v=${version}` : ""}`;
      namespace = (await import(url)) as Record<string, Record<string, unknown>>;
    }
  } catch (error) {
    // The frame in the user's own file (mapped back through the bundle's source map) says
    // where, in the source's own lines; the bundle's name would say nothing.
    throw importFailed(
      userFrame(error, bundle) ?? (files.length === 1 ? files[0]! : dirname(files[0]!)),
      error,
    );
  } finally {
    if (isTemporary) rmSync(bundle, { force: true });
  }
  return files.map((_, i) => namespace[`m${i}`] ?? {});
}

/**
 * Bundles `files` into one ES module, or `asScript` into a script when it can be one (see
 * script-bundle.ts; then `packages` lists what it requires); also returns every file that went
 * into it.
 */
async function bundleModules(
  files: readonly string[],
  absoluteImports: boolean,
  asScript: boolean,
  options: Pick<ImportModulesOptions, "source" | "scanned"> = {},
): Promise<{ output: string; inputs: string[]; packages?: string[] }> {
  if (asScript) {
    const script = await bundleScript(files, options).catch(() => undefined);
    if (script !== undefined) return script;
  }
  const { build } = loadEsbuild();
  const { entry, resolveDir, locations } = bundleEntry(files);
  try {
    const result = await build({
      stdin: { contents: entry, resolveDir, sourcefile: "retort-modules.ts", loader: "ts" },
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      target: "node20",
      ...(absoluteImports
        ? { plugins: [...locations, absolutePackageImports] }
        : { plugins: locations, packages: "external" as const }),
      metafile: true,
      absWorkingDir: resolveDir,
      // Stack traces that point into the user's files matter when a few migrations run; for
      // thousands (offline rendering) the maps would double the bundle for nothing.
      sourcemap: files.length <= maxMappedFiles ? "inline" : false,
      // Absolute sources: the bundle is imported from the cache folder, and relative ones would
      // resolve against it, naming files that do not exist.
      sourceRoot: `${pathToFileURL(resolveDir).href}/`,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((input) => input !== "retort-modules.ts" && !input.startsWith("<stdin>"))
      .map((input) => resolve(resolveDir, input));
    inputs.push(...linkedImports(result.metafile, resolveDir));
    return { output: result.outputFiles[0]?.text ?? "", inputs };
  } catch (error) {
    const first = (
      error as { errors?: { text: string; location?: { file: string; line: number } }[] }
    ).errors?.[0];
    const file = first?.location ? `${first.location.file}:${first.location.line}` : files[0]!;
    throw new BadModuleError(file, first?.text ?? String(error), error);
  }
}

/** The entry that re-exports each of `files` for esbuild, where it resolves, and its plugins. */
function bundleEntry(files: readonly string[]) {
  return {
    entry: files.map((file, i) => `export * as m${i} from ${JSON.stringify(file)};`).join("\n"),
    resolveDir: dirname(files[0]!),
    // The plugin costs a round trip per file: only bundles whose files use their location pay it.
    locations: files.some((file) => usesFileLocation(file)) ? [fileLocations] : [],
  };
}

/**
 * `files` as one CommonJS script, with the packages it requires; `undefined` when it cannot be
 * one: esbuild warned (`import.meta` it cannot keep) or the code imports dynamically, which a
 * script cannot. Top-level await makes esbuild fail, and the caller bundles an ES module.
 */
async function bundleScript(
  files: readonly string[],
  options: Pick<ImportModulesOptions, "source" | "scanned">,
): Promise<{ output: string; inputs: string[]; packages: string[] } | undefined> {
  const joined = joinModuleScripts(files, options);
  if (joined !== undefined) return joined;
  const { build } = loadEsbuild();
  const { entry, resolveDir, locations } = bundleEntry(files);
  const result = await build({
    stdin: { contents: entry, resolveDir, sourcefile: "retort-modules.ts", loader: "ts" },
    bundle: true,
    write: false,
    platform: "node",
    format: "cjs",
    target: "node20",
    plugins: locations,
    packages: "external",
    metafile: true,
    absWorkingDir: resolveDir,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  if (result.warnings.length > 0 || /\bimport\s*\(/.test(code)) return undefined;
  const packages = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) if (imported.external) packages.add(imported.path);
  }
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => input !== "retort-modules.ts" && !input.startsWith("<stdin>"))
    .map((input) => resolve(resolveDir, input));
  inputs.push(...linkedImports(result.metafile, resolveDir));
  return { output: scriptBundleText(code, [...packages]), inputs, packages: [...packages] };
}

/**
 * `files` as one script without esbuild, when every one of them is plain enough to be a
 * function of it as it is ({@link moduleScript}); `undefined` otherwise.
 */
function joinModuleScripts(
  files: readonly string[],
  { source, scanned }: Pick<ImportModulesOptions, "source" | "scanned">,
): { output: string; inputs: string[]; packages: string[] } | undefined {
  const packages: string[] = [];
  const parts: string[] = [];
  for (const [i, file] of files.entries()) {
    const text = source?.(file) ?? readFileSync(file, "utf8");
    const script = importsPathAlias(text, file) ? undefined : moduleScript(text);
    if (script === undefined) return undefined;
    scanned?.(file, text, script.program);
    for (const name of script.packages) if (!packages.includes(name)) packages.push(name);
    parts.push(`exports.m${i} = (function () { ${script.code}\n})();`);
  }
  return {
    output: scriptBundleText(parts.join("\n"), packages),
    inputs: [...files],
    packages,
  };
}

/** A file's stamp; resolution entries (see resolution-inputs.ts) carry the inode too. */
type Stamp = [path: string, mtimeMs: number, size: number, inode?: number];

const fileLocationPattern = /import\.meta\.(url|dirname|filename)|__dirname|__filename/g;

function usesFileLocation(file: string): boolean {
  try {
    const found = fileLocationPattern.test(readFileSync(file, "utf8"));
    fileLocationPattern.lastIndex = 0;
    return found;
  } catch {
    return false;
  }
}

/**
 * Keeps `import.meta.url`, `import.meta.dirname`, `__dirname` and `__filename` pointing at each
 * source file, not at the bundle in `.retort/cache`: a migration that reads `./0042.sql` beside
 * itself must find it. Files that use none of them are loaded as they are.
 */
const fileLocations: import("esbuild").Plugin = {
  name: "retort-file-locations",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const source = await readFile(args.path, "utf8");
      if (!fileLocationPattern.test(source)) return undefined;
      fileLocationPattern.lastIndex = 0;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      const replaced = source.replace(fileLocationPattern, (match, meta: string | undefined) => {
        if (meta === "url") return url;
        if (meta === "dirname" || match === "__dirname") return JSON.stringify(dirname(args.path));
        return JSON.stringify(args.path);
      });
      const loader = /\.[cm]?tsx?$/.test(args.path) ? "ts" : "js";
      return { contents: replaced, loader, resolveDir: dirname(args.path) };
    });
  },
};

/**
 * Resolves every package import to an absolute `file:` URL and keeps it external, so a bundle
 * imports the project's packages from wherever the bundle itself is written.
 */
const absolutePackageImports: import("esbuild").Plugin = {
  name: "retort-absolute-package-imports",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "retort-resolving" || args.path.startsWith("node:")) return undefined;
      const result = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: "retort-resolving",
      });
      if (result.errors.length > 0 || result.external) return { path: args.path, external: true };
      // A tsconfig `paths` alias (`~lib/names.js`) names a project file, not a package: bundled,
      // as in the project's own folder, since Node cannot import its TypeScript.
      if (!result.path.split(/[\\/]/).includes("node_modules")) return { path: result.path };
      return { path: pathToFileURL(result.path).href, external: true };
    });
  },
};

/**
 * Keeps bundles between runs, keyed by their entry files and valid while none of the files that
 * went into them (relative imports included) changed: repeated commands skip esbuild entirely.
 */
class BundleCache {
  private readonly base: string;

  /** `kind` keeps apart bundles of the same files made in different ways (a part of a history). */
  /** A whole set's bundle, not a part of a history: its imports' resolution is stamped too. */
  private readonly whole: boolean;

  constructor(
    private readonly dir: string,
    files: readonly string[],
    kind = "",
  ) {
    this.whole = kind === "";
    const key = createHash("sha256")
      .update(`${kind}${kind ? "\0" : ""}${files.join("\0")}`)
      .digest("hex")
      .slice(0, 16);
    this.base = join(dir, `modules-${key}`);
  }

  /**
   * The kept bundle, if none of its input files changed. `inputs`: the files it is expected to
   * have been made of (a part of a history is made of its files alone), whose stamps written
   * as the cache writes them are compared with the kept text, with no JSON to parse.
   */
  lookup(
    known?: KnownStamps,
    inputs?: readonly string[],
  ): { bundle: string; version: string } | undefined {
    try {
      const text = readFileSync(`${this.base}.json`, "utf8");
      // Its stamps without its bundle (a prune cut short, a file deleted by hand): a miss.
      if (!existsSync(`${this.base}.mjs`)) return undefined;
      if (inputs !== undefined) {
        const now = JSON.stringify(inputs.map((path) => [path, ...fileStamp(path, known)]));
        if (now === text) return { bundle: `${this.base}.mjs`, version: versionOf(text) };
      }
      const stamps = JSON.parse(text) as Stamp[];
      for (const [path, mtimeMs, size, inode] of stamps) {
        // A missing file reads as absent (-1): one whose absence was stamped still matches.
        // A resolution entry carries its inode, which only a stat taken now can say.
        const now =
          inode === undefined ? (known?.(path) ?? presenceStamp(path)) : presenceStamp(path);
        if (now[0] !== mtimeMs || now[1] !== size || (inode !== undefined && now[2] !== inode)) {
          return undefined;
        }
      }
      return { bundle: `${this.base}.mjs`, version: versionOf(text) };
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps a bundle; `undefined` when the cache folder cannot be written (read-only project).
   * Without `prune`, the caller prunes once it has stored every part of a history.
   */
  store(
    output: string,
    inputs: readonly string[],
    packages: readonly string[] | undefined,
    prune = true,
    known?: KnownStamps,
  ): { bundle: string; version: string } | undefined {
    try {
      const stored = this.write(output, inputs, packages, known, this.whole);
      if (prune) this.prune(new Set([stored.bundle]));
      return stored;
    } catch {
      return undefined;
    }
  }

  private write(
    output: string,
    inputs: readonly string[],
    packages: readonly string[] | undefined,
    known: KnownStamps | undefined,
    resolution: boolean,
  ): { bundle: string; version: string } {
    // A stamp the caller took before it read the file is as good as one taken now: a file
    // edited since fails the next lookup, never passes it.
    const stamps: Stamp[] = inputs.map((path) => [path, ...fileStamp(path, known)]);
    // A whole set's bundle also depends on how its imports resolved: a file added beside one
    // (`helper.ts` next to the `helper.js` it used), a tsconfig's `paths`. Their folders and
    // those files are stamped too. Not a history's parts: each new migration would remake all.
    if (resolution) {
      for (const path of resolutionInputs(inputs)) stamps.push([path, ...presenceStamp(path)]);
    }
    mkdirSync(this.dir, { recursive: true });
    // Before the bundle: a bundle found in the cache has the module its packages come from.
    if (packages !== undefined) writePackagesModule(`${this.base}.mjs`, packages);
    // Written aside and renamed: another retort process may be reading the previous bundle.
    // Random, not only the pid: two containers sharing a project folder may both be pid 1.
    const temp = `${this.base}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
    writeFileSync(temp, output);
    renameSync(temp, `${this.base}.mjs`);
    const text = JSON.stringify(stamps);
    writeFileSync(temp, text);
    renameSync(temp, `${this.base}.json`);
    return { bundle: `${this.base}.mjs`, version: versionOf(text) };
  }

  /**
   * Keeps the bundles in use and the most recent others, up to 40 of them and 32 MB: room for
   * another plan's parts (a `downgrade --sql` of the same history), and no more than the
   * eight whole bundles of 10,000 migrations that were kept before parts weigh.
   */
  prune(inUse: ReadonlySet<string>): void {
    const bundles = readdirSync(this.dir)
      .filter((name) => name.startsWith("modules-") && name.endsWith(".mjs"))
      .filter((name) => !inUse.has(join(this.dir, name)))
      .map((name) => ({ name, stat: statSync(join(this.dir, name)) }))
      .sort((a, b) => b.stat.mtimeMs - a.stat.mtimeMs);
    let kept = 0;
    let bytes = 0;
    for (const { name, stat } of bundles) {
      bytes += stat.size;
      if (++kept <= 40 && bytes <= 32 * 1024 * 1024) continue;
      // The stamps first: a bundle without them is never used, stamps without a bundle neither.
      rmSync(join(this.dir, name.replace(/\.mjs$/, ".json")), { force: true });
      removeScriptFiles(join(this.dir, name));
      rmSync(join(this.dir, name), { force: true });
    }
  }
}

/** The version of a bundle kept with `stamps` (their JSON text, as kept). */
function versionOf(stamps: string): string {
  return createHash("sha256").update(stamps).digest("hex").slice(0, 12);
}

/**
 * `file:line:column` of the first stack frame in a file of the user's (not a package, not
 * Node's, not the bundle itself), as the source map gives it.
 */
export function userFrame(error: unknown, bundle: string): string | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  if (stack === undefined) return undefined;
  for (const line of stack.split("\n").slice(1)) {
    // Node's own frames (`node:internal/modules/...`) hold a slash too, and named the user's
    // error "/modules/esm/module_job".
    if (/(?:^|[\s(])node:/.test(line.trim())) continue;
    const match = /((?:file:\/\/)?\/[^():]+):(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (match === null) continue;
    const path = match[1]!.startsWith("file://") ? fileURLToPath(match[1]!) : match[1]!;
    if (path.includes("/node_modules/") || path === bundle || /\.retort[\\/]/.test(path)) continue;
    // retort's own code, where a linked checkout puts it outside node_modules (its loader runs
    // a script bundle of many migrations).
    if (path.startsWith(ownDir)) continue;
    return `${path}:${match[2]}:${match[3]}`;
  }
  return undefined;
}

/** The folder of this module's file: core's own code (its dist, or its sources under test). */
const ownDir = `${dirname(fileURLToPath(import.meta.url))}/`;

function describeImportError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_MODULE_NOT_FOUND") {
      return `${error.message.split("\n")[0]} (is it installed in this project?)`;
    }
    return error.message.split("\n")[0] ?? String(error);
  }
  return String(error);
}

/**
 * Imports a package as the project at `root` would see it (from its `node_modules`), for
 * drivers and plugins named in the config.
 *
 * @example
 * ```ts
 * const driver = await importPackage("@retort/driver-pg", "/app");
 * ```
 */
export async function importPackage(name: string, root: string): Promise<Record<string, unknown>> {
  const dir = join(root, ".retort");
  mkdirSync(dir, { recursive: true });
  const stub = join(dir, `.retort-${process.pid}-${randomBytes(4).toString("hex")}.mjs`);
  writeFileSync(
    stub,
    `export * from ${JSON.stringify(name)};\nimport * as all from ${JSON.stringify(name)};\nexport default all.default;\n`,
  );
  try {
    return (await import(pathToFileURL(stub).href)) as Record<string, unknown>;
  } finally {
    rmSync(stub, { force: true });
  }
}
