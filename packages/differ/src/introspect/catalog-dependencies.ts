import { RetortError } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { inCatalogSession } from "./catalog-session";
import { jsonRows, serverVersionNum } from "./catalog-sql";
import { type CatalogDependency, objectKey } from "./object-key";

/*
 * The catalog's dependencies between the objects a schema description holds, as pg_dump reads
 * them (getDependencies in pg_dump.c): every `pg_depend` row, with both ends named as the
 * description names objects. Parts are folded into what holds them (a column default, a primary
 * key, the index behind it, a view's `_RETURN` rule, an array or row type, a column's serial
 * sequence, an operator class's members), and an extension's members into the extension.
 */

/** Options of {@link introspectDependencies}. */
export interface IntrospectDependenciesOptions {
  /** Schemas to read, as {@link introspectSchema} reads them. Default: every schema. */
  schemas?: string[] | undefined;
}

interface DependencyRow {
  dep_class: string;
  dep_schema: string | null;
  dep_table: string | null;
  dep_name: string;
  /** The column whose default makes the dependency (that default can be set later). */
  dep_column: string | null;
  ref_class: string;
  ref_schema: string | null;
  ref_table: string | null;
  ref_name: string;
}

/**
 * `(classid, objid, class, schema, tbl, name, col)`: every catalog object the description can hold,
 * named as {@link objectKey} names it; `col` is a column default's column. `version` is
 * `server_version_num`: multiranges came with PostgreSQL 14.
 */
const objectNames = (version: number) => sql`
  with own as (
    select 'pg_namespace'::regclass as classid, n.oid as objid, 'schema' as class, null::text as schema,
           null::text as tbl, n.nspname::text as name, null::text as col
    from pg_namespace n
    union all
    -- Relations; a composite type is a type, a column's sequence and a key's index are its table's.
    select 'pg_class'::regclass, c.oid,
           case when c.relkind = 'c' then 'type' else 'relation' end,
           coalesce(seq_owner.schema, key_owner.schema, n.nspname)::text, null,
           coalesce(seq_owner.name, key_owner.name, c.relname)::text, null
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    -- Joined as two sets rather than a lateral subquery per relation: that one scanned
    -- pg_constraint (no index on conindid) once per index, seconds on a thousand tables.
    left join (
      select distinct on (d.objid) d.objid, own_n.nspname as schema, own_c.relname as name
      from pg_depend d join pg_class own_c on own_c.oid = d.refobjid
      join pg_namespace own_n on own_n.oid = own_c.relnamespace
      where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
        and d.refobjsubid > 0 and d.deptype in ('a', 'i')
    ) seq_owner on c.relkind = 'S' and seq_owner.objid = c.oid
    left join (
      select distinct on (con.conindid) con.conindid, kn.nspname as schema, kc.relname as name
      from pg_constraint con join pg_class kc on kc.oid = con.conrelid
      join pg_namespace kn on kn.oid = kc.relnamespace
      where con.contype in ('p', 'u', 'x') and con.conrelid <> 0
    ) key_owner on c.relkind in ('i', 'I') and key_owner.conindid = c.oid
    where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S', 'c', 'i', 'I')
    union all
    -- Types: an array is its element, a row type its relation, a multirange its range.
    select 'pg_type'::regclass, t.oid,
           case when rel.relkind is not null and rel.relkind <> 'c' then 'relation' else 'type' end,
           en.nspname::text, null, coalesce(rel.relname, et.typname)::text, null
    from pg_type t
    ${version >= 140000 ? sql`left join pg_range mr on mr.rngmultitypid = t.oid` : sql`left join (select null::oid as rngtypid) mr on false`}
    join pg_type et on et.oid = case when t.typcategory = 'A' and t.typelem <> 0 then t.typelem
                                     else coalesce(mr.rngtypid, t.oid) end
    join pg_namespace en on en.oid = et.typnamespace
    left join pg_class rel on rel.oid = et.typrelid
    -- A sequence's row type (up to PostgreSQL 13) is part of the sequence: named apart from it,
    -- an owned sequence (named as its table) would seem to need its own table.
    where rel.relkind is distinct from 'S'
    union all
    -- An aggregate's identity (ORDER BY, *) is named as the aggregate's reader names it.
    select 'pg_proc'::regclass, p.oid, 'routine', n.nspname::text, null,
           p.proname::text || '(' || case when p.prokind = 'a'
             then coalesce(nullif(pg_get_function_identity_arguments(p.oid), ''), '*')
             else pg_get_function_identity_arguments(p.oid) end || ')', null
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname not in ('pg_catalog', 'information_schema')
    union all
    -- A default is its table's, but can be split off (not a generated column's expression).
    select 'pg_attrdef'::regclass, ad.oid, 'relation', n.nspname::text, null, c.relname::text,
           case when a.attgenerated = '' then a.attname::text end
    from pg_attrdef ad join pg_class c on c.oid = ad.adrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
    union all
    -- Foreign keys and checks added NOT VALID are operations of their own; a partition's copy
    -- of its parent's check is a 'partition check'; other constraints are their table's or domain's.
    -- A constraint trigger's constraint is the trigger (they share the name).
    select 'pg_constraint'::regclass, con.oid, x.class, n.nspname::text,
           case when x.class = 'relation' or con.conrelid = 0 then null else c.relname::text end,
           case when con.conrelid = 0 then t.typname::text
                when x.class = 'relation' then c.relname::text else con.conname::text end,
           null
    from pg_constraint con
    left join pg_class c on c.oid = con.conrelid left join pg_type t on t.oid = con.contypid
    join pg_namespace n on n.oid = coalesce(c.relnamespace, t.typnamespace)
    cross join lateral (select
      case when con.conrelid = 0 then 'type'
           when con.contype = 't' then 'trigger'
           when con.contype = 'c' and c.relispartition and con.coninhcount > 0 then 'partition check'
           when con.contype = 'f' or (con.contype = 'c' and not con.convalidated) then 'constraint'
           else 'relation' end as class) x
    union all
    select 'pg_rewrite'::regclass, r.oid, case when r.rulename = '_RETURN' then 'relation' else 'rule' end,
           n.nspname::text, case when r.rulename = '_RETURN' then null else c.relname::text end,
           case when r.rulename = '_RETURN' then c.relname else r.rulename end::text, null
    from pg_rewrite r join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace
    union all
    select 'pg_trigger'::regclass, tg.oid, 'trigger', n.nspname::text, c.relname::text, tg.tgname::text, null
    from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where not tg.tgisinternal
    union all
    select 'pg_policy'::regclass, pol.oid, 'policy', n.nspname::text, c.relname::text, pol.polname::text, null
    from pg_policy pol join pg_class c on c.oid = pol.polrelid join pg_namespace n on n.oid = c.relnamespace
    union all
    select 'pg_operator'::regclass, o.oid, 'operator', n.nspname::text, null,
           o.oprname::text || '(' || case when o.oprleft = 0 then 'NONE' else format_type(o.oprleft, null) end
             || ', ' || format_type(o.oprright, null) || ')', null
    from pg_operator o join pg_namespace n on n.oid = o.oprnamespace
    where n.nspname <> 'pg_catalog'
    union all
    select 'pg_opclass'::regclass, oc.oid, 'operator class', n.nspname::text, null,
           oc.opcname::text || ' USING ' || am.amname, null
    from pg_opclass oc join pg_namespace n on n.oid = oc.opcnamespace join pg_am am on am.oid = oc.opcmethod
    union all
    select 'pg_opfamily'::regclass, opf.oid, 'operator family', n.nspname::text, null,
           opf.opfname::text || ' USING ' || am.amname, null
    from pg_opfamily opf join pg_namespace n on n.oid = opf.opfnamespace join pg_am am on am.oid = opf.opfmethod
    union all
    select 'pg_collation'::regclass, co.oid, 'collation', n.nspname::text, null, co.collname::text, null
    from pg_collation co join pg_namespace n on n.oid = co.collnamespace
    union all
    select 'pg_extension'::regclass, x.oid, 'extension', null, null, x.extname::text, null
    from pg_extension x
    union all
    select 'pg_statistic_ext'::regclass, st.oid, 'statistics', n.nspname::text, null, st.stxname::text, null
    from pg_statistic_ext st join pg_namespace n on n.oid = st.stxnamespace
    union all
    select 'pg_ts_config'::regclass, cf.oid, 'text search configuration', n.nspname::text, null, cf.cfgname::text, null
    from pg_ts_config cf join pg_namespace n on n.oid = cf.cfgnamespace
    union all
    select 'pg_ts_dict'::regclass, td.oid, 'text search dictionary', n.nspname::text, null, td.dictname::text, null
    from pg_ts_dict td join pg_namespace n on n.oid = td.dictnamespace
    union all
    select 'pg_ts_parser'::regclass, prs.oid, 'text search parser', n.nspname::text, null, prs.prsname::text, null
    from pg_ts_parser prs join pg_namespace n on n.oid = prs.prsnamespace
    union all
    select 'pg_ts_template'::regclass, tm.oid, 'text search template', n.nspname::text, null, tm.tmplname::text, null
    from pg_ts_template tm join pg_namespace n on n.oid = tm.tmplnamespace
    union all
    select 'pg_foreign_data_wrapper'::regclass, w.oid, 'foreign data wrapper', null, null, w.fdwname::text, null
    from pg_foreign_data_wrapper w
    union all
    select 'pg_foreign_server'::regclass, s.oid, 'foreign server', null, null, s.srvname::text, null
    from pg_foreign_server s
  ),
  -- An operator class's or family's members are the class's (or family's).
  members as (
    select d.classid, d.objid, own.class, own.schema, own.tbl, own.name, own.col
    from pg_depend d join own on own.classid = d.refclassid and own.objid = d.refobjid
    where d.classid in ('pg_amop'::regclass, 'pg_amproc'::regclass) and d.deptype in ('a', 'i')
      and d.refclassid in ('pg_opclass'::regclass, 'pg_opfamily'::regclass)
  ),
  -- What an extension created is the extension's.
  members_of_extensions as (
    select d.classid, d.objid, 'extension' as class, null::text as schema, null::text as tbl,
           x.extname::text as name, null::text as col
    from pg_depend d join pg_extension x on x.oid = d.refobjid
    where d.refclassid = 'pg_extension'::regclass and d.deptype = 'e'
  )
  select * from members_of_extensions
  union all
  select * from (select * from own union all select * from members) o
  where not exists (select 1 from members_of_extensions e where e.classid = o.classid and e.objid = o.objid)`;

/**
 * Reads what depends on what among the objects a schema description holds: `pg_depend`, plus
 * `pg_inherits` for the `INHERIT` and `ATTACH PARTITION` of a table (which the description holds
 * apart from the table). Keys are {@link objectKey}s; `renderBaseline` orders by them.
 *
 * @example
 * ```ts
 * const schema = await introspectSchema(db);
 * const dependencies = await introspectDependencies(db);
 * renderBaseline(schema, { dependencies });
 * ```
 */
export async function introspectDependencies(
  db: Kysely<any>,
  options: IntrospectDependenciesOptions = {},
): Promise<CatalogDependency[]> {
  try {
    return await inCatalogSession(db, async (trx) =>
      readDependencyEdges(trx, options.schemas, await serverVersionNum(trx)),
    );
  } catch (error) {
    throw new RetortError(
      "INTROSPECTION_FAILED",
      `Could not read the database's dependencies: ${(error as Error).message}`,
      { cause: error, hint: "The role needs to read pg_catalog (pg_depend, pg_inherits)." },
    );
  }
}

/**
 * The edges {@link introspectDependencies} returns, read on `db` as it is (in the caller's
 * catalog session: see `inCatalogSession`); `version` is the server's `server_version_num`.
 */
export async function readDependencyEdges(
  db: Kysely<any>,
  schemas: string[] | undefined,
  version: number,
): Promise<CatalogDependency[]> {
  const edges: CatalogDependency[] = [];
  const seen = new Set<string>();
  for (const r of await readDependencies(db, schemas, version)) {
    const from = objectKey(r.dep_class, r.dep_schema, r.dep_table, r.dep_name);
    const to = objectKey(r.ref_class, r.ref_schema, r.ref_table, r.ref_name);
    if (from === to) continue;
    const part =
      r.dep_column === null
        ? undefined
        : objectKey("default", r.dep_schema, r.dep_name, r.dep_column);
    const id = `${from}\u0001${to}\u0001${part ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    edges.push(part === undefined ? { from, to } : { from, to, part });
  }
  return edges;
}

async function readDependencies(
  db: Kysely<any>,
  schemas: string[] | undefined,
  version: number,
): Promise<DependencyRow[]> {
  // Objects of no schema (extensions, servers) are in scope wherever they are used.
  const inScope =
    schemas === undefined
      ? sql`(k.schema is null or (k.schema not in ('pg_catalog', 'information_schema', 'pg_toast')
             and k.schema not like 'pg\_temp\_%' and k.schema not like 'pg\_toast\_temp\_%'))`
      : sql`(k.schema is null or k.schema = any(${schemas}::text[]))`;
  const result = await jsonRows(
    db,
    sql<DependencyRow>`
    with k as (${objectNames(version)})
    -- No \`distinct\`: the \`union\` below drops duplicates of both branches (a sort the less,
    -- a sixth of the statement on MusicBrainz).
    select k.class as dep_class, k.schema as dep_schema, k.tbl as dep_table,
           k.name as dep_name, k.col as dep_column,
           r.class as ref_class, r.schema as ref_schema, r.tbl as ref_table, r.name as ref_name
    from pg_depend d
    join k on k.classid = d.classid and k.objid = d.objid
    join k r on r.classid = d.refclassid and r.objid = d.refobjid
    where d.deptype in ('n', 'a', 'i') and ${inScope}
    union
    -- INHERIT and ATTACH PARTITION, held apart from the child table, need the parent.
    select case when c.relispartition then 'partition' else 'inheritance' end, n.nspname::text,
           c.relname::text, c.relname::text, null, 'relation', pn.nspname::text, null, pc.relname::text
    from pg_inherits inh join pg_class c on c.oid = inh.inhrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_class pc on pc.oid = inh.inhparent join pg_namespace pn on pn.oid = pc.relnamespace
    where ${schemas === undefined ? sql`true` : sql`n.nspname = any(${schemas}::text[])`}
    order by 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  );
  return result.rows;
}
