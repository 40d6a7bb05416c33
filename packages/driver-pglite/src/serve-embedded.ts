import { createServer } from "node:net";
import { RetortError } from "@retort/core";
import { markServed, servedFrom } from "./data-dir-lock";
import { createDriver } from "./pglite-driver";
import { resolvePGliteTarget } from "./resolve-pglite-target";

/** Construction input of {@link serveEmbedded}. */
export interface ServeEmbeddedOptions {
  /** The project root; the database is `<root>/.retort/pglite` unless `url` says otherwise. */
  readonly root: string;
  /** A `pglite://` URL (absent: the default folder). */
  readonly url?: string | undefined;
  /** Default `127.0.0.1`. */
  readonly host?: string | undefined;
  /** Default 5433 (beside a PostgreSQL on 5432); 0 picks a free port. */
  readonly port?: number | undefined;
  /**
   * Clients served at once (default 1). PGlite is one session: statements of several clients
   * interleave, so one client's open transaction is seen by the others.
   */
  readonly maxConnections?: number | undefined;
  readonly connectTimeoutMs?: number | undefined;
  /** Called with a line to show while waiting for the folder's lock, or creating the database. */
  readonly onWait?: ((message: string) => void) | undefined;
}

/** A running {@link serveEmbedded}. */
export interface EmbeddedServer {
  /** What to give `psql`, the application or `DATABASE_URL`. */
  readonly url: string;
  /** The database served, for messages (`embedded database at .retort/pglite`). */
  readonly display: string;
  /** Stops listening, closes the database and releases its folder. */
  stop(): Promise<void>;
}

async function freePort(host: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address !== null
          ? resolvePort(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Puts the embedded database behind a PostgreSQL socket (`@electric-sql/pglite-socket`), so the
 * application and `psql` reach it during development. The folder stays locked while it is
 * served: other retort commands reach it through the returned `url`.
 *
 * @example
 * ```ts
 * const server = await serveEmbedded({ root: process.cwd(), port: 5433 });
 * server.url; // "postgres://postgres@127.0.0.1:5433/postgres?sslmode=disable"
 * await server.stop();
 * ```
 */
export async function serveEmbedded(options: ServeEmbeddedOptions): Promise<EmbeddedServer> {
  const host = options.host ?? "127.0.0.1";
  const port = options.port === 0 ? await freePort(host) : (options.port ?? 5433);
  const driver = createDriver({
    url: options.url,
    root: options.root,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    onWait: options.onWait,
    staysOpen: true,
  });
  if (driver.target.kind === "memory") {
    throw new RetortError(
      "BAD_URL",
      "An in-memory embedded database cannot be served: it is gone when this process ends.",
      { hint: "serve a folder: leave url unset, or use pglite://<folder>." },
    );
  }
  const opened = await driver.open();
  try {
    // An optional peer: it pins an exact PGlite, which would give most projects a second copy.
    let socketModule: typeof import("@electric-sql/pglite-socket");
    try {
      socketModule = await import("@electric-sql/pglite-socket");
    } catch (error) {
      throw new RetortError(
        "DRIVER_NOT_FOUND",
        "retort db serve needs the `@electric-sql/pglite-socket` package, which is not installed.",
        {
          hint: "install it in the project: `pnpm add -D @electric-sql/pglite-socket`.",
          cause: error,
        },
      );
    }
    const { PGLiteSocketServer } = socketModule;
    const server = new PGLiteSocketServer({
      // The socket server is typed against PGlite's class; the driver opened exactly that.
      db: opened.pglite as ConstructorParameters<typeof PGLiteSocketServer>[0]["db"],
      host,
      port,
      maxConnections: options.maxConnections ?? 1,
    });
    try {
      await server.start();
    } catch (error) {
      const busy = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
      throw new RetortError(
        "CONNECTION_FAILED",
        busy
          ? `Port ${port} on ${host} is already in use.`
          : `Could not listen on ${host}:${port}: ${(error as Error).message}`,
        { hint: busy ? "pass another --port (0 picks a free one)." : undefined, cause: error },
      );
    }
    const hostPart = host.includes(":") ? `[${host}]` : host;
    const url = `postgres://postgres@${hostPart}:${port}/postgres?sslmode=disable`;
    // Another retort command that finds the folder locked is told where to connect.
    await markServed(`${driver.target.dataDir}.lock`, url).catch(() => {});
    return {
      url,
      display: driver.displayTarget,
      async stop() {
        try {
          await server.stop();
        } finally {
          await opened.close();
        }
      },
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}

/**
 * The URL `retort db serve` serves the embedded database of `url` (unset: `.retort/pglite`) at,
 * while it runs; `undefined` otherwise. Other commands connect there, as the folder is locked.
 *
 * @example
 * ```ts
 * servedUrl(undefined, process.cwd()); // "postgres://postgres@127.0.0.1:5433/postgres?sslmode=disable"
 * ```
 */
export function servedUrl(url: string | undefined, root: string): string | undefined {
  const target = resolvePGliteTarget(url, root);
  return target.kind === "dir" ? servedFrom(`${target.dataDir}.lock`) : undefined;
}
