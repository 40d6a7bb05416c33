import { type Kysely, type RawBuilder, sql } from "kysely";
import {
  commentClause,
  granteeName,
  notExtensionMember,
  optionList,
  qualified,
  type UnmanagedRow,
} from "./catalog-queries";

/*
 * What pg_dump prints that neither the models nor the objects of `readUnmanaged` carry:
 * privileges, comments on objects that have no kind of their own here, per-table settings,
 * publications, casts, conversions, and the kinds retort can name but not print. Like every
 * catalog query, it runs with `search_path = pg_catalog`, so names come out qualified.
 */

/**
 * Objects with an ACL, as `(schema, target, acl, dflt, columns, table_name)`, leaving out those the
 * baseline cannot create (base types: their note covers them): `target` is what follows
 * `GRANT ... ON`, `dflt` the ACL the object has when nobody granted anything (what GRANT and
 * REVOKE are measured against; `null` for none), `columns` the ` (column)` of a column privilege,
 * `table_name` the relation's name (so grants go with a table left out of the description).
 */
function aclObjects(inScope: RawBuilder<unknown>, version: number): RawBuilder<unknown> {
  // A new database's public schema: its owner, and USAGE (before PostgreSQL 15 also CREATE)
  // for everyone.
  const publicDefault =
    version >= 150000
      ? sql`acldefault('n', n.nspowner) || makeaclitem(0, n.nspowner, 'USAGE', false)`
      : sql`acldefault('n', n.nspowner) || makeaclitem(0, n.nspowner, 'USAGE', false)
              || makeaclitem(0, n.nspowner, 'CREATE', false)`;
  return sql`
    select n.nspname as schema,
           case c.relkind when 'S' then 'SEQUENCE ' else 'TABLE ' end || ${qualified(sql`n.nspname`, sql`c.relname`)} as target,
           c.relacl as acl, acldefault(case c.relkind when 'S' then 's' else 'r' end::"char", c.relowner) as dflt,
           '' as columns, c.relname as table_name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and c.relacl is not null and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    -- Columns of tables come with the columns (readColumns); these are the views' and foreign tables'.
    select n.nspname, 'TABLE ' || ${qualified(sql`n.nspname`, sql`c.relname`)}, a.attacl, null::aclitem[],
           ' (' || quote_ident(a.attname) || ')', c.relname
    from pg_class c join pg_attribute a on a.attrelid = c.oid join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('v', 'm', 'f') and a.attacl is not null and a.attnum > 0 and not a.attisdropped
      and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select n.nspname, 'SCHEMA ' || quote_ident(n.nspname), n.nspacl,
           case when n.nspname = 'public' then ${publicDefault} else acldefault('n', n.nspowner) end, '', null
    from pg_namespace n
    where n.nspacl is not null and ${inScope} and ${notExtensionMember("pg_namespace", sql`n.oid`)}
    union all
    -- An aggregate's identity (ORDER BY, *) is no function signature: its argument types are.
    select n.nspname,
           case p.prokind when 'p' then 'PROCEDURE ' else 'FUNCTION ' end
             || case p.prokind when 'a' then p.oid::regprocedure::text
                  else ${qualified(sql`n.nspname`, sql`p.proname`)} || '(' || pg_get_function_identity_arguments(p.oid) || ')' end,
           p.proacl, acldefault('f', p.proowner), '', null
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.proacl is not null and ${inScope} and ${notExtensionMember("pg_proc", sql`p.oid`)}
    union all
    select n.nspname, 'TYPE ' || ${qualified(sql`n.nspname`, sql`t.typname`)}, t.typacl, acldefault('T', t.typowner), '', null
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typacl is not null and t.typtype not in ('b', 'p') and ${inScope}
      and ${notExtensionMember("pg_type", sql`t.oid`)}
    union all
    select sv.schema, 'FOREIGN SERVER ' || quote_ident(s.srvname), s.srvacl, acldefault('S', s.srvowner), '', null
    from ${serversInScope(inScope)} sv join pg_foreign_server s on s.oid = sv.oid
    where s.srvacl is not null
    union all
    select wv.schema, 'FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname), w.fdwacl, acldefault('F', w.fdwowner), '', null
    from ${wrappersInScope(inScope)} wv join pg_foreign_data_wrapper w on w.oid = wv.oid
    where w.fdwacl is not null`;
}

/**
 * The privileges each object has beyond (`GRANT`) or short of (`REVOKE`) its default, one
 * statement per object, grantee and grant option; and the same for default privileges
 * (`ALTER DEFAULT PRIVILEGES`), measured against an empty list inside a schema and against the
 * built-in default outside one.
 */
function privileges(inScope: RawBuilder<unknown>, version: number): RawBuilder<unknown> {
  // The objects are read once (a materialized CTE): both directions of the difference use them.
  const difference = (objects: RawBuilder<unknown>) => sql`
    with o as materialized (${objects})
    select e.schema, e.target, e.action, e.grantable, e.role_name, e.extra, e.table_name,
           ${granteeName(sql`e.grantee`)} as grantee,
           string_agg(e.privilege || e.columns, ', ' order by e.privilege, e.columns) as privileges
    from (
      -- aclexplode refuses an empty array (no dimension): an empty list is null here.
      select o.schema, o.target, o.role_name, o.extra, o.table_name, 'GRANT' as action, a.grantee,
             a.privilege_type as privilege, a.is_grantable as grantable, o.columns
      from o cross join lateral aclexplode(nullif(o.acl, '{}')) a
      where not exists (select 1 from aclexplode(o.dflt) d where d.grantee = a.grantee
                          and d.privilege_type = a.privilege_type and d.is_grantable = a.is_grantable)
      union all
      select o.schema, o.target, o.role_name, o.extra, o.table_name, 'REVOKE', d.grantee,
             d.privilege_type, false, o.columns
      from o cross join lateral aclexplode(o.dflt) d
      where not exists (select 1 from aclexplode(nullif(o.acl, '{}')) a where a.grantee = d.grantee
                          and a.privilege_type = d.privilege_type)
    ) e
    group by e.schema, e.target, e.action, e.grantable, e.grantee, e.role_name, e.extra, e.table_name`;
  const statement = sql`g.action || ' ' || g.privileges || ' ON ' || g.target
    || case g.action when 'GRANT' then ' TO ' else ' FROM ' end || g.grantee
    || case when g.grantable then ' WITH GRANT OPTION' else '' end`;
  const objects = sql`select a.*, null::text as role_name, null::text as extra from (${aclObjects(inScope, version)}) a`;
  // Default privileges name the kind of object they apply to, in the plural, after ON.
  const defaults = sql`
    select coalesce(n.nspname, 'public') as schema,
           case da.defaclobjtype when 'r' then 'TABLES' when 'S' then 'SEQUENCES' when 'f' then 'FUNCTIONS'
                                 when 'T' then 'TYPES' else 'SCHEMAS' end as target,
           da.defaclacl as acl,
           case when da.defaclnamespace = 0
             then acldefault(case da.defaclobjtype when 'S' then 's' when 'n' then 'n' when 'T' then 'T'
                                                   when 'f' then 'f' else 'r' end::"char", da.defaclrole)
             else null::aclitem[] end as dflt,
           '' as columns, null::name as table_name,
           quote_ident(pg_get_userbyid(da.defaclrole)) as role_name,
           coalesce(' IN SCHEMA ' || quote_ident(n.nspname), '') as extra
    from pg_default_acl da left join pg_namespace n on n.oid = da.defaclnamespace
    where da.defaclnamespace = 0 or ${inScope}`;
  return sql`
    select 'grant' as kind, g.schema::text, g.target || ' ' || g.action || ' ' || g.grantee as name,
           g.table_name::text as table, ${statement} as definition
    from (${difference(objects)}) g
    union all
    select 'default privileges', g.schema::text,
           'FOR ROLE ' || g.role_name || g.extra || ' ' || g.action || ' ON ' || g.target || ' ' || g.grantee,
           null, 'ALTER DEFAULT PRIVILEGES FOR ROLE ' || g.role_name || g.extra || ' ' || ${statement}
    from (${difference(defaults)}) g`;
}

/**
 * Comments on objects that carry none in their own definition: schemas, indexes on tables,
 * sequences, constraints, and the columns of views, materialized views, foreign tables and
 * composite types.
 */
function comments(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const relation = qualified(sql`n.nspname`, sql`c.relname`);
  return sql`
    select 'comment', n.nspname::text, 'SCHEMA ' || quote_ident(n.nspname), null,
           'COMMENT ON SCHEMA ' || quote_ident(n.nspname) || ' IS ' || quote_literal(d.description)
    from pg_namespace n
    join pg_description d on d.objoid = n.oid and d.classoid = 'pg_namespace'::regclass
    where ${inScope} and not (n.nspname = 'public' and d.description = 'standard public schema')
    union all
    -- An index on a materialized view carries its comment in its own definition.
    select 'comment', n.nspname::text,
           case c.relkind when 'S' then 'SEQUENCE ' else 'INDEX ' end || ${relation}, null,
           'COMMENT ON ' || case c.relkind when 'S' then 'SEQUENCE ' else 'INDEX ' end || ${relation}
             || ' IS ' || quote_literal(d.description)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
    where c.relkind in ('i', 'I', 'S') and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
      and not exists (select 1 from pg_index i join pg_class t on t.oid = i.indrelid
                      where i.indexrelid = c.oid and t.relkind = 'm')
    union all
    select 'comment', n.nspname::text, 'COLUMN ' || ${relation} || '.' || quote_ident(a.attname), null,
           'COMMENT ON COLUMN ' || ${relation} || '.' || quote_ident(a.attname) || ' IS ' || quote_literal(d.description)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid > 0
    join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid
    where c.relkind in ('v', 'm', 'f', 'c') and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'comment', n.nspname::text,
           'CONSTRAINT ' || quote_ident(con.conname) || ' ON ' || coalesce(${relation}, 'DOMAIN ' || ${qualified(sql`n.nspname`, sql`t.typname`)}),
           null,
           'COMMENT ON CONSTRAINT ' || quote_ident(con.conname) || ' ON '
             || coalesce(${relation}, 'DOMAIN ' || ${qualified(sql`n.nspname`, sql`t.typname`)})
             || ' IS ' || quote_literal(d.description)
    from pg_constraint con
    join pg_description d on d.objoid = con.oid and d.classoid = 'pg_constraint'::regclass
    left join pg_class c on c.oid = con.conrelid
    left join pg_type t on t.oid = con.contypid
    join pg_namespace n on n.oid = con.connamespace
    where ${inScope}`;
}

/**
 * Per-table settings the table operations do not set: row-level security, replica identity,
 * storage parameters of tables, materialized views and indexes, and the options of a sequence a
 * column owns (serial) when they are not what creating it with the column gives. (The columns'
 * settings come with the columns: `readColumns`.)
 */
function tableSettings(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const relation = qualified(sql`n.nspname`, sql`c.relname`);
  return sql`
    select 'row security', n.nspname::text, c.relname::text, c.relname::text,
           'ALTER TABLE ' || ${relation} || ' '
             || concat_ws(', ', case when c.relrowsecurity then 'ENABLE ROW LEVEL SECURITY' end,
                                case when c.relforcerowsecurity then 'FORCE ROW LEVEL SECURITY' end)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and (c.relrowsecurity or c.relforcerowsecurity) and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'replica identity', n.nspname::text, c.relname::text, c.relname::text,
           'ALTER TABLE ' || ${relation} || ' REPLICA IDENTITY '
             || case c.relreplident when 'f' then 'FULL' when 'n' then 'NOTHING'
                  else 'USING INDEX ' || coalesce((select quote_ident(ic.relname) from pg_index i
                                                   join pg_class ic on ic.oid = i.indexrelid
                                                   where i.indrelid = c.oid and i.indisreplident), 'DEFAULT') end
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and c.relreplident <> 'd' and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'storage parameters', n.nspname::text, c.relname::text, coalesce(tc.relname, c.relname)::text,
           case c.relkind when 'i' then 'ALTER INDEX ' when 'I' then 'ALTER INDEX '
                          when 'm' then 'ALTER MATERIALIZED VIEW ' else 'ALTER TABLE ' end
             || ${relation} || ' SET (' || concat_ws(', ', ${optionList(sql`c.reloptions`, "")},
                                                      ${optionList(sql`toast.reloptions`, "toast.")}) || ')'
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    left join pg_class toast on toast.oid = c.reltoastrelid
    left join pg_index i on i.indexrelid = c.oid left join pg_class tc on tc.oid = i.indrelid
    where c.relkind in ('r', 'p', 'm', 'i', 'I') and (c.reloptions is not null or toast.reloptions is not null)
      and ${inScope} and ${notExtensionMember("pg_class", sql`coalesce(tc.oid, c.oid)`)}
    union all
    -- The baseline creates a column's sequence AS the column's integer type (bigint otherwise)
    -- with every other option at its default: any difference is set again, in full.
    select 'owned sequence', n.nspname::text, sc.relname::text, c.relname::text,
           'ALTER SEQUENCE ' || ${qualified(sql`n.nspname`, sql`sc.relname`)}
           || ' AS ' || format_type(s.seqtypid, null) || ' INCREMENT BY ' || s.seqincrement
           || ' MINVALUE ' || s.seqmin || ' MAXVALUE ' || s.seqmax || ' START WITH ' || s.seqstart
           || ' CACHE ' || s.seqcache || case when s.seqcycle then ' CYCLE' else ' NO CYCLE' end
    from pg_sequence s join pg_class sc on sc.oid = s.seqrelid
    join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = sc.oid and d.deptype = 'a'
      and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0
    join pg_class c on c.oid = d.refobjid join pg_namespace n on n.oid = sc.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
    cross join lateral (select case when a.atttypid in ('int2'::regtype, 'int4'::regtype, 'int8'::regtype)
                                    then a.atttypid else 'int8'::regtype::oid end as typ) t
    where ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
      and ((s.seqtypid, s.seqincrement, s.seqmin, s.seqstart, s.seqcache, s.seqcycle)
             is distinct from (t.typ, 1::bigint, 1::bigint, 1::bigint, 1::bigint, false)
           or s.seqmax <> case t.typ when 'int2'::regtype::oid then 32767 when 'int4'::regtype::oid then 2147483647
                                     else 9223372036854775807 end)`;
}

/** Publications that name a table or schema in scope, or every table. */
function publications(schemas: string[], version: number): RawBuilder<unknown> {
  const columnList =
    version >= 150000
      ? sql`|| coalesce(' (' || (select string_agg(quote_ident(a.attname), ', ' order by k.ord)
                                  from unnest(pr.prattrs::int2[]) with ordinality k(attnum, ord)
                                  join pg_attribute a on a.attrelid = pr.prrelid and a.attnum = k.attnum) || ')', '')
            || coalesce(' WHERE (' || pg_get_expr(pr.prqual, pr.prrelid) || ')', '')`
      : sql``;
  const inSchemas =
    version >= 150000
      ? sql`union all
            select 'TABLES IN SCHEMA ' || quote_ident(pn.nspname), pn.nspname
            from pg_publication_namespace pns join pg_namespace pn on pn.oid = pns.pnnspid
            where pns.pnpubid = p.oid`
      : sql``;
  const viaRoot =
    version >= 130000
      ? sql`case when p.pubviaroot then ', publish_via_partition_root = true' else '' end`
      : sql`''`;
  return sql`
    select 'publication', coalesce(o.schema::text, 'public'), p.pubname::text, null,
           'CREATE PUBLICATION ' || quote_ident(p.pubname)
           || case when p.puballtables then ' FOR ALL TABLES' else coalesce(' FOR ' || o.objects, '') end
           || ' WITH (publish = ' || quote_literal(concat_ws(', ',
                case when p.pubinsert then 'insert' end, case when p.pubupdate then 'update' end,
                case when p.pubdelete then 'delete' end, case when p.pubtruncate then 'truncate' end))
           || ${viaRoot} || ')'
           || ${commentClause(sql`'PUBLICATION ' || quote_ident(p.pubname)`, sql`obj_description(p.oid, 'pg_publication')`)}
    from pg_publication p
    cross join lateral (
      select string_agg(x.object, ', ' order by x.object) as objects, min(x.schema) as schema,
             bool_or(x.schema = any(${schemas}::text[])) as in_scope
      from (
        select 'TABLE ONLY ' || ${qualified(sql`pn.nspname`, sql`pc.relname`)} ${columnList} as object, pn.nspname as schema
        from pg_publication_rel pr join pg_class pc on pc.oid = pr.prrelid
        join pg_namespace pn on pn.oid = pc.relnamespace
        where pr.prpubid = p.oid
        ${inSchemas}
      ) x
    ) o
    where p.puballtables or o.in_scope`;
}

/** Casts that use a type or function in scope, and conversions in scope. */
function castsAndConversions(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const pair = sql`'(' || format_type(ca.castsource, null) || ' AS ' || format_type(ca.casttarget, null) || ')'`;
  return sql`
    select 'cast', s.nspname::text, ${pair}, null,
           'CREATE CAST ' || ${pair}
           || case ca.castmethod when 'f' then ' WITH FUNCTION ' || ca.castfunc::regprocedure::text
                                 when 'i' then ' WITH INOUT' else ' WITHOUT FUNCTION' end
           || case ca.castcontext when 'a' then ' AS ASSIGNMENT' when 'i' then ' AS IMPLICIT' else '' end
           || ${commentClause(sql`'CAST ' || ${pair}`, sql`obj_description(ca.oid, 'pg_cast')`)}
    from pg_cast ca
    -- The first schema in scope among the types' and the function's.
    cross join lateral (
      select min(n.nspname) as nspname
      from (select tn.nspname from pg_type t join pg_namespace tn on tn.oid = t.typnamespace
            where t.oid in (ca.casttarget, ca.castsource)
            union all
            select pn.nspname from pg_proc p join pg_namespace pn on pn.oid = p.pronamespace
            where p.oid = ca.castfunc) n
      where ${inScope}
    ) s
    where s.nspname is not null and ca.oid >= 16384 and ${notExtensionMember("pg_cast", sql`ca.oid`)}
      -- A range type's cast to its multirange comes with CREATE TYPE.
      and not exists (select 1 from pg_depend d where d.classid = 'pg_cast'::regclass
                        and d.objid = ca.oid and d.deptype = 'i')
    union all
    select 'conversion', n.nspname::text, co.conname::text, null,
           'CREATE ' || case when co.condefault then 'DEFAULT ' else '' end || 'CONVERSION '
           || ${qualified(sql`n.nspname`, sql`co.conname`)}
           || ' FOR ' || quote_literal(pg_encoding_to_char(co.conforencoding))
           || ' TO ' || quote_literal(pg_encoding_to_char(co.contoencoding))
           || ' FROM ' || co.conproc::regproc::text
           || ${commentClause(sql`'CONVERSION ' || ${qualified(sql`n.nspname`, sql`co.conname`)}`, sql`obj_description(co.oid, 'pg_conversion')`)}
    from pg_conversion co join pg_namespace n on n.oid = co.connamespace
    where ${inScope} and ${notExtensionMember("pg_conversion", sql`co.oid`)}`;
}

/** A `regproc` column as the name `CREATE AGGREGATE` and friends take; `null` for none (0). */
function procName(column: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`nullif(${column}::oid, 0)::regproc::text`;
}

/** `OPERATOR(schema.op)`, as options such as `SORTOP` take an operator; `null` for none. */
function operatorReference(oid: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(select 'OPERATOR(' || quote_ident(opn.nspname) || '.' || o.oprname || ')'
              from pg_operator o join pg_namespace opn on opn.oid = o.oprnamespace where o.oid = ${oid})`;
}

/**
 * `CREATE AGGREGATE` from `pg_aggregate`, every option pg_dump prints. An aggregate without
 * arguments is `name(*)`.
 */
function aggregates(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const signature = sql`${qualified(sql`n.nspname`, sql`p.proname`)} || '(' || coalesce(nullif(pg_get_function_identity_arguments(p.oid), ''), '*') || ')'`;
  const modify = (column: RawBuilder<unknown>) =>
    sql`case ${column} when 'r' then 'READ_ONLY' when 's' then 'SHAREABLE' else 'READ_WRITE' end`;
  return sql`
    select 'aggregate', n.nspname::text,
           p.proname::text || '(' || coalesce(nullif(pg_get_function_identity_arguments(p.oid), ''), '*') || ')', null,
           'CREATE AGGREGATE ' || ${signature} || E' (\n    ' || concat_ws(E',\n    ',
             'SFUNC = ' || ${procName(sql`a.aggtransfn`)},
             'STYPE = ' || format_type(a.aggtranstype, null),
             'SSPACE = ' || nullif(a.aggtransspace, 0),
             'FINALFUNC = ' || ${procName(sql`a.aggfinalfn`)},
             case when a.aggfinalextra then 'FINALFUNC_EXTRA' end,
             case when a.aggfinalfn <> 0 then 'FINALFUNC_MODIFY = ' || ${modify(sql`a.aggfinalmodify`)} end,
             'COMBINEFUNC = ' || ${procName(sql`a.aggcombinefn`)},
             'SERIALFUNC = ' || ${procName(sql`a.aggserialfn`)},
             'DESERIALFUNC = ' || ${procName(sql`a.aggdeserialfn`)},
             'INITCOND = ' || quote_literal(a.agginitval),
             'MSFUNC = ' || ${procName(sql`a.aggmtransfn`)},
             'MINVFUNC = ' || ${procName(sql`a.aggminvtransfn`)},
             case when a.aggmtransfn <> 0 then 'MSTYPE = ' || format_type(a.aggmtranstype, null) end,
             'MSSPACE = ' || nullif(a.aggmtransspace, 0),
             'MFINALFUNC = ' || ${procName(sql`a.aggmfinalfn`)},
             case when a.aggmfinalextra then 'MFINALFUNC_EXTRA' end,
             case when a.aggmfinalfn <> 0 then 'MFINALFUNC_MODIFY = ' || ${modify(sql`a.aggmfinalmodify`)} end,
             'MINITCOND = ' || quote_literal(a.aggminitval),
             'SORTOP = ' || ${operatorReference(sql`a.aggsortop`)},
             case when a.aggkind = 'h' then 'HYPOTHETICAL' end,
             case p.proparallel when 's' then 'PARALLEL = SAFE' when 'r' then 'PARALLEL = RESTRICTED' end)
           || E'\n)' || ${commentClause(sql`'AGGREGATE ' || ${signature}`, sql`obj_description(p.oid, 'pg_proc')`)}
    from pg_proc p join pg_aggregate a on a.aggfnoid = p.oid join pg_namespace n on n.oid = p.pronamespace
    where p.prokind = 'a' and ${inScope} and ${notExtensionMember("pg_proc", sql`p.oid`)}`;
}

/** Text search parsers and templates: the C functions they name come with PostgreSQL. */
function textSearchParsersAndTemplates(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const parser = qualified(sql`n.nspname`, sql`prs.prsname`);
  const template = qualified(sql`n.nspname`, sql`tmpl.tmplname`);
  return sql`
    select 'text search parser', n.nspname::text, prs.prsname::text, null,
           'CREATE TEXT SEARCH PARSER ' || ${parser} || ' (' || concat_ws(', ',
             'START = ' || ${procName(sql`prs.prsstart`)}, 'GETTOKEN = ' || ${procName(sql`prs.prstoken`)},
             'END = ' || ${procName(sql`prs.prsend`)}, 'LEXTYPES = ' || ${procName(sql`prs.prslextype`)},
             'HEADLINE = ' || ${procName(sql`prs.prsheadline`)}) || ')'
           || ${commentClause(sql`'TEXT SEARCH PARSER ' || ${parser}`, sql`obj_description(prs.oid, 'pg_ts_parser')`)}
    from pg_ts_parser prs join pg_namespace n on n.oid = prs.prsnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_parser", sql`prs.oid`)}
    union all
    select 'text search template', n.nspname::text, tmpl.tmplname::text, null,
           'CREATE TEXT SEARCH TEMPLATE ' || ${template} || ' (' || concat_ws(', ',
             'INIT = ' || ${procName(sql`tmpl.tmplinit`)}, 'LEXIZE = ' || ${procName(sql`tmpl.tmpllexize`)}) || ')'
           || ${commentClause(sql`'TEXT SEARCH TEMPLATE ' || ${template}`, sql`obj_description(tmpl.oid, 'pg_ts_template')`)}
    from pg_ts_template tmpl join pg_namespace n on n.oid = tmpl.tmplnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_template", sql`tmpl.oid`)}`;
}

/**
 * The `OPERATOR ...` and `FUNCTION ...` items of an operator family's members (`pg_amop`,
 * `pg_amproc`) that `tied` keeps: pg_depend ties a class's own members to the class ('i'),
 * and a family's loose ones to the family ('a').
 */
function operatorFamilyItems(
  refClass: string,
  refOid: RawBuilder<unknown>,
  deptype: string,
): RawBuilder<unknown> {
  const member = (catalog: string) =>
    sql.raw(
      `d.classid = '${catalog}'::regclass and d.refclassid = '${refClass}'::regclass and d.deptype = '${deptype}'`,
    );
  return sql`(select string_agg(item, ', ' order by kind, num, item) from (
      select 1 as kind, ao.amopstrategy as num,
             'OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::regoperator::text
             || case when ao.amoppurpose = 'o'
                  then ' FOR ORDER BY ' || (select ${qualified(sql`sfn.nspname`, sql`sf.opfname`)}
                                            from pg_opfamily sf join pg_namespace sfn on sfn.oid = sf.opfnamespace
                                            where sf.oid = ao.amopsortfamily)
                  else '' end as item
      from pg_depend d join pg_amop ao on ao.oid = d.objid
      where ${member("pg_amop")} and d.refobjid = ${refOid}
      union all
      select 2, ap.amprocnum,
             'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, null) || ', '
             || format_type(ap.amprocrighttype, null) || ') ' || ap.amproc::regprocedure::text
      from pg_depend d join pg_amproc ap on ap.oid = d.objid
      where ${member("pg_amproc")} and d.refobjid = ${refOid}) items)`;
}

/**
 * Operator families (created first, then given their loose members) and operator classes (with
 * their own members, in their family), as pg_dump rebuilds them.
 */
function operatorClasses(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const family = sql`${qualified(sql`n.nspname`, sql`opf.opfname`)} || ' USING ' || quote_ident(am.amname)`;
  const opclass = sql`${qualified(sql`n.nspname`, sql`oc.opcname`)} || ' USING ' || quote_ident(am.amname)`;
  return sql`
    select 'operator family', n.nspname::text, opf.opfname::text || ' USING ' || am.amname, null,
           'CREATE OPERATOR FAMILY ' || ${family}
           || coalesce(E';\nALTER OPERATOR FAMILY ' || ${family} || ' ADD '
                       || ${operatorFamilyItems("pg_opfamily", sql`opf.oid`, "a")}, '')
           || ${commentClause(sql`'OPERATOR FAMILY ' || ${family}`, sql`obj_description(opf.oid, 'pg_opfamily')`)}
    from pg_opfamily opf join pg_namespace n on n.oid = opf.opfnamespace join pg_am am on am.oid = opf.opfmethod
    where ${inScope} and ${notExtensionMember("pg_opfamily", sql`opf.oid`)}
    union all
    select 'operator class', n.nspname::text, oc.opcname::text || ' USING ' || am.amname, null,
           'CREATE OPERATOR CLASS ' || ${qualified(sql`n.nspname`, sql`oc.opcname`)}
           || case when oc.opcdefault then ' DEFAULT' else '' end
           || ' FOR TYPE ' || format_type(oc.opcintype, null) || ' USING ' || quote_ident(am.amname)
           || ' FAMILY ' || ${qualified(sql`fn.nspname`, sql`opf.opfname`)} || ' AS '
           -- A class whose members all belong to its family still needs an item: STORAGE of its
           -- own type, which PostgreSQL records as no storage type, as pg_dump does.
           || coalesce(nullif(concat_ws(', ', case when oc.opckeytype <> 0 then 'STORAGE ' || format_type(oc.opckeytype, null) end,
                                        ${operatorFamilyItems("pg_opclass", sql`oc.oid`, "i")}), ''),
                       'STORAGE ' || format_type(oc.opcintype, null))
           || ${commentClause(sql`'OPERATOR CLASS ' || ${opclass}`, sql`obj_description(oc.oid, 'pg_opclass')`)}
    from pg_opclass oc join pg_namespace n on n.oid = oc.opcnamespace join pg_am am on am.oid = oc.opcmethod
    join pg_opfamily opf on opf.oid = oc.opcfamily join pg_namespace fn on fn.oid = opf.opfnamespace
    where ${inScope} and ${notExtensionMember("pg_opclass", sql`oc.oid`)}`;
}

/** ` OPTIONS (name 'value', ...)` from a foreign-data `text[]` of `name=value`; `''` for none. */
function fdwOptions(options: RawBuilder<unknown>, leaveOut = ""): RawBuilder<unknown> {
  return sql`coalesce((select ' OPTIONS (' || string_agg(quote_ident(o.option_name) || ' ' || quote_literal(o.option_value), ', ' order by o.ord) || ')'
                       from pg_options_to_table(${options}) with ordinality o(option_name, option_value, ord)
                       where o.option_name <> ${leaveOut}), '')`;
}

/**
 * The foreign servers that foreign tables in scope use, as `(oid, schema)`: a server belongs to
 * the database, so it goes with the first schema that needs it.
 */
function serversInScope(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(select s.oid, min(n.nspname)::text as schema
              from pg_foreign_table ft join pg_class c on c.oid = ft.ftrelid
              join pg_namespace n on n.oid = c.relnamespace join pg_foreign_server s on s.oid = ft.ftserver
              where ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
                and ${notExtensionMember("pg_foreign_server", sql`s.oid`)}
              group by s.oid)`;
}

/** The foreign-data wrappers of {@link serversInScope}, as `(oid, schema)`. */
function wrappersInScope(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  // Grouped by a column of the servers' list: catalogs have no primary key (which would let a
  // query select the wrapper's other columns) before PostgreSQL 14.
  return sql`(select s.srvfdw as oid, min(sv.schema) as schema
              from ${serversInScope(inScope)} sv join pg_foreign_server s on s.oid = sv.oid
              group by s.srvfdw)`;
}

/**
 * Foreign tables, the servers they use, those servers' user mappings (without a `password`
 * option: a secret does not belong in a migration file; the mapping's name says when one was left
 * out), and the foreign-data wrappers that no extension created.
 */
function foreignData(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const relation = qualified(sql`n.nspname`, sql`c.relname`);
  const mappedRole = sql`case when um.umuser = 0 then 'PUBLIC' else quote_ident(um.usename) end`;
  return sql`
    select 'foreign data wrapper', wv.schema, w.fdwname::text, null,
           'CREATE FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)
           || coalesce(' HANDLER ' || ${procName(sql`w.fdwhandler`)}, '')
           || coalesce(' VALIDATOR ' || ${procName(sql`w.fdwvalidator`)}, '') || ${fdwOptions(sql`w.fdwoptions`)}
           || ${commentClause(sql`'FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)`, sql`obj_description(w.oid, 'pg_foreign_data_wrapper')`)}
    from ${wrappersInScope(inScope)} wv join pg_foreign_data_wrapper w on w.oid = wv.oid
    where ${notExtensionMember("pg_foreign_data_wrapper", sql`w.oid`)}
    union all
    select 'foreign server', sv.schema, s.srvname::text, null,
           'CREATE SERVER ' || quote_ident(s.srvname) || coalesce(' TYPE ' || quote_literal(s.srvtype), '')
           || coalesce(' VERSION ' || quote_literal(s.srvversion), '')
           || ' FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ${fdwOptions(sql`s.srvoptions`)}
           || ${commentClause(sql`'SERVER ' || quote_ident(s.srvname)`, sql`obj_description(s.oid, 'pg_foreign_server')`)}
    from ${serversInScope(inScope)} sv join pg_foreign_server s on s.oid = sv.oid
    join pg_foreign_data_wrapper w on w.oid = s.srvfdw
    union all
    select 'user mapping', sv.schema,
           ${mappedRole} || ' SERVER ' || quote_ident(s.srvname)
           || case when exists (select 1 from pg_options_to_table(um.umoptions) o where o.option_name = 'password')
                then ' (password left out)' else '' end, null,
           'CREATE USER MAPPING FOR ' || ${mappedRole} || ' SERVER ' || quote_ident(s.srvname)
           || ${fdwOptions(sql`um.umoptions`, "password")}
    from ${serversInScope(inScope)} sv join pg_foreign_server s on s.oid = sv.oid
    join pg_user_mappings um on um.srvid = s.oid
    union all
    select 'foreign table', n.nspname::text, c.relname::text, null,
           'CREATE FOREIGN TABLE ' || ${relation} || E' (\n    '
           || coalesce((select string_agg(item, E',\n    ' order by ord) from (
                select a.attnum::int as ord,
                       quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) || ${fdwOptions(sql`a.attfdwoptions`)}
                       || case when a.attcollation <> t.typcollation
                            then ' COLLATE ' || ${qualified(sql`cn.nspname`, sql`co.collname`)} else '' end
                       || case when a.attnotnull then ' NOT NULL' else '' end
                       || coalesce(case a.attgenerated
                                     when 's' then ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                                     when 'v' then ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') VIRTUAL'
                                     else ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) end, '') as item
                from pg_attribute a join pg_type t on t.oid = a.atttypid
                left join pg_collation co on co.oid = a.attcollation left join pg_namespace cn on cn.oid = co.collnamespace
                left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                union all
                select 100000 + row_number() over (order by con.conname)::int,
                       'CONSTRAINT ' || quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)
                -- A check it inherits comes with ATTACH PARTITION ('partition check') or INHERIT.
                from pg_constraint con where con.conrelid = c.oid and con.contype = 'c'
                  and con.coninhcount = 0) items), '')
           || E'\n) SERVER ' || quote_ident(s.srvname) || ${fdwOptions(sql`ft.ftoptions`)}
           || ${commentClause(sql`'FOREIGN TABLE ' || ${relation}`, sql`obj_description(c.oid, 'pg_class')`)}
    from pg_foreign_table ft join pg_class c on c.oid = ft.ftrelid
    join pg_namespace n on n.oid = c.relnamespace join pg_foreign_server s on s.oid = ft.ftserver
    where ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}`;
}

/** Kinds retort names but cannot print, and kinds it does not know: reported, never created. */
function unprintable(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    -- Base types need C functions: they come with an extension, or by hand.
    select 'base type', n.nspname::text, t.typname::text, null, null
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typtype in ('b', 'p') and t.typcategory <> 'A' and ${inScope}
      and ${notExtensionMember("pg_type", sql`t.oid`)}
    union all
    -- Whatever else lives in a schema in scope, from catalogs no query here reads (whatever
    -- later versions add): named as PostgreSQL names it.
    select 'other object', n.nspname::text, pg_describe_object(d.classid, d.objid, d.objsubid), null, null
    from pg_depend d join pg_namespace n on n.oid = d.refobjid
    where d.refclassid = 'pg_namespace'::regclass and d.deptype = 'n' and ${inScope}
      and d.classid not in ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass,
                            'pg_collation'::regclass, 'pg_conversion'::regclass, 'pg_operator'::regclass,
                            'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_ts_config'::regclass,
                            'pg_ts_dict'::regclass, 'pg_ts_parser'::regclass, 'pg_ts_template'::regclass,
                            'pg_statistic_ext'::regclass, 'pg_extension'::regclass)
      and not exists (select 1 from pg_depend e where e.classid = d.classid and e.objid = d.objid
                        and e.deptype = 'e')`;
}

/**
 * The rest of what retort reads but does not manage (see {@link readUnmanaged}): privileges,
 * comments, table settings (a column's sequence options among them), publications, casts,
 * conversions, aggregates, text search parsers and templates, operator families and classes,
 * foreign tables with their servers, wrappers and user mappings, and base types and kinds retort
 * does not know (named, without a definition).
 */
export function readUnmanagedExtras(
  db: Kysely<any>,
  schemas: string[],
  version: number,
): Promise<{ rows: UnmanagedRow[] }> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  return sql<UnmanagedRow>`
    ${privileges(inScope, version)}
    union all
    ${comments(inScope)}
    union all
    ${tableSettings(inScope)}
    union all
    ${publications(schemas, version)}
    union all
    ${castsAndConversions(inScope)}
    union all
    ${aggregates(inScope)}
    union all
    ${textSearchParsersAndTemplates(inScope)}
    union all
    ${operatorClasses(inScope)}
    union all
    ${foreignData(inScope)}
    union all
    ${unprintable(inScope)}
    order by 1, 2, 4, 3, 5`.execute(db);
}
