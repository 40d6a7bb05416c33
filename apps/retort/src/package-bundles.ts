import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// kysely ships as some 280 ES modules, and Node 20 takes about 130 ms to load them: a quarter
// of what `pg_dump` needs for a whole 1,000-table schema, on every command. One file holding
// the same modules loads in about 15 ms. So the CLI (and only the CLI: a program importing
// retort keeps its own module graph) bundles the kysely it resolves once per version, and
// retort's packages load that file: still the one kysely the project installed, as a peer
// dependency should be. They take kysely from @retort/core's `loadKysely`, never from a static
// import, and that reads the loader this file leaves under `Symbol.for("retort.kysely")`.
// `pg` likewise: some 30 CommonJS files, 34 ms to load on Node 20 against 14 ms as one file
// (measured, medians of 25), on every command that connects with it. Its bundle is made when
// @retort/driver-pg first loads `pg` (`Symbol.for("retort.pg")`), so that a project on another
// driver never bundles it; and it is retort's connection's alone (no hook sends a project's own
// `import "pg"` to it), whose `pg.types` parsers a project's code therefore does not change.
//
// On a Node with in-thread module hooks (`registerHooks`, 22.15+) every `import "kysely"` of the
// process is sent to the bundle too, the project's models and migrations included. Older Nodes
// only have `register`, whose loader thread costs some 90 ms of start-up on every command, more
// than the bundle saves: there a project file importing kysely itself loads kysely's modules.

/**
 * A folder only this user can write: a bundle another user could replace would be code run
 * by this one. The same as `privateCacheDir` of `@retort/core`, copied because bin.ts imports
 * this file statically, and importing core here would load all of it before `--version`.
 */
function privateCacheDir(): string | null {
  const uid = process.getuid?.() ?? 0;
  const dir = join(tmpdir(), `retort-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  const isPrivate = stat.isDirectory() && (stat.mode & 0o077) === 0;
  return isPrivate && (process.getuid === undefined || stat.uid === uid) ? dir : null;
}

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
// here rather than imported, for the reason `privateCacheDir` is copied above.
const kyselyKey = Symbol.for("retort.kysely");
const pgKey = Symbol.for("retort.pg");

/**
 * The path of `entryPath` bundled into one file of `format` in the private temp folder, made
 * with the esbuild that comes with @retort/core (which bundles migrations with it) if it is not
 * there yet; `undefined` when it cannot be (no private folder, no esbuild). Named after the
 * entry's path and the stamps (modification time, size) of `stampPaths`: another version of the
 * package, installed in place, is bundled again.
 */
function privateBundle(
  name: string,
  entryPath: string,
  stampPaths: readonly string[],
  format: "esm" | "cjs",
  resolve: (specifier: string) => string,
): string | undefined {
  const dir = privateCacheDir();
  if (dir === null) return undefined;
  const stamps = stampPaths.map((path) => {
    const { mtimeMs, size } = statSync(path);
    return `${mtimeMs}\0${size}`;
  });
  const key = createHash("sha256")
    .update(`${entryPath}\0${stamps.join("\0")}`)
    .digest("hex");
  const bundle = join(dir, `${name}-${key.slice(0, 16)}.${format === "esm" ? "mjs" : "cjs"}`);
  if (existsSync(bundle)) return bundle;
  const esbuild = nodeModule.createRequire(fileURLToPath(resolve("@retort/core")))("esbuild") as {
    buildSync(options: Record<string, unknown>): { outputFiles?: { contents: Uint8Array }[] };
  };
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [entryPath],
    bundle: true,
    format,
    platform: "node",
    // pg's optional packages: required only where they are used (its `native` getter, a
    // Cloudflare Worker), missing from most installs. Left as `require` calls, they fail there
    // as they would have unbundled.
    external: ["pg-native", "pg-cloudflare"],
    write: false,
    logLevel: "silent",
  });
  const contents = outputFiles?.[0]?.contents;
  if (contents === undefined) return undefined;
  const temp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temp, contents, { mode: 0o600 });
  renameSync(temp, bundle);
  return bundle;
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
    const bundle = privateBundle("kysely", entryPath, [entryPath], "esm", resolve);
    if (bundle === undefined) return;
    const to = pathToFileURL(bundle).href;
    (globalThis as { [kyselyKey]?: () => Promise<unknown> })[kyselyKey] = () => import(to);
    if (typeof registerHooks === "function") {
      registerHooks({
        resolve: (specifier, context, next) => {
          const resolved = next(specifier, context);
          return resolved.url === entry ? { ...resolved, url: to } : resolved;
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
  (globalThis as { [pgKey]?: () => unknown })[pgKey] = () => {
    try {
      const { resolve = (name: string) => import.meta.resolve(name) } = api;
      const entry = resolve("pg");
      if (!entry.startsWith("file:")) return undefined;
      const entryPath = fileURLToPath(entry);
      // pg's entry (its ES module wrapper) stays the same from version to version; its
      // package.json does not.
      const manifest = join(dirname(dirname(entryPath)), "package.json");
      const bundle = privateBundle("pg", entryPath, [entryPath, manifest], "cjs", resolve);
      return bundle === undefined ? undefined : nodeModule.createRequire(bundle)(bundle);
    } catch {
      return undefined;
    }
  };
}
