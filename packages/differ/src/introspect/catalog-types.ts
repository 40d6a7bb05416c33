import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import {
  type CatalogQuery,
  commentClause,
  description,
  notExtensionMember,
  qualified,
  rowsOf,
} from "./catalog-sql";

// Types: enums (managed; free-standing sequences are in catalog-namespaces, domains, range and
// composite types in catalog-user-types), and collations (unmanaged).

export interface EnumRow {
  schema: string;
  name: string;
  values: string[];
  comment: string | null;
}

export function enumsQuery(schemas: string[]): CatalogQuery<EnumRow[]> {
  return rowsOf(
    sql<EnumRow>`
    select n.nspname::text as schema, t.typname::text as name,
           array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid
                 order by e.enumsortorder)::text[] as values,
           ${description(sql`t.oid`, "pg_type")} as comment
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typtype = 'e' and n.nspname = any(${schemas}::text[])
      and ${notExtensionMember("pg_type", sql`t.oid`)}`,
  );
}

/**
 * The options of `CREATE COLLATION` from `pg_collation` (alias `co`). The locale columns moved
 * between versions: PostgreSQL 15 added `colliculocale` for ICU, 16 `collicurules`, and 17
 * renamed `colliculocale` to `colllocale` (also used by the builtin provider).
 */
function collationOptions(version: number): RawBuilder<unknown> {
  const icuLocale =
    version >= 170000
      ? sql`co.colllocale`
      : version >= 150000
        ? sql`co.colliculocale`
        : sql`co.collcollate`;
  const rules = version >= 160000 ? sql`co.collicurules` : sql`null::text`;
  return sql`case co.collprovider
      when 'i' then 'provider = icu, locale = ' || quote_literal(${icuLocale})
        || coalesce(', rules = ' || quote_literal(${rules}), '')
      when 'b' then 'provider = builtin, locale = ' || quote_literal(${icuLocale})
      else 'provider = libc, lc_collate = ' || quote_literal(co.collcollate)
        || ', lc_ctype = ' || quote_literal(co.collctype)
    end || case when co.collisdeterministic then '' else ', deterministic = false' end`;
}

/** Collations; `collprovider` 'd' is the database default, which CREATE COLLATION cannot make. */
export function collations(inScope: RawBuilder<unknown>, version: number): RawBuilder<unknown> {
  return sql`
    -- collprovider 'd' is the database default, which CREATE COLLATION cannot make.
    select 'collation', n.nspname::text, co.collname::text, null,
           'CREATE COLLATION ' || ${qualified(sql`n.nspname`, sql`co.collname`)} || ' (' || ${collationOptions(version)} || ')'
           || ${commentClause(sql`'COLLATION ' || ${qualified(sql`n.nspname`, sql`co.collname`)}`, description(sql`co.oid`, "pg_collation"))}
    from pg_collation co join pg_namespace n on n.oid = co.collnamespace
    where co.collprovider <> 'd' and ${inScope} and ${notExtensionMember("pg_collation", sql`co.oid`)}`;
}
