import {
  BadUrlError,
  BaseDriver,
  ConnectionFailedError,
  connectionFailureReason,
  type DriverConfig,
  isLocalHost,
  maskUrl,
  type PostgresUrlSettings,
  parsePostgresUrl,
  RetortError,
} from "@retort/core";
import type { Dialect } from "kysely";
import type { Options, Sql } from "postgres";
import { PostgresJsSessionDialect } from "./postgres-js-dialect";

/** Default of {@link DriverConfig.connectTimeoutMs} for this driver. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** `application_name` unless the URL sets one: it shows retort's session in `pg_stat_activity`. */
export const DEFAULT_APPLICATION_NAME = "retort";

/** The options this driver hands to `postgres(...)`. */
export type PostgresJsOptions = Options<Record<string, never>>;

/** Construction input of {@link PostgresJsDriver}: a {@link DriverConfig} plus what tests inject. */
export interface PostgresJsDriverConfig extends DriverConfig {
  /** The `postgres` function to use instead of importing it; for tests and bundled setups. */
  readonly postgres?: ((options: PostgresJsOptions) => Sql) | undefined;
}

async function loadPostgres(): Promise<(options: PostgresJsOptions) => Sql> {
  try {
    const loaded = (await import("postgres")) as {
      default: (options: PostgresJsOptions) => Sql;
    };
    return loaded.default;
  } catch (error) {
    throw new RetortError(
      "DRIVER_NOT_FOUND",
      "@retort/driver-postgres-js could not load the `postgres` package.",
      { hint: "reinstall it next to retort: `pnpm add @retort/driver-postgres-js`.", cause: error },
    );
  }
}

/**
 * retort's driver for PostgreSQL over postgres.js (the `postgres` package). Each dialect it makes
 * holds one session (`max: 1`, never closed for idleness or age). Queries without parameters use
 * the simple protocol, so a migration's multi-statement `op.execute` runs as one message.
 *
 * @example
 * ```ts
 * import { Kysely } from "kysely";
 * import { createDriver } from "@retort/driver-postgres-js";
 *
 * const driver = createDriver({ url: "postgres://app@localhost:5432/shop", root: process.cwd() });
 * const db = new Kysely<any>({ dialect: driver.createDialect() });
 * const release = await driver.acquireLock(db, { key: 42n });
 * ```
 */
export class PostgresJsDriver extends BaseDriver {
  readonly name = "postgres-js";
  // Each dialect connects its own session: the catalog can be read over several at once.
  override readonly hasIndependentSessions = true;
  readonly displayTarget: string;
  readonly isLocal: boolean;
  readonly settings: PostgresUrlSettings;
  readonly #config: PostgresJsDriverConfig;
  readonly #dialects = new Set<PostgresJsSessionDialect>();

  constructor(config: PostgresJsDriverConfig) {
    super();
    if (config.url === undefined || config.url.trim() === "") {
      throw new BadUrlError({
        url: "",
        problem: "@retort/driver-postgres-js needs a postgres:// URL",
        hint: "set `url` in retort.config.ts (usually process.env.DATABASE_URL).",
      });
    }
    this.#config = config;
    this.settings = parsePostgresUrl(config.url);
    this.displayTarget = maskUrl(config.url);
    this.isLocal = isLocalHost(this.settings.host ?? process.env.PGHOST);
  }

  /** The options handed to `postgres(...)`, password included, without the `onclose` hook. */
  postgresOptions(): PostgresJsOptions {
    const s = this.settings;
    const connection: Record<string, string> = {
      application_name: s.applicationName ?? DEFAULT_APPLICATION_NAME,
    };
    if (s.options !== undefined) connection.options = s.options;
    if (this.#config.statementTimeoutMs !== undefined) {
      connection.statement_timeout = String(this.#config.statementTimeoutMs);
    }
    return {
      // undefined leaves postgres.js's defaults (PGHOST, PGUSER, ..., as libpq).
      ...(s.host === undefined ? {} : { host: s.host }),
      ...(s.port === undefined ? {} : { port: s.port }),
      ...(s.user === undefined ? {} : { user: s.user }),
      ...(s.password === undefined ? {} : { password: s.password }),
      ...(s.database === undefined ? {} : { database: s.database }),
      ssl: s.ssl as PostgresJsOptions["ssl"],
      connection,
      connect_timeout: this.connectTimeoutMs / 1000,
      // One session for the whole run, never closed for idleness or age: the advisory lock and
      // every `SET` belong to it.
      max: 1,
      idle_timeout: 0,
      max_lifetime: null,
      prepare: false,
      // node-postgres sends undefined as NULL; postgres.js refuses it unless told.
      transform: { undefined: null },
      // postgres.js prints NOTICEs (`... does not exist, skipping`) to the console by default,
      // which would interleave with the CLI's output and break `--json`.
      onnotice: () => undefined,
    };
  }

  private get connectTimeoutMs(): number {
    return (
      this.#config.connectTimeoutMs ?? this.settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS
    );
  }

  createDialect(): Dialect {
    const dialect = new PostgresJsSessionDialect({
      makeSql: async ({ onclose }) => {
        const postgres = this.#config.postgres ?? (await loadPostgres());
        return postgres({ ...this.postgresOptions(), onclose });
      },
      describeFailure: (error) => this.connectionError(error),
      describeLoss: (error) =>
        new ConnectionFailedError({
          reason: "other",
          target: this.displayTarget,
          cause: new Error(
            `the database session ended${error instanceof Error ? ` (${error.message})` : ""}; its advisory lock and settings went with it`,
            { cause: error },
          ),
        }),
    });
    this.#dialects.add(dialect);
    return dialect;
  }

  /**
   * A {@link ConnectionFailedError} for an error met while connecting, naming the masked URL;
   * other errors come back unchanged.
   */
  connectionError(error: unknown): Error {
    const reason = connectionFailureReason(error);
    if (reason === undefined) return error instanceof Error ? error : new Error(String(error));
    const s = this.settings;
    return new ConnectionFailedError({
      reason,
      target: this.displayTarget,
      host: s.host ?? process.env.PGHOST ?? "localhost",
      port: s.port ?? 5432,
      user: s.user,
      database: s.database ?? s.user,
      timeoutMs: this.connectTimeoutMs,
      cause: error,
    });
  }

  /**
   * Ends the sessions of every dialect this driver made (Kysely's `destroy` does the same for its
   * own); calling it twice is harmless.
   */
  async close(): Promise<void> {
    const dialects = [...this.#dialects];
    this.#dialects.clear();
    await Promise.all(dialects.map((dialect) => dialect.end()));
  }
}

/**
 * Makes a {@link PostgresJsDriver} for a `postgres://` or `postgresql://` URL. `sslmode`,
 * `application_name` (default `retort`), `options` and `connect_timeout` in the URL are honoured;
 * `connectTimeoutMs` (default 10 s) and `statementTimeoutMs` come from the config.
 *
 * @example
 * ```ts
 * // retort.config.ts
 * export default defineConfig({ url: process.env.DATABASE_URL, driver: "@retort/driver-postgres-js" });
 * ```
 */
export function createDriver(config: DriverConfig): PostgresJsDriver {
  return new PostgresJsDriver(config);
}
