import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import type { TableDescription } from "../schema/schema-description";
import { notExtensionMember, qualified } from "./catalog-sql";
import type { TableRow } from "./catalog-tables";

// How tables stand to each other beyond foreign keys: UNLOGGED, PARTITION BY, a partition's
// copies of its parent's indexes and checks, ATTACH PARTITION and INHERIT.

/**
 * `UNLOGGED` tables, partitioned tables' `PARTITION BY`, the partitions' copies of their parents'
 * indexes and checks, and the `ATTACH PARTITION` or `INHERIT` of each child table.
 */
export function tableHierarchy(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const relationName = qualified(sql`n.nspname`, sql`c.relname`);
  return sql`
    -- A table's UNLOGGED is in its model (catalog-table-settings).
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
    union all
    -- ALTER TABLE ... OF links the table the baseline creates with the same columns, as
    -- CREATE TABLE ... OF would have (pg_dump prints both alike).
    select 'typed table', n.nspname::text, c.relname::text, c.relname::text,
           'ALTER TABLE ' || ${relationName} || ' OF ' || format_type(c.reloftype, null)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.reloftype <> 0 and c.relkind in ('r', 'p') and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}`;
}

/**
 * A table's `partitionBy` and `partitionOf`, present only when it is partitioned or a partition,
 * so a plain table's description has neither key.
 */
export function partitioning(t: TableRow): Pick<TableDescription, "partitionBy" | "partitionOf"> {
  return {
    ...(t.partition_by === null ? {} : { partitionBy: t.partition_by }),
    ...(t.parent_schema === null || t.parent_name === null || t.partition_bound === null
      ? {}
      : {
          partitionOf: { schema: t.parent_schema, table: t.parent_name, bound: t.partition_bound },
        }),
  };
}
