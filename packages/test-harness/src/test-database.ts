import { randomBytes } from "node:crypto";
import pg from "pg";
import { getTestServer } from "./test-server";

/** A database made for one test file, on the {@link getTestServer} server. */
export interface TestDatabase {
  /** The URL of this database, with the server's credentials. */
  readonly url: string;
  /** Its name, for example `retort_driver_pg_4242_a1b2c3`. */
  readonly name: string;
  /** Ends every session on it and drops it; calling it twice is harmless. */
  drop(): Promise<void>;
}

/** PostgreSQL truncates identifiers to 63 bytes; keep the unique suffix inside that. */
const MAX_NAME_LENGTH = 63;

function databaseName(label: string): string {
  const suffix = `_${process.pid}_${randomBytes(4).toString("hex")}`;
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const prefix = `retort_${slug}`.slice(0, MAX_NAME_LENGTH - suffix.length).replace(/_+$/, "");
  return `${prefix}${suffix}`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function onAdminDatabase<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** SQLSTATE 55006: `CREATE DATABASE` copies template1 and fails while someone is connected to it. */
function isTemplateBusy(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "55006";
}

/**
 * Creates a fresh, uniquely named database (`retort_<label>_<pid>_<random>`) on the test server,
 * so test files run in parallel without seeing each other. Drop it in `afterAll`.
 *
 * @example
 * ```ts
 * let db: TestDatabase;
 * beforeAll(async () => { db = await createTestDatabase("runner"); });
 * afterAll(() => db.drop());
 * ```
 */
export async function createTestDatabase(label = "test"): Promise<TestDatabase> {
  const server = await getTestServer();
  const name = databaseName(label);
  await onAdminDatabase(server.url, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
        return;
      } catch (error) {
        if (!isTemplateBusy(error) || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
      }
    }
  });
  const url = new URL(server.url);
  url.pathname = `/${encodeURIComponent(name)}`;
  let dropping: Promise<void> | undefined;
  return {
    url: url.toString(),
    name,
    drop: () => {
      // WITH (FORCE) (PostgreSQL 13+; before, pg_terminate_backend) ends the sessions a test
      // forgot to close.
      dropping ??= onAdminDatabase(server.url, async (client) => {
        // A pool that was just ended may still be closing its sessions; ending them by force
        // then makes its client report "terminating connection" as an unhandled error. Give
        // them a moment (bounded, by asking the server) before forcing what is left.
        const deadline = Date.now() + 3000;
        while (Date.now() < deadline) {
          const open = await client.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1",
            [name],
          );
          if (open.rows[0]?.n === 0) break;
        }
        const version = await client.query<{ server_version_num: string }>(
          "SHOW server_version_num",
        );
        if (Number(version.rows[0]?.server_version_num) >= 130000) {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
        } else {
          await client.query(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1",
            [name],
          );
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
        }
      });
      return dropping;
    },
  };
}
