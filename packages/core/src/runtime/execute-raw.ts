import type { Kysely, QueryResult } from "kysely";

let kyselyModule: Promise<typeof import("kysely")> | undefined;

// Where the CLI's bin puts a function importing the project's kysely bundled into one file (see
// apps/retort's package-bundles.ts): on globalThis under a registered symbol, so that every
// installed copy of @retort/core (a driver and the differ may resolve different ones) finds it.
const providedKey = Symbol.for("retort.kysely");

/**
 * Kysely's runtime, imported on first use: loading it costs about 100 ms, which offline
 * commands (`heads`, `history`, `--sql`) never need to pay. retort's own packages take kysely
 * from here, never from a static import, so the CLI can hand them the project's kysely bundled
 * into one file; a program importing retort gets its own `import("kysely")`.
 *
 * @example
 * ```ts
 * const { sql } = await loadKysely();
 * ```
 */
export function loadKysely(): Promise<typeof import("kysely")> {
  const provided = (globalThis as { [providedKey]?: () => Promise<typeof import("kysely")> })[
    providedKey
  ];
  kyselyModule ??= provided === undefined ? import("kysely") : provided();
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
