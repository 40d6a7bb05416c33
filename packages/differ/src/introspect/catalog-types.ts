import { type Kysely, type RawBuilder, sql } from "kysely";
import { commentClause, notExtensionMember, qualified } from "./catalog-sql";

// Types: enums (managed; free-standing sequences are in catalog-namespaces), domains, range and composite types, and
// collations (unmanaged).

export interface EnumRow {
  schema: string;
  name: string;
  values: string[];
  comment: string | null;
}

export function readEnums(db: Kysely<any>, schemas: string[]): Promise<{ rows: EnumRow[] }> {
  return sql<EnumRow>`
    select n.nspname::text as schema, t.typname::text as name,
           array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid
                 order by e.enumsortorder)::text[] as values,
           obj_description(t.oid, 'pg_type') as comment
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typtype = 'e' and n.nspname = any(${schemas}::text[])
      and ${notExtensionMember("pg_type", sql`t.oid`)}`.execute(db);
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

/**
 * The options of `CREATE TYPE ... AS RANGE` from `pg_range` (for the type `t`): the subtype,
 * and what is not its default (operator class, collation, difference function, the multirange's
 * name from PostgreSQL 14).
 */
function rangeOptions(version: number): RawBuilder<unknown> {
  const multirange =
    version >= 140000
      ? sql`'MULTIRANGE_TYPE_NAME = ' || (select ${qualified(sql`mn.nspname`, sql`mt.typname`)}
                                         from pg_type mt join pg_namespace mn on mn.oid = mt.typnamespace
                                         where mt.oid = r.rngmultitypid)`
      : sql`null`;
  return sql`(select concat_ws(', ',
      'SUBTYPE = ' || format_type(r.rngsubtype, null),
      ${multirange},
      (select 'SUBTYPE_OPCLASS = ' || ${qualified(sql`ocn.nspname`, sql`oc.opcname`)}
       from pg_opclass oc join pg_namespace ocn on ocn.oid = oc.opcnamespace
       where oc.oid = r.rngsubopc and not oc.opcdefault),
      (select 'COLLATION = ' || ${qualified(sql`cn.nspname`, sql`co.collname`)}
       from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace join pg_type st on st.oid = r.rngsubtype
       where co.oid = r.rngcollation and r.rngcollation <> st.typcollation),
      'SUBTYPE_DIFF = ' || nullif(r.rngsubdiff::oid, 0)::regproc::text)
    from pg_range r where r.rngtypid = t.oid)`;
}

/** Domains, range types and composite types. */
export function userTypes(inScope: RawBuilder<unknown>, version: number): RawBuilder<unknown> {
  return sql`
    select case t.typtype when 'd' then 'domain' when 'r' then 'range type' else 'composite type' end,
           n.nspname::text, t.typname::text, null,
           case t.typtype
             when 'd' then 'CREATE DOMAIN ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' AS '
               || format_type(t.typbasetype, t.typtypmod)
               || coalesce(' DEFAULT ' || t.typdefault, '')
               || case when t.typnotnull then ' NOT NULL' else '' end
               || coalesce((select string_agg(' CONSTRAINT ' || quote_ident(dc.conname) || ' ' || pg_get_constraintdef(dc.oid, true), '' order by dc.conname)
                            from pg_constraint dc where dc.contypid = t.oid and dc.contype = 'c'), '')
             when 'r' then 'CREATE TYPE ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname)
               || ' AS RANGE (' || ${rangeOptions(version)} || ')'
             else 'CREATE TYPE ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' AS ('
               || (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum)
                   from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) || ')'
           end
           || ${commentClause(sql`case t.typtype when 'd' then 'DOMAIN ' else 'TYPE ' end || ${qualified(sql`n.nspname`, sql`t.typname`)}`, sql`obj_description(t.oid, 'pg_type')`)}
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where (t.typtype in ('d', 'r') or (t.typtype = 'c' and (select rc.relkind from pg_class rc where rc.oid = t.typrelid) = 'c'))
      and ${inScope} and ${notExtensionMember("pg_type", sql`t.oid`)}`;
}

/** Collations; `collprovider` 'd' is the database default, which CREATE COLLATION cannot make. */
export function collations(inScope: RawBuilder<unknown>, version: number): RawBuilder<unknown> {
  return sql`
    -- collprovider 'd' is the database default, which CREATE COLLATION cannot make.
    select 'collation', n.nspname::text, co.collname::text, null,
           'CREATE COLLATION ' || ${qualified(sql`n.nspname`, sql`co.collname`)} || ' (' || ${collationOptions(version)} || ')'
           || ${commentClause(sql`'COLLATION ' || ${qualified(sql`n.nspname`, sql`co.collname`)}`, sql`obj_description(co.oid, 'pg_collation')`)}
    from pg_collation co join pg_namespace n on n.oid = co.collnamespace
    where co.collprovider <> 'd' and ${inScope} and ${notExtensionMember("pg_collation", sql`co.oid`)}`;
}
