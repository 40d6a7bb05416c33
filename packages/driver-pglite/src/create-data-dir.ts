import { constants, existsSync } from "node:fs";
import { copyFile, mkdir, readdir, rename, rm, rmdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isProcessAlive } from "./data-dir-lock";

// A data folder is created whole or not at all: filled in a folder beside it
// (`<folder>.partial-<pid>-<n>`) and renamed into place once complete, so that a start interrupted
// halfway (Ctrl-C, a crash, a full disk) never leaves a folder with PG_VERSION but half a
// cluster, which the next start would open as a database. What the interrupted start left
// aside is removed by the next one.

let partials = 0;

/** Removes the partial folders of `dir` that processes which have since died left beside it. */
async function removeLeftovers(dir: string): Promise<void> {
  const prefix = `${basename(dir)}.partial-`;
  let names: string[];
  try {
    names = await readdir(dirname(dir));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isProcessAlive(pid)) {
      await rm(join(dirname(dir), name), { recursive: true, force: true });
    }
  }
}

/** Whether `dir` is a mount point (a volume mounted at `.retort/pglite`), which cannot be renamed. */
async function isMountPoint(dir: string): Promise<boolean> {
  try {
    const [own, parent] = await Promise.all([stat(dir), stat(dirname(dir))]);
    return own.dev !== parent.dev;
  } catch {
    return false;
  }
}

/**
 * Fills `dir` (missing, or an empty folder) with what `fill` writes into the folder it is given,
 * all at once: `fill` writes beside it and the result is renamed into place. Returns false when
 * another process made `dir` first (a shared template), which is then left as it is.
 *
 * A mount point (a volume mounted at `.retort/pglite`) cannot be renamed over: it is filled in
 * place, as it always was.
 */
export async function createWhole(
  dir: string,
  fill: (partial: string) => Promise<void>,
): Promise<boolean> {
  if (await isMountPoint(dir)) {
    await fill(dir);
    return true;
  }
  await removeLeftovers(dir);
  // Numbered too: one process may make several at once (`--all-targets`), the template among them.
  const partial = `${dir}.partial-${process.pid}-${++partials}`;
  try {
    await fill(partial);
    // An empty folder in the way (made by hand, or by an older retort) gives way; a full one does
    // not (rmdir refuses), and the rename then fails.
    await rmdir(dir).catch(() => undefined);
    await rename(partial, dir);
    return true;
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === "ENOTEMPTY" || code === "EEXIST") && existsSync(join(dir, "PG_VERSION"))) {
      return false;
    }
    throw error;
  }
}

/**
 * Copies the folder `from` to `to` (missing or empty), files and subfolders. A file system that can
 * share blocks between files (btrfs, XFS, APFS) clones them instead of copying.
 */
export async function copyFolder(from: string, to: string): Promise<void> {
  // Recursive: no error when `to` is the empty mount point filled in place.
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map((entry) => {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      if (entry.isDirectory()) return copyFolder(source, target);
      return copyFile(source, target, constants.COPYFILE_FICLONE);
    }),
  );
}
