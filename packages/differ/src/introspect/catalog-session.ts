import { SESSION_SETTINGS, type SideSessions, sideSessionsOf } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { type CatalogQuery, jsonRowsBatch, runQuery } from "./catalog-sql";

/*
 * Where catalog reads run: one repeatable-read transaction (one snapshot) with only `pg_catalog`
 * on the search path, so PostgreSQL qualifies every user object it prints and the text does not
 * depend on the caller's search_path. Parallel workers and JIT compilation are off: they cost
 * more to start than a catalog scan takes (the planner overestimates the per-row subqueries of the
 * constraint and view reads past `jit_above_cost`, and compiling them took 45 ms of MusicBrainz's
 * 90 ms constraint read on PostgreSQL 15).
 *
 * A big catalog is read faster over several sessions: when the caller's connection offers side
 * sessions (`offerSideSessions`, as the Migrator does for `pg` and `postgres.js`) and is not in a
 * transaction, the first session exports its snapshot (`pg_export_snapshot`) and the others
 * import it (`SET TRANSACTION SNAPSHOT`), so every read sees the same committed state, as
 * `pg_dump --jobs` does. A caller's transaction stays one session: its uncommitted changes are
 * visible on it alone.
 */

/** One read of the catalog, run on whichever session of the snapshot is free. */
export type CatalogRead<T> = (db: Kysely<any>) => Promise<T>;

/** What {@link CatalogSnapshot.all} runs: a read, or a query. */
export type CatalogWork = CatalogRead<unknown> | CatalogQuery<unknown>;

/** The sessions of one catalog snapshot. */
export interface CatalogSnapshot {
  /** The session the snapshot was taken on (the caller's connection or transaction). */
  readonly db: Kysely<any>;
  /**
   * Runs `reads`, each on the first session free, in the order given (longest first balances
   * best); their results come back in that order. On one session they run one after another.
   * Over several, the other reads go first, then the queries, dealt out in turn into one
   * statement per session: each session then reads without waiting for this process between
   * queries, which matters while it is busy loading models. `onStarted` is called once every
   * read is on its way to the server.
   */
  all<T extends readonly CatalogWork[] | []>(
    reads: T,
    onStarted?: () => void,
  ): Promise<ReadResults<T>>;
}

/** The results of {@link CatalogSnapshot.all}'s reads, in their order. */
export type ReadResults<T extends readonly CatalogWork[]> = {
  -readonly [K in keyof T]: T[K] extends CatalogQuery<infer R>
    ? R
    : T[K] extends CatalogRead<infer R>
      ? R
      : never;
};

const isQuery = (work: CatalogWork): work is CatalogQuery<unknown> => typeof work !== "function";

const asRead = (work: CatalogWork): CatalogRead<unknown> =>
  isQuery(work) ? (db) => runQuery(db, work) : work;

/** Sessions a catalog read uses at most, the caller's included. */
const MAX_SESSIONS = 3;

// What a catalog read sets for its transaction: only pg_catalog on the search path, no parallel
// workers or JIT (see above), and the session settings every retort session fixes (core's
// SESSION_SETTINGS). Those matter here too: under standard_conforming_strings off, pg_get_expr
// prints a backslash in a literal as '\\', which the comparison and pull would read as two;
// under DateStyle "SQL, DMY" a date in a default or a partition bound is printed '02/01/2024',
// which a baseline applied on an MDY server would read as February.
const readSettings: Readonly<Record<string, string>> = {
  search_path: "pg_catalog",
  max_parallel_workers_per_gather: "0",
  jit: "off",
  ...Object.fromEntries(SESSION_SETTINGS),
};

const settingCalls = (settings: Readonly<Record<string, string>>) =>
  sql.join(
    Object.entries(settings).map(
      ([name, value]) => sql`pg_catalog.set_config(${name}, ${value}, true)`,
    ),
  );

const catalogSettings = (settings: Readonly<Record<string, string>>) =>
  sql`select ${settingCalls(settings)}`;

/**
 * Runs `fn` on `db` with the catalog settings, in one snapshot: `db`'s own transaction when it
 * is one (its settings are restored after), else a repeatable-read transaction of its own.
 *
 * @example
 * ```ts
 * const rows = await inCatalogSession(db, (trx) => readViews(trx, ["public"]));
 * ```
 */
export async function inCatalogSession<T>(db: Kysely<any>, fn: CatalogRead<T>): Promise<T> {
  if (db.isTransaction) {
    const names = Object.keys(readSettings);
    const before = await sql<{ values: string[] }>`select array[${sql.join(
      names.map((name) => sql`pg_catalog.current_setting(${name})`),
    )}] as values`.execute(db);
    await catalogSettings(readSettings).execute(db);
    try {
      return await fn(db);
    } finally {
      const values = before.rows[0]?.values ?? [];
      await catalogSettings(
        Object.fromEntries(names.map((name, i) => [name, values[i] ?? readSettings[name]!])),
      ).execute(db);
    }
  }
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      await catalogSettings(readSettings).execute(trx);
      return fn(trx);
    });
}

/**
 * Like {@link inCatalogSession}, with a {@link CatalogSnapshot} whose `all` spreads reads over
 * up to three sessions in `db`'s snapshot when `db` offers side sessions and is not a
 * transaction; otherwise they run one after another on `db`. A side session that cannot connect
 * (the server's `max_connections`) is done without.
 *
 * @example
 * ```ts
 * const [tables, columns] = await inCatalogSnapshot(db, (snapshot) =>
 *   snapshot.all([rowsOf(tablesQuery(schemas)), rowsOf(columnsQuery(schemas, version))]),
 * );
 * ```
 */
export async function inCatalogSnapshot<T>(
  db: Kysely<any>,
  fn: (snapshot: CatalogSnapshot) => Promise<T>,
): Promise<T> {
  const side = db.isTransaction ? undefined : sideSessionsOf(db);
  const alone = () =>
    inCatalogSession(db, (trx) =>
      fn({ db: trx, all: (reads, onStarted) => inOrder(trx, reads, onStarted) }),
    );
  if (side === undefined) return alone();
  const cannotExport = new Error("pg_export_snapshot failed");
  try {
    return await inSharedSnapshot(db, side, fn, cannotExport);
  } catch (error) {
    // A server without exported snapshots (some PostgreSQL-compatible ones) is read alone. So is
    // a catalog whose share of the queries outlasts the role's `statement_timeout` as one
    // statement: one at a time, each may end within it, as they did before they were batched.
    if (error === cannotExport || isStatementTimeout(error)) return alone();
    throw error;
  }
}

/** PostgreSQL's `query_canceled`, which `statement_timeout` raises. */
function isStatementTimeout(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "57014";
}

async function inSharedSnapshot<T>(
  db: Kysely<any>,
  side: SideSessions,
  fn: (snapshot: CatalogSnapshot) => Promise<T>,
  cannotExport: Error,
): Promise<T> {
  return db
    .transaction()
    .setIsolationLevel("repeatable read")
    .execute(async (trx) => {
      const exported = await sql<{ snapshot: string }>`
        select pg_catalog.pg_export_snapshot() as snapshot, ${settingCalls(readSettings)}`
        .execute(trx)
        .catch(() => {
          throw cannotExport;
        });
      const queue = new ReadQueue();
      const snapshot = exported.rows[0]!.snapshot;
      // Each side session joins the queue once it is connected and in the snapshot; the first
      // session starts on the queue at once.
      const sides = Array.from({ length: MAX_SESSIONS - 1 }, () => {
        const sideDb = side.open();
        let isServing = false;
        const ended = sideDb
          .transaction()
          .setIsolationLevel("repeatable read")
          .execute(async (sideTrx) => {
            await sql`set transaction snapshot ${sql.lit(snapshot)}`.execute(sideTrx);
            await catalogSettings(readSettings).execute(sideTrx);
            isServing = true;
            await queue.serve(sideTrx);
          })
          .catch(() => {
            // Connecting or importing failed, or a read failed (its error reached `all`): the
            // first session reads on without this one.
          })
          .then(() => sideDb.destroy())
          .catch(() => undefined);
        return { ended, isServing: () => isServing };
      });
      try {
        return await fn({
          db: trx,
          all: (reads, onStarted) => queue.all(trx, batched(reads), onStarted),
        });
      } finally {
        queue.close();
        // The sessions in the snapshot end at once (nothing is left to read). One still
        // connecting is not waited for: a server slow to accept must not hold the read up; it
        // ends on its own (its import fails once this transaction has ended).
        await Promise.all(sides.filter((s) => s.isServing()).map((s) => s.ended));
      }
    });
}

// On one session, each query is a statement of its own: planned after the previous ones ran, it
// finds the catalog caches they filled (a third less planning on MusicBrainz than planned in one).
async function inOrder<T extends readonly CatalogWork[] | []>(
  db: Kysely<any>,
  reads: T,
  onStarted?: () => void,
): Promise<ReadResults<T>> {
  // Nothing waits on this process between reads but the next one: there is no sooner.
  onStarted?.();
  const results: unknown[] = [];
  for (const read of reads) results.push(await asRead(read)(db));
  return results as ReadResults<T>;
}

/**
 * `reads` for the sessions of a shared snapshot: the other reads first (each a statement or more
 * of its own: the snapshot's own `also`), then the queries dealt out in turn into
 * `MAX_SESSIONS` statements (the order given is longest first, so each gets a share of the long
 * ones). `results` puts their results back in order.
 */
function batched(reads: readonly CatalogWork[]): {
  reads: CatalogRead<unknown>[];
  results: (settled: unknown[]) => unknown[];
} {
  const queries = reads.flatMap((work, at) => (isQuery(work) ? [{ work, at }] : []));
  const groups = Array.from({ length: Math.min(MAX_SESSIONS, queries.length) }, (_, g) =>
    queries.filter((_, k) => k % MAX_SESSIONS === g),
  );
  const others = reads.flatMap((work, at) => (isQuery(work) ? [] : [{ work, at }]));
  return {
    reads: [
      ...others.map(({ work }) => work as CatalogRead<unknown>),
      ...groups.map(
        (group): CatalogRead<unknown> =>
          async (db) => {
            const queries = group.map(({ work }) => work as CatalogQuery<unknown>);
            const rows = await jsonRowsBatch(
              db,
              queries.map((q) => q.query),
            );
            return queries.map((q, k) => q.map(rows[k]!));
          },
      ),
    ],
    results: (settled) => {
      const results: unknown[] = new Array(reads.length);
      groups.forEach((group, g) => {
        const mapped = settled[others.length + g] as unknown[];
        group.forEach(({ at }, k) => {
          results[at] = mapped[k];
        });
      });
      others.forEach(({ at }, k) => {
        results[at] = settled[k];
      });
      return results;
    },
  };
}

interface QueuedRead {
  read: CatalogRead<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Reads waiting for a session; each session takes the next one when it is free. */
class ReadQueue {
  #pending: QueuedRead[] = [];
  #idle: (() => void)[] = [];
  #closed = false;
  #onEmpty: (() => void) | undefined;

  /**
   * Queues `work.reads` and helps run them on `db` (the first session) until none is left;
   * `onStarted` is called once the last has been taken by a session.
   */
  async all<T extends readonly CatalogWork[] | []>(
    db: Kysely<any>,
    work: ReturnType<typeof batched>,
    onStarted?: () => void,
  ): Promise<ReadResults<T>> {
    const results = work.reads.map(
      (read) =>
        new Promise<unknown>((resolve, reject) => {
          this.#pending.push({ read, resolve, reject });
        }),
    );
    this.#onEmpty = onStarted;
    for (const wake of this.#idle.splice(0)) wake();
    // A rejected read is awaited below; until then it must not count as unhandled.
    for (const result of results) result.catch(() => undefined);
    await this.#run(db);
    return work.results(await Promise.all(results)) as ReadResults<T>;
  }

  /** Runs queued reads on a side session until the queue is closed; stops at a failed read. */
  async serve(db: Kysely<any>): Promise<void> {
    while (!this.#closed) {
      if (this.#pending.length === 0) {
        await new Promise<void>((wake) => this.#idle.push(wake));
        continue;
      }
      await this.#run(db);
    }
  }

  close(): void {
    this.#closed = true;
    this.#started();
    for (const wake of this.#idle.splice(0)) wake();
  }

  /** Tells `onStarted` once the statement just taken has been written (the next turn). */
  #started(): void {
    const onEmpty = this.#onEmpty;
    this.#onEmpty = undefined;
    if (onEmpty !== undefined) setImmediate(onEmpty);
  }

  async #run(db: Kysely<any>): Promise<void> {
    for (let next = this.#pending.shift(); next !== undefined; next = this.#pending.shift()) {
      if (this.#pending.length === 0) this.#started();
      try {
        next.resolve(await next.read(db));
      } catch (error) {
        next.reject(error);
        // A failed statement aborts the session's transaction: its next read would fail too.
        throw error;
      }
    }
  }
}
