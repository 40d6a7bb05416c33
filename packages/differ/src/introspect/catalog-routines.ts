import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { managedRoutine } from "./catalog-functions";
import { commentClause, description, notExtensionMember, procName, qualified } from "./catalog-sql";

// Routines and what is built on them: functions and procedures, aggregates, operators, operator
// families and classes, casts and conversions, event triggers.

/**
 * Functions and procedures the models cannot declare (C and internal ones, SQL-standard
 * bodies); aggregates: {@link aggregates}.
 */
export function routines(inScope: RawBuilder<unknown>, version: number): RawBuilder<unknown> {
  return sql`
    -- Aggregates: readUnmanagedObjects.
    select case p.prokind when 'p' then 'procedure' else 'function' end,
           n.nspname::text, p.proname::text || '(' || pg_get_function_identity_arguments(p.oid) || ')', null,
           pg_get_functiondef(p.oid)
             || ${commentClause(sql`case p.prokind when 'p' then 'PROCEDURE ' else 'FUNCTION ' end || ${qualified(sql`n.nspname`, sql`p.proname`)} || '(' || pg_get_function_identity_arguments(p.oid) || ')'`, description(sql`p.oid`, "pg_proc"))}
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where p.prokind <> 'a' and not ${managedRoutine(version)} and ${inScope}
      and ${notExtensionMember("pg_proc", sql`p.oid`)}`;
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
export function aggregates(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
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
           || E'\n)' || ${commentClause(sql`'AGGREGATE ' || ${signature}`, description(sql`p.oid`, "pg_proc"))}
    from pg_proc p join pg_aggregate a on a.aggfnoid = p.oid join pg_namespace n on n.oid = p.pronamespace
    where p.prokind = 'a' and ${inScope} and ${notExtensionMember("pg_proc", sql`p.oid`)}`;
}

/** Operators that have a function (a shell operator has none). */
export function operators(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
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
             description(sql`o.oid`, "pg_operator"),
           )}
    from pg_operator o join pg_namespace n on n.oid = o.oprnamespace
    where o.oprcode <> 0 and ${inScope} and ${notExtensionMember("pg_operator", sql`o.oid`)}`;
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
export function operatorClasses(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const family = sql`${qualified(sql`n.nspname`, sql`opf.opfname`)} || ' USING ' || quote_ident(am.amname)`;
  const opclass = sql`${qualified(sql`n.nspname`, sql`oc.opcname`)} || ' USING ' || quote_ident(am.amname)`;
  return sql`
    select 'operator family', n.nspname::text, opf.opfname::text || ' USING ' || am.amname, null,
           'CREATE OPERATOR FAMILY ' || ${family}
           || coalesce(E';\nALTER OPERATOR FAMILY ' || ${family} || ' ADD '
                       || ${operatorFamilyItems("pg_opfamily", sql`opf.oid`, "a")}, '')
           || ${commentClause(sql`'OPERATOR FAMILY ' || ${family}`, description(sql`opf.oid`, "pg_opfamily"))}
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
           || ${commentClause(sql`'OPERATOR CLASS ' || ${opclass}`, description(sql`oc.oid`, "pg_opclass"))}
    from pg_opclass oc join pg_namespace n on n.oid = oc.opcnamespace join pg_am am on am.oid = oc.opcmethod
    join pg_opfamily opf on opf.oid = oc.opcfamily join pg_namespace fn on fn.oid = opf.opfnamespace
    where ${inScope} and ${notExtensionMember("pg_opclass", sql`oc.oid`)}`;
}

/** Casts that use a type or function in scope, and conversions in scope. */
export function castsAndConversions(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const pair = sql`'(' || format_type(ca.castsource, null) || ' AS ' || format_type(ca.casttarget, null) || ')'`;
  return sql`
    select 'cast', s.nspname::text, ${pair}, null,
           'CREATE CAST ' || ${pair}
           || case ca.castmethod when 'f' then ' WITH FUNCTION ' || ca.castfunc::regprocedure::text
                                 when 'i' then ' WITH INOUT' else ' WITHOUT FUNCTION' end
           || case ca.castcontext when 'a' then ' AS ASSIGNMENT' when 'i' then ' AS IMPLICIT' else '' end
           || ${commentClause(sql`'CAST ' || ${pair}`, description(sql`ca.oid`, "pg_cast"))}
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
           || ${commentClause(sql`'CONVERSION ' || ${qualified(sql`n.nspname`, sql`co.conname`)}`, description(sql`co.oid`, "pg_conversion"))}
    from pg_conversion co join pg_namespace n on n.oid = co.connamespace
    where ${inScope} and ${notExtensionMember("pg_conversion", sql`co.oid`)}`;
}

/** Event triggers belong to no schema: one is in scope when the function it runs is. */
export function eventTriggers(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
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
           || ${commentClause(sql`'EVENT TRIGGER ' || quote_ident(et.evtname)`, description(sql`et.oid`, "pg_event_trigger"))}
    from pg_event_trigger et join pg_proc p on p.oid = et.evtfoid join pg_namespace n on n.oid = p.pronamespace
    where ${inScope} and ${notExtensionMember("pg_event_trigger", sql`et.oid`)}`;
}
