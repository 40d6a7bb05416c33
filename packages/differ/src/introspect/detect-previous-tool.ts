import { RetortError } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";

/** The migration tools `retort pull` recognises. */
export type PreviousToolName =
  | "alembic"
  | "prisma"
  | "node-pg-migrate"
  | "kysely"
  | "knex"
  | "typeorm"
  | "drizzle"
  | "sequelize"
  | "flyway"
  | "django"
  | "golang-migrate"
  | "goose"
  | "rails";

/** What {@link detectPreviousTool} finds. */
export interface PreviousTool {
  tool: PreviousToolName;
  /** The tool's version table, schema-qualified and quoted as needed: `public.alembic_version`. */
  table: string;
  /** The version table's schema and name, as they are (for SQL, quote them). */
  schema: string;
  name: string;
  /** The applied revisions: Alembic's heads, or the applied migrations in the order they ran. */
  revisions: string[];
}

interface Signature {
  tool: PreviousToolName;
  table: string;
  /** A schema the tool always uses, on the search path or not (Drizzle's `drizzle`). */
  schema?: string;
  /** Columns that must all exist, so an unrelated table of the same name is not mistaken. */
  columns: string[];
  revisions: (table: string, columns: Set<string>) => string;
}

const signatures: Signature[] = [
  {
    tool: "alembic",
    table: "alembic_version",
    columns: ["version_num"],
    revisions: (t) => `select version_num::text as revision from ${t} order by version_num`,
  },
  {
    tool: "prisma",
    table: "_prisma_migrations",
    columns: ["migration_name", "finished_at"],
    // Prisma records failed and rolled-back attempts too: only finished ones were applied.
    revisions: (t, columns) =>
      `select migration_name::text as revision from ${t} where finished_at is not null${
        columns.has("rolled_back_at") ? " and rolled_back_at is null" : ""
      } order by finished_at, migration_name`,
  },
  {
    tool: "node-pg-migrate",
    table: "pgmigrations",
    columns: ["name", "run_on"],
    revisions: (t, columns) =>
      `select name::text as revision from ${t} order by run_on${columns.has("id") ? ", id" : ""}, name`,
  },
  {
    tool: "kysely",
    table: "kysely_migration",
    columns: ["name", "timestamp"],
    revisions: (t) => `select name::text as revision from ${t} order by timestamp, name`,
  },
  {
    tool: "knex",
    table: "knex_migrations",
    columns: ["name", "batch", "migration_time"],
    revisions: (t) => `select name::text as revision from ${t} order by id`,
  },
  {
    tool: "typeorm",
    table: "migrations",
    columns: ["id", "timestamp", "name"],
    revisions: (t) => `select name::text as revision from ${t} order by id`,
  },
  {
    tool: "drizzle",
    table: "__drizzle_migrations",
    schema: "drizzle",
    columns: ["hash", "created_at"],
    revisions: (t) => `select hash::text as revision from ${t} order by created_at, id`,
  },
  {
    tool: "sequelize",
    table: "SequelizeMeta",
    columns: ["name"],
    revisions: (t) => `select name::text as revision from ${t} order by name`,
  },
  {
    tool: "flyway",
    table: "flyway_schema_history",
    columns: ["installed_rank", "version", "description", "success"],
    // Repeatable migrations have no version: their description names them.
    revisions: (t) =>
      `select coalesce(version, description)::text as revision from ${t} where success order by installed_rank`,
  },
  {
    tool: "django",
    table: "django_migrations",
    columns: ["app", "name", "applied"],
    revisions: (t) =>
      `select (app || '.' || name)::text as revision from ${t} order by applied, id`,
  },
  {
    tool: "golang-migrate",
    table: "schema_migrations",
    columns: ["version", "dirty"],
    revisions: (t) => `select version::text as revision from ${t}`,
  },
  {
    tool: "goose",
    table: "goose_db_version",
    columns: ["version_id", "is_applied"],
    // goose logs every apply and rollback: a version is applied when its last row says so.
    revisions: (t) =>
      `select version_id::text as revision from (select distinct on (version_id) version_id, is_applied, id from ${t} order by version_id, id desc) v where is_applied and version_id > 0 order by id`,
  },
  {
    tool: "rails",
    table: "schema_migrations",
    columns: ["version"],
    revisions: (t) => `select version::text as revision from ${t} order by version`,
  },
];

/** Tables a tool keeps beside its version table: its migration lock. */
const companions: Pick<Signature, "table" | "columns">[] = [
  { table: "kysely_migration_lock", columns: ["id", "is_locked"] },
  { table: "knex_migrations_lock", columns: ["index", "is_locked"] },
];

/**
 * Whether a table is another migration tool's (its version table or its lock), by name, columns
 * and, for Drizzle, schema: introspection leaves those out of the models, so that autogenerate
 * and `check` never offer to drop them, while an application's table of the same name stays.
 *
 * @example
 * ```ts
 * isPreviousToolTable("public", "alembic_version", ["version_num"]); // true
 * isPreviousToolTable("public", "schema_migrations", ["id", "name"]); // false
 * ```
 */
export function isPreviousToolTable(
  schema: string,
  name: string,
  columns: readonly string[],
): boolean {
  const has = new Set(columns);
  return [...signatures, ...companions].some(
    (s) =>
      s.table === name &&
      ("schema" in s && s.schema !== undefined ? s.schema === schema : true) &&
      s.columns.every((c) => has.has(c)),
  );
}

/**
 * Recognises the migration tool that managed the database before retort, from its version
 * table in a schema on the search path (Drizzle's in `drizzle`): Alembic's
 * `alembic_version(version_num)`, Prisma's `_prisma_migrations(migration_name, finished_at)`,
 * node-pg-migrate's `pgmigrations(name, run_on)`, Kysely's `kysely_migration`, Knex's
 * `knex_migrations`, TypeORM's `migrations`, Drizzle's `drizzle.__drizzle_migrations`,
 * Sequelize's `SequelizeMeta`, Flyway's `flyway_schema_history`, Django's `django_migrations`,
 * golang-migrate's `schema_migrations(version, dirty)`, goose's `goose_db_version` and Rails'
 * `schema_migrations(version)`, each with the columns that tell it from a table of the same
 * name. Returns `null` when none is there; when several are, the first schema on the search
 * path wins, then the order above. Reads only.
 *
 * @example
 * ```ts
 * await detectPreviousTool(db);
 * // { tool: "alembic", table: "public.alembic_version", schema: "public",
 * //   name: "alembic_version", revisions: ["1975ea83b712"] }
 * ```
 */
export async function detectPreviousTool(db: Kysely<any>): Promise<PreviousTool | null> {
  let rows: { schema: string; table: string; columns: string[]; position: number | null }[];
  const fixedSchemas = signatures.flatMap((s) => (s.schema === undefined ? [] : [s.schema]));
  try {
    const result = await sql<{
      schema: string;
      table: string;
      columns: string[];
      position: number | null;
    }>`
      select n.nspname::text as schema, c.relname::text as table,
             array(select a.attname::text from pg_catalog.pg_attribute a
                   where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped)::text[] as columns,
             -- Before PostgreSQL 14 array_position wants the element's type exactly: text[], text.
             array_position(pg_catalog.current_schemas(false)::text[], n.nspname::text) as position
      from pg_catalog.pg_class c
      join pg_catalog.pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p')
        and c.relname = any(${signatures.map((s) => s.table)}::text[])
        and (n.nspname = any(pg_catalog.current_schemas(false)) or n.nspname = any(${fixedSchemas}::text[]))
      order by position nulls last`.execute(db);
    rows = result.rows;
  } catch (error) {
    throw new RetortError(
      "INTROSPECTION_FAILED",
      `Could not look for a previous migration tool: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  for (const row of rows) {
    for (const signature of signatures) {
      const columns = new Set(row.columns);
      const isWhere =
        signature.schema === undefined ? row.position !== null : row.schema === signature.schema;
      if (!isWhere || row.table !== signature.table) continue;
      if (!signature.columns.every((c) => columns.has(c))) continue;
      const table = quoteQualifiedAsNeeded(row.schema, row.table);
      const result = await sql<{
        revision: string;
      }>`${sql.raw(signature.revisions(table, columns))}`.execute(db);
      return {
        tool: signature.tool,
        table,
        schema: row.schema,
        name: row.table,
        revisions: result.rows.map((r) => r.revision),
      };
    }
  }
  return null;
}
