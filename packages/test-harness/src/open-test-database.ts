import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "./test-database";

/** A fresh test database and a Kysely on it, from {@link openTestDatabase}. */
export interface OpenTestDatabase {
  readonly database: TestDatabase;
  readonly db: Kysely<any>;
  /** Destroys the Kysely (ending its pool), then drops the database. */
  close(): Promise<void>;
}

/** Per call: how many sessions the pool may open. */
export interface ConnectOptions {
  /** Default is `2`. */
  readonly max?: number;
}

/**
 * A Kysely on `url` over a `pg` pool, so packages that never import a driver (the differ) need
 * neither `pg` nor a path into another package's `node_modules` to reach a test database.
 *
 * @example
 * ```ts
 * const db = connectKysely(database.url, { max: 1 });
 * await sql`select 1`.execute(db);
 * await db.destroy();
 * ```
 */
export function connectKysely(url: string, options: ConnectOptions = {}): Kysely<any> {
  return new Kysely<any>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: url, max: options.max ?? 2 }),
    }),
  });
}

/**
 * Creates a test database (see {@link createTestDatabase}) and connects a Kysely to it.
 *
 * @example
 * ```ts
 * let open: OpenTestDatabase;
 * beforeAll(async () => { open = await openTestDatabase("introspect", { max: 1 }); });
 * afterAll(() => open?.close());
 * ```
 */
export async function openTestDatabase(
  label: string,
  options: ConnectOptions = {},
): Promise<OpenTestDatabase> {
  const database = await createTestDatabase(label);
  const db = connectKysely(database.url, options);
  return {
    database,
    db,
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}
