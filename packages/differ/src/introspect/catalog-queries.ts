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
export function notExtensionMember(catalog: string, oid: RawBuilder<unknown>): RawBuilder<unknown> {
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
  /** `null` for a collation in `pg_catalog`. */
  collation_schema: string | null;
  comment: string | null;
  seq_start: string | null;
  seq_increment: string | null;
  seq_min: string | null;
  seq_max: string | null;
  seq_cache: string | null;
  seq_cycle: boolean | null;
  /**
   * What the models do not hold, read here because this query reads every column anyway: its
   * `ALTER COLUMN ... SET STATISTICS|STORAGE|(...)|COMPRESSION` actions, comma-separated, and
   * its privileges as `GRANT` statements with, in `grant_names`, what `pull` prints for each.
   */
  settings: string | null;
  grants: string[] | null;
  grant_names: string[] | null;
}

export function readColumns(
  db: Kysely<any>,
  schemas: string[],
  version: number,
): Promise<{ rows: ColumnRow[] }> {
  const column = sql`'ALTER COLUMN ' || quote_ident(a.attname)`;
  const compression =
    version >= 140000
      ? sql`case a.attcompression when 'p' then ${column} || ' SET COMPRESSION pglz'
                                   when 'l' then ${column} || ' SET COMPRESSION lz4' end`
      : sql`null::text`;
  // Of the options ALTER COLUMN ... SET accepts; servers may keep private entries of their own.
  const options = optionList(sql`a.attoptions`, "", ["n_distinct", "n_distinct_inherited"]);
  const grantee = granteeName(sql`e.grantee`);
  const target = sql`' ON TABLE ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)`;
  // A column's privileges are all granted: by default it has none.
  const grants = (select: RawBuilder<unknown>) => sql`
    case when a.attacl is not null then array(
      select ${select}
      from aclexplode(nullif(a.attacl, '{}')) e group by e.grantee, e.is_grantable
      order by e.grantee, e.is_grantable) end`;
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
           case when a.attcollation <> t.typcollation and a.attcollation <> 0 then coll.collname::text
           end as collation,
           case when a.attcollation <> t.typcollation and a.attcollation <> 0
                 and colln.nspname <> 'pg_catalog' then colln.nspname::text
           end as collation_schema,
           des.description as comment,
           s.seqstart::text as seq_start, s.seqincrement::text as seq_increment,
           s.seqmin::text as seq_min, s.seqmax::text as seq_max, s.seqcache::text as seq_cache,
           s.seqcycle as seq_cycle,
           -- Cheap tests first: most columns have none of these.
           case when coalesce(a.attstattarget::int, -1) <> -1 or a.attstorage <> t.typstorage
                  or a.attoptions::text like '%n_distinct%' or ${compression} is not null
           then nullif(concat_ws(', ',
             case when coalesce(a.attstattarget::int, -1) <> -1 then ${column} || ' SET STATISTICS ' || a.attstattarget end,
             case when a.attstorage <> t.typstorage then ${column} || ' SET STORAGE '
               || case a.attstorage when 'p' then 'PLAIN' when 'e' then 'EXTERNAL' when 'm' then 'MAIN' else 'EXTENDED' end end,
             case when a.attoptions::text like '%n_distinct%' then ${column} || ' SET (' || ${options} || ')' end,
             ${compression}), '') end as settings,
           ${grants(sql`'GRANT ' || string_agg(e.privilege_type || ' (' || quote_ident(a.attname) || ')', ', ' order by e.privilege_type)
                        || ${target} || ' TO ' || ${grantee} || case when e.is_grantable then ' WITH GRANT OPTION' else '' end`)} as grants,
           ${grants(sql`'TABLE ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ' (' || quote_ident(a.attname) || ') GRANT ' || ${grantee}`)} as grant_names
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    join pg_type et on et.oid = case when t.typcategory = 'A' then t.typelem else t.oid end
    join pg_namespace etn on etn.oid = et.typnamespace
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    left join pg_collation coll on coll.oid = a.attcollation
    left join pg_namespace colln on colln.oid = coll.collnamespace
    -- An identity column's sequence, looked up for identity columns only.
    left join lateral (
      select sq.* from pg_depend dep join pg_sequence sq on sq.seqrelid = dep.objid
      where a.attidentity <> '' and dep.refclassid = 'pg_class'::regclass and dep.refobjid = a.attrelid
        and dep.refobjsubid = a.attnum and dep.classid = 'pg_class'::regclass and dep.deptype = 'i'
    ) s on true
    -- A join, not col_description(): that runs a query per column.
    left join pg_description des on des.classoid = 'pg_class'::regclass and des.objoid = a.attrelid
      and des.objsubid = a.attnum
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
  /** Added `NOT VALID` and never validated (checks and foreign keys only). */
  not_valid: boolean;
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
           not con.convalidated as not_valid,
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
      and n.nspname = any(${schemas}::text[]) and con.conislocal
      -- A partition's copies of its parent's constraints belong to the parent (PostgreSQL adds
      -- them on ATTACH PARTITION); the partition's own, declared first, are local too.
      and not (c.relispartition and con.coninhcount > 0)`.execute(db);
}

export interface IndexRow {
  table_oid: string;
  oid: string;
  name: string;
  unique: boolean;
  method: string;
  key_count: number;
  columns: (string | null)[];
  // The lists below are `null` when every element would be (0 for `options`): most indexes
  // have plain columns, default opclasses and collations, and parsing arrays costs.
  /** `pg_get_indexdef` of expression columns; `null` for plain columns (their name is in `columns`). */
  definitions: (string | null)[] | null;
  options: number[] | null;
  opclasses: (string | null)[] | null;
  /** Parallel to `opclasses`: `null` for an operator class in `pg_catalog`. */
  opclass_schemas: (string | null)[] | null;
  /** Parallel to `opclasses`: the class's parameters as `name=value` joined by U+0001. */
  opclass_options: (string | null)[] | null;
  collations: (string | null)[] | null;
  /** Parallel to `collations`: `null` for a collation in `pg_catalog`. */
  collation_schemas: (string | null)[] | null;
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
  const inScope = sql`n.nspname = any(${schemas}::text[]) and c.relkind in ('r', 'p')`;
  // An operator class is named when it is not the default, or has parameters (which follow it).
  const hasOptions = sql`(ia.attoptions is not null and exists (select 1 from unnest(ia.attoptions) o where left(o, 3) <> 'pg_'))`;
  const named = sql`(not opc.opcdefault or ${hasOptions})`;
  // The elements of every index in one pass: a join per element (opclass, collation, column)
  // hashes each catalog once for the whole query, where a subquery per index would look them
  // up (or hash them) once per index.
  return sql<IndexRow>`
    select i.indrelid::text as table_oid, i.indexrelid::text as oid, ic.relname::text as name,
           i.indisunique as unique, am.amname::text as method, i.indnkeyatts::int as key_count,
           e.columns, e.definitions,
           case when 0 <> any(i.indoption::int2[]) then i.indoption::int2[]::int[] end as options,
           e.opclasses, e.opclass_schemas, e.opclass_options, e.collations, e.collation_schemas,
           pg_get_expr(i.indpred, i.indrelid, true) as predicate,
           ${nullsNotDistinct} as nulls_not_distinct
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_am am on am.oid = ic.relam
    join (
      select k.indexrelid,
             array_agg(a.attname::text order by k.ord) as columns,
             -- pg_get_indexdef costs a catalog lookup per call: only expressions need it.
             case when bool_or(k.attnum = 0) then
               array_agg(case when k.attnum = 0 then pg_get_indexdef(k.indexrelid, k.ord::int, true) end
                         order by k.ord) end as definitions,
             case when bool_or(${named}) then
               array_agg(case when ${named} then opc.opcname::text end order by k.ord)
                 filter (where k.ord <= k.keys) end as opclasses,
             case when bool_or(${named} and opcn.nspname <> 'pg_catalog') then
               array_agg(case when ${named} and opcn.nspname <> 'pg_catalog'
                              then opcn.nspname::text end order by k.ord)
                 filter (where k.ord <= k.keys) end as opclass_schemas,
             -- An index column's options are its operator class's parameters (siglen=32).
             case when bool_or(${hasOptions}) then
               array_agg(array_to_string(ia.attoptions, chr(1)) order by k.ord)
                 filter (where k.ord <= k.keys) end as opclass_options,
             -- A collation only where it is not the column's (an expression's: the default).
             case when bool_or(k.coll <> coalesce(a.attcollation, 100)) then
               array_agg(case when k.coll <> coalesce(a.attcollation, 100) then coll.collname::text end
                         order by k.ord) filter (where k.ord <= k.keys) end as collations,
             case when bool_or(k.coll <> coalesce(a.attcollation, 100) and colln.nspname <> 'pg_catalog') then
               array_agg(case when k.coll <> coalesce(a.attcollation, 100) and colln.nspname <> 'pg_catalog'
                              then colln.nspname::text end order by k.ord)
                 filter (where k.ord <= k.keys) end as collation_schemas
      -- indkey lists key and INCLUDE columns; indclass and indcollation only the keys.
      from (select i.indexrelid, i.indrelid, i.indnkeyatts as keys, u.attnum, u.opc, u.coll, u.ord
            from pg_index i
            join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
            cross join lateral unnest(i.indkey::int2[], i.indclass::oid[], i.indcollation::oid[])
              with ordinality u(attnum, opc, coll, ord)
            where ${inScope}) k
      left join pg_attribute a on a.attrelid = k.indrelid and a.attnum = k.attnum and k.attnum <> 0
      left join pg_attribute ia on ia.attrelid = k.indexrelid and ia.attnum = k.ord
      left join pg_opclass opc on opc.oid = k.opc
      left join pg_namespace opcn on opcn.oid = opc.opcnamespace
      left join pg_collation coll on coll.oid = k.coll
      left join pg_namespace colln on colln.oid = coll.collnamespace
      group by k.indexrelid
    ) e on e.indexrelid = i.indexrelid
    -- An index attached to a partitioned index belongs to its parent: PostgreSQL builds it on
    -- ATTACH PARTITION, and drops it with the parent's.
    where ${inScope} and not ic.relispartition`.execute(db);
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

/**
 * `'\nCOMMENT ON <target> IS ''...'';'` when the object has a comment, else `''`: appended to
 * a definition so the baseline recreates the comment with the object.
 */
export function commentClause(
  target: RawBuilder<unknown>,
  comment: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`coalesce(E'\nCOMMENT ON ' || ${target} || ' IS ' || quote_literal(${comment}) || ';', '')`;
}

/**
 * `name='value', ...` from a `reloptions`-style `text[]` of `name=value`, each name prefixed
 * with `prefix` (`toast.`), keeping only `only` when given; `null` for none.
 */
export function optionList(
  options: RawBuilder<unknown>,
  prefix: string,
  only?: readonly string[],
): RawBuilder<unknown> {
  const kept =
    only === undefined ? sql`` : sql`where split_part(o, '=', 1) = any(${[...only]}::text[])`;
  return sql`(select string_agg(${prefix} || split_part(o, '=', 1) || '=' || quote_literal(substr(o, strpos(o, '=') + 1)), ', ')
              from unnest(${options}) o ${kept})`;
}

/** A role oid from an ACL as GRANT names it: `PUBLIC` for 0. */
export function granteeName(oid: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`case when ${oid} = 0 then 'PUBLIC' else quote_ident(pg_get_userbyid(${oid})) end`;
}

/** `quote_ident(schema) || '.' || quote_ident(name)` for two SQL expressions. */
export function qualified(
  schema: RawBuilder<unknown>,
  name: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`quote_ident(${schema}) || '.' || quote_ident(${name})`;
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

/**
 * Everything retort reads but does not manage, in one query. `version` is
 * `server_version_num` (collation columns differ between versions).
 */
export function readUnmanaged(
  db: Kysely<any>,
  schemas: string[],
  version: number,
): Promise<{ rows: UnmanagedRow[] }> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  const relationName = qualified(sql`n.nspname`, sql`c.relname`);
  // A partition's copy of its parent's row trigger (internal before PostgreSQL 13) comes with
  // ATTACH PARTITION, as its copies of indexes do.
  const ownTrigger = version >= 130000 ? sql`tg.tgparentid = 0` : sql`true`;
  return sql<UnmanagedRow>`
    -- Foreign tables: readUnmanagedExtras.
    select case c.relkind when 'v' then 'view' else 'materialized view' end as kind,
           n.nspname::text as schema, c.relname::text as name, null::text as table,
           pg_get_viewdef(c.oid, true)
             || ${commentClause(sql`case c.relkind when 'v' then 'VIEW ' else 'MATERIALIZED VIEW ' end || ${relationName}`, sql`obj_description(c.oid, 'pg_class')`)}
             as definition
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('v', 'm') and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    -- Aggregates: readUnmanagedExtras.
    select case p.prokind when 'p' then 'procedure' else 'function' end,
           n.nspname::text, p.proname::text || '(' || pg_get_function_identity_arguments(p.oid) || ')', null,
           pg_get_functiondef(p.oid)
             || ${commentClause(sql`case p.prokind when 'p' then 'PROCEDURE ' else 'FUNCTION ' end || ${qualified(sql`n.nspname`, sql`p.proname`)} || '(' || pg_get_function_identity_arguments(p.oid) || ')'`, sql`obj_description(p.oid, 'pg_proc')`)}
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.prokind <> 'a' and ${inScope} and ${notExtensionMember("pg_proc", sql`p.oid`)}
    union all
    select 'trigger', n.nspname::text, tg.tgname::text, c.relname::text, pg_get_triggerdef(tg.oid, true)
      -- pg_get_triggerdef leaves out whether the trigger fires.
      || case tg.tgenabled when 'D' then E';\nALTER TABLE ' || ${relationName} || ' DISABLE TRIGGER ' || quote_ident(tg.tgname)
                           when 'R' then E';\nALTER TABLE ' || ${relationName} || ' ENABLE REPLICA TRIGGER ' || quote_ident(tg.tgname)
                           when 'A' then E';\nALTER TABLE ' || ${relationName} || ' ENABLE ALWAYS TRIGGER ' || quote_ident(tg.tgname)
                           else '' end
      || ${commentClause(sql`'TRIGGER ' || quote_ident(tg.tgname) || ' ON ' || ${relationName}`, sql`obj_description(tg.oid, 'pg_trigger')`)}
    from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where not tg.tgisinternal and ${ownTrigger} and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'policy', n.nspname::text, pol.polname::text, c.relname::text,
           'CREATE POLICY ' || quote_ident(pol.polname) || ' ON ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
           || case when pol.polpermissive then '' else ' AS RESTRICTIVE' end
           || ' FOR ' || case pol.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE'
                                           when 'd' then 'DELETE' else 'ALL' end
           -- polroles is {0} (PUBLIC) unless the policy names roles.
           || coalesce(' TO ' || (select string_agg(quote_ident(r.rolname), ', ' order by r.rolname)
                                  from pg_roles r where r.oid = any(pol.polroles)), '')
           || coalesce(' USING (' || pg_get_expr(pol.polqual, pol.polrelid, true) || ')', '')
           || coalesce(' WITH CHECK (' || pg_get_expr(pol.polwithcheck, pol.polrelid, true) || ')', '')
           || ${commentClause(sql`'POLICY ' || quote_ident(pol.polname) || ' ON ' || ${relationName}`, sql`obj_description(pol.oid, 'pg_policy')`)}
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
               || ' AS RANGE (' || ${rangeOptions(version)} || ')'
             else 'CREATE TYPE ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' AS ('
               || (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum)
                   from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) || ')'
           end
           || ${commentClause(sql`case t.typtype when 'd' then 'DOMAIN ' else 'TYPE ' end || ${qualified(sql`n.nspname`, sql`t.typname`)}`, sql`obj_description(t.oid, 'pg_type')`)}
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where (t.typtype in ('d', 'r') or (t.typtype = 'c' and (select rc.relkind from pg_class rc where rc.oid = t.typrelid) = 'c'))
      and ${inScope} and ${notExtensionMember("pg_type", sql`t.oid`)}
    union all
    select 'extension', n.nspname::text, x.extname::text, null,
           'CREATE EXTENSION IF NOT EXISTS ' || quote_ident(x.extname) || ' WITH SCHEMA ' || quote_ident(n.nspname)
    from pg_extension x join pg_namespace n on n.oid = x.extnamespace
    where ${inScope}
    union all
    -- collprovider 'd' is the database default, which CREATE COLLATION cannot make.
    select 'collation', n.nspname::text, co.collname::text, null,
           'CREATE COLLATION ' || ${qualified(sql`n.nspname`, sql`co.collname`)} || ' (' || ${collationOptions(version)} || ')'
           || ${commentClause(sql`'COLLATION ' || ${qualified(sql`n.nspname`, sql`co.collname`)}`, sql`obj_description(co.oid, 'pg_collation')`)}
    from pg_collation co join pg_namespace n on n.oid = co.collnamespace
    where co.collprovider <> 'd' and ${inScope} and ${notExtensionMember("pg_collation", sql`co.oid`)}
    union all
    -- A view's own '_RETURN' rule is its query, already in the view's definition.
    select 'rule', n.nspname::text, r.rulename::text, c.relname::text, pg_get_ruledef(r.oid, true)
      || ${commentClause(sql`'RULE ' || quote_ident(r.rulename) || ' ON ' || ${relationName}`, sql`obj_description(r.oid, 'pg_rewrite')`)}
    from pg_rewrite r join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace
    where r.rulename <> '_RETURN' and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'statistics', n.nspname::text, st.stxname::text, c.relname::text, pg_get_statisticsobjdef(st.oid)
      || ${commentClause(sql`'STATISTICS ' || ${qualified(sql`n.nspname`, sql`st.stxname`)}`, sql`obj_description(st.oid, 'pg_statistic_ext')`)}
    from pg_statistic_ext st join pg_namespace n on n.oid = st.stxnamespace join pg_class c on c.oid = st.stxrelid
    where ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    -- Indexes on tables belong to the tables; those on materialized views are only here.
    select 'index', n.nspname::text, ic.relname::text, c.relname::text, pg_get_indexdef(i.indexrelid)
      || ${commentClause(sql`'INDEX ' || ${qualified(sql`n.nspname`, sql`ic.relname`)}`, sql`obj_description(ic.oid, 'pg_class')`)}
    from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'm' and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    -- Event triggers belong to no schema: one is in scope when the function it runs is.
    select 'event trigger', n.nspname::text, et.evtname::text, null,
           'CREATE EVENT TRIGGER ' || quote_ident(et.evtname) || ' ON ' || quote_ident(et.evtevent)
           || coalesce(' WHEN TAG IN (' || (select string_agg(quote_literal(tag), ', ' order by k)
                                             from unnest(et.evttags) with ordinality u(tag, k)) || ')', '')
           || ' EXECUTE FUNCTION ' || ${qualified(sql`n.nspname`, sql`p.proname`)} || '()'
           || case et.evtenabled when 'D' then E';\nALTER EVENT TRIGGER ' || quote_ident(et.evtname) || ' DISABLE'
                                 when 'R' then E';\nALTER EVENT TRIGGER ' || quote_ident(et.evtname) || ' ENABLE REPLICA'
                                 when 'A' then E';\nALTER EVENT TRIGGER ' || quote_ident(et.evtname) || ' ENABLE ALWAYS'
                                 else '' end
           || ${commentClause(sql`'EVENT TRIGGER ' || quote_ident(et.evtname)`, sql`obj_description(et.oid, 'pg_event_trigger')`)}
    from pg_event_trigger et join pg_proc p on p.oid = et.evtfoid join pg_namespace n on n.oid = p.pronamespace
    where ${inScope} and ${notExtensionMember("pg_event_trigger", sql`et.oid`)}
    union all
    select 'operator', n.nspname::text,
           o.oprname::text || '(' || case when o.oprleft = 0 then 'NONE' else format_type(o.oprleft, null) end
             || ', ' || format_type(o.oprright, null) || ')', null,
           'CREATE OPERATOR ' || quote_ident(n.nspname) || '.' || o.oprname || ' (FUNCTION = ' || o.oprcode::regproc::text
           || case when o.oprleft = 0 then '' else ', LEFTARG = ' || format_type(o.oprleft, null) end
           || ', RIGHTARG = ' || format_type(o.oprright, null)
           || coalesce((select ', COMMUTATOR = OPERATOR(' || quote_ident(cn.nspname) || '.' || co.oprname || ')'
                        from pg_operator co join pg_namespace cn on cn.oid = co.oprnamespace where co.oid = o.oprcom), '')
           || coalesce((select ', NEGATOR = OPERATOR(' || quote_ident(nn.nspname) || '.' || ng.oprname || ')'
                        from pg_operator ng join pg_namespace nn on nn.oid = ng.oprnamespace where ng.oid = o.oprnegate), '')
           || case when o.oprrest = 0 then '' else ', RESTRICT = ' || o.oprrest::regproc::text end
           || case when o.oprjoin = 0 then '' else ', JOIN = ' || o.oprjoin::regproc::text end
           || case when o.oprcanhash then ', HASHES' else '' end
           || case when o.oprcanmerge then ', MERGES' else '' end || ')'
           || ${commentClause(
             sql`'OPERATOR ' || quote_ident(n.nspname) || '.' || o.oprname || ' (' || case when o.oprleft = 0 then 'NONE' else format_type(o.oprleft, null) end || ', ' || format_type(o.oprright, null) || ')'`,
             sql`obj_description(o.oid, 'pg_operator')`,
           )}
    from pg_operator o join pg_namespace n on n.oid = o.oprnamespace
    where o.oprcode <> 0 and ${inScope} and ${notExtensionMember("pg_operator", sql`o.oid`)}
    union all
    -- The mappings take one ALTER per token type, as pg_dump prints them.
    select 'text search configuration', n.nspname::text, cf.cfgname::text, null,
           'CREATE TEXT SEARCH CONFIGURATION ' || ${qualified(sql`n.nspname`, sql`cf.cfgname`)}
           || ' (PARSER = ' || ${qualified(sql`prsn.nspname`, sql`prs.prsname`)} || ')'
           || coalesce((select string_agg(E';\nALTER TEXT SEARCH CONFIGURATION ' || ${qualified(sql`n.nspname`, sql`cf.cfgname`)}
                                          || ' ADD MAPPING FOR ' || tt.alias || ' WITH ' || m.dicts, '' order by m.token)
                        from (select mp.maptokentype as token,
                                     string_agg(${qualified(sql`dn.nspname`, sql`dct.dictname`)}, ', ' order by mp.mapseqno) as dicts
                              from pg_ts_config_map mp join pg_ts_dict dct on dct.oid = mp.mapdict
                              join pg_namespace dn on dn.oid = dct.dictnamespace
                              where mp.mapcfg = cf.oid group by mp.maptokentype) m
                        join ts_token_type(cf.cfgparser) tt on tt.tokid = m.token), '')
           || ${commentClause(sql`'TEXT SEARCH CONFIGURATION ' || ${qualified(sql`n.nspname`, sql`cf.cfgname`)}`, sql`obj_description(cf.oid, 'pg_ts_config')`)}
    from pg_ts_config cf join pg_namespace n on n.oid = cf.cfgnamespace
    join pg_ts_parser prs on prs.oid = cf.cfgparser join pg_namespace prsn on prsn.oid = prs.prsnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_config", sql`cf.oid`)}
    union all
    select 'text search dictionary', n.nspname::text, td.dictname::text, null,
           'CREATE TEXT SEARCH DICTIONARY ' || ${qualified(sql`n.nspname`, sql`td.dictname`)}
           || ' (TEMPLATE = ' || ${qualified(sql`tmn.nspname`, sql`tmpl.tmplname`)}
           || coalesce(', ' || td.dictinitoption, '') || ')'
           || ${commentClause(sql`'TEXT SEARCH DICTIONARY ' || ${qualified(sql`n.nspname`, sql`td.dictname`)}`, sql`obj_description(td.oid, 'pg_ts_dict')`)}
    from pg_ts_dict td join pg_namespace n on n.oid = td.dictnamespace
    join pg_ts_template tmpl on tmpl.oid = td.dicttemplate join pg_namespace tmn on tmn.oid = tmpl.tmplnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_dict", sql`td.oid`)}
    union all
    select 'unlogged table', n.nspname::text, c.relname::text, c.relname::text,
           'ALTER TABLE ' || ${relationName} || ' SET UNLOGGED'
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and c.relpersistence = 'u' and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'partitioned table', n.nspname::text, c.relname::text, c.relname::text,
           'PARTITION BY ' || pg_get_partkeydef(c.oid)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'p' and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'partition index', n.nspname::text, ic.relname::text, c.relname::text,
           case when con.oid is not null
             then 'ALTER TABLE ' || ${relationName} || ' ADD CONSTRAINT ' || quote_ident(ic.relname)
               || ' ' || pg_get_constraintdef(con.oid)
             -- On a partitioned partition pg_get_indexdef says ON ONLY, which leaves the index
             -- invalid until its own partitions attach: without it the index is valid at once.
             when starts_with(d.def, d.only) then left(d.only, -5) || substr(d.def, length(d.only) + 1)
             else d.def
           end
    from pg_index i join pg_class ic on ic.oid = i.indexrelid
    join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
    cross join lateral (
      select pg_get_indexdef(i.indexrelid) as def,
             'CREATE ' || case when i.indisunique then 'UNIQUE ' else '' end || 'INDEX '
               || quote_ident(ic.relname) || ' ON ONLY ' as only
    ) d
    left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = c.oid
      and con.contype in ('p', 'u', 'x')
    where ic.relispartition and c.relkind in ('r', 'p') and ${inScope}
    union all
    select 'partition check', n.nspname::text, con.conname::text, c.relname::text,
           'ALTER TABLE ' || ${relationName} || ' ADD CONSTRAINT ' || quote_ident(con.conname)
             || ' ' || pg_get_constraintdef(con.oid)
    from pg_constraint con join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    where con.contype = 'c' and c.relispartition and con.coninhcount > 0 and ${inScope}
    union all
    select case when c.relispartition then 'partition' else 'inheritance' end, n.nspname::text,
           c.relname::text, c.relname::text,
           case when c.relispartition
             then 'ALTER TABLE ' || ${qualified(sql`pn.nspname`, sql`pc.relname`)} || ' ATTACH PARTITION '
               || ${relationName} || ' ' || pg_get_expr(c.relpartbound, c.oid)
             else 'ALTER TABLE ' || ${relationName} || ' INHERIT ' || ${qualified(sql`pn.nspname`, sql`pc.relname`)}
           end
    from pg_inherits inh join pg_class c on c.oid = inh.inhrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_class pc on pc.oid = inh.inhparent join pg_namespace pn on pn.oid = pc.relnamespace
    where c.relkind in ('r', 'p', 'f') and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    -- Two parents of one child share kind, schema and name: keep their order stable.
    order by 1, 2, 4, 3, 5`.execute(db);
}

/** `server_version_num`, e.g. 150004. */
export async function serverVersionNum(db: Kysely<any>): Promise<number> {
  const result = await sql<{
    v: string;
  }>`select current_setting('server_version_num') as v`.execute(db);
  return Number(result.rows[0]?.v ?? 0);
}
