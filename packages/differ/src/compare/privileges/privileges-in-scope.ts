import type { PrivilegesDescription } from "../../schema/privilege-description";
import type { SchemaDescription } from "../../schema/schema-description";
import { isExcludedTable, type ManagedScope } from "../../scope/managed-scope";

/**
 * `d` with only the privileges retort manages: those of the roles the models name (`models`'
 * `privileges.roles`), on objects in the managed schemas (default privileges: in them or in
 * every schema), tables excluded left out. A project that declares no grant manages none, so a
 * database's grants never turn into revokes by surprise.
 *
 * @example
 * ```ts
 * const current = privilegesInScope(inScope(db, managed), models, managed);
 * ```
 */
export function privilegesInScope(
  d: SchemaDescription,
  models: SchemaDescription,
  scope: ManagedScope & { readonly schemas: readonly string[] },
): SchemaDescription {
  const roles = new Set(models.privileges.roles);
  const schemas = new Set(scope.schemas);
  const onManaged = d.privileges.grants.filter(
    (g) =>
      schemas.has(g.schema) && (g.type !== "table" || !isExcludedTable(scope, g.schema, g.name)),
  );
  const privileges: PrivilegesDescription = {
    grants: onManaged.filter((g) => roles.has(g.grantee)),
    others: onManaged.filter((g) => !roles.has(g.grantee)),
    defaults: d.privileges.defaults.filter(
      (p) => roles.has(p.grantee) && (p.schema === null || schemas.has(p.schema)),
    ),
    roles: d.privileges.roles.filter((r) => roles.has(r)),
  };
  return { ...d, privileges };
}
