import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { managedTrigger } from "./catalog-functions";
import { isFreeStandingSequence } from "./catalog-namespaces";
import {
  commentClause,
  description,
  notExtensionMember,
  optionList,
  qualified,
} from "./catalog-sql";
import { columnSettings } from "./catalog-tables";

// What hangs on tables and views beyond the models: triggers, rules, statistics,
// per-table settings, comments, publications. (Views and their indexes are models:
// catalog-views, readIndexes.)

/**
 * Triggers (a partition's copy of its parent's row trigger, internal before PostgreSQL 13, comes
 * with ATTACH PARTITION, as its copies of indexes do). (Policies are models: catalog-policies.)
 */
export function triggersAndPolicies(
  inScope: RawBuilder<unknown>,
  version: number,
): RawBuilder<unknown> {
  const relationName = qualified(sql`n.nspname`, sql`c.relname`);
  const ownTrigger = version >= 130000 ? sql`tg.tgparentid = 0` : sql`true`;
  return sql`
    select 'trigger', n.nspname::text, tg.tgname::text, c.relname::text, pg_get_triggerdef(tg.oid, true)
      -- pg_get_triggerdef leaves out whether the trigger fires.
      || case tg.tgenabled when 'D' then E';\nALTER TABLE ' || ${relationName} || ' DISABLE TRIGGER ' || quote_ident(tg.tgname)
                           when 'R' then E';\nALTER TABLE ' || ${relationName} || ' ENABLE REPLICA TRIGGER ' || quote_ident(tg.tgname)
                           when 'A' then E';\nALTER TABLE ' || ${relationName} || ' ENABLE ALWAYS TRIGGER ' || quote_ident(tg.tgname)
                           else '' end
      || ${commentClause(sql`'TRIGGER ' || quote_ident(tg.tgname) || ' ON ' || ${relationName}`, description(sql`tg.oid`, "pg_trigger"))}
    from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace
    where not tg.tgisinternal and ${ownTrigger} and not ${managedTrigger()} and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}`;
}

/**
 * Rules (a view's own `_RETURN` rule is its query, already in the view's definition) and
 * extended statistics.
 */
export function rulesAndStatistics(
  inScope: RawBuilder<unknown>,
  version: number,
): RawBuilder<unknown> {
  const relationName = qualified(sql`n.nspname`, sql`c.relname`);
  const statisticsName = qualified(sql`n.nspname`, sql`st.stxname`);
  // pg_get_statisticsobjdef leaves out the object's own statistics target (PostgreSQL 13+).
  const target =
    version >= 130000
      ? sql`case when coalesce(st.stxstattarget::int, -1) <> -1
               then E';\nALTER STATISTICS ' || ${statisticsName} || ' SET STATISTICS ' || st.stxstattarget
               else '' end`
      : sql`''`;
  return sql`
    -- A view's own '_RETURN' rule is its query, already in the view's definition.
    select 'rule', n.nspname::text, r.rulename::text, c.relname::text, pg_get_ruledef(r.oid, true)
      || ${commentClause(sql`'RULE ' || quote_ident(r.rulename) || ' ON ' || ${relationName}`, description(sql`r.oid`, "pg_rewrite"))}
    from pg_rewrite r join pg_class c on c.oid = r.ev_class join pg_namespace n on n.oid = c.relnamespace
    where r.rulename <> '_RETURN' and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'statistics', n.nspname::text, st.stxname::text, c.relname::text, pg_get_statisticsobjdef(st.oid)
      || ${target}
      || ${commentClause(sql`'STATISTICS ' || ${statisticsName}`, description(sql`st.oid`, "pg_statistic_ext"))}
    from pg_statistic_ext st join pg_namespace n on n.oid = st.stxnamespace join pg_class c on c.oid = st.stxrelid
    where ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}`;
}

/**
 * Per-table settings the table operations do not set:
 * storage parameters of materialized views and the indexes the models do not carry
 * (those of constraints and partitions), and the options of a sequence a
 * column owns (serial) when they are not what creating it with the column gives. (The columns'
 * settings come with the columns: `columnsQuery`.)
 */
export function tableSettings(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const relation = qualified(sql`n.nspname`, sql`c.relname`);
  return sql`
    -- Row-level security, a table's replica identity and storage parameters are in its model
    -- (catalog-policies, catalog-table-settings).
    select 'storage parameters', n.nspname::text, c.relname::text, coalesce(tc.relname, c.relname)::text,
           case c.relkind when 'i' then 'ALTER INDEX ' when 'I' then 'ALTER INDEX '
                          when 'm' then 'ALTER MATERIALIZED VIEW ' else 'ALTER TABLE ' end
             || ${relation} || ' SET (' || concat_ws(', ', ${optionList(sql`c.reloptions`, "")},
                                                      ${optionList(sql`toast.reloptions`, "toast.")}) || ')'
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    left join pg_class toast on toast.oid = c.reltoastrelid
    left join pg_index i on i.indexrelid = c.oid left join pg_class tc on tc.oid = i.indrelid
    where c.relkind in ('m', 'i', 'I') and (c.reloptions is not null or toast.reloptions is not null)
      and ${inScope} and ${notExtensionMember("pg_class", sql`coalesce(tc.oid, c.oid)`)}
      -- A table's or materialized view's own index carries its parameters in the models
      -- (readIndexes); those of a constraint's index and a partition's index stay here.
      and not (c.relkind in ('i', 'I') and tc.relkind in ('r', 'p', 'm') and not c.relispartition
               and not exists (select 1 from pg_constraint k
                               where k.conindid = c.oid and k.contype in ('p', 'u', 'x')))
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
      -- Owned but read by no default of its column: a free-standing sequence (readSequences).
      and not ${isFreeStandingSequence(sql`sc.oid`)}
      and ((s.seqtypid, s.seqincrement, s.seqmin, s.seqstart, s.seqcache, s.seqcycle)
             is distinct from (t.typ, 1::bigint, 1::bigint, 1::bigint, 1::bigint, false)
           or s.seqmax <> case t.typ when 'int2'::regtype::oid then 32767 when 'int4'::regtype::oid then 2147483647
                                     else 9223372036854775807 end)`;
}

/**
 * Settings of relations that no creation carries: the defaults of views' columns, the index a
 * table is clustered on, the statistics targets of the expressions of materialized views' and
 * constraints' indexes (a
 * table's own index carries its own: `readIndexes`) and of the columns of materialized views
 * and foreign tables (a table's come with its columns: `columnsQuery`), and a sequence's persistence where
 * it is not what the baseline gives it: PostgreSQL 15+ makes the sequences a table owns (serial,
 * identity) `UNLOGGED` or logged with the table, and creates every other one logged.
 */
export function relationSettings(
  inScope: RawBuilder<unknown>,
  version: number,
): RawBuilder<unknown> {
  const relation = qualified(sql`n.nspname`, sql`c.relname`);
  const persistence =
    version >= 150000
      ? sql`
    union all
    select 'sequence persistence', n.nspname::text, sc.relname::text, c.relname::text,
           'ALTER SEQUENCE ' || ${qualified(sql`n.nspname`, sql`sc.relname`)}
             || case sc.relpersistence when 'u' then ' SET UNLOGGED' else ' SET LOGGED' end
    from pg_class sc join pg_namespace n on n.oid = sc.relnamespace
    left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = sc.oid
      and d.deptype in ('a', 'i') and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0
    left join pg_class c on c.oid = d.refobjid
    where sc.relkind = 'S' and sc.relpersistence <> coalesce(c.relpersistence, 'p') and ${inScope}
      and ${notExtensionMember("pg_class", sql`sc.oid`)}`
      : sql``;
  return sql`
    select 'view default', n.nspname::text, a.attname::text, c.relname::text,
           'ALTER VIEW ' || ${relation} || ' ALTER COLUMN ' || quote_ident(a.attname)
             || ' SET DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid)
    from pg_attrdef ad join pg_class c on c.oid = ad.adrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
    where c.relkind = 'v' and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'cluster', n.nspname::text, ic.relname::text, c.relname::text,
           'ALTER TABLE ' || ${relation} || ' CLUSTER ON ' || quote_ident(ic.relname)
    from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace
    -- A table's is in its model (catalog-table-settings); a materialized view's stays here.
    where i.indisclustered and c.relkind = 'm' and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}
    union all
    select 'index statistics', n.nspname::text, ic.relname::text, c.relname::text,
           'ALTER INDEX ' || ${qualified(sql`n.nspname`, sql`ic.relname`)} || ' '
             || string_agg('ALTER COLUMN ' || a.attnum || ' SET STATISTICS ' || a.attstattarget, ', '
                           order by a.attnum)
    from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = ic.oid
    where coalesce(a.attstattarget::int, -1) <> -1 and ${inScope}
      and ${notExtensionMember("pg_class", sql`c.oid`)}
      -- A table's own index carries its targets in the models (readIndexes).
      and not (c.relkind in ('r', 'p') and not ic.relispartition
               and not exists (select 1 from pg_constraint k
                               where k.conindid = ic.oid and k.contype in ('p', 'u', 'x')))
    group by n.nspname, ic.relname, c.relname
    union all
    select 'column settings', n.nspname::text, c.relname::text, c.relname::text,
           'ALTER TABLE ' || ${relation} || ' ' || string_agg(s.settings, ', ' order by a.attnum)
    from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_type t on t.oid = a.atttypid
    cross join lateral (select ${columnSettings(version)} as settings) s
    where c.relkind in ('m', 'f') and a.attnum > 0 and not a.attisdropped and s.settings is not null
      and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
    group by n.nspname, c.relname
    ${persistence}`;
}

/**
 * Comments on objects that carry none in their own definition: indexes on tables, the
 * sequences of serial and identity columns, constraints of domains (and of tables, those
 * the models cannot declare), and the columns of views, materialized views, foreign tables and
 * composite types.
 */
export function comments(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const relation = qualified(sql`n.nspname`, sql`c.relname`);
  return sql`
    select 'comment', n.nspname::text,
           case c.relkind when 'S' then 'SEQUENCE ' else 'INDEX ' end || ${relation}, null,
           'COMMENT ON ' || case c.relkind when 'S' then 'SEQUENCE ' else 'INDEX ' end || ${relation}
             || ' IS ' || quote_literal(d.description)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
    where c.relkind in ('i', 'I', 'S') and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
      -- A free-standing sequence's comment is part of it (readSequences).
      and not (c.relkind = 'S' and ${isFreeStandingSequence(sql`c.oid`)})
      -- A table's own index carries its comment in the models (readIndexes).
      and not exists (select 1 from pg_index i join pg_class tc on tc.oid = i.indrelid
                      where i.indexrelid = c.oid and tc.relkind in ('r', 'p') and not c.relispartition
                        and not exists (select 1 from pg_constraint k
                                        where k.conindid = c.oid and k.contype in ('p', 'u', 'x')))
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
    where ${inScope}
      -- A table's own constraint carries its comment in the models (readConstraints).
      and not coalesce(con.contype in ('p', 'u', 'f', 'c', 'x') and c.relkind in ('r', 'p')
                       and (con.conislocal or con.contype = 'c')
                       and not (c.relispartition and con.coninhcount > 0), false)
    union all
    -- CREATE EXTENSION sets the comment of its control file: only another one (or none) is the
    -- project's.
    select 'comment', n.nspname::text, 'EXTENSION ' || quote_ident(x.extname), null,
           'COMMENT ON EXTENSION ' || quote_ident(x.extname) || ' IS '
             || coalesce(quote_literal(d.description), 'NULL')
    from pg_extension x join pg_namespace n on n.oid = x.extnamespace
    left join pg_description d on d.objoid = x.oid and d.classoid = 'pg_extension'::regclass
                              and d.objsubid = 0
    left join pg_available_extensions a on a.name = x.extname
    where ${inScope} and d.description is distinct from a.comment`;
}

/** Publications that name a table or schema in scope, or every table. */
export function publications(schemas: string[], version: number): RawBuilder<unknown> {
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
           || ${commentClause(sql`'PUBLICATION ' || quote_ident(p.pubname)`, description(sql`p.oid`, "pg_publication"))}
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
