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
// closed, until they finish. So for commands the engine is compiled baseline-only. V8 reads
// `--liftoff-only` when it compiles a module, and a module keeps the tiers it was compiled with,
// so the flag is on only while this one compiles: other WebAssembly in the process keeps V8's
// defaults, unless it is compiled in that same instant (it would then run baseline-only, which
// changes its speed, never its results). A server that stays up (`retort db serve`) lets PGlite
// compile it with the defaults, where the optimizing compiler pays for itself.

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

/** Whether `node` was started with the flag, which must then stay on. */
const liftoffOnlyFromCommandLine = process.execArgv.includes("--liftoff-only");

async function compile(file: string): Promise<CompiledEngine> {
  const bytes = await readFile(file);
  setFlagsFromString("--liftoff-only");
  try {
    return await wasm.compile(bytes);
  } finally {
    if (!liftoffOnlyFromCommandLine) setFlagsFromString("--no-liftoff-only");
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
