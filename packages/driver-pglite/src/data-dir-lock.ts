import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { link, mkdir, open, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname } from "node:path";

/** What a lock file holds: who took it, so others can tell a live holder from a dead one. */
export interface DataDirLockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly createdAt: string;
  /** The URL `retort db serve` serves the folder at, while it does: it is not let go soon. */
  readonly servedAt?: string | undefined;
}

/** Per-call input of {@link acquireDataDirLock}. */
export interface DataDirLockOptions {
  /** Called once, when another process holds the lock and this call is about to wait. */
  readonly onWait?: ((holder: DataDirLockOwner | undefined) => void) | undefined;
  /** Give up after this many milliseconds of waiting. Default is to wait forever. */
  readonly timeoutMs?: number | undefined;
}

/** Thrown by {@link acquireDataDirLock} when `timeoutMs` runs out; carries the holder. */
export class DataDirLockTimeoutError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: DataDirLockOwner | undefined,
  ) {
    super(
      `Timed out waiting for ${lockPath}${holder === undefined ? "" : ` (held by process ${holder.pid})`}.`,
    );
    this.name = "DataDirLockTimeoutError";
  }
}

/**
 * A lock file that stays empty or unreadable this long was left by a process that died between
 * creating and writing it.
 */
const UNWRITTEN_LOCK_STALE_MS = 10_000;
const FIRST_RETRY_MS = 20;
const MAX_RETRY_MS = 500;

/** Whether process `pid` is running on this machine (as any user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseOwner(text: string): DataDirLockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<DataDirLockOwner>;
    if (typeof value.pid === "number" && typeof value.hostname === "string") {
      return {
        pid: value.pid,
        hostname: value.hostname,
        createdAt: String(value.createdAt ?? ""),
        ...(typeof value.servedAt === "string" ? { servedAt: value.servedAt } : {}),
      };
    }
  } catch {
    // Unreadable: handled by the caller.
  }
  return undefined;
}

type Inspection =
  | { readonly state: "gone" }
  | { readonly state: "held"; readonly owner: DataDirLockOwner | undefined }
  | { readonly state: "stale"; readonly text: string };

async function inspect(lockPath: string): Promise<Inspection> {
  let text: string;
  let modified: number;
  try {
    [text, modified] = await Promise.all([
      readFile(lockPath, "utf8"),
      stat(lockPath).then((s) => s.mtimeMs),
    ]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { state: "gone" };
    throw error;
  }
  const owner = parseOwner(text);
  if (owner === undefined) {
    return Date.now() - modified > UNWRITTEN_LOCK_STALE_MS
      ? { state: "stale", text }
      : { state: "held", owner };
  }
  // A process on another machine (a shared folder) cannot be checked: it counts as alive.
  if (owner.hostname === hostname() && !isProcessAlive(owner.pid)) return { state: "stale", text };
  return { state: "held", owner };
}

/**
 * Removes a stale lock file, unless another process replaced it since we read it: the file is
 * moved aside atomically and compared with what was judged stale; a fresh lock moved aside by
 * mistake is linked back (link fails rather than overwrite, should a third process have locked
 * in between).
 */
async function removeStale(lockPath: string, staleText: string): Promise<void> {
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await rename(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = await readFile(aside, "utf8").catch(() => staleText);
  if (moved !== staleText) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

async function tryCreate(lockPath: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_EXCL: exactly one process creates the file; everyone else gets EEXIST.
    handle = await open(lockPath, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    const owner: DataDirLockOwner = {
      pid: process.pid,
      hostname: hostname(),
      createdAt: new Date().toISOString(),
    };
    await handle.writeFile(`${JSON.stringify(owner)}\n`);
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Takes an exclusive, cross-process lock on a file path (created with `O_EXCL`, holding this
 * process's pid and host), waiting while another live process holds it. A lock left by a
 * process that died on this machine is taken over. Returns the release function, which removes
 * the file; calling it twice is harmless.
 *
 * PGlite keeps a whole PostgreSQL cluster in one folder with no locking of its own: two
 * processes opening it at once corrupt it. This lock is what keeps them apart.
 *
 * @example
 * ```ts
 * const release = await acquireDataDirLock(".retort/pglite.lock", {
 *   onWait: (holder) => console.error(`waiting for process ${holder?.pid}...`),
 * });
 * try { ... } finally { await release(); }
 * ```
 */
export async function acquireDataDirLock(
  lockPath: string,
  options: DataDirLockOptions = {},
): Promise<() => Promise<void>> {
  await mkdir(dirname(lockPath), { recursive: true });
  const started = Date.now();
  let delay = FIRST_RETRY_MS;
  let waited = false;
  for (;;) {
    if (await tryCreate(lockPath)) break;
    const found = await inspect(lockPath);
    if (found.state === "gone") continue;
    if (found.state === "stale") {
      await removeStale(lockPath, found.text);
      continue;
    }
    // A served folder stays locked until its server stops: waiting would only time out.
    if (found.owner?.servedAt !== undefined)
      throw new DataDirLockTimeoutError(lockPath, found.owner);
    if (!waited) {
      waited = true;
      options.onWait?.(found.owner);
    }
    if (options.timeoutMs !== undefined && Date.now() - started >= options.timeoutMs) {
      throw new DataDirLockTimeoutError(lockPath, found.owner);
    }
    // Polling with backoff: a lock file offers nothing to block on across processes.
    const remaining =
      options.timeoutMs === undefined ? delay : options.timeoutMs - (Date.now() - started);
    await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(delay, remaining))));
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await unlink(lockPath).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  };
}

/**
 * Records in a lock this process holds that the folder is served at `url` (`retort db serve`),
 * so another process asking for it is told where to connect instead of waiting.
 *
 * @example
 * ```ts
 * await markServed(".retort/pglite.lock", "postgres://postgres@127.0.0.1:5433/postgres");
 * ```
 */
export async function markServed(lockPath: string, url: string): Promise<void> {
  const owner = parseOwner(await readFile(lockPath, "utf8"));
  if (owner === undefined || owner.pid !== process.pid) return;
  const temp = `${lockPath}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temp, `${JSON.stringify({ ...owner, servedAt: url })}\n`);
  // Renamed over it: a reader sees the old owner or the new one, never half of either.
  await rename(temp, lockPath);
}

/**
 * The URL a live `retort db serve` serves the folder of `lockPath` at, read from its lock;
 * `undefined` when the folder is not locked, or not served, or its server is gone.
 *
 * @example
 * ```ts
 * servedFrom(".retort/pglite.lock"); // "postgres://postgres@127.0.0.1:5433/postgres?sslmode=disable"
 * ```
 */
export function servedFrom(lockPath: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch {
    return undefined;
  }
  const owner = parseOwner(text);
  if (owner?.servedAt === undefined) return undefined;
  if (owner.hostname !== hostname() || !isProcessAlive(owner.pid)) return undefined;
  return owner.servedAt;
}
