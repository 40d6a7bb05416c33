// Why migrations are transformed one by one and then joined by hand, not bundled: a bundle of
// 10,000 migrations is rebuilt whole whenever one file changes or a plan needs another subset,
// and esbuild's bundling (resolving every import of every file) was most of a cold
// `upgrade --sql`. Each file is transformed on its own (in parallel, by esbuild's service) and
// kept by content hash, so a new migration costs one transform. Importing the files as 10,000
// separate ES modules is no way out: Node 20's loader takes seconds for that many. So the
// transformed files (CommonJS-shaped, their imports turned into `require("pkg")` calls) are
// joined into one ES module that imports each package once and hands it to them; its index
// source map sends stack traces back to each user file. A file this cannot take (a relative
// import, a dynamic import, top-level await, `import.meta` beyond url/dirname/filename) is
// left to the bundler. So is a cold start of a long history: esbuild transforms thousands of
// files one by one several times slower than it bundles them (measured: 10,000 migrations,
// 5-13 s against 1.6-1.9 s), so the per-file path is for the few files a change adds. A plain
// file (a config, a generated migration) needs no esbuild at all: it is joined as it is.
// One file past 500 lines on purpose: the per-file cache, the join and the merged source map
// share the transformed file's shape and the joined text's line offsets, and the source map's
// few VLQ helpers serve only them.
import { createHash, randomBytes } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { isPackageSpecifier, moduleScript, relativeImport } from "./checksum-scan";
import { loadEsbuild } from "./load-esbuild";
import { importsPathAlias } from "./resolution-inputs";

/** Bumped when the transform's options or the joined module's shape change. */
const formatVersion = 2;

/** The transformed source of one file, as the per-file cache keeps it. */
interface Transformed {
  readonly code: string;
  readonly map: string;
  /** Bare specifiers its `require` calls name, in order of first use. */
  readonly packages: readonly string[];
}

/** A joined module written to the cache, and which of the input files it holds. */
export interface JoinedModules {
  /** Absolute path of the module. */
  readonly path: string;
  /** Changes whenever the module's content does (it is part of the file's name). */
  readonly version: string;
  /**
   * For each input file, whether the module holds it (as `m<i>`): every one, except in a module
   * an earlier retort joined, which left out the files it could not join.
   */
  readonly taken: readonly boolean[];
}

type Stamp = [path: string, mtimeMs: number, size: number];

/** Size and modification time of files the caller stat'ed moments ago; `undefined` for others. */
export type KnownStamps = (path: string) => [changeMs: number, size: number] | undefined;

/**
 * The change time and size of `path`, from `known` when it has them. The change time (ctime),
 * not the modification time: every write moves it, and so does a copy or restore that sets an
 * old modification time back (`cp -p`, `touch -r`, tar), which a cache must not take for the
 * file it kept.
 */
export function fileStamp(
  path: string,
  known: KnownStamps | undefined,
): [changeMs: number, size: number] {
  const stamp = known?.(path);
  if (stamp !== undefined) return stamp;
  const stat = statSync(path);
  return [stat.ctimeMs, stat.size];
}

const requireCall = /\brequire\(("(?:[^"\\\n]|\\.)*")\)/g;
const anyRequire = /\brequire\s*\(/g;
const dynamicImport = /\bimport\s*\(/;
const otherImportMeta = /import\.meta(?!\.(?:url|dirname|filename)\b)/;

/**
 * Transforms `files` (each once, cached by content in `<cacheDir>/transforms/`) and joins those
 * them into one ES module in `cacheDir`, reused while none of the files changed. `undefined`
 * when a file cannot be joined (a relative or dynamic import, `import.meta` beyond the file's
 * location, a syntax esbuild refuses), since the caller then bundles the whole set; and when
 * more than `maxNew` files have no transform cached yet: esbuild transforms many files one by
 * one several times slower than it bundles them, so a cold start of a long history is the
 * bundler's.
 *
 * @example
 * ```ts
 * const joined = await joinModules(files, "/app/.retort/cache");
 * const namespace = await import(`${pathToFileURL(joined.path).href}?v=${joined.version}`);
 * namespace.m0.default; // the first file's default export
 * ```
 */
export async function joinModules(
  files: readonly string[],
  cacheDir: string,
  withSourceMap: boolean,
  maxNew = Number.POSITIVE_INFINITY,
  known?: KnownStamps,
): Promise<JoinedModules | undefined> {
  const key = createHash("sha256")
    .update(`${formatVersion}\0${withSourceMap}\0${files.join("\0")}`)
    .digest("hex")
    .slice(0, 16);
  const base = join(cacheDir, `joined-${key}`);
  const joined = lookup(base, known);
  if (joined === refusedSet) return undefined;
  if (joined !== undefined) return joined;

  const all = await transformAll(files, join(cacheDir, "transforms"), maxNew);
  if (all === undefined) return undefined;
  if ("refused" in all) {
    // Kept as the file refused, so that the next run asks it alone, without loading esbuild.
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${base}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(temp, JSON.stringify({ stamps: [all.refused], taken: [], version: null }));
      renameSync(temp, `${base}.json`);
    } catch {
      // Only costs the first file's read next time.
    }
    return undefined;
  }
  const { transformed, stamps } = all;
  const taken = transformed.map((t) => t !== undefined);
  const text = joinedText(transformed, withSourceMap);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside and renamed: another retort process may be importing the previous one.
  const temp = `${base}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  const version = createHash("sha256").update(text).digest("hex").slice(0, 12);
  // The version in the name: a loader that has imported the previous content under the same
  // URL (even one that ignores a `?v=` query) must not be handed it again.
  writeFileSync(temp, text);
  renameSync(temp, `${base}-${version}.mjs`);
  writeFileSync(temp, JSON.stringify({ stamps, taken, version }));
  renameSync(temp, `${base}.json`);
  prune(cacheDir);
  return { path: `${base}-${version}.mjs`, version, taken };
}

/** What {@link lookup} finds for a set one of whose files cannot be joined, unchanged since. */
const refusedSet = Symbol("refused");

function lookup(
  base: string,
  known: KnownStamps | undefined,
): JoinedModules | typeof refusedSet | undefined {
  try {
    const data = JSON.parse(readFileSync(`${base}.json`, "utf8")) as {
      stamps: Stamp[];
      taken: boolean[];
      version: string | null;
    };
    for (const [path, mtimeMs, size] of data.stamps) {
      const [nowMtimeMs, nowSize] = fileStamp(path, known);
      if (nowMtimeMs !== mtimeMs || nowSize !== size) return undefined;
    }
    if (data.version === null) return refusedSet;
    const path = `${base}-${data.version}.mjs`;
    statSync(path);
    return { path, version: data.version, taken: data.taken };
  } catch {
    return undefined;
  }
}

/** Keeps the few most recent joined modules (each plan's subset makes one). */
function prune(cacheDir: string): void {
  const joined = readdirSync(cacheDir)
    .filter((name) => name.startsWith("joined-") && name.endsWith(".mjs"))
    .map((name) => ({ name, mtime: statSync(join(cacheDir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of joined.slice(8)) rmSync(join(cacheDir, name), { force: true });
}

/** Bare `require` specifiers aside, what a transform gives: code and its source map. */
interface Output {
  readonly code: string;
  readonly map: string;
}

const usesLocation = /import\.meta\.(?:url|dirname|filename)|__dirname|__filename/;

/**
 * Each file transformed, from the cache when its content was seen; as soon as a file cannot be
 * joined, its stamp as `refused`. A file plain enough to be a function as it is
 * ({@link plainTransform}: a config, a generated migration) needs no esbuild and no cache; other
 * files not seen yet are transformed together in one esbuild call (no bundling: each file on
 * its own, in parallel inside esbuild), except those that name their own location, which need a
 * `define` of their own.
 */
async function transformAll(
  files: readonly string[],
  dir: string,
  maxNew: number,
): Promise<
  { transformed: (Transformed | undefined)[]; stamps: Stamp[] } | { refused: Stamp } | undefined
> {
  // Loaded for the first file that needs it: starting esbuild's service was most of a cold
  // command on a fresh clone (CI), which reads one plain config.
  let esbuildVersion: string | undefined;
  let plainCount = 0;
  const stamps: Stamp[] = [];
  const sources: string[] = [];
  const cachePaths: string[] = [];
  const results: (Transformed | undefined)[] = [];
  const batch: number[] = [];
  const located: number[] = [];
  // One file after the other, so that a cold start gives up after `maxNew` files, not after
  // reading and hashing all of them.
  for (const [i, file] of files.entries()) {
    // Taken before the read: a file edited meanwhile fails the next lookup, never passes it.
    const stat = statSync(file);
    // The change time, as fileStamp (and so the lookup) reads it: a tree copied with its times
    // kept (tar, `cp -p`, a Docker COPY) has modification times older than its change times.
    stamps.push([file, stat.ctimeMs, stat.size]);
    const source = readFileSync(file, "utf8");
    sources[i] = source;
    // Joined, its require of a sibling file would be refused (see joinable): told now, the
    // whole set goes to the bundler before the other files are read and hashed (a models
    // entry). A relative import of types alone, which esbuild would drop, is bundled too.
    if (relativeImport.test(source) || importsPathAlias(source, file)) {
      return { refused: stamps[i]! };
    }
    const plain = plainTransform(file, source);
    if (plain !== undefined) {
      results[i] = plain;
      // Counted as new all the same: past `maxNew` the caller bundles the set, and a bundle of
      // a long history keeps V8's code between runs where a joined module does not.
      if (++plainCount + batch.length + located.length > maxNew) return undefined;
      continue;
    }
    esbuildVersion ??= loadEsbuild().version;
    const key = createHash("sha256")
      .update(`${formatVersion}\0${esbuildVersion}\0${file}\0${source}`)
      .digest("hex");
    cachePaths[i] = join(dir, key.slice(0, 2), `${key.slice(2, 32)}.json`);
    let cached: Transformed | null | undefined;
    try {
      cached = JSON.parse(readFileSync(cachePaths[i]!, "utf8")) as Transformed | null;
    } catch {
      // Not transformed yet.
    }
    // A file that cannot be joined sends the whole set to the bundler: reading, transforming
    // and joining the others would be for nothing (a models entry, which imports its folder by
    // relative path, is the first of a thousand files).
    if (cached === null) return { refused: stamps[i]! };
    if (cached !== undefined) {
      results[i] = cached;
      continue;
    }
    if (dynamicImport.test(source) || otherImportMeta.test(source)) return { refused: stamps[i]! };
    if (usesLocation.test(source)) located.push(i);
    else batch.push(i);
    if (plainCount + batch.length + located.length > maxNew) return undefined;
  }
  const outputs = new Map<number, Output | undefined>();
  if (batch.length > 0) {
    const many = await transformMany(batch.map((i) => files[i]!));
    // One file esbuild refused fails the whole call: then each file on its own.
    if (many === undefined) located.push(...batch);
    else for (const [k, i] of batch.entries()) outputs.set(i, many[k]);
  }
  await Promise.all(
    located.map(async (i) => outputs.set(i, await transformOne(files[i]!, sources[i]!))),
  );
  for (const [i, output] of outputs) {
    results[i] = output === undefined ? undefined : joinable(output.code, output.map);
    try {
      mkdirSync(dirname(cachePaths[i]!), { recursive: true });
      const temp = `${cachePaths[i]}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(temp, JSON.stringify(results[i] ?? null));
      renameSync(temp, cachePaths[i]!);
    } catch {
      // A cache that cannot be written only costs the transform next time.
    }
  }
  const refused = files.findIndex((_, i) => results[i] === undefined);
  if (refused !== -1) return { refused: stamps[refused]! };
  return { transformed: files.map((_, i) => results[i]), stamps };
}

/**
 * A file {@link moduleScript} takes, as a transform: its code run as it is in the function the
 * joined module gives it, exporting what the file's `export default` does. Every line stays
 * where it was (the module script keeps them), so the source map sends each line of it back to
 * the same line of the file.
 */
function plainTransform(file: string, source: string): Transformed | undefined {
  const script = moduleScript(source);
  if (script === undefined) return undefined;
  const lines = source.split("\n").length;
  const map = {
    version: 3,
    sources: [pathToFileURL(file).href],
    sourcesContent: [source],
    names: [],
    mappings: `AAAA${";AACA".repeat(lines - 1)}`,
  };
  return {
    code: `module.exports = (function () {${script.code}\n})();`,
    map: JSON.stringify(map),
    packages: script.packages,
  };
}

const commonOptions = {
  format: "cjs",
  platform: "node",
  target: "node20",
  logLevel: "silent",
} as const;

/** Many files in one esbuild call; `undefined` if any of them fails. */
async function transformMany(files: readonly string[]): Promise<Output[] | undefined> {
  const { build } = loadEsbuild();
  try {
    const result = await build({
      ...commonOptions,
      entryPoints: [...files],
      bundle: false,
      write: false,
      sourcemap: "external",
      // Every output at the input's own path under a virtual folder: outputs map back to inputs.
      outbase: "/",
      outdir: "/retort-out",
      outExtension: { ".js": ".js" },
    });
    const byPath = new Map(result.outputFiles.map((file) => [file.path, file.text]));
    return files.map((file) => {
      const out = join("/retort-out", file).replace(/\.[cm]?[jt]sx?$/, ".js");
      const code = byPath.get(out);
      const map = byPath.get(`${out}.map`);
      if (code === undefined || map === undefined) throw new Error(`no output for ${file}`);
      // The map names the source relative to the virtual folder: name the real file instead.
      const parsed = JSON.parse(map) as { sources: string[] };
      parsed.sources = [pathToFileURL(file).href];
      return {
        code: code.replace(/\n\/\/# sourceMappingURL=\S+\n?$/, "\n"),
        map: JSON.stringify(parsed),
      };
    });
  } catch {
    return undefined;
  }
}

/** One file, with its location defined; `undefined` if esbuild refuses it. */
async function transformOne(file: string, source: string): Promise<Output | undefined> {
  const { transform } = loadEsbuild();
  try {
    const url = pathToFileURL(file).href;
    return await transform(source, {
      ...commonOptions,
      loader: /\.[cm]?tsx?$/.test(file) ? "ts" : "js",
      sourcefile: url,
      sourcemap: "external",
      // Where the file is, not where the joined module is: a migration that reads a file
      // beside itself must find it.
      define: {
        "import.meta.url": JSON.stringify(url),
        "import.meta.dirname": JSON.stringify(dirname(file)),
        "import.meta.filename": JSON.stringify(file),
        __dirname: JSON.stringify(dirname(file)),
        __filename: JSON.stringify(file),
      },
    });
  } catch {
    // A syntax error or top-level await: the bundler reports the first, handles the second.
    return undefined;
  }
}

/** The transformed code with the packages it requires, or `undefined` if a require is not of a package. */
function joinable(code: string, map: string): Transformed | undefined {
  const packages: string[] = [];
  let literalRequires = 0;
  for (const match of code.matchAll(requireCall)) {
    literalRequires++;
    const specifier = JSON.parse(match[1]!) as string;
    if (!isPackageSpecifier(specifier)) return undefined;
    if (!packages.includes(specifier)) packages.push(specifier);
  }
  if ((code.match(anyRequire)?.length ?? 0) !== literalRequires) return undefined;
  if (dynamicImport.test(code)) return undefined;
  return { code, map, packages };
}

/**
 * The joined module: one `import * as` per package, then each file's code in a function given
 * `module`, `exports` and a `require` that answers with the imported packages.
 */
function joinedText(
  transformed: readonly (Transformed | undefined)[],
  withSourceMap: boolean,
): string {
  const packages = [...new Set(transformed.flatMap((t) => t?.packages ?? []))];
  const lines: string[] = packages.map(
    (name, i) => `import * as __retort_p${i} from ${JSON.stringify(name)};`,
  );
  lines.push(
    // `__esModule` makes esbuild's interop read `default` from the namespace, as ESM would.
    `const __retort_packages = new Map([${packages.map((name, i) => `[${JSON.stringify(name)}, { __esModule: true, ...__retort_p${i} }]`).join(", ")}]);`,
    "const __retort_require = (name) => __retort_packages.get(name);",
    "const __retort_load = (body) => { const module = { exports: {} }; body(module, module.exports, __retort_require); return module.exports; };",
  );
  const sections: { offset: { line: number; column: number }; map: unknown }[] = [];
  // The 0-based line the next pushed piece starts on, for the source map's sections.
  let line = lines.length;
  const push = (piece: string) => {
    lines.push(piece);
    line += 1 + (piece.match(/\n/g)?.length ?? 0);
  };
  const split = transformed.map((t) => (t === undefined ? undefined : splitHelpers(t)));
  // esbuild's helpers, declared once for every file: repeated in each of thousands of files
  // they were most of the module's text and of the time to compile and run it.
  const helpers = new Map<string, string>();
  for (const s of split) {
    if (s === undefined) continue;
    for (const [name, text] of s.helpers) {
      if ((helpers.get(name) ?? text) !== text) {
        s.helpers.length = 0;
        break;
      }
    }
    for (const [name, text] of s.helpers) helpers.set(name, text);
  }
  for (const text of helpers.values()) push(text);
  transformed.forEach((t, i) => {
    if (t === undefined) return;
    const s = split[i]!;
    const code = s.helpers.length > 0 ? s.body : t.code;
    push(`export const m${i} = __retort_load(function (module, exports, require) {`);
    if (withSourceMap) {
      const map = s.map;
      // The helpers' lines map to nothing: dropping them from the mappings moves no segment.
      if (s.helpers.length > 0) {
        map.mappings = map.mappings.split(";").slice(s.helperLines).join(";");
      }
      sections.push({ offset: { line, column: 0 }, map });
    }
    push(code);
    push("});");
  });
  let text = lines.join("\n");
  if (withSourceMap) {
    const map = Buffer.from(JSON.stringify(mergedSourceMap(sections))).toString("base64");
    // Split so that this line of retort's own build is no source map comment to a bundler.
    text += `\n//${"#"} sourceMappingURL=data:application/json;base64,${map}\n`;
  }
  return text;
}

/**
 * The names esbuild gives its runtime helpers. A user's own top-level name that collides is
 * renamed by esbuild (`__export2`), so a declaration of one of these at the head of the output
 * is esbuild's, whose text is the same in every file of one esbuild version.
 */
const helperNames = new Set([
  "__create",
  "__defProp",
  "__getOwnPropDesc",
  "__getOwnPropNames",
  "__getProtoOf",
  "__hasOwnProp",
  "__export",
  "__copyProps",
  "__reExport",
  "__toESM",
  "__toCommonJS",
  "__name",
  "__defNormalProp",
  "__publicField",
  "__knownSymbol",
  "__typeError",
  "__accessCheck",
  "__privateGet",
  "__privateAdd",
  "__privateSet",
  "__privateMethod",
  "__decoratorStart",
  "__decoratorStrings",
  "__decoratorMetadata",
  "__decorateClass",
  "__decorateParam",
  "__runInitializers",
  "__decorateElement",
  "__async",
  "__await",
  "__asyncGenerator",
  "__yieldStar",
  "__forAwait",
  "__spreadValues",
  "__spreadProps",
  "__objRest",
  "__template",
  "__using",
  "__callDispose",
]);

const helperStart = /^var (__\w+) = /;

/**
 * A transformed file's leading helper declarations (`var __name = ...`, each to the next line
 * that starts at column 0 with something else than a closing bracket), and the code after them.
 */
function splitHelpers(t: Transformed): {
  helpers: [name: string, text: string][];
  helperLines: number;
  body: string;
  map: { mappings: string };
} {
  const lines = t.code.split("\n");
  const helpers: [string, string][] = [];
  let at = 0;
  for (;;) {
    const name = helperStart.exec(lines[at] ?? "")?.[1];
    if (name === undefined || !helperNames.has(name)) break;
    let end = at + 1;
    while (end < lines.length && /^[\s})\]]/.test(lines[end]!)) end++;
    helpers.push([name, lines.slice(at, end).join("\n")]);
    at = end;
  }
  const map = JSON.parse(t.map) as { mappings: string };
  // A helper line that maps somewhere is not what this takes it for: keep the file whole.
  if (map.mappings.split(";", at).some((line) => line !== "")) {
    return { helpers: [], helperLines: 0, body: t.code, map };
  }
  return { helpers, helperLines: at, body: lines.slice(at).join("\n"), map };
}

interface SourceMapV3 {
  readonly sources: string[];
  readonly sourcesContent?: (string | null)[];
  readonly mappings: string;
}

/**
 * One plain source map from per-file maps placed at line offsets. An index map (`sections`)
 * would say the same, but not every consumer reads those (Vite's, under vitest, does not).
 */
function mergedSourceMap(
  sections: readonly { offset: { line: number }; map: unknown }[],
): Record<string, unknown> {
  const sources: string[] = [];
  const sourcesContent: (string | null)[] = [];
  const lines: string[] = [];
  // The previous segment's fields, which each segment is written relative to.
  const last = { source: 0, line: 0, column: 0 };
  for (const section of sections) {
    const map = section.map as SourceMapV3;
    while (lines.length < section.offset.line) lines.push("");
    const base = sources.length;
    sources.push(...map.sources);
    sourcesContent.push(...map.sources.map((_, i) => map.sourcesContent?.[i] ?? null));
    const state = { source: 0, line: 0, column: 0 };
    for (const mapLine of map.mappings.split(";")) {
      let column = 0;
      const segments: string[] = [];
      for (const segment of mapLine.split(",")) {
        if (segment === "") continue;
        const fields = decodeVlq(segment);
        column += fields[0]!;
        if (fields.length < 4) {
          segments.push(encodeVlq([column]));
          continue;
        }
        state.source += fields[1]!;
        state.line += fields[2]!;
        state.column += fields[3]!;
        const source = base + state.source;
        segments.push(
          encodeVlq([
            column,
            source - last.source,
            state.line - last.line,
            state.column - last.column,
          ]),
        );
        last.source = source;
        last.line = state.line;
        last.column = state.column;
      }
      // Generated columns restart on every line, so a segment's first field stays absolute.
      lines.push(segments.join(","));
    }
  }
  return { version: 3, sources, sourcesContent, names: [], mappings: lines.join(";") };
}

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeVlq(values: readonly number[]): string {
  let out = "";
  for (const v of values) {
    let value = v < 0 ? (-v << 1) | 1 : v << 1;
    do {
      let digit = value & 31;
      value >>>= 5;
      if (value > 0) digit |= 32;
      out += base64[digit];
    } while (value > 0);
  }
  return out;
}
