import type { Kysely, QueryResult } from "kysely";

let kyselyModule: Promise<typeof import("kysely")> | undefined;

/**
 * Kysely's runtime, imported on first use: loading it costs about 100 ms, which offline
 * commands (`heads`, `history`, `--sql`) never need to pay.
 */
export function loadKysely(): Promise<typeof import("kysely")> {
  kyselyModule ??= import("kysely");
  return kyselyModule;
}

/**
 * Runs one raw statement with bound parameters on `db`.
 *
 * @example
 * ```ts
 * await executeRaw(db, 'DELETE FROM "retort_version" WHERE "version_num" = $1', ["3f2a9c1b7d4e"]);
 * ```
 */
export async function executeRaw<R = Record<string, unknown>>(
  db: Kysely<any>,
  sql: string,
  params: readonly unknown[] = [],
): Promise<QueryResult<R>> {
  const { CompiledQuery } = await loadKysely();
  return db.executeQuery<R>(CompiledQuery.raw(sql, [...params]));
}
