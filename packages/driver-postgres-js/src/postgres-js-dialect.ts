import { quoteIdent } from "@retort/core";
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "@retort/core/kysely-runtime";
import type {
  DatabaseConnection,
  Dialect,
  Kysely,
  Driver as KyselyDriver,
  QueryResult,
  TransactionSettings,
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

  /** Runs a parameterless command and gives its tag (`COMMIT`, `ROLLBACK`...). */
  async command(text: string): Promise<string | undefined> {
    let result: Row[] & { command?: string };
    try {
      result = await this.session.unsafe(text, [], { prepare: false }).simple();
    } catch (error) {
      throw this.onFailure(error);
    }
    return result.command;
  }

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

/** Runs one of the parameterless commands Kysely's transactions need (simple protocol). */
async function run(connection: DatabaseConnection, text: string): Promise<QueryResult<unknown>> {
  return connection.executeQuery(CompiledQuery.raw(text));
}

/**
 * Kysely's PostgreSQL driver over one reserved postgres.js session. Queries take turns on it
 * (a transaction holds it to the end), so the runner's advisory lock, `SET`s and transactions all
 * live on one backend. A session the server ended is reported, never silently replaced: a new
 * one would hold neither the lock nor the settings.
 *
 * It does not extend Kysely's `PostgresDriver`: in some Kysely versions its transaction methods
 * reach into node-postgres connections, so this driver writes its own (a few lines each).
 */
class PostgresJsSessionDriver implements KyselyDriver {
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
    this.#config = config;
  }

  async init(): Promise<void> {}

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    // The settings are Kysely's closed sets of keywords (`serializable`, `read only`...).
    const modes = [
      settings.isolationLevel === undefined ? "" : ` isolation level ${settings.isolationLevel}`,
      (settings as { accessMode?: string }).accessMode === undefined
        ? ""
        : ` ${(settings as { accessMode?: string }).accessMode}`,
    ].join("");
    await run(connection, modes === "" ? "begin" : `start transaction${modes}`);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    // PostgreSQL answers COMMIT with a ROLLBACK tag when an earlier error (one the caller caught)
    // aborted the transaction: nothing was committed, and saying nothing would lose the work.
    if ((await (connection as PostgresJsConnection).command("commit")) === "ROLLBACK") {
      throw new Error(
        "COMMIT rolled the transaction back: an earlier statement in it failed and aborted it.",
      );
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await run(connection, "rollback");
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await run(connection, `savepoint ${quoteIdent(name)}`);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await run(connection, `rollback to savepoint ${quoteIdent(name)}`);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await run(connection, `release savepoint ${quoteIdent(name)}`);
  }

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

  async acquireConnection(): Promise<DatabaseConnection> {
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

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PostgresJsConnection).release();
  }

  async destroy(): Promise<void> {
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
