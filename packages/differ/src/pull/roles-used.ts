import type { SchemaDescription } from "../schema/schema-description";
import { grantRoles } from "./grant-roles";

/** The roles the policies name (their `to`, without `public`), sorted. */
export function policyRoles(schema: Pick<SchemaDescription, "policies">): string[] {
  const roles = new Set<string>();
  for (const p of schema.policies) for (const role of p.to) if (role !== "public") roles.add(role);
  return [...roles].sort();
}

/**
 * The roles a schema description names (policies' `to`, grantees and default privileges'
 * `forRole`, without `public`), sorted: they belong to the server, not the database, so they
 * must exist wherever its migrations run. `pull` lists them for the baseline.
 *
 * @example
 * ```ts
 * rolesUsed(await introspectSchema(db)); // ["anon", "authenticated", "reporting"]
 * ```
 */
export function rolesUsed(schema: SchemaDescription): string[] {
  return [...new Set([...policyRoles(schema), ...grantRoles(schema)])].sort();
}
