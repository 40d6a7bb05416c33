import { sql } from "@retort/core/kysely-runtime";
import type { Kysely, RawBuilder } from "kysely";
import {
  description,
  expressionText,
  granteeName,
  notExtensionMember,
  optionList,
} from "./catalog-sql";

// Schemas, tables and their columns: what the models declare of a table itself.

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
  partition_by: string | null;
  parent_schema: string | null;
  parent_name: string | null;
  partition_bound: string | null;
}

export function tablesQuery(schemas: string[]): RawBuilder<TableRow> {
  return sql<TableRow>`
    select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name,
           ${description(sql`c.oid`, "pg_class")} as comment,
           case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partition_by,
           pn.nspname::text as parent_schema, pc.relname::text as parent_name,
           case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end as partition_bound
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    left join pg_inherits inh on c.relispartition and inh.inhrelid = c.oid
    left join pg_class pc on pc.oid = inh.inhparent
    left join pg_namespace pn on pn.oid = pc.relnamespace
    where c.relkind in ('r', 'p') and n.nspname = any(${schemas}::text[])
      and ${notExtensionMember("pg_class", sql`c.oid`)}`;
}

export interface ColumnRow {
  table_oid: string;
  attnum: number;
  name: string;
  type: string;
  user_type_schema: string | null;
  user_type_name: string | null;
  /** A user type's modifier as `format_type` prints it, `(Polygon,4326)`; `null` for none. */
  user_type_modifier: string | null;
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
  /** The identity's sequence. */
  seq_name: string | null;
  /**
   * What the models do not hold, read here because this query reads every column anyway: its
   * `ALTER COLUMN ... SET STATISTICS|STORAGE|(...)|COMPRESSION` actions, comma-separated, and
   * its privileges as `GRANT` statements with, in `grant_names`, what `pull` prints for each.
   */
  settings: string | null;
  grants: string[] | null;
  grant_names: string[] | null;
}

/**
 * A column's `ALTER COLUMN ... SET STATISTICS|STORAGE|(...)|COMPRESSION` actions that differ from
 * what creating it gives, comma-separated, or `null`; over `pg_attribute a` and its `pg_type t`.
 */
export function columnSettings(version: number, withStatistics = true): RawBuilder<unknown> {
  const column = sql`'ALTER COLUMN ' || quote_ident(a.attname)`;
  const compression =
    version >= 140000
      ? sql`case a.attcompression when 'p' then ${column} || ' SET COMPRESSION pglz'
                                   when 'l' then ${column} || ' SET COMPRESSION lz4' end`
      : sql`null::text`;
  // Of the options ALTER COLUMN ... SET accepts; servers may keep private entries of their own.
  const options = optionList(sql`a.attoptions`, "", ["n_distinct", "n_distinct_inherited"]);
  // A table column's statistics target is in its model (catalog-table-settings).
  const statistics = withStatistics ? sql`coalesce(a.attstattarget::int, -1) <> -1` : sql`false`;
  // Cheap tests first: most columns have none of these.
  return sql`case when ${statistics} or a.attstorage <> t.typstorage
                   or a.attoptions::text like '%n_distinct%' or ${compression} is not null
    then nullif(concat_ws(', ',
      case when ${statistics} then ${column} || ' SET STATISTICS ' || a.attstattarget end,
      case when a.attstorage <> t.typstorage then ${column} || ' SET STORAGE '
        || case a.attstorage when 'p' then 'PLAIN' when 'e' then 'EXTERNAL' when 'm' then 'MAIN' else 'EXTENDED' end end,
      case when a.attoptions::text like '%n_distinct%' then ${column} || ' SET (' || ${options} || ')' end,
      ${compression}), '') end`;
}

export function columnsQuery(schemas: string[], version: number): RawBuilder<ColumnRow> {
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
           -- The element type's text with and without the modifier (of an array, its elements').
           case when etn.nspname <> 'pg_catalog' and a.atttypmod >= 0
             then nullif(substr(format_type(et.oid, a.atttypmod), length(format_type(et.oid, null)) + 1), '')
           end as user_type_modifier,
           -- A domain over an array is in category 'A' too, without an element type.
           (t.typcategory = 'A' and t.typelem <> 0) as is_array,
           a.attnotnull as not_null,
           ${expressionText(sql`ad.adbin`, sql`ad.adrelid`, true)} as default_expr,
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
           s.seqcycle as seq_cycle, s.seq_name,
           ${columnSettings(version, false)} as settings,
           ${grants(sql`'GRANT ' || string_agg(e.privilege_type || ' (' || quote_ident(a.attname) || ')', ', ' order by e.privilege_type)
                        || ${target} || ' TO ' || ${grantee} || case when e.is_grantable then ' WITH GRANT OPTION' else '' end`)} as grants,
           ${grants(sql`'TABLE ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ' (' || quote_ident(a.attname) || ') GRANT ' || ${grantee}`)} as grant_names
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    join pg_type et on et.oid = case when t.typcategory = 'A' and t.typelem <> 0 then t.typelem else t.oid end
    join pg_namespace etn on etn.oid = et.typnamespace
    left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
    left join pg_collation coll on coll.oid = a.attcollation
    left join pg_namespace colln on colln.oid = coll.collnamespace
    -- An identity column's sequence, looked up for identity columns only.
    left join lateral (
      select sq.*, seq.relname::text as seq_name
      from pg_depend dep join pg_sequence sq on sq.seqrelid = dep.objid
      join pg_class seq on seq.oid = sq.seqrelid
      where a.attidentity <> '' and dep.refclassid = 'pg_class'::regclass and dep.refobjid = a.attrelid
        and dep.refobjsubid = a.attnum and dep.classid = 'pg_class'::regclass and dep.deptype = 'i'
    ) s on true
    -- A join, not col_description(): that runs a query per column.
    left join pg_description des on des.classoid = 'pg_class'::regclass and des.objoid = a.attrelid
      and des.objsubid = a.attnum
    where c.relkind in ('r', 'p') and n.nspname = any(${schemas}::text[])
      and a.attnum > 0 and not a.attisdropped
    order by a.attrelid, a.attnum`;
}
