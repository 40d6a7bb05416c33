import type { Kysely } from "kysely";

/**
 * Sessions on the same database that a reader may open beside a connection's own, to split a
 * long read over several server processes (retort reads the catalog that way, every session in
 * the first one's snapshot).
 */
export interface SideSessions {
  /**
   * A Kysely on a session of its own, connected on first use. The caller destroys it when done.
   */
  open(): Kysely<any>;
}

// Kept on globalThis under a registered symbol: two installed copies of @retort/core (a driver
// and the differ resolving different ones) must still find what the other offered.
const key = Symbol.for("retort.sideSessions");
const shared = globalThis as { [key]?: WeakMap<Kysely<any>, SideSessions> };
shared[key] ??= new WeakMap();
const offered = shared[key];

/**
 * Says that reads on `db` (one pinned session, not a transaction) may open {@link SideSessions}.
 * The `Migrator` offers them on `withConnection` when its driver's sessions are
 * independent (`Driver.hasIndependentSessions`).
 *
 * @example
 * ```ts
 * await db.connection().execute(async (conn) => {
 *   offerSideSessions(conn, { open: () => new Kysely<any>({ dialect: driver.createDialect() }) });
 *   return introspectSchema(conn);
 * });
 * ```
 */
export function offerSideSessions(db: Kysely<any>, sessions: SideSessions): void {
  offered.set(db, sessions);
}

/** The {@link SideSessions} offered for `db`, if any (see {@link offerSideSessions}). */
export function sideSessionsOf(db: Kysely<any>): SideSessions | undefined {
  return offered.get(db);
}
