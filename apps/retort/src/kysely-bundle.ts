import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// kysely ships as some 280 ES modules, and Node 20 takes about 130 ms to load them: a quarter
// of what `pg_dump` needs for a whole 1,000-table schema, on every command. One file holding
// the same modules loads in about 15 ms. So the CLI (and only the CLI: a program importing
// retort keeps its own module graph) bundles the kysely it resolves once per version, and
// retort's packages load that file: still the one kysely the project installed, as a peer
// dependency should be. They take kysely from @retort/core's `loadKysely`, never from a static
// import, and that reads the loader this file leaves under `Symbol.for("retort.kysely")`.
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

// Read by @retort/core's `loadKysely`; the key is written out here rather than imported, for the
// reason `privateCacheDir` is copied above.
const providedKey = Symbol.for("retort.kysely");

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
    const dir = privateCacheDir();
    if (dir === null) return;
    const { mtimeMs, size } = statSync(entryPath);
    const key = createHash("sha256").update(`${entryPath}\0${mtimeMs}\0${size}`).digest("hex");
    const bundle = join(dir, `kysely-${key.slice(0, 16)}.mjs`);
    let exists = true;
    try {
      statSync(bundle);
    } catch {
      exists = false;
    }
    if (!exists) {
      // esbuild comes with @retort/core, which bundles migrations with it.
      const esbuild = nodeModule.createRequire(fileURLToPath(resolve("@retort/core")))(
        "esbuild",
      ) as {
        buildSync(options: Record<string, unknown>): { outputFiles?: { contents: Uint8Array }[] };
      };
      const { outputFiles } = esbuild.buildSync({
        entryPoints: [entryPath],
        bundle: true,
        format: "esm",
        platform: "node",
        write: false,
        logLevel: "silent",
      });
      const contents = outputFiles?.[0]?.contents;
      if (contents === undefined) return;
      const temp = `${bundle}.${process.pid}.tmp`;
      writeFileSync(temp, contents, { mode: 0o600 });
      renameSync(temp, bundle);
    }
    const to = pathToFileURL(bundle).href;
    (globalThis as { [providedKey]?: () => Promise<unknown> })[providedKey] = () => import(to);
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
