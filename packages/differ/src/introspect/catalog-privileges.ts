import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { serversInScope, wrappersInScope } from "./catalog-foreign-data";
import { granteeName, notExtensionMember, qualified } from "./catalog-sql";

// Privileges: each object's GRANT and REVOKE measured against its default, and default
// privileges.

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
    -- Columns of tables come with the columns (columnsQuery); these are the views' and foreign tables'.
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
export function privileges(inScope: RawBuilder<unknown>, version: number): RawBuilder<unknown> {
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
