import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { isExcludedTable, type ManagedScope } from "../scope/managed-scope";

/** A schema the comparison left out that holds tables or views. */
export interface UncomparedSchema {
  readonly schema: string;
  /** Its tables, views, materialized views and foreign tables (partitions count with their parent). */
  readonly relations: number;
}

/**
 * The schemas outside `compared` that hold tables or views no extension owns, with how many:
 * what `check` and autogenerate never looked at. Without `schemas` in the config, a schema is
 * compared only while a model uses it, so removing a schema's last model leaves its tables in
 * the database and `check` clean; this names them, so that the silence is not mistaken for a
 * match. retort's own tables and the config's `exclude` are not counted.
 *
 * @example
 * ```ts
 * await uncomparedSchemas(db, scope, ["public"]); // [{ schema: "billing", relations: 2 }]
 * ```
 */
export async function uncomparedSchemas(
  db: Kysely<any>,
  scope: ManagedScope,
  compared: readonly string[],
): Promise<UncomparedSchema[]> {
  const { rows } = await sql<{ schema: string; name: string }>`
    select n.nspname::text as schema, c.relname::text as name
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'f') and not c.relispartition
      and n.nspname <> all(${[...compared]}::text[])
      and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
      and n.nspname !~ '^pg_(toast_)?temp_'
      and not exists (select 1 from pg_catalog.pg_depend d
                      where d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                        and d.objid = c.oid and d.deptype = 'e')
    order by 1`.execute(db);
  const counts = new Map<string, number>();
  for (const { schema, name } of rows) {
    if (isExcludedTable(scope, schema, name)) continue;
    counts.set(schema, (counts.get(schema) ?? 0) + 1);
  }
  return [...counts].map(([schema, relations]) => ({ schema, relations }));
}
