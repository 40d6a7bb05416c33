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
} from "@retort/core";
import { PostgresDialect } from "@retort/core/kysely-runtime";
import type { Dialect, PostgresPool } from "kysely";
import {
  loadPg,
  type PgModule,
  type PgPool,
  type PgPoolClient,
  type PgPoolConfig,
} from "./pg-module";

/** Default of {@link DriverConfig.connectTimeoutMs} for this driver. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

/** `application_name` unless the URL sets one: it shows retort's session in `pg_stat_activity`. */
export const DEFAULT_APPLICATION_NAME = "retort";

/** Construction input of {@link PgDriver}: a {@link DriverConfig} plus what tests inject. */
export interface PgDriverConfig extends DriverConfig {
  /** The `pg` module to use instead of importing it; for tests and bundled setups. */
  readonly pg?: PgModule | undefined;
}

/**
 * A pool of one `pg` session for Kysely's `PostgresDialect`. It turns failures to connect into
 * {@link ConnectionFailedError}s, keeps the session open while idle (the runner's advisory lock
 * and `SET`s live on it), and refuses to silently replace a session the server ended: a new
 * session would hold neither the old one's lock nor its settings.
 */
class OneSessionPool implements PostgresPool {
  #pool: Promise<PgPool> | undefined;
  #ended = false;
  #session: PgPoolClient | undefined;
  #lost: Error | undefined;

  constructor(
    private readonly makePool: () => Promise<PgPool>,
    private readonly describeFailure: (error: unknown) => Error,
    private readonly describeLoss: (error: Error | undefined) => Error,
  ) {}

  async connect(): Promise<PgPoolClient> {
    if (this.#lost !== undefined) throw this.describeLoss(this.#lost);
    this.#pool ??= this.makePool().then((pool) => {
      // An idle session that dies (server restart, pg_terminate_backend) makes `pg` emit
      // 'error' on the pool; unhandled, that would crash the process.
      pool.on("error", (error) => {
        this.#lost = error;
      });
      return pool;
    });
    const pool = await this.#pool;
    let client: PgPoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw this.#session === undefined
        ? this.describeFailure(error)
        : this.describeLoss(this.#lost);
    }
    if (this.#session === undefined) {
      this.#session = client;
      // While Kysely holds the session, `pg` emits its connection errors on the client itself,
      // where nobody else listens: an unhandled 'error' event would crash the process.
      client.on("error", (error) => {
        this.#lost = error;
      });
      client.on("end", () => {
        this.#lost ??= new Error("the server closed the connection");
      });
    } else if (client !== this.#session) {
      client.release(true);
      throw this.describeLoss(this.#lost);
    }
    return client;
  }

  async end(): Promise<void> {
    // Kysely's destroy and the driver's close may both end the pool; `pg` throws on a second end.
    if (this.#ended || this.#pool === undefined) return;
    this.#ended = true;
    const pool = await this.#pool.catch(() => undefined);
    await pool?.end();
  }
}

/**
 * retort's driver for PostgreSQL over node-postgres (`pg`). Each dialect it makes holds one
 * session (a `pg.Pool` with `max: 1` that never closes it for idleness).
 *
 * @example
 * ```ts
 * import { Kysely } from "kysely";
 * import { createDriver } from "@retort/driver-pg";
 *
 * const driver = createDriver({ url: "postgres://app@localhost:5432/shop", root: process.cwd() });
 * const db = new Kysely<any>({ dialect: driver.createDialect() });
 * const release = await driver.acquireLock(db, { key: 42n });
 * ```
 */
export class PgDriver extends BaseDriver {
  readonly name = "pg";
  // Each dialect connects its own session: the catalog can be read over several at once.
  override readonly hasIndependentSessions = true;
  readonly displayTarget: string;
  readonly isLocal: boolean;
  readonly settings: PostgresUrlSettings;
  readonly #config: PgDriverConfig;
  readonly #pools = new Set<OneSessionPool>();

  constructor(config: PgDriverConfig) {
    super();
    if (config.url === undefined || config.url.trim() === "") {
      throw new BadUrlError({
        url: "",
        problem: "@retort/driver-pg needs a postgres:// URL",
        hint: "set `url` in retort.config.ts (usually process.env.DATABASE_URL), or leave the driver unset for the embedded database.",
      });
    }
    this.#config = config;
    this.settings = parsePostgresUrl(config.url);
    this.displayTarget = maskUrl(config.url);
    this.isLocal = isLocalHost(this.settings.host ?? process.env.PGHOST);
  }

  /** The options handed to `new pg.Pool(...)`, password included. */
  poolConfig(): PgPoolConfig {
    const s = this.settings;
    return {
      host: s.host,
      port: s.port,
      user: s.user,
      password: s.password,
      database: s.database,
      ssl: s.ssl,
      application_name: s.applicationName ?? DEFAULT_APPLICATION_NAME,
      options: s.options,
      statement_timeout: this.#config.statementTimeoutMs,
      connectionTimeoutMillis: this.connectTimeoutMs,
      // One session for the whole run, never closed for idleness: the advisory lock and every
      // `SET` belong to it.
      max: 1,
      idleTimeoutMillis: 0,
    };
  }

  private get connectTimeoutMs(): number {
    return (
      this.#config.connectTimeoutMs ?? this.settings.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS
    );
  }

  createDialect(): Dialect {
    const pool = new OneSessionPool(
      async () => {
        const pg = this.#config.pg ?? (await loadPg());
        return new pg.Pool(this.poolConfig());
      },
      (error) => this.connectionError(error),
      (error) =>
        new ConnectionFailedError({
          reason: "other",
          target: this.displayTarget,
          cause: new Error(
            `the database session ended${error === undefined ? "" : ` (${error.message})`}; its advisory lock and settings went with it`,
            { cause: error },
          ),
        }),
    );
    this.#pools.add(pool);
    return new PostgresDialect({ pool });
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
    const pools = [...this.#pools];
    this.#pools.clear();
    await Promise.all(pools.map((pool) => pool.end()));
  }
}

/**
 * Makes a {@link PgDriver} for a `postgres://` or `postgresql://` URL. `sslmode`,
 * `application_name` (default `retort`), `options` and `connect_timeout` in the URL are honoured;
 * `connectTimeoutMs` (default 10 s) and `statementTimeoutMs` come from the config.
 *
 * @example
 * ```ts
 * const driver = createDriver({ url: process.env.DATABASE_URL, root: process.cwd() });
 * driver.displayTarget; // "postgres://app:***@db.internal:5432/shop"
 * ```
 */
export function createDriver(config: DriverConfig): PgDriver {
  return new PgDriver(config);
}
