import type {
  DefaultPrivilegeDescription,
  GrantDescription,
  PrivilegesDescription,
} from "../schema/privilege-description";
import { sortPrivileges } from "../schema/privilege-description";
import { isDefaultPrivilegesModel, isGrantModel } from "./grant";

/**
 * Whether a declared grant is what the object has when nobody granted anything (PUBLIC's
 * EXECUTE on a routine, USAGE on the public schema): the database lists no such grant.
 */
function isBuiltIn(g: GrantDescription): boolean {
  if (g.grantee !== "public" || g.grantable) return false;
  if (g.type === "function" || g.type === "procedure") return g.privilege === "execute";
  return g.type === "schema" && g.name === "public" && g.privilege === "usage";
}

/**
 * The grants and default privileges among the models' exports, one entry per object (or
 * column), role and privilege; every role they name is managed, even one granted nothing.
 */
export function describePrivileges(models: Record<string, unknown>): PrivilegesDescription {
  const grants: GrantDescription[] = [];
  const defaults: DefaultPrivilegeDescription[] = [];
  const roles: string[] = [];
  for (const value of Object.values(models)) {
    if (isGrantModel(value)) {
      const { on } = value;
      roles.push(...value.roles);
      for (const column of on.columns ?? [null]) {
        for (const grantee of value.roles) {
          for (const privilege of value.privileges) {
            grants.push({
              type: on.type,
              schema: on.type === "schema" ? on.name : (on.schema ?? "public"),
              name: on.name,
              arguments: on.arguments ?? null,
              column,
              grantee,
              privilege,
              grantable: value.withGrantOption,
            });
          }
        }
      }
    } else if (isDefaultPrivilegesModel(value)) {
      roles.push(...value.roles);
      for (const grantee of value.roles) {
        for (const privilege of value.privileges) {
          defaults.push({
            forRole: value.forRole,
            schema: value.inSchema,
            on: value.on,
            grantee,
            privilege,
            grantable: value.withGrantOption,
          });
        }
      }
    }
  }
  return sortPrivileges({ grants: grants.filter((g) => !isBuiltIn(g)), defaults, roles });
}
