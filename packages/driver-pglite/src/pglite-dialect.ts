import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from "@retort/core/kysely-runtime";
import type {
  DatabaseConnection,
  Dialect,
  DialectAdapter,
  Driver,
  Kysely,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from "kysely";

/** One result of a PGlite statement; the subset of PGlite's `Results` this dialect reads. */
export interface PGliteResults {
  rows: unknown[];
  affectedRows?: number | undefined;
  command?: string | undefined;
}

/**
 * The subset of `@electric-sql/pglite`'s `PGlite` this dialect calls. Declared here so that the
 * package is a peer dependency in any compatible version, and so that tests may pass a fake.
 */
export interface PGliteLike {
  query(sql: string, params?: unknown[]): Promise<PGliteResults>;
  exec(sql: string): Promise<PGliteResults[]>;
  close(): Promise<void>;
  readonly closed?: boolean | undefined;
}

/** Construction input of {@link PGliteDialect}. */
export interface PGliteDialectConfig {
  /**
   * A PGlite instance, or a function that opens one. A function is called once, on the first
   * query, and the dialect closes what it returned on `destroy`; an instance given directly is
   * left open for its owner.
   */
  readonly pglite: PGliteLike | (() => Promise<PGliteLike>);
  /** Runs after the dialect closed the instance it opened (to release a lock, for example). */
  readonly onDestroy?: (() => Promise<void>) | undefined;
}

/**
 * A Kysely dialect for PGlite (PostgreSQL compiled to WebAssembly). PGlite is one session, so the
 * dialect has one connection that queries queue for, and transactions are `begin`/`commit`/
 * `rollback` on it. It compiles, adapts and introspects like Kysely's PostgreSQL dialect.
 *
 * A query with parameters runs through `pglite.query` (extended protocol); one without runs
 * through `pglite.exec` (simple protocol), so a text of several statements works, and its last
 * statement's rows are returned.
 *
 * @example
 * ```ts
 * import { PGlite } from "@electric-sql/pglite";
 * import { Kysely } from "kysely";
 *
 * const db = new Kysely<any>({ dialect: new PGliteDialect({ pglite: () => PGlite.create() }) });
 * await db.selectFrom("pg_tables").selectAll().execute();
 * ```
 */
export class PGliteDialect implements Dialect {
  readonly #config: PGliteDialectConfig;

  constructor(config: PGliteDialectConfig) {
    this.#config = config;
  }

  createDriver(): Driver {
    return new PGliteKyselyDriver(this.#config);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  createIntrospector(db: Kysely<any>): PostgresIntrospector {
    return new PostgresIntrospector(db);
  }
}

/** Quotes a savepoint name the way PostgreSQL quotes identifiers. */
function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Kysely's driver over one PGlite instance: one connection, handed out to one user at a time. */
class PGliteKyselyDriver implements Driver {
  readonly #config: PGliteDialectConfig;
  #pglite: PGliteLike | undefined;
  #connection: PGliteConnection | undefined;
  /** Resolves when the connection is free again; acquisitions chain on it. */
  #queue: Promise<void> = Promise.resolve();
  #destroyed = false;

  constructor(config: PGliteDialectConfig) {
    this.#config = config;
  }

  async init(): Promise<void> {
    const source = this.#config.pglite;
    this.#pglite = typeof source === "function" ? await source() : source;
    this.#connection = new PGliteConnection(this.#pglite);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.#queue;
    let release!: () => void;
    this.#queue = new Promise((resolve) => {
      release = resolve;
    });
    await previous;
    const connection = this.#connection;
    if (connection === undefined || this.#destroyed) {
      release();
      throw new Error("the PGlite dialect has been destroyed");
    }
    connection.release = release;
    return connection;
  }

  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    let statement = "begin";
    if (settings.isolationLevel !== undefined)
      statement += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode !== undefined) statement += ` ${settings.accessMode}`;
    await connection.executeQuery(CompiledQuery.raw(statement));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const result = await connection.executeQuery<{ command?: string }>(CompiledQuery.raw("commit"));
    // PostgreSQL completes COMMIT with a ROLLBACK tag when an earlier error aborted the
    // transaction; a caller that swallowed that error must not believe its work was saved.
    if (result.rows[0]?.command === "ROLLBACK") {
      throw new Error("The transaction was rolled back: a statement in it failed.");
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${quoteIdentifier(name)}`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(
      CompiledQuery.raw(`rollback to savepoint ${quoteIdentifier(name)}`),
    );
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint ${quoteIdentifier(name)}`));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PGliteConnection).release?.();
  }

  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    this.#destroyed = true;
    // Let a query in flight finish before the instance closes under it.
    await this.#queue;
    const opened = typeof this.#config.pglite === "function";
    const pglite = this.#pglite;
    this.#pglite = undefined;
    this.#connection = undefined;
    try {
      if (opened && pglite !== undefined && pglite.closed !== true) await pglite.close();
    } finally {
      await this.#config.onDestroy?.();
    }
  }
}

const AFFECTING_COMMANDS: ReadonlySet<string> = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

class PGliteConnection implements DatabaseConnection {
  release: (() => void) | undefined;
  readonly #pglite: PGliteLike;

  constructor(pglite: PGliteLike) {
    this.#pglite = pglite;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result =
      compiledQuery.parameters.length > 0
        ? await this.#pglite.query(compiledQuery.sql, [...compiledQuery.parameters])
        : // The simple protocol runs several statements in one text; their last result is the answer.
          (await this.#pglite.exec(compiledQuery.sql)).at(-1);
    const command = result?.command?.toUpperCase();
    if (command === "COMMIT" || command === "ROLLBACK") return { rows: [{ command } as R] };
    return {
      rows: (result?.rows ?? []) as R[],
      ...(command !== undefined && AFFECTING_COMMANDS.has(command)
        ? { numAffectedRows: BigInt(result?.affectedRows ?? 0) }
        : {}),
    };
  }

  async *streamQuery<R>(
    compiledQuery: CompiledQuery,
    chunkSize = 100,
  ): AsyncIterableIterator<QueryResult<R>> {
    // PGlite has no cursor API; it holds the rows in memory anyway, so stream them in chunks.
    const { rows } = await this.executeQuery<R>(compiledQuery);
    for (let start = 0; start < rows.length; start += chunkSize) {
      yield { rows: rows.slice(start, start + chunkSize) };
    }
  }
}
