import { createHash } from "node:crypto";
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { privateCacheDir } from "@retort/core";

// A new embedded database runs initdb inside WebAssembly, which takes seconds, and every new
// database starts from the same files. So the first one a machine creates keeps them, and later
// new databases (another project, `retort test`) start from those instead. A data folder is
// copied from a template folder: a clean, shut-down cluster, copied with the file system's own
// calls (cloned where it can), never held in memory. An in-memory database loads a tar instead,
// the one PGlite itself writes (`dumpDataDir`) and reads back (`loadDataDir`); each kind makes
// its own on its first use. One template per PGlite build: another build may lay its files out
// differently.

/** A PGlite instance that can write its data folder as a tar (PGlite 0.2+). */
interface Dumpable {
  dumpDataDir?(compression?: "none"): Promise<Blob>;
}

/** The templates of one PGlite build, in a folder only this user can write. */
export interface DataDirTemplate {
  /** The template folder for new data folders; it holds PG_VERSION once it is made. */
  readonly folder: string;
  /** Where the tar for in-memory databases is kept ({@link DataDirTemplate.read} reads it). */
  readonly tar: string;
  /** The tar's bytes, or undefined when there is none (or it cannot be read). */
  read(): Blob | undefined;
  /** Keeps `pglite`'s data folder as the tar; best effort: a failure only costs time. */
  save(pglite: unknown): Promise<void>;
  /** Removes a tar that failed to load, so the next start makes a good one. */
  discard(): void;
}

/**
 * The templates for the PGlite whose entry file is `entry` (its path, as `require.resolve`
 * gives it), kept under `dir` (default: retort's private temp folder); undefined when there is
 * no such folder or no such file.
 *
 * @example
 * ```ts
 * const template = dataDirTemplate(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
 * const blob = template?.read();
 * ```
 */
export function dataDirTemplate(
  entry: string,
  dir: string | null = privateCacheDir(),
): DataDirTemplate | undefined {
  if (dir === null) return undefined;
  let key: string;
  try {
    const { mtimeMs, size } = statSync(entry);
    key = createHash("sha256").update(`${entry}\0${mtimeMs}\0${size}`).digest("hex").slice(0, 16);
  } catch {
    return undefined;
  }
  const path = join(dir, `pglite-${key}.tar`);
  return {
    folder: join(dir, `pglite-${key}`),
    tar: path,
    read() {
      try {
        return new Blob([readFileSync(path)]);
      } catch {
        return undefined;
      }
    },
    async save(pglite) {
      const dump = (pglite as Dumpable).dumpDataDir;
      if (typeof dump !== "function") return;
      // Written aside and renamed into place: a process reading it never sees half a file, and
      // of two processes saving at once the last rename wins, whole.
      const partial = `${path}.${process.pid}.partial`;
      try {
        const blob = await dump.call(pglite, "none");
        writeFileSync(partial, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
        renameSync(partial, path);
      } catch {
        rmSync(partial, { force: true });
      }
    },
    discard() {
      rmSync(path, { force: true });
    },
  };
}
