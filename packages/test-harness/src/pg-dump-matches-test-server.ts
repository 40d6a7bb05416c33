import { execFileSync } from "node:child_process";
import pg from "pg";
import { getTestServer } from "./test-server";

let answer: Promise<boolean> | undefined;

async function testServerMajor(): Promise<number> {
  const { url } = await getTestServer();
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      "select current_setting('server_version_num') as v",
    );
    return Math.floor(Number(rows[0]?.v) / 10000);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function pgDumpMajor(): number | undefined {
  try {
    const match = /PostgreSQL\)\s+(\d+)/.exec(
      execFileSync("pg_dump", ["--version"], { encoding: "utf8" }),
    );
    return match === null ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * Whether the `pg_dump` on the PATH has the test server's major version: pg_dump refuses a newer
 * server, and an older server's dump differs in details, so the tests that compare with pg_dump
 * run only then. Asked once per process; await it at the top of a test file and pass it to
 * `it.skipIf`, so a skipped comparison shows in the report instead of passing silently.
 *
 * @example
 * ```ts
 * const canDump = await pgDumpMatchesTestServer();
 * it.skipIf(!canDump)("matches pg_dump", async () => { ... });
 * ```
 */
export function pgDumpMatchesTestServer(): Promise<boolean> {
  answer ??= testServerMajor().then((major) => pgDumpMajor() === major);
  return answer;
}
