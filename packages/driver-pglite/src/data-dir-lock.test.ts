import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, type DataDirLockOwner, markServed } from "./data-dir-lock";

/** The built package: the child process runs plain Node, which cannot load the TypeScript source. */
const built = fileURLToPath(new URL("../dist/index.js", import.meta.url));

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "retort-lock-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * A child process that takes the lock, says "locked", releases it when told "release" on stdin,
 * says "released" and exits.
 */
async function lockInChild(
  lockPath: string,
): Promise<{ child: ChildProcessWithoutNullStreams; next: () => Promise<string> }> {
  const script = `
    import { acquireDataDirLock } from ${JSON.stringify(built)};
    const release = await acquireDataDirLock(${JSON.stringify(lockPath)});
    process.stdout.write("locked\\n");
    process.stdin.once("data", async () => {
      await release();
      process.stdout.write("released\\n");
      process.exit(0);
    });`;
  const child = spawn(process.execPath, ["--input-type=module", "-e", script]);
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`the child exited: ${stderr}`);
    return line.value;
  };
  expect(await next()).toBe("locked");
  return { child, next };
}

describe("acquireDataDirLock across processes", () => {
  it("waits for another process's lock and takes it once released", async () => {
    const lockPath = join(dir, "waits.lock");
    const { child, next } = await lockInChild(lockPath);
    const holders: (DataDirLockOwner | undefined)[] = [];
    let announceWait!: () => void;
    const waiting = new Promise<void>((resolve) => {
      announceWait = resolve;
    });
    const acquiring = acquireDataDirLock(lockPath, {
      onWait: (holder) => {
        holders.push(holder);
        announceWait();
      },
    });
    await waiting;
    expect(holders).toEqual([expect.objectContaining({ pid: child.pid, hostname: hostname() })]);
    child.stdin.write("release\n");
    expect(await next()).toBe("released");
    const release = await acquiring;
    expect(JSON.parse(await readFile(lockPath, "utf8"))).toMatchObject({ pid: process.pid });
    await release();
    await release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it("takes over a lock whose process died", async () => {
    const lockPath = join(dir, "stale.lock");
    const { child } = await lockInChild(lockPath);
    child.kill("SIGKILL");
    await once(child, "exit");
    expect(JSON.parse(await readFile(lockPath, "utf8"))).toMatchObject({ pid: child.pid });
    let waited = false;
    const release = await acquireDataDirLock(lockPath, { onWait: () => (waited = true) });
    expect(waited).toBe(false);
    expect(JSON.parse(await readFile(lockPath, "utf8"))).toMatchObject({ pid: process.pid });
    await release();
  });

  it("gives up after timeoutMs, naming the holder", async () => {
    const lockPath = join(dir, "timeout.lock");
    const { child, next } = await lockInChild(lockPath);
    try {
      await expect(acquireDataDirLock(lockPath, { timeoutMs: 30 })).rejects.toMatchObject({
        name: "DataDirLockTimeoutError",
        holder: { pid: child.pid },
      });
    } finally {
      child.stdin.write("release\n");
      await next();
    }
  });
});

describe("acquireDataDirLock", () => {
  it("treats a lock held by a live process on another host as held", async () => {
    const lockPath = join(dir, "remote.lock");
    await writeFile(
      lockPath,
      JSON.stringify({ pid: 1, hostname: "elsewhere.example", createdAt: "" }),
    );
    await expect(acquireDataDirLock(lockPath, { timeoutMs: 10 })).rejects.toMatchObject({
      holder: { hostname: "elsewhere.example" },
    });
    await rm(lockPath);
  });

  it("does not wait for a folder `retort db serve` holds: says where it is served", async () => {
    const lockPath = join(dir, "served.lock");
    const release = await acquireDataDirLock(lockPath);
    try {
      await markServed(lockPath, "postgres://postgres@127.0.0.1:5433/postgres");
      // No timeout given: without the mark it would wait for as long as the server runs.
      await expect(acquireDataDirLock(lockPath)).rejects.toMatchObject({
        name: "DataDirLockTimeoutError",
        holder: { pid: process.pid, servedAt: "postgres://postgres@127.0.0.1:5433/postgres" },
      });
    } finally {
      await release();
    }
  });

  it("creates missing parent folders", async () => {
    const release = await acquireDataDirLock(join(dir, "a", "b", "c.lock"));
    expect(existsSync(join(dir, "a", "b", "c.lock"))).toBe(true);
    await release();
  });
});
