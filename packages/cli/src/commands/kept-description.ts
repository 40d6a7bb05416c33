// Why the models' description is kept between runs: on a real schema (MusicBrainz, 538 model
// files) importing the models' bundle and describing them was about 130 ms of `check`'s and
// `revision --autogenerate`'s own CPU, on the same two cores the server reads its catalog with.
// Kept, it is a file read. Only for models whose code reads nothing but retort: a model that
// reads an environment variable, a file, the clock or the locale may describe differently on
// the next run with the same code, so its description is never kept (see readsOnlyRetort).
import { createHash, randomBytes } from "node:crypto";
import {
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { keptBundle } from "@retort/core";
import type { DescribedModels } from "@retort/differ";
import type { UnexportedModel } from "./autogenerate";

/** What a comparison needs from the models, as kept. */
export interface KeptModels {
  readonly described: DescribedModels;
  readonly unexported: readonly UnexportedModel[];
}

// Part of every key: a change to what is kept makes earlier files unused, not misread.
// 2: JSON where it is faithful (1 was `v8.serialize` only).
const keptFormat = 2;

/**
 * The key a description of `files` is kept under: the version of their kept bundle (which
 * changes whenever a file that went into it does), the code that described it and the `retort`
 * package the bundle imports; with the bundle's path, whose text the writer checks. `undefined`
 * when no bundle is kept for them (the models were not loaded through one yet, or changed).
 * Not a hash of the bundle's text: reading and hashing a megabyte was a third of a kept run.
 */
export function descriptionKey(
  files: readonly string[],
  cacheDir: string,
  root: string,
  describer: string,
): { key: string; bundle: string } | undefined {
  const kept = keptBundle(files, cacheDir);
  if (kept === undefined) return undefined;
  const key = createHash("sha256")
    .update(
      `${keptFormat}\0${process.version}\0${describer}\0${retortPackage(root)}\0${kept.path}\0${kept.version}`,
    )
    .digest("hex")
    .slice(0, 24);
  return { key, bundle: kept.path };
}

/** A kept bundle's text; `undefined` if it cannot be read (then nothing is kept). */
export function readBundle(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The kept description under `key`, or `undefined`. */
export function readKeptModels(cacheDir: string, key: string): KeptModels | undefined {
  const path = join(cacheDir, `described-${key}`);
  let kept: unknown;
  try {
    kept = JSON.parse(readFileSync(`${path}.json`, "utf8"));
  } catch {
    try {
      kept = deserialize(readFileSync(`${path}.bin`));
    } catch {
      return undefined;
    }
  }
  // A file of another shape (damaged, or written by hand) is not used: the models are described.
  const shape = kept as Partial<KeptModels> | null;
  const described = shape?.described as { schema?: { tables?: unknown } } | undefined;
  return Array.isArray(shape?.unexported) && Array.isArray(described?.schema?.tables)
    ? (kept as KeptModels)
    : undefined;
}

/**
 * `value` as JSON, or `undefined` when JSON would not give it back as it is: a description is
 * plain objects, arrays, strings, booleans and finite numbers, and anything else (`undefined`,
 * a Map, a Date, `NaN`, `-0`, a class instance) is kept another way rather than read back changed.
 */
export function faithfulJson(value: unknown): string | undefined {
  let isFaithful = true;
  const text = JSON.stringify(value, function (this: unknown, key: string, replaced: unknown) {
    // The value before `toJSON` (a Date's), from the object that holds it.
    const original = key === "" ? value : (this as Record<string, unknown>)[key];
    switch (typeof original) {
      case "string":
      case "boolean":
        break;
      case "number":
        if (!Number.isFinite(original) || Object.is(original, -0)) isFaithful = false;
        break;
      case "object": {
        if (original === null || Array.isArray(original)) break;
        const prototype = Object.getPrototypeOf(original);
        if (prototype !== Object.prototype && prototype !== null) isFaithful = false;
        break;
      }
      default:
        isFaithful = false;
    }
    return isFaithful ? replaced : undefined;
  });
  return isFaithful ? text : undefined;
}

/**
 * Keeps a description (and drops the ones kept before); a read-only project keeps none. As JSON,
 * which reads back in half the time `v8.deserialize` takes (MusicBrainz's 1.4 MB: 9 against
 * 18 ms); a description JSON would change (see {@link faithfulJson}) as `v8.serialize` does.
 */
export function keepModels(cacheDir: string, key: string, kept: KeptModels): void {
  const text = faithfulJson(kept);
  const path = join(cacheDir, `described-${key}.${text === undefined ? "bin" : "json"}`);
  try {
    const temp = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
    writeFileSync(temp, text ?? serialize(kept));
    // Renamed into place: another retort process may be reading the file.
    renameSync(temp, path);
    for (const name of readdirSync(cacheDir)) {
      if (
        name.startsWith("described-") &&
        /\.(json|bin)$/.test(name) &&
        join(cacheDir, name) !== path
      ) {
        rmSync(join(cacheDir, name), { force: true });
      }
    }
  } catch {
    // Not kept: the next run describes the models again.
  }
}

// Names through which code reads the world outside its own text: the environment, files and
// the network (process, require, import()), the clock, randomness and the locale. Found
// anywhere in the bundle (a string or a comment too), the description is not kept: a false
// alarm costs one describe per run, a miss a wrong `check`. Not a sandbox against code written
// to hide what it reads; a guard against the ordinary ways models depend on where they run.
const readsOutside =
  /\b(?:process|globalThis|global|window|self|Deno|Bun|Date|Math|Intl|performance|crypto|fetch|eval|Function|constructor|__proto__|Buffer|setTimeout|setInterval|setImmediate|queueMicrotask|WeakRef|FinalizationRegistry|localeCompare|toLocale\w*|__dirname|__filename|arguments)\b|\bimport\s*\(|import\.meta/;

/**
 * Whether a models bundle imports nothing but `retort` and reads nothing outside its own text,
 * so that running it again gives the same models.
 *
 * @example
 * ```ts
 * readsOnlyRetort('var r = require("retort"); exports.a = r.table("a", {});'); // true
 * readsOnlyRetort('var r = require("retort"); exports.a = r.table(process.env.T, {});'); // false
 * ```
 */
export function readsOnlyRetort(text: string): boolean {
  if (readsOutside.test(text)) return false;
  let literal = 0;
  for (const match of text.matchAll(/\brequire\s*\(\s*"([^"]*)"\s*\)/g)) {
    if (match[1] !== "retort") return false;
    literal++;
  }
  // A bundle kept as a script takes `require` as its wrapper's parameter: that one is allowed.
  const isScript = text.startsWith("//retort-script ");
  if ((text.match(/\brequire\b/g)?.length ?? 0) !== literal + (isScript ? 1 : 0)) return false;
  // An ES module bundle's imports (and re-exports) are statements at the start of a line; a
  // view's SQL in a string (`from "sales".orders`) is not one. A script has none.
  if (!isScript) {
    const statements =
      /^(?:import\s*(?:[^;"]*?\bfrom\s*)?|export\s*[*{][^;"]*?\bfrom\s*)"([^"]*)"/gm;
    for (const match of text.matchAll(statements)) {
      if (match[1] !== "retort") return false;
    }
  }
  return true;
}

/**
 * The `retort` package the project's files import (found as Node finds it, from the project's
 * folder up): its real folder and version, so a description made with another one is not used.
 */
function retortPackage(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = join(dir, "node_modules", "retort", "package.json");
    try {
      const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version?: string };
      const { mtimeMs } = statSync(manifest);
      return `${realpathSync(dirname(manifest))} ${version ?? ""} ${mtimeMs}`;
    } catch {
      if (dirname(dir) === dir) return "";
    }
  }
}
