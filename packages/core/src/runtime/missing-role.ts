import { quoteIdent } from "../sql/quote-ident";

/**
 * The role a PostgreSQL error says does not exist (`role "x" does not exist`, SQLSTATE 42704),
 * as a policy or grant naming it raises; `undefined` for any other error.
 *
 * @example
 * ```ts
 * missingRole(Object.assign(new Error('role "authenticated" does not exist'), { code: "42704" }));
 * // "authenticated"
 * ```
 */
export function missingRole(cause: unknown): string | undefined {
  if (!(cause instanceof Error) || (cause as { code?: unknown }).code !== "42704") return undefined;
  return /^role "(.*)" does not exist$/.exec(cause.message)?.[1];
}

/** What to do about a missing role: roles belong to the server, and retort does not create them. */
export function missingRoleHint(role: string): string {
  return `role ${quoteIdent(role)} does not exist on this server. Roles belong to the server, not the database, so migrations do not create them: create it where migrations run (for example CREATE ROLE ${quoteIdent(role)} NOLOGIN), then run the command again.`;
}
