import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { setFlagsFromString } from "node:v8";

// PGlite is PostgreSQL compiled to 9 MB of WebAssembly. V8 runs each function first as baseline
// (Liftoff) code and recompiles the hot ones with its optimizing compiler (TurboFan) on
// background threads. A command opens the database, runs a few statements and exits: on such a
// run those recompiles cost more CPU than the command itself (0.45 s against 0.4 s), keep some
// 80 MB more memory, and hold the process open for a further 0.15–0.3 s after the database
// closed, until they finish. So for commands the engine is compiled never to tier up: flags V8
// reads when it compiles a module, which keeps them, are set only while this one compiles, so
// other WebAssembly in the process keeps V8's defaults (unless it is compiled in that same
// instant: it would then run baseline-only, which changes its speed, never its results).
// `--liftoff-only` says so up to V8 12 (Node 22); V8 13 (Node 24) no longer reads it once the
// process runs (a later `retort current` took 0.8–1 s and 660 MB there, against 0.35 s and 150
// MB), but reads a tiering budget no function reaches. A server that stays up (`retort db
// serve`) lets PGlite compile it with the defaults, where the optimizing compiler pays for itself.

/**
 * The engine's file, when the installed PGlite takes it precompiled (as `pgliteWasmModule`, in
 * 0.5, the version retort is tested with, and later); undefined otherwise.
 */
function engineFile(): string | undefined {
  try {
    const file = createRequire(import.meta.url).resolve("@electric-sql/pglite/pglite.wasm");
    // Its package.json is not among its exports: it is read beside the file's `dist` folder.
    const { name, version } = JSON.parse(
      readFileSync(join(dirname(dirname(file)), "package.json"), "utf8"),
    ) as { name?: string; version?: string };
    const [major = 0, minor = 0] = String(version).split(".").map(Number);
    return name === "@electric-sql/pglite" && (major > 0 || minor >= 5) ? file : undefined;
  } catch {
    return undefined;
  }
}

/** A compiled `WebAssembly.Module`, which only PGlite looks into. */
export type CompiledEngine = object;

/** Node's global `WebAssembly`, which TypeScript's ES libraries do not declare. */
const { WebAssembly: wasm } = globalThis as unknown as {
  WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledEngine> };
};

let compiled: Promise<CompiledEngine | undefined> | undefined;

/**
 * The flags as they were before the compile: `node`'s own when it was started with them, else V8's
 * defaults (the tiering budget's changed with V8 12).
 */
function flagsAfter(): string[] {
  const given = (name: string) => process.execArgv.find((arg) => arg.startsWith(name));
  const v8Major = Number(process.versions.v8.split(".")[0]);
  return [
    process.execArgv.includes("--liftoff-only") ? "--liftoff-only" : "--no-liftoff-only",
    given("--wasm-tiering-budget=") ??
      `--wasm-tiering-budget=${v8Major >= 12 ? 13_000_000 : 1_800_000}`,
  ];
}

async function compile(file: string): Promise<CompiledEngine> {
  const bytes = await readFile(file);
  const after = flagsAfter();
  setFlagsFromString("--liftoff-only");
  setFlagsFromString("--wasm-tiering-budget=2000000000");
  try {
    return await wasm.compile(bytes);
  } finally {
    for (const flag of after) setFlagsFromString(flag);
  }
}

/**
 * PGlite's engine compiled baseline-only, once per process (every database the process opens
 * shares it); undefined when the installed PGlite cannot take it precompiled, or compiling fails
 * (PGlite then compiles it itself, with V8's defaults, as it would have anyway).
 *
 * @example
 * ```ts
 * const pgliteWasmModule = await baselineEngine();
 * const pglite = await PGlite.create(dataDir, { ...(pgliteWasmModule && { pgliteWasmModule }) });
 * ```
 */
export function baselineEngine(): Promise<CompiledEngine | undefined> {
  if (compiled === undefined) {
    const file = engineFile();
    compiled =
      file === undefined ? Promise.resolve(undefined) : compile(file).catch(() => undefined);
  }
  return compiled;
}
