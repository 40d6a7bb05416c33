import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { BadUrlError } from "@retort/core";

/** Where a PGlite database lives: a folder, or memory. */
export type PGliteTarget =
  | { readonly kind: "dir"; readonly dataDir: string; readonly display: string }
  | { readonly kind: "memory"; readonly display: string };

/** The default data folder, relative to the project root. */
export const DEFAULT_DATA_DIR = join(".retort", "pglite");

function displayPath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)
    ? inside.split(sep).join("/")
    : path;
}

function dirTarget(root: string, path: string): PGliteTarget {
  const dataDir = resolve(root, path);
  return { kind: "dir", dataDir, display: `embedded database at ${displayPath(root, dataDir)}` };
}

/**
 * Where a `pglite://` URL (or no URL) puts the database: no URL means `<root>/.retort/pglite`;
 * `pglite://some/dir` is relative to the project root; `pglite:///abs/dir` is absolute;
 * `pglite://memory` and `memory://` keep it in memory (gone when closed, handy for tests).
 *
 * @example
 * ```ts
 * resolvePGliteTarget("pglite://.data/db", "/app");
 * // { kind: "dir", dataDir: "/app/.data/db", display: "embedded database at .data/db" }
 * ```
 */
export function resolvePGliteTarget(url: string | undefined, root: string): PGliteTarget {
  if (url === undefined || url.trim() === "") return dirTarget(root, DEFAULT_DATA_DIR);
  const text = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === "memory") return { kind: "memory", display: "embedded in-memory database" };
  if (scheme !== "pglite") {
    throw new BadUrlError({
      url,
      problem: "@retort/driver-pglite serves pglite://<folder> and memory:// URLs",
      hint: "use pglite://.retort/pglite, or leave the URL unset for the default embedded database.",
    });
  }
  // The rest is a path, not a host: strip any query or fragment, decode escapes (spaces).
  const rest = text.slice("pglite://".length).replace(/[?#].*$/, "");
  if (/^[^/]*:[^/]*@/.test(rest)) {
    // Read as a path, a password would be shown in every message naming the database.
    throw new BadUrlError({
      url,
      problem: "an embedded database has no user or password",
      hint: "write pglite://<folder>, without user:password@.",
    });
  }
  let path: string;
  try {
    path = decodeURIComponent(rest);
  } catch (error) {
    throw new BadUrlError({ url, problem: "its path has a broken %-escape", cause: error });
  }
  if (path === "memory" || path === ":memory:")
    return { kind: "memory", display: "embedded in-memory database" };
  if (path === "") {
    throw new BadUrlError({
      url,
      problem: "it names no folder",
      hint: "write pglite://<folder>, for example pglite://.retort/pglite.",
    });
  }
  return dirTarget(root, path);
}
