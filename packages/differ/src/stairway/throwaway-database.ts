import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Driver,
  type DriverRegistry,
  driverPackageForUrl,
  executeRaw,
  loadKysely,
  maskUrl,
  openDriver,
  quoteIdent,
  type ResolvedConfig,
  RetortError,
} from "@retort/core";
import type { Kysely } from "kysely";

const embeddedDriver = "@retort/driver-pglite";

/** A database made for one `retort test` run, and how to get rid of it. */
export interface ThrowawayDatabase {
  /** The config pointed at it (its `url`). */
  readonly config: ResolvedConfig;
  /** Where it is, safe to print: a URL with the password masked, or a folder. */
  readonly displayTarget: string;
  /** Whether {@link ThrowawayDatabase.drop} has anything to remove (`memory://` has not). */
  readonly isDroppable: boolean;
  /** Drops the database (or removes the folder); calling it twice is harmless. */
  drop(): Promise<void>;
}

function isEmbedded(config: ResolvedConfig): boolean {
  if (typeof config.driver === "function") return false;
  return (config.driver ?? driverPackageForUrl(config.url)) === embeddedDriver;
}

/**
 * Makes an empty database beside the configured one: on a server, `CREATE DATABASE` with a
 * unique name (the configured database is only connected to, never changed); for the embedded
 * database, a new data folder under the system's temp folder (`memory://` stays in memory).
 *
 * @example
 * ```ts
 * const scratch = await createThrowawayDatabase(config, drivers);
 * try {
 *   // ... scratch.config.url
 * } finally {
 *   await scratch.drop();
 * }
 * ```
 */
export async function createThrowawayDatabase(
  config: ResolvedConfig,
  drivers: DriverRegistry,
): Promise<ThrowawayDatabase> {
  if (isEmbedded(config)) {
    if (config.url !== undefined && /^memory:/i.test(config.url.trim())) {
      return {
        config,
        displayTarget: "embedded in-memory database",
        isDroppable: false,
        drop: async () => {},
      };
    }
    const dir = mkdtempSync(join(tmpdir(), "retort-test-"));
    return {
      config: { ...config, url: `pglite://${encodeURI(dir)}` },
      displayTarget: `embedded database at ${dir}`,
      isDroppable: true,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = config.url;
  let parsed: URL | undefined;
  try {
    parsed = url === undefined ? undefined : new URL(url);
  } catch {
    parsed = undefined;
  }
  if (url === undefined || parsed === undefined) {
    throw new RetortError(
      "BAD_URL",
      "retort test needs a database URL it can point at a new database.",
      {
        hint: "set url (or DATABASE_URL, --url) to a postgres:// URL of a server where this user may CREATE DATABASE, or leave it unset for the embedded database.",
      },
    );
  }
  const name = `retort_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await onServer(config, drivers, async (driver, db) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await driver.executeOutsideTransaction(db, `CREATE DATABASE ${quoteIdent(name)}`);
        return;
      } catch (error) {
        // 55006: another session is on the template database (a concurrent CREATE DATABASE).
        if ((error as { code?: unknown }).code !== "55006" || attempt >= 20) {
          throw new RetortError(
            "TEST_DATABASE_FAILED",
            `Could not create the throwaway database ${name} on ${maskUrl(url)}: ${(error as Error).message}`,
            {
              cause: error,
              hint: "retort test needs a user that may CREATE DATABASE (ALTER ROLE ... CREATEDB), or use the embedded database (no url).",
              details: { database: name },
            },
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
      }
    }
  });
  parsed.pathname = `/${encodeURIComponent(name)}`;
  const scratchUrl = parsed.toString();
  let dropping: Promise<void> | undefined;
  return {
    config: { ...config, url: scratchUrl },
    displayTarget: maskUrl(scratchUrl),
    isDroppable: true,
    drop: () => {
      dropping ??= onServer(config, drivers, async (driver, db) => {
        const version = await driver.serverVersion(db);
        // WITH (FORCE) (PostgreSQL 13+) ends sessions a failed migration left behind.
        const force = version.num >= 130000 ? " WITH (FORCE)" : "";
        await executeRaw(db, `DROP DATABASE IF EXISTS ${quoteIdent(name)}${force}`);
      });
      return dropping;
    },
  };
}

/** Runs `fn` on a connection to the configured server, closed afterwards. */
async function onServer(
  config: ResolvedConfig,
  drivers: DriverRegistry,
  fn: (driver: Driver, db: Kysely<any>) => Promise<void>,
): Promise<void> {
  const driver = await openDriver(config, drivers);
  const { Kysely: KyselyOf } = await loadKysely();
  const db = new KyselyOf<any>({ dialect: driver.createDialect() });
  try {
    await fn(driver, db);
  } finally {
    await db.destroy();
    await driver.close?.();
  }
}
