import type { PolicyCommand } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import { faithfulExpression } from "../schema/normalize-expression";
import { type PolicyDescription, sortedRoles } from "../schema/policy-description";
import { type CatalogQuery, description } from "./catalog-sql";

// Row-level security: every policy on a table of the schemas read, and the tables' switches.
// Which of them are managed is the tables' business: introspectSchema keeps those whose table
// it keeps (partitioned and other tables alike; a policy lives and dies with its table).

interface PolicyRow {
  table_oid: string;
  schema: string;
  table: string;
  name: string;
  permissive: boolean;
  cmd: string;
  roles: string[];
  using: string | null;
  using_plain: string | null;
  with_check: string | null;
  with_check_plain: string | null;
  comment: string | null;
  calls: string[] | null;
  columns: string[] | null;
}

const commands: Record<string, PolicyCommand> = {
  "*": "all",
  r: "select",
  a: "insert",
  w: "update",
  d: "delete",
};

/** A policy as read, with the oid of its table (to keep only the managed tables' ones). */
export type PolicyRead = PolicyDescription & { tableOid: string };

/**
 * The policies on the tables of `schemas`. Roles are names (`public` for `polroles = {0}`);
 * expressions as `pg_get_expr` prints them (pretty, unless that loses their shape).
 *
 * @example
 * ```ts
 * const policies = await runQuery(trx, policiesQuery(["public"]));
 * ```
 */
export function policiesQuery(schemas: string[]): CatalogQuery<PolicyRead[]> {
  return {
    query: sql<PolicyRow>`
    select c.oid::text as table_oid, n.nspname::text as schema, c.relname::text as table,
           pol.polname::text as name, pol.polpermissive as permissive, pol.polcmd::text as cmd,
           array(select case when r = 0 then 'public' else pg_get_userbyid(r)::text end
                 from unnest(pol.polroles) r) as roles,
           pg_get_expr(pol.polqual, pol.polrelid, true) as using,
           pg_get_expr(pol.polqual, pol.polrelid, false) as using_plain,
           pg_get_expr(pol.polwithcheck, pol.polrelid, true) as with_check,
           pg_get_expr(pol.polwithcheck, pol.polrelid, false) as with_check_plain,
           ${description(sql`pol.oid`, "pg_policy")} as comment,
           array(select distinct pn.nspname::text || E'\\x01' || p.proname::text
                 from pg_depend d join pg_proc p on p.oid = d.refobjid
                 join pg_namespace pn on pn.oid = p.pronamespace
                 where d.classid = 'pg_policy'::regclass and d.objid = pol.oid
                   and d.refclassid = 'pg_proc'::regclass) as calls,
           array(select distinct a.attname::text
                 from pg_depend d join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
                 where d.classid = 'pg_policy'::regclass and d.objid = pol.oid
                   and d.refclassid = 'pg_class'::regclass and d.refobjid = pol.polrelid
                   and d.refobjsubid > 0) as columns
    from pg_policy pol join pg_class c on c.oid = pol.polrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = any(${schemas}::text[])`,
    map: (rows: PolicyRow[]) =>
      rows.map((r) => ({
        tableOid: r.table_oid,
        schema: r.schema,
        table: r.table,
        name: r.name,
        as: r.permissive ? "permissive" : "restrictive",
        for: commands[r.cmd] ?? "all",
        to: sortedRoles(r.roles),
        using: r.using === null ? null : faithfulExpression(r.using, r.using_plain ?? r.using),
        withCheck:
          r.with_check === null
            ? null
            : faithfulExpression(r.with_check, r.with_check_plain ?? r.with_check),
        comment: r.comment,
        renamedFrom: null,
        calls: (r.calls ?? []).sort().map((c) => {
          const [schema = "", name = ""] = c.split("\u0001");
          return { schema, name };
        }),
        columns: (r.columns ?? []).sort(),
      })),
  };
}

/**
 * The tables of `schemas` whose row-level security is on or forced, by oid.
 *
 * @example
 * ```ts
 * (await readRowSecurity(trx, ["public"])).get(oid); // { enabled: true, forced: false }
 * ```
 */
export function rowSecurityQuery(
  schemas: string[],
): CatalogQuery<Map<string, { enabled: boolean; forced: boolean }>> {
  return {
    query: sql<{ oid: string; enabled: boolean; forced: boolean }>`
    select c.oid::text as oid, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and (c.relrowsecurity or c.relforcerowsecurity)
      and n.nspname = any(${schemas}::text[])`,
    map: (rows: { oid: string; enabled: boolean; forced: boolean }[]) =>
      new Map(rows.map((r) => [r.oid, { enabled: r.enabled, forced: r.forced }])),
  };
}
