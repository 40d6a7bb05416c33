import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import type {
  DefaultPrivilegeDescription,
  GrantDescription,
  PrivilegesDescription,
} from "../schema/privilege-description";
import { sortPrivileges } from "../schema/privilege-description";
import { granteeName, notExtensionMember, qualified, type UnmanagedRow } from "./catalog-sql";

// The privileges the models manage, read from the ACLs (relacl, attacl, nspacl, proacl and
// pg_default_acl). Each entry is measured against the object's default ACL, as catalog-privileges
// measures the unmanaged ones, and the owner's own entries are left out: the owner differs
// between databases, and its privileges come with owning. Each row also carries the name
// catalog-privileges gives the same GRANT, so the unmanaged list can leave it out.

export interface GrantRow extends GrantDescription {
  unmanaged_name: string;
}

export interface DefaultRow extends DefaultPrivilegeDescription {
  unmanaged_name: string;
}

/**
 * The grants and default privileges of `schemas` beyond their objects' defaults, with the names
 * of the unmanaged `grant` and `default privileges` rows they stand for. `version` is
 * `server_version_num` (the public schema's default ACL changed in PostgreSQL 15).
 */
export function grantRowsQuery(schemas: string[], version: number): RawBuilder<GrantRow> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  const publicDefault =
    version >= 150000
      ? sql`acldefault('n', n.nspowner) || makeaclitem(0, n.nspowner, 'USAGE', false)`
      : sql`acldefault('n', n.nspowner) || makeaclitem(0, n.nspowner, 'USAGE', false)
              || makeaclitem(0, n.nspowner, 'CREATE', false)`;
  const relation = sql`${qualified(sql`n.nspname`, sql`c.relname`)}`;
  return sql<GrantRow>`
    with o as materialized (
      select case c.relkind when 'S' then 'sequence' else 'table' end as type, n.nspname::text as schema,
             c.relname::text as name, null::text as arguments, null::text as "column", c.relowner as owner,
             c.relacl as acl, acldefault(case c.relkind when 'S' then 's' else 'r' end::"char", c.relowner) as dflt,
             case c.relkind when 'S' then 'SEQUENCE ' else 'TABLE ' end || ${relation} as target
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'f', 'S') and c.relacl is not null and ${inScope}
        and ${notExtensionMember("pg_class", sql`c.oid`)}
      union all
      -- A column has no privilege by default. Unmanaged, a table's column grants are named
      -- with the column, a view's with the view alone.
      select 'table', n.nspname, c.relname, null, a.attname::text, c.relowner, a.attacl, null::aclitem[],
             'TABLE ' || ${relation} || case when c.relkind in ('r', 'p') then ' (' || quote_ident(a.attname) || ')' else '' end
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attacl is not null and a.attnum > 0
        and not a.attisdropped and ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
      union all
      select 'schema', n.nspname, n.nspname, null, null, n.nspowner, n.nspacl,
             case when n.nspname = 'public' then ${publicDefault} else acldefault('n', n.nspowner) end,
             'SCHEMA ' || quote_ident(n.nspname)
      from pg_namespace n
      where n.nspacl is not null and ${inScope} and ${notExtensionMember("pg_namespace", sql`n.oid`)}
      union all
      -- Aggregates are no models: their grants stay unmanaged.
      select case p.prokind when 'p' then 'procedure' else 'function' end, n.nspname, p.proname::text,
             pg_get_function_identity_arguments(p.oid), null, p.proowner, p.proacl, acldefault('f', p.proowner),
             case p.prokind when 'p' then 'PROCEDURE ' else 'FUNCTION ' end
               || ${qualified(sql`n.nspname`, sql`p.proname`)} || '(' || pg_get_function_identity_arguments(p.oid) || ')'
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where p.prokind in ('f', 'p') and p.proacl is not null and ${inScope}
        and ${notExtensionMember("pg_proc", sql`p.oid`)}
    )
    select o.type, o.schema, o.name, o.arguments, o."column",
           case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end as grantee,
           lower(a.privilege_type) as privilege, a.is_grantable as grantable,
           o.target || ' GRANT ' || ${granteeName(sql`a.grantee`)} as unmanaged_name
    from o cross join lateral aclexplode(nullif(o.acl, '{}')) a
    where a.grantee <> o.owner
      and not exists (select 1 from aclexplode(o.dflt) d where d.grantee = a.grantee
                        and d.privilege_type = a.privilege_type and d.is_grantable = a.is_grantable)`;
}

/** The default privileges {@link describeGrants} takes, of `schemas` and of none. */
export function defaultPrivilegeRowsQuery(schemas: string[]): RawBuilder<DefaultRow> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  // Outside a schema, default privileges are measured against the built-in default (PUBLIC's
  // EXECUTE on functions and USAGE on types); inside one, against nothing.
  return sql<DefaultRow>`
    select pg_get_userbyid(da.defaclrole)::text as "forRole", n.nspname::text as schema,
           case da.defaclobjtype when 'r' then 'tables' when 'S' then 'sequences' when 'f' then 'functions'
                                 when 'T' then 'types' else 'schemas' end as "on",
           case when a.grantee = 0 then 'public' else pg_get_userbyid(a.grantee)::text end as grantee,
           lower(a.privilege_type) as privilege, a.is_grantable as grantable,
           'FOR ROLE ' || quote_ident(pg_get_userbyid(da.defaclrole))
             || coalesce(' IN SCHEMA ' || quote_ident(n.nspname), '') || ' GRANT ON '
             || case da.defaclobjtype when 'r' then 'TABLES' when 'S' then 'SEQUENCES' when 'f' then 'FUNCTIONS'
                                      when 'T' then 'TYPES' else 'SCHEMAS' end
             || ' ' || ${granteeName(sql`a.grantee`)} as unmanaged_name
    from pg_default_acl da left join pg_namespace n on n.oid = da.defaclnamespace
    cross join lateral aclexplode(nullif(da.defaclacl, '{}')) a
    where (da.defaclnamespace = 0 or ${inScope}) and da.defaclobjtype in ('r', 'S', 'f', 'T', 'n')
      and a.grantee <> da.defaclrole
      and not (da.defaclnamespace = 0 and exists (
        select 1 from aclexplode(acldefault(case da.defaclobjtype when 'S' then 's' else da.defaclobjtype end::"char", da.defaclrole)) d
        where d.grantee = a.grantee and d.privilege_type = a.privilege_type and d.is_grantable = a.is_grantable))`;
}

/**
 * The grants and default privileges of {@link grantRowsQuery} and
 * {@link defaultPrivilegeRowsQuery}, with the names of the unmanaged `grant` and
 * `default privileges` rows they stand for.
 */
export function describeGrants(
  grants: readonly GrantRow[],
  defaults: readonly DefaultRow[],
): { privileges: PrivilegesDescription; unmanagedNames: Set<string> } {
  const unmanagedNames = new Set<string>();
  const grantList: GrantDescription[] = grants.map(({ unmanaged_name, ...g }) => {
    unmanagedNames.add(unmanaged_name);
    return g;
  });
  const defaultList: DefaultPrivilegeDescription[] = defaults.map(({ unmanaged_name, ...d }) => {
    unmanagedNames.add(unmanaged_name);
    return d;
  });
  const roles = [...grantList.map((g) => g.grantee), ...defaultList.map((d) => d.grantee)];
  return {
    privileges: sortPrivileges({ grants: grantList, defaults: defaultList, roles }),
    unmanagedNames,
  };
}

/** Whether an unmanaged `grant` or `default privileges` row is one {@link describeGrants} describes. */
export function isManagedGrant(row: UnmanagedRow, managedNames: ReadonlySet<string>): boolean {
  return (row.kind === "grant" || row.kind === "default privileges") && managedNames.has(row.name);
}

/** Without the grants on tables left out of the description (`schema.name`). */
export function withoutExcludedTables(
  privileges: PrivilegesDescription,
  excluded: ReadonlySet<string>,
): PrivilegesDescription {
  if (excluded.size === 0) return privileges;
  return {
    ...privileges,
    grants: privileges.grants.filter(
      (g) => g.type !== "table" || !excluded.has(`${g.schema}.${g.name}`),
    ),
  };
}
