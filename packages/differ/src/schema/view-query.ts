/**
 * A view's query as the description holds it: without the spaces around it and a trailing
 * semicolon, which PostgreSQL does not keep (`pg_get_viewdef` starts with a space and ends with
 * one). Nothing else changes: the text is what a migration sends, and a `down` restores a
 * database's view exactly as `pg_get_viewdef` printed it.
 *
 * @example
 * ```ts
 * describedQuery(" SELECT 1;\n"); // "SELECT 1"
 * ```
 */
export function describedQuery(query: string): string {
  return query.trim().replace(/;\s*$/, "").trimEnd();
}
