import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

// A new database's initdb runs PostgreSQL's bootstrap inside WebAssembly for a second or two,
// long enough for V8 to recompile its hottest functions with the optimizing compiler. retort
// compiles PGlite's engine so that it never does (baseline-engine.ts), with flags V8 up to 12
// reads while the process runs; V8 13 (Node 24) reads `--liftoff-only` only at start, and there
// the first database of a machine peaked at 1.1 GB against 0.6 GB. So on V8 13 and later initdb
// runs in a child process started with the flag; it writes the folder and exits, and this
// process opens the result with its own engine.

/** initdb's child process ended by a signal (Ctrl-C reaches it with its parent). */
export class InitdbInterruptedError extends Error {
  constructor(signal: string) {
    super(`initdb was interrupted (${signal})`);
    this.name = "InitdbInterruptedError";
  }
}

/**
 * The program the child runs: PGlite's entry, the folder, the start parameters and, for an
 * in-memory database's template, the tar to write (aside, then renamed into place), as argv.
 */
const childProgram = `
const [entry, dataDir, params, tar] = process.argv.slice(1);
const { PGlite } = await import(entry);
const pglite = await PGlite.create({ dataDir, ...(params ? { startParams: JSON.parse(params) } : {}) });
if (tar) {
  const { renameSync, writeFileSync } = await import("node:fs");
  const blob = await pglite.dumpDataDir("none");
  writeFileSync(tar + ".partial-" + process.pid, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
  renameSync(tar + ".partial-" + process.pid, tar);
}
await pglite.close();
`;

/**
 * Whether initdb should run in a child process here: on V8 13 and later, unless this process
 * already runs WebAssembly baseline-only (started with `--liftoff-only`).
 */
export function initdbWantsChild(
  v8Version = process.versions.v8,
  execArgv: readonly string[] = process.execArgv,
): boolean {
  return Number(v8Version.split(".")[0]) >= 13 && !execArgv.includes("--liftoff-only");
}

/**
 * Runs initdb for a new database in `dataDir` (missing or empty) in a child Node process started
 * with `--liftoff-only`, with PGlite's `startParams`; with `tar`, the child also writes the new
 * database there as PGlite's tar (`dumpDataDir`), what an in-memory database loads. Resolves
 * `false` when no child can be
 * started or PGlite cannot be found (the caller runs initdb itself); rejects with the child's
 * last words when initdb fails there, and with {@link InitdbInterruptedError} when a signal
 * ended it.
 *
 * @example
 * ```ts
 * const made = await initdbInChild("/tmp/db", PGlite.defaultStartParams);
 * if (!made) await (await PGlite.create({ dataDir: "/tmp/db" })).close();
 * ```
 */
export async function initdbInChild(
  dataDir: string,
  startParams: readonly string[] | undefined,
  tar?: string,
): Promise<boolean> {
  let entry: string;
  try {
    entry = pathToFileURL(createRequire(import.meta.url).resolve("@electric-sql/pglite")).href;
  } catch {
    return false;
  }
  const args = [
    "--liftoff-only",
    "--input-type=module",
    "-e",
    childProgram,
    "--",
    entry,
    resolve(dataDir),
    startParams === undefined ? "" : JSON.stringify(startParams),
    ...(tar === undefined ? [] : [resolve(tar)]),
  ];
  return new Promise((settle, fail) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      // The end is what says why: a long trace is cut from the front.
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on("error", () => settle(false));
    child.on("close", (code, signal) => {
      if (code === 0) settle(true);
      else if (signal !== null) fail(new InitdbInterruptedError(signal));
      else {
        const last = stderr.trim().split("\n").at(-1) ?? "";
        fail(new Error(`initdb failed in a child process (exit ${code}): ${last}`));
      }
    });
  });
}
