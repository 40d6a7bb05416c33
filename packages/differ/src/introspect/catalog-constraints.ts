import { sql } from "@retort/core/kysely-runtime";
import type { Kysely, RawBuilder } from "kysely";
import { description, jsonRows } from "./catalog-sql";

// Constraints and indexes of tables, as the models declare them.

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
  /** The same without `pretty`, for `faithfulExpression`. */
  check_expr_plain: string | null;
  index_oid: string;
  operators: string[] | null;
  /** Added `NOT VALID` and never validated (checks and foreign keys only). */
  not_valid: boolean;
  /** `ON DELETE SET NULL (...)` / `SET DEFAULT (...)` columns (PostgreSQL 15+), else empty. */
  on_delete_columns: string[] | null;
  comment: string | null;
}

/**
 * The names of the columns numbered `attnums` (an `int2[]`) of the relation `relid`, in order. A
 * lookup per number: joined, the planner hashed every column of the table once per constraint
 * (15 ms over MusicBrainz's 2,000 constraints). A constraint's columns always exist.
 */
function columnNames(
  attnums: RawBuilder<unknown>,
  relid: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`array(select (select a.attname::text from pg_attribute a
                           where a.attrelid = ${relid} and a.attnum = k.attnum)
                   from unnest(${attnums}) with ordinality k(attnum, ord) order by k.ord)::text[]`;
}

/** The constraints of the tables of `schemas`; `version` is `server_version_num`. */
/**
 * Only the tables named, when a read needs a few (`null`: every table of the schemas). Their
 * schemas must be among the read's.
 */
export type TableFilter = readonly { schema: string; name: string }[] | null;

function onlyTables(tables: TableFilter): RawBuilder<unknown> {
  if (tables === null) return sql`true`;
  return sql`(n.nspname, c.relname) in (select * from unnest(${tables.map((t) => t.schema)}::text[], ${tables.map((t) => t.name)}::text[]))`;
}

export function constraintsQuery(
  schemas: string[],
  version: number,
  tables: TableFilter = null,
): RawBuilder<ConstraintRow> {
  // confdelsetcols exists from PostgreSQL 15 (null when it lists no column).
  const onDeleteColumns =
    version >= 150000
      ? sql`case when con.contype = 'f' and con.confdelsetcols is not null then
             ${columnNames(sql`con.confdelsetcols`, sql`con.conrelid`)}
           end`
      : sql`null::text[]`;
  // contype 'n' (NOT NULL constraints, catalogued from PostgreSQL 18) and 't' (constraint
  // triggers) are left out: nullability is read from attnotnull, triggers are unmanaged.
  return sql<ConstraintRow>`
    select con.conrelid::text as table_oid, con.conname::text as name, con.contype::text as type,
           con.condeferrable as deferrable, con.condeferred as deferred, con.connoinherit as no_inherit,
           not con.convalidated as not_valid,
           ${columnNames(sql`con.conkey`, sql`con.conrelid`)} as columns,
           fn.nspname::text as ref_schema, fc.relname::text as ref_table,
           case when con.contype = 'f' then
             ${columnNames(sql`con.confkey`, sql`con.confrelid`)}
           end as ref_columns,
           con.confupdtype::text as on_update, con.confdeltype::text as on_delete,
           con.confmatchtype::text as match,
           ${onDeleteColumns} as on_delete_columns,
           case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid, true) end as check_expr,
           case when con.contype = 'c' then pg_get_expr(con.conbin, con.conrelid) end as check_expr_plain,
           con.conindid::text as index_oid,
           case when con.contype = 'x' then
             array(select o.oprname::text from unnest(con.conexclop) with ordinality k(op, ord)
                   join pg_operator o on o.oid = k.op order by k.ord)::text[]
           end as operators,
           ${description(sql`con.oid`, "pg_constraint")} as comment
    from pg_constraint con
    join pg_class c on c.oid = con.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_class fc on fc.oid = con.confrelid
    left join pg_namespace fn on fn.oid = fc.relnamespace
    where con.contype in ('p', 'u', 'f', 'c', 'x') and c.relkind in ('r', 'p')
      and n.nspname = any(${schemas}::text[]) and ${onlyTables(tables)}
      -- A check a child inherits (INHERITS) is read as its own, as its inherited columns are: the
      -- baseline creates the child with it, which ALTER TABLE ... INHERIT requires.
      and (con.conislocal or con.contype = 'c')
      -- A partition's copies of its parent's constraints belong to the parent (PostgreSQL adds
      -- them on ATTACH PARTITION); the partition's own, declared first, are local too.
      and not (c.relispartition and con.coninhcount > 0)`;
}

/** The rows of {@link constraintsQuery}, read on `db`. */
export function readConstraints(
  db: Kysely<any>,
  ...args: Parameters<typeof constraintsQuery>
): Promise<{ rows: ConstraintRow[] }> {
  return jsonRows(db, constraintsQuery(...args));
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
  /**
   * `pg_get_indexdef` of expression columns; `null` for plain columns (their name is in `columns`).
   */
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
  /** The same without `pretty`, for `faithfulExpression`. */
  predicate_plain: string | null;
  nulls_not_distinct: boolean;
  /** `pg_class.reloptions` of the index: `name=value` each. */
  storage_parameters: string[] | null;
  comment: string | null;
  /** Targets set on expression columns, by index column number; `null` for none. */
  statistics: Record<string, number> | null;
}

export function indexesQuery(
  schemas: string[],
  hasNullsNotDistinct: boolean,
  /** Only materialized views' indexes (what `introspectViews` needs), not every table's. */
  onlyMaterializedViews = false,
  tables: TableFilter = null,
): RawBuilder<IndexRow> {
  // indnullsnotdistinct exists from PostgreSQL 15.
  const nullsNotDistinct = hasNullsNotDistinct ? sql`i.indnullsnotdistinct` : sql`false`;
  const kinds = onlyMaterializedViews ? sql`c.relkind = 'm'` : sql`c.relkind in ('r', 'p', 'm')`;
  const inScope = sql`n.nspname = any(${schemas}::text[]) and ${kinds} and ${onlyTables(tables)}`;
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
           pg_get_expr(i.indpred, i.indrelid) as predicate_plain,
           ${nullsNotDistinct} as nulls_not_distinct, ic.reloptions::text[] as storage_parameters,
           ${description(sql`ic.oid`, "pg_class")} as comment,
           -- The default is -1 up to PostgreSQL 16 and NULL from 17.
           (select json_object_agg(ia.attnum, ia.attstattarget order by ia.attnum)
            from pg_attribute ia
            where ia.attrelid = ic.oid and coalesce(ia.attstattarget::int, -1) <> -1) as statistics
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
    where ${inScope} and not ic.relispartition`;
}

/** The rows of {@link indexesQuery}, read on `db`. */
export function readIndexes(
  db: Kysely<any>,
  ...args: Parameters<typeof indexesQuery>
): Promise<{ rows: IndexRow[] }> {
  return jsonRows(db, indexesQuery(...args));
}
