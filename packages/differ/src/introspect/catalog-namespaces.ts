import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { type CatalogQuery, description, rowsOf } from "./catalog-sql";

// Free-standing sequences, extensions and schema comments: the kinds `sequence()`, `extension()`
// and `schema()` declare.

/**
 * Whether the sequence `oid` stands free: not an identity's, not an extension's, and not the
 * serial of the column that owns it (a sequence owned by a column whose default reads it).
 * `OWNED BY` alone (no default reads it) leaves it free, with an owner.
 */
export function isFreeStandingSequence(oid: RawBuilder<unknown>): RawBuilder<unknown> {
  // The default's dependencies are looked up by the default: `offset 0` keeps the inner EXISTS a
  // subquery of `ad.oid` (a key of the index on (classid, objid)), where the planner turned it
  // into a join that scanned every default's dependencies once per sequence (35 ms on
  // MusicBrainz's 240 serials).
  return sql`not exists (
      select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = ${oid}
        and (d.deptype in ('i', 'e')
             or (d.deptype = 'a' and d.refclassid = 'pg_class'::regclass
                 and exists (select 1 from pg_attrdef ad
                             where ad.adrelid = d.refobjid and ad.adnum = d.refobjsubid
                               and exists (select 1 from pg_depend dd
                                           where dd.classid = 'pg_attrdef'::regclass and dd.objid = ad.oid
                                             and dd.refclassid = 'pg_class'::regclass
                                             and dd.refobjid = ${oid} offset 0)))))`;
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
  owner_table: string | null;
  owner_column: string | null;
  comment: string | null;
}

/** The free-standing sequences of `schemas` ({@link isFreeStandingSequence}), with owner and comment. */
export function sequencesQuery(schemas: string[]): CatalogQuery<SequenceRow[]> {
  return rowsOf(
    sql<SequenceRow>`
    select n.nspname::text as schema, c.relname::text as name, format_type(s.seqtypid, null) as data_type,
           s.seqstart::text as start, s.seqincrement::text as increment, s.seqmin::text as min,
           s.seqmax::text as max, s.seqcache::text as cache, s.seqcycle as cycle,
           o.relname::text as owner_table, a.attname::text as owner_column,
           ${description(sql`c.oid`, "pg_class")} as comment
    from pg_sequence s
    join pg_class c on c.oid = s.seqrelid
    join pg_namespace n on n.oid = c.relnamespace
    left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'a'
      and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0
    left join pg_class o on o.oid = d.refobjid
    left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
    where n.nspname = any(${schemas}::text[]) and ${isFreeStandingSequence(sql`c.oid`)}`,
  );
}

export interface ExtensionRow {
  name: string;
  schema: string;
  version: string;
}

/** The extensions whose objects live in one of `schemas`. */
export function extensionsQuery(schemas: string[]): CatalogQuery<ExtensionRow[]> {
  return rowsOf(
    sql<ExtensionRow>`
    select x.extname::text as name, n.nspname::text as schema, x.extversion::text as version
    from pg_extension x join pg_namespace n on n.oid = x.extnamespace
    where n.nspname = any(${schemas}::text[])`,
  );
}

export interface SchemaCommentRow {
  name: string;
  comment: string;
}

/** Comments on `schemas`; `public`'s own ("standard public schema") is no comment of the project. */
export function schemaCommentsQuery(schemas: string[]): CatalogQuery<SchemaCommentRow[]> {
  return rowsOf(
    sql<SchemaCommentRow>`
    select n.nspname::text as name, d.description as comment
    from pg_namespace n
    join pg_description d on d.objoid = n.oid and d.classoid = 'pg_namespace'::regclass
    where n.nspname = any(${schemas}::text[])
      and not (n.nspname = 'public' and d.description = 'standard public schema')`,
  );
}
