import type { SchemaDescription } from "../schema/schema-description";

/**
 * The roles a schema description names (the policies' `to`, without `public`), sorted: they
 * belong to the server, not the database, so they must exist wherever its migrations run. `pull`
 * lists them for the baseline.
 *
 * @example
 * ```ts
 * rolesUsed(await introspectSchema(db)); // ["anon", "authenticated"]
 * ```
 */
export function rolesUsed(schema: Pick<SchemaDescription, "policies">): string[] {
  const roles = new Set<string>();
  for (const p of schema.policies) for (const role of p.to) if (role !== "public") roles.add(role);
  return [...roles].sort();
}
