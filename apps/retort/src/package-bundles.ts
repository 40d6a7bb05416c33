import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
// Core's one start-up helper, on a subpath of its own: not core's entry, which is all of it.
import { privateCacheDir } from "@retort/core/private-cache-dir";

// kysely ships as some 280 ES modules, and Node 20 takes about 130 ms to load them: a quarter
// of what `pg_dump` needs for a whole 1,000-table schema, on every command. One file holding
// the same modules loads in about 15 ms. So the CLI (and only the CLI: a program importing
// retort keeps its own module graph) bundles the kysely it resolves once per version, and
// retort's packages load that file: still the one kysely the project installed, as a peer
// dependency should be. They take kysely from @retort/core's `loadKysely`, never from a static
// import, and that reads the loader this file leaves under `Symbol.for("retort.kysely")`.
// `pg` likewise: some 30 CommonJS files, 30-34 ms to load on Node 20 against 18 ms as one file
// with its shared settings left outside (measured, medians of 25), on every command that
// connects with it. Its bundle is made when
// @retort/driver-pg first loads `pg` (`Symbol.for("retort.pg")`), so that a project on another
// driver never bundles it. It is for retort's connections only (no hook sends a project's own
// `import "pg"` to it), and shares pg's process-wide settings with the project's pg (see
// `sharedPgState`).
//
// A bundle that does not load, or loads without the package's exports (a file cut short, an
// empty one), is removed and the package loaded from its own files: the next run bundles again.
//
// On a Node with in-thread module hooks (`registerHooks`, 22.15+) every `import "kysely"` of the
// process is sent to the bundle too, the project's models and migrations included. Older Nodes
// only have `register`, whose loader thread costs some 90 ms of start-up on every command, more
// than the bundle saves: there a project file importing kysely itself loads kysely's modules.

/** A resolve hook of `module.registerHooks`, which runs in the importing thread. */
type SyncResolve = (
  specifier: string,
  context: unknown,
  next: (specifier: string, context: unknown) => { url: string },
) => { url: string };

/**
 * The parts of `node:module` this uses, and `import.meta.resolve`: a parameter so that tests on
 * Node 20 also take the branch of a Node with `registerHooks` (22.15+), which CI's Node lacks,
 * and run where `import.meta.resolve` is missing (vitest).
 */
export interface ModuleHooksApi {
  readonly registerHooks?: ((hooks: { resolve: SyncResolve }) => unknown) | undefined;
  readonly resolve?: ((specifier: string) => string) | undefined;
}

// Read by @retort/core's `loadKysely` and @retort/driver-pg's `loadPg`; the keys are written out
// here rather than imported: bin.ts imports this file statically, and importing core's entry
// here would load all of it before `--version`.
const kyselyKey = Symbol.for("retort.kysely");
const pgKey = Symbol.for("retort.pg");

/** The esbuild that comes with @retort/core, which bundles migrations with it. */
interface Esbuild {
  buildSync(options: Record<string, unknown>): BuildResult;
  build(options: Record<string, unknown>): Promise<BuildResult>;
}
interface BuildResult {
  outputFiles?: { contents: Uint8Array }[];
}
const esbuildOf = (resolve: (specifier: string) => string): Esbuild =>
  nodeModule.createRequire(fileURLToPath(resolve("@retort/core")))("esbuild") as Esbuild;

/**
 * Where `entryPath` bundled into one file is kept in the private temp folder (`undefined`
 * without one), and whether it is there yet (an empty file is not). Named after how it is
 * bundled (`recipe`: a new one when the options below change), the entry's path, the package's
 * version and the stamps (modification time, size) of the entry and the package.json: npm keeps
 * the times a package was packed with, so a new version can come with the same stamps.
 */
function bundlePath(
  name: string,
  recipe: number,
  entryPath: string,
  extension: "mjs" | "cjs",
): { path: string; exists: boolean } | undefined {
  const dir = privateCacheDir();
  if (dir === null) return undefined;
  const { manifest, version } = packageJsonOf(entryPath, name);
  const stamps = [entryPath, manifest].map((path) => {
    const { mtimeMs, size } = statSync(path);
    return `${mtimeMs}\0${size}`;
  });
  const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);
  // The install's part of the name first: a new version's bundle replaces its own (keepBundle).
  const path = join(
    dir,
    `${name}-${hash(entryPath)}-${hash(`${recipe}\0${version}\0${stamps.join("\0")}`)}.${extension}`,
  );
  let exists = false;
  try {
    exists = statSync(path).size > 0;
  } catch {
    // Not made yet.
  }
  return { path, exists };
}

/**
 * The package.json of the package `name` that `entryPath` belongs to (the nearest above it
 * that names it), and the version it says.
 */
function packageJsonOf(entryPath: string, name: string): { manifest: string; version: string } {
  for (let dir = dirname(entryPath); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    try {
      const read = JSON.parse(readFileSync(manifest, "utf8")) as {
        name?: unknown;
        version?: unknown;
      };
      if (read.name === name) return { manifest, version: String(read.version) };
    } catch {
      // None here, or not JSON: look further up.
    }
  }
  throw new Error(`no package.json of ${name} above ${entryPath}`);
}

/** Removes a bundle that did not load, so that the next run makes it again. */
function dropBundle(path: string): void {
  rmSync(path, { force: true });
}

/**
 * Writes a bundle whole or not at all (another process may be loading the same path), and
 * removes the bundles of the same install's earlier versions: one file per package install is
 * left in the temp folder, not one per version it ever had.
 */
function keepBundle(path: string, result: BuildResult): boolean {
  const contents = result.outputFiles?.[0]?.contents;
  if (contents === undefined) return false;
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, contents, { mode: 0o600 });
  renameSync(temp, path);
  const name = basename(path);
  const install = name.slice(0, name.lastIndexOf("-") + 1);
  for (const other of readdirSync(dirname(path))) {
    if (other.startsWith(install) && other !== name && !other.endsWith(".tmp")) {
      rmSync(join(dirname(path), other), { force: true });
    }
  }
  return true;
}

/**
 * Has retort load kysely from one bundled file from here on. Anything unexpected (no writable
 * temp folder, esbuild missing) leaves module loading as it is: this only saves time.
 */
export function useKyselyBundle(api: ModuleHooksApi = nodeModule as ModuleHooksApi): void {
  try {
    const { registerHooks, resolve = (name: string) => import.meta.resolve(name) } = api;
    const entry = resolve("kysely");
    if (!entry.startsWith("file:")) return;
    const entryPath = fileURLToPath(entry);
    const bundle = bundlePath("kysely", 1, entryPath, "mjs");
    if (bundle === undefined) return;
    if (!bundle.exists) {
      const built = esbuildOf(resolve).buildSync({
        entryPoints: [entryPath],
        bundle: true,
        format: "esm",
        platform: "node",
        write: false,
        logLevel: "silent",
      });
      if (!keepBundle(bundle.path, built)) return;
    }
    const to = pathToFileURL(bundle.path).href;
    // Set once the bundle failed to load: from then on kysely is kysely's own files, for the
    // hook below as well.
    let isBroken = false;
    (globalThis as { [kyselyKey]?: () => Promise<unknown> })[kyselyKey] = async () => {
      try {
        const loaded = (await import(to)) as { Kysely?: unknown };
        if (typeof loaded.Kysely === "function") return loaded;
      } catch {
        // Cut short or not JavaScript: as empty.
      }
      isBroken = true;
      dropBundle(bundle.path);
      return import(entry);
    };
    if (typeof registerHooks === "function") {
      registerHooks({
        resolve: (specifier, context, next) => {
          const resolved = next(specifier, context);
          return resolved.url === entry && !isBroken ? { ...resolved, url: to } : resolved;
        },
      });
    }
  } catch {
    // Module loading stays as it was.
  }
}

/**
 * Has @retort/driver-pg load `pg` from one bundled file: the first load bundles the `pg` this
 * package resolves (once per version); `undefined` from the loader, or anything unexpected,
 * leaves the driver to `import("pg")` as it would have.
 */
export function usePgBundle(
  api: Pick<ModuleHooksApi, "resolve"> = nodeModule as ModuleHooksApi,
): void {
  // Loaded once for every driver and session of the run: several opened at once on a new
  // machine bundle pg once.
  let loading: Promise<unknown> | undefined;
  (globalThis as { [pgKey]?: () => Promise<unknown> })[pgKey] = () => {
    loading ??= loadPgBundle(api);
    return loading;
  };
}

async function loadPgBundle(api: Pick<ModuleHooksApi, "resolve">): Promise<unknown> {
  try {
    const { resolve = (name: string) => import.meta.resolve(name) } = api;
    const entry = resolve("pg");
    if (!entry.startsWith("file:")) return undefined;
    const entryPath = fileURLToPath(entry);
    const bundle = bundlePath("pg", 2, entryPath, "cjs");
    if (bundle === undefined) return undefined;
    if (!bundle.exists) {
      const built = await esbuildOf(resolve).build({
        entryPoints: [entryPath],
        bundle: true,
        format: "cjs",
        platform: "node",
        // pg's optional packages: required only where they are used (its `native` getter, a
        // Cloudflare Worker), missing from most installs. Left as `require` calls, they fail
        // there as they would have unbundled.
        external: ["pg-native", "pg-cloudflare"],
        plugins: [sharedPgState],
        write: false,
        logLevel: "silent",
      });
      if (!keepBundle(bundle.path, built)) return undefined;
    }
    try {
      const loaded = nodeModule.createRequire(bundle.path)(bundle.path) as {
        default?: { Pool?: unknown };
      };
      if (typeof loaded.default?.Pool === "function") return loaded;
    } catch {
      // Cut short, or a file it requires by path (pg-types) has moved since: as empty.
    }
    dropBundle(bundle.path);
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * pg's settings for the whole process, `pg.types` (the type parsers `setTypeParser` changes)
 * and `pg.defaults`, stay outside the bundle: it requires the installed files by their absolute
 * paths, so it shares them with the project's own `import "pg"`, and a parser a migration's code
 * sets reaches the connection retort runs `op.run` on, as it did before there was a bundle.
 */
const sharedPgState = {
  name: "retort-shared-pg-state",
  setup(build: {
    onResolve(
      options: { filter: RegExp },
      callback: (args: { path: string; importer: string }) => { path: string; external: true },
    ): void;
  }) {
    build.onResolve({ filter: /^(?:pg-types|\.\/defaults(?:\.js)?)$/ }, ({ path, importer }) => ({
      path: nodeModule.createRequire(importer).resolve(path),
      external: true,
    }));
  },
};
