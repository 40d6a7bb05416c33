import { type Kysely, type RawBuilder, sql } from "kysely";

/*
 * One query per kind of object for the whole database, never one per table: a database with
 * thousands of tables is read in a handful of round trips, as pg_dump does. Every query runs
 * with `search_path = pg_catalog`, so `format_type`, `regclass` output and `pg_get_expr` always
 * schema-qualify user objects (`'happy'::public.mood`, `nextval('public.t_id_seq'::regclass)`).
 *
 * Oids are read as text: drivers disagree on how they parse `oid`, and they are only keys here.
 */

/** Excludes objects that belong to an extension (`pg_depend.deptype = 'e'`). */
function notExtensionMember(catalog: string, oid: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`not exists (select 1 from pg_depend d where d.classid = ${sql.raw(`'${catalog}'::regclass`)} and d.objid = ${oid} and d.deptype = 'e')`;
}

export interface SchemaRow {
  name: string;
}

export function readSchemas(db: Kysely<any>): Promise<{ rows: SchemaRow[] }> {
  return sql<SchemaRow>`
    select n.nspname::text as name
    from pg_namespace n
    where n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
      and n.nspname not like 'pg\\_temp\\_%' and n.nspname not like 'pg\\_toast\\_temp\\_%'
      and ${notExtensionMember("pg_namespace", sql`n.oid`)}
    order by 1`.execute(db);
}

export interface TableRow {
  oid: string;
  schema: string;
  name: string;
  comment: string | null;
}

export function readTables(db: Kysely<any>, schemas: string[]): Promise<{ rows: TableRow[] }> {
  return sql<TableRow>`
    select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name,
           obj_description(c.oid, 'pg_class') as comment
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and n.nspname = any(${schemas}::text[])
      and ${notExtensionMember("pg_class", sql`c.oid`)}`.execute(db);
}

export interface ColumnRow {
  table_oid: string;
  attnum: number;
  name: string;
  type: string;
  user_type_schema: string | null;
  user_type_name: string | null;
  is_array: boolean;
  not_null: boolean;
  default_expr: string | null;
  identity: string;
  generated: string;
  collation: string | null;
  comment: string | null;
  seq_start: string | null;
  seq_increment: string | null;
  seq_min: string | null;
  seq_max: string | null;
  seq_cache: string | null;
  seq_cycle: boolean | null;
}

export function readColumns(db: Kysely<any>, schemas: string[]): Promise<{ rows: ColumnRow[] }> {
  return sql<ColumnRow>`
    select a.attrelid::text as table_oid, a.attnum::int as attnum, a.attname::text as name,
           format_type(a.atttypid, a.atttypmod) as type,
           case when etn.nspname <> 'pg_catalog' then etn.nspname::text end as user_type_schema,
           case when etn.nspname <> 'pg_catalog' then et.typname::text end as user_type_name,
           (t.typcategory = 'A') as is_array,
           a.attnotnull as not_null,
           pg_get_expr(ad.adbin, ad.adrelid, true) as default_expr,
           a.attidentity::text as identity,
           a.attgenerated::text as generated,
           case when a.attcollation <> t.typcollation and a.attcollation <> 0 then
             case when colln.nspname = 'pg_catalog' then coll.collname::text
                  else colln.nspname::text || '.' || coll.collname::text end
           end as collation,
           col_description(a.attrelid, a.attnum) as comment,
           s.seqstart::text as seq_start, s.seqincrement::text as seq_increment,
           s.seqmin::text as seq_min, s.seqmax::text as seq_max, s.seqcache::text as seq_cache,
           s.seqcycle as seq_cycle
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    join pg_type et on et.oid = case when t.typcategory = 'A' then t.typelem else t.oid end
    join pg_namespace etn on etn.oid = et.typnamespace
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    left join pg_collation coll on coll.oid = a.attcollation
    left join pg_namespace colln on colln.oid = coll.collnamespace
    left join pg_depend dep on dep.refclassid = 'pg_class'::regclass and dep.refobjid = a.attrelid
      and dep.refobjsubid = a.attnum and dep.classid = 'pg_class'::regclass and dep.deptype = 'i'
    left join pg_sequence s on s.seqrelid = dep.objid
    where c.relkind in ('r', 'p') and n.nspname = any(${schemas}::text[])
      and a.attnum > 0 and not a.attisdropped
    order by a.attrelid, a.attnum`.execute(db);
}

export interface ConstraintRow {
  table_oid: string;
  name: string;
  type: "p" | "u" | "f" | "c" | "x";
  deferrable: boolean;
  deferred: boolean;
  no_inherit: boolean;
  columns: string[];
  ref_schema: string | null;
  ref_table: string | null;
  ref_columns: string[] | null;
  on_update: string;
  on_delete: string;
  match: string;
  check_expr: string | null;
  index_oid: string;
  operators: string[] | null;
}

export function readConstraints(
  db: Kysely<any>,
  schemas: string[],
): Promise<{ rows: ConstraintRow[] }> {
  // contype 'n' (NOT NULL constraints, catalogued from PostgreSQL 18) and 't' (constraint
  // triggers) are left out: nullability is read from attnotnull, triggers are unmanaged.
  return sql<ConstraintRow>`
    select con.conrelid::text as table_oid, con.conname::text as name, con.contype::text as type,
           con.condeferrable as deferrable, con.condeferred as deferred, con.connoinherit as no_inherit,
           array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum
                 order by k.ord)::text[] as columns,
           fn.nspname::text as ref_schema, fc.relname::text as ref_table,
           case when con.contype = 'f' then
             array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                   join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum
                   order by k.ord)::text[]
           end as ref_columns,
           con.confupdtype::text as on_update, con.confdeltype::text as on_delete,
           con.confmatchtype::text as match,
           case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid, true) end as check_expr,
           con.conindid::text as index_oid,
           case when con.contype = 'x' then
             array(select o.oprname::text from unnest(con.conexclop) with ordinality k(op, ord)
                   join pg_operator o on o.oid = k.op order by k.ord)::text[]
           end as operators
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_class fc on fc.oid = con.confrelid
    left join pg_namespace fn on fn.oid = fc.relnamespace
    where con.contype in ('p', 'u', 'f', 'c', 'x') and c.relkind in ('r', 'p')
      and n.nspname = any(${schemas}::text[]) and con.conislocal`.execute(db);
}

export interface IndexRow {
  table_oid: string;
  oid: string;
  name: string;
  unique: boolean;
  method: string;
  key_count: number;
  columns: (string | null)[];
  /** `pg_get_indexdef` of expression columns; `null` for plain columns (their name is in `columns`). */
  definitions: (string | null)[];
  options: number[];
  opclasses: (string | null)[];
  collations: (string | null)[];
  predicate: string | null;
  nulls_not_distinct: boolean;
}

export function readIndexes(
  db: Kysely<any>,
  schemas: string[],
  hasNullsNotDistinct: boolean,
): Promise<{ rows: IndexRow[] }> {
  // indnullsnotdistinct exists from PostgreSQL 15.
  const nullsNotDistinct = hasNullsNotDistinct ? sql`i.indnullsnotdistinct` : sql`false`;
  return sql<IndexRow>`
    select i.indrelid::text as table_oid, i.indexrelid::text as oid, ic.relname::text as name,
           i.indisunique as unique, am.amname::text as method, i.indnkeyatts::int as key_count,
           array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality k(attnum, ord)
                 left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum and k.attnum <> 0
                 order by k.ord)::text[] as columns,
           -- pg_get_indexdef costs a catalog lookup per call: only expressions need it.
           array(select case when (i.indkey::int2[])[k - 1] = 0 then pg_get_indexdef(i.indexrelid, k, true) end
                 from generate_series(1, i.indnatts::int) k order by k)::text[] as definitions,
           i.indoption::int2[]::int[] as options,
           -- Scalar lookups per element: a join here makes PostgreSQL hash the whole catalog
           -- once per index.
           array(select (select case when opc.opcdefault then null
                                     when opcn.nspname = 'pg_catalog' then opc.opcname::text
                                     else opcn.nspname::text || '.' || opc.opcname::text end
                         from pg_opclass opc join pg_namespace opcn on opcn.oid = opc.opcnamespace
                         where opc.oid = k.opc_oid)
                 from unnest(i.indclass::oid[]) with ordinality k(opc_oid, ord)
                 order by k.ord)::text[] as opclasses,
           array(select (select case when k.coll_oid = coalesce((select a.attcollation from pg_attribute a
                                                                where a.attrelid = i.indrelid
                                                                  and a.attnum = (i.indkey::int2[])[k.ord - 1]
                                                                  and a.attnum <> 0), 100) then null
                                     when colln.nspname = 'pg_catalog' then coll.collname::text
                                     else colln.nspname::text || '.' || coll.collname::text end
                         from pg_collation coll join pg_namespace colln on colln.oid = coll.collnamespace
                         where coll.oid = k.coll_oid)
                 from unnest(i.indcollation::oid[]) with ordinality k(coll_oid, ord)
                 order by k.ord)::text[] as collations,
           pg_get_expr(i.indpred, i.indrelid, true) as predicate,
           ${nullsNotDistinct} as nulls_not_distinct
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_am am on am.oid = ic.relam
    where c.relkind in ('r', 'p') and n.nspname = any(${schemas}::text[])`.execute(db);
}

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

export interface SequenceRow {
  schema: string;
  name: string;
  data_type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
}

export function readSequences(
  db: Kysely<any>,
  schemas: string[],
): Promise<{ rows: SequenceRow[] }> {
  // Sequences owned by a column (serial: deptype 'a'; identity: 'i') belong to the column.
  return sql<SequenceRow>`
    select n.nspname::text as schema, c.relname::text as name, format_type(s.seqtypid, null) as data_type,
           s.seqstart::text as start, s.seqincrement::text as increment, s.seqmin::text as min,
           s.seqmax::text as max, s.seqcache::text as cache, s.seqcycle as cycle
    from pg_sequence s
    join pg_class c on c.oid = s.seqrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any(${schemas}::text[])
      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                      and (d.deptype in ('i', 'e') or (d.deptype = 'a' and d.refclassid = 'pg_class'::regclass)))`.execute(
    db,
  );
}

export interface UnmanagedRow {
  kind: string;
  schema: string;
  name: string;
  table: string | null;
  definition: string | null;
}

export function readUnmanaged(
  db: Kysely<any>,
  schemas: string[],
): Promise<{ rows: UnmanagedRow[] }> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  return sql<UnmanagedRow>`
    select case c.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'foreign table' end as kind,
           n.nspname::text as schema, c.relname::text as name, null::text as table,
           case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid, true) end as definition
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('v', 'm', 'f') and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
           n.nspname::text, p.proname::text || '(' || pg_get_function_identity_arguments(p.oid) || ')', null,
           case when p.prokind in ('f', 'p', 'w') then pg_get_functiondef(p.oid) end
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where ${inScope} and ${notExtensionMember("pg_proc", sql`p.oid`)}
    union all
    select 'trigger', n.nspname::text, tg.tgname::text, c.relname::text, pg_get_triggerdef(tg.oid, true)
    from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where not tg.tgisinternal and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'policy', n.nspname::text, pol.polname::text, c.relname::text,
           'CREATE POLICY ' || quote_ident(pol.polname) || ' ON ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
           || case when pol.polpermissive then '' else ' AS RESTRICTIVE' end
           || ' FOR ' || case pol.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE'
                                           when 'd' then 'DELETE' else 'ALL' end
           || coalesce(' USING (' || pg_get_expr(pol.polqual, pol.polrelid, true) || ')', '')
           || coalesce(' WITH CHECK (' || pg_get_expr(pol.polwithcheck, pol.polrelid, true) || ')', '')
    from pg_policy pol join pg_class c on c.oid = pol.polrelid join pg_namespace n on n.oid = c.relnamespace
    where ${inScope}
    union all
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
               || ' AS RANGE (SUBTYPE = ' || (select format_type(r.rngsubtype, null) from pg_range r where r.rngtypid = t.oid) || ')'
             else 'CREATE TYPE ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' AS ('
               || (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum)
                   from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) || ')'
           end
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where (t.typtype in ('d', 'r') or (t.typtype = 'c' and (select rc.relkind from pg_class rc where rc.oid = t.typrelid) = 'c'))
      and ${inScope} and ${notExtensionMember("pg_type", sql`t.oid`)}
    union all
    select 'extension', n.nspname::text, x.extname::text, null,
           'CREATE EXTENSION IF NOT EXISTS ' || quote_ident(x.extname) || ' WITH SCHEMA ' || quote_ident(n.nspname)
    from pg_extension x join pg_namespace n on n.oid = x.extnamespace
    where ${inScope}`.execute(db);
}

/** `server_version_num`, e.g. 150004. */
export async function serverVersionNum(db: Kysely<any>): Promise<number> {
  const result = await sql<{
    v: string;
  }>`select current_setting('server_version_num') as v`.execute(db);
  return Number(result.rows[0]?.v ?? 0);
}
