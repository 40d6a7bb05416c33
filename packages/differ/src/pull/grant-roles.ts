import type { SchemaDescription } from "../schema/schema-description";

/**
 * The roles a schema's grants and default privileges name (grantees and `forRole`s), sorted,
 * without PUBLIC: what must exist where a baseline of it runs, since roles are created outside
 * migrations.
 *
 * @example
 * ```ts
 * grantRoles(await introspectSchema(db)); // ["app", "reporting"]
 * ```
 */
export function grantRoles(schema: SchemaDescription): string[] {
  const roles = new Set([
    ...schema.privileges.grants.map((g) => g.grantee),
    ...schema.privileges.defaults.flatMap((d) => [d.grantee, d.forRole]),
  ]);
  roles.delete("public");
  return [...roles].sort();
}
