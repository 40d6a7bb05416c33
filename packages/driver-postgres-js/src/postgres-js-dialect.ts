import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Kysely,
  type Driver as KyselyDriver,
  PostgresAdapter,
  PostgresDriver,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from "kysely";
import type { ReservedSql, Row, Sql } from "postgres";

/** Construction input of {@link PostgresJsSessionDialect}. */
export interface PostgresJsSessionDialectConfig {
  /**
   * Makes the postgres.js instance on first use: `max: 1`, never closed for idleness or age
   * (`idle_timeout: 0`, `max_lifetime: null`), with `onclose` passed on so that the dialect
   * knows when its session ends.
   */
  readonly makeSql: (hooks: { readonly onclose: () => void }) => Promise<Sql>;
  /** The error to throw when the first connection fails (a `ConnectionFailedError`). */
  readonly describeFailure: (error: unknown) => Error;
  /** The error to throw once the session has ended under us. */
  readonly describeLoss: (error: unknown) => Error;
}

/** postgres.js's error codes for a connection that closed or was torn down. */
const CONNECTION_GONE = new Set(["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED"]);

/**
 * One query on the session. Without parameters it goes through the simple protocol, the only one
 * that carries several statements in one message (a migration's `op.execute` batch); with
 * parameters, through the extended protocol, which binds them.
 */
class PostgresJsConnection implements DatabaseConnection {
  constructor(
    private readonly session: ReservedSql,
    private readonly onFailure: (error: unknown) => Error,
    readonly release: () => void,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const parameters = [...compiledQuery.parameters] as never[];
    let result: Row[] & { command?: string; count?: number | null };
    try {
      const query = this.session.unsafe(compiledQuery.sql, parameters, { prepare: false });
      // postgres.js picks the simple protocol for an empty parameter list today; saying so keeps
      // migration batches working should that default change.
      result = await (parameters.length === 0 ? query.simple() : query);
    } catch (error) {
      throw this.onFailure(error);
    }
    // Several statements in one simple query give one result each; Kysely wants the last one,
    // as node-postgres gives it.
    const last = "command" in result ? result : (result.at(-1) as typeof result | undefined);
    const command = last?.command;
    const count = last?.count;
    return {
      rows: [...(last ?? [])] as R[],
      ...((command === "INSERT" ||
        command === "UPDATE" ||
        command === "DELETE" ||
        command === "MERGE") &&
      typeof count === "number"
        ? { numAffectedRows: BigInt(count) }
        : {}),
    };
  }

  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 100,
  ): AsyncIterableIterator<QueryResult<R>> {
    const cursor = this.session
      .unsafe(compiledQuery.sql, [...compiledQuery.parameters] as never[], { prepare: false })
      .cursor(Math.max(1, Math.floor(chunkSize)));
    for await (const rows of cursor) yield { rows: rows as R[] };
  }
}

/**
 * Kysely's PostgreSQL driver over one reserved postgres.js session. Queries take turns on it
 * (a transaction holds it to the end), so the runner's advisory lock, `SET`s and transactions all
 * live on one backend. A session the server ended is reported, never silently replaced: a new
 * one would hold neither the lock nor the settings.
 */
class PostgresJsSessionDriver extends PostgresDriver implements KyselyDriver {
  readonly #config: PostgresJsSessionDialectConfig;
  #sql: Sql | undefined;
  #session: Promise<ReservedSql> | undefined;
  #hasConnected = false;
  #lost: unknown;
  #isLost = false;
  #ended = false;
  /** Resolves when the previous holder of the session releases it. */
  #turn: Promise<void> = Promise.resolve();

  constructor(config: PostgresJsSessionDialectConfig) {
    super({ pool: {} as never });
    this.#config = config;
  }

  override async init(): Promise<void> {}

  /** Called by postgres.js when its one connection closes, including a failed first connect. */
  #markClosed(): void {
    if (this.#hasConnected && !this.#ended) {
      this.#isLost = true;
      this.#lost ??= new Error("the server closed the connection");
    }
  }

  async #reserve(): Promise<ReservedSql> {
    if (this.#ended) throw new Error("This dialect's session was ended (Kysely destroy).");
    if (this.#isLost) throw this.#config.describeLoss(this.#lost);
    this.#session ??= (async () => {
      this.#sql ??= await this.#config.makeSql({ onclose: () => this.#markClosed() });
      try {
        const session = await this.#sql.reserve();
        this.#hasConnected = true;
        return session;
      } catch (error) {
        this.#session = undefined;
        throw this.#config.describeFailure(error);
      }
    })();
    return this.#session;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.#turn;
    this.#turn = previous.then(() => mine);
    await previous;
    try {
      const session = await this.#reserve();
      return new PostgresJsConnection(session, (error) => this.#queryFailure(error), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  #queryFailure(error: unknown): Error {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string" && (CONNECTION_GONE.has(code) || code === "ECONNRESET")) {
      this.#isLost = true;
      this.#lost ??= error;
      return this.#config.describeLoss(error);
    }
    return error instanceof Error ? error : new Error(String(error));
  }

  override async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PostgresJsConnection).release();
  }

  override async destroy(): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    const session = await this.#session?.catch(() => undefined);
    session?.release();
    await this.#sql?.end({ timeout: 5 });
  }
}

/**
 * A Kysely dialect for PostgreSQL over postgres.js that holds one session. Kysely's own
 * adapter, query compiler and introspector do the PostgreSQL part; only the driver is ours.
 *
 * @example
 * ```ts
 * const dialect = new PostgresJsSessionDialect({
 *   makeSql: async ({ onclose }) =>
 *     postgres(url, { max: 1, idle_timeout: 0, max_lifetime: null, onclose }),
 *   describeFailure: (error) => new ConnectionFailedError({ reason: "other", target, cause: error }),
 *   describeLoss: (error) => new ConnectionFailedError({ reason: "other", target, cause: error }),
 * });
 * const db = new Kysely<any>({ dialect });
 * ```
 */
export class PostgresJsSessionDialect implements Dialect {
  readonly #driver: PostgresJsSessionDriver;

  constructor(config: PostgresJsSessionDialectConfig) {
    this.#driver = new PostgresJsSessionDriver(config);
  }

  /** Ends the session, as Kysely's `destroy` does; calling it twice is harmless. */
  end(): Promise<void> {
    return this.#driver.destroy();
  }

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): KyselyDriver {
    return this.#driver;
  }

  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
