import { RetortError } from "@retort/core";
import { type Kysely, sql } from "kysely";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";

/** The migration tools `retort pull` recognises. */
export type PreviousToolName = "alembic" | "prisma" | "node-pg-migrate";

/** What {@link detectPreviousTool} finds. */
export interface PreviousTool {
  tool: PreviousToolName;
  /** The tool's version table, schema-qualified and quoted as needed: `public.alembic_version`. */
  table: string;
  /** The applied revisions: Alembic's heads, or the applied migrations in the order they ran. */
  revisions: string[];
}

interface Signature {
  tool: PreviousToolName;
  table: string;
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
];

/**
 * Recognises the migration tool that managed the database before retort, from its version
 * table in a schema on the search path: Alembic's `alembic_version(version_num)`, Prisma's
 * `_prisma_migrations(migration_name, finished_at)`, node-pg-migrate's `pgmigrations(name,
 * run_on)`. Returns `null` when none is there; when several are, the first schema on the search
 * path wins, then the order above. Reads only.
 *
 * @example
 * ```ts
 * await detectPreviousTool(db);
 * // { tool: "alembic", table: "public.alembic_version", revisions: ["1975ea83b712"] }
 * ```
 */
export async function detectPreviousTool(db: Kysely<any>): Promise<PreviousTool | null> {
  let rows: { schema: string; table: string; columns: string[]; position: number }[];
  try {
    const result = await sql<{
      schema: string;
      table: string;
      columns: string[];
      position: number;
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
        and n.nspname = any(pg_catalog.current_schemas(false))
      order by position`.execute(db);
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
      if (row.table !== signature.table || !signature.columns.every((c) => columns.has(c)))
        continue;
      const table = quoteQualifiedAsNeeded(row.schema, row.table);
      const result = await sql<{
        revision: string;
      }>`${sql.raw(signature.revisions(table, columns))}`.execute(db);
      return { tool: signature.tool, table, revisions: result.rows.map((r) => r.revision) };
    }
  }
  return null;
}
