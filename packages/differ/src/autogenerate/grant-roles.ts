import { quoteIdent, RetortError } from "@retort/core";
import type { Kysely } from "kysely";
import { functionKey } from "../schema/routine-description";
import type { SchemaDescription } from "../schema/schema-description";
import { missingRoles } from "./missing-roles";

/**
 * Throws `ROLE_NOT_FOUND` when the models grant to (or set default privileges for) a role the
 * server lacks: roles are created outside migrations, and a migration that grants to a missing
 * role would fail only once it runs.
 *
 * @example
 * ```ts
 * await checkGrantRoles(db, describeModels(models)); // ROLE_NOT_FOUND: ... "reporting"
 * ```
 */
export async function checkGrantRoles(db: Kysely<any>, target: SchemaDescription): Promise<void> {
  const named = new Set([
    ...target.privileges.roles,
    ...target.privileges.defaults.map((d) => d.forRole),
  ]);
  named.delete("public");
  const missing = (await missingRoles(db, [...named])).sort();
  if (missing.length === 0) return;
  throw new RetortError(
    "ROLE_NOT_FOUND",
    `The models grant privileges to ${missing.length === 1 ? "a role" : "roles"} the database does not have: ${missing.map(quoteIdent).join(", ")}.`,
    {
      hint: `Create ${missing.length === 1 ? "it" : "them"} where the migrations run (CREATE ROLE ${quoteIdent(missing[0]!)} NOLOGIN;): roles are created outside migrations, as with Alembic. Or fix the name in the models.`,
      details: { roles: missing },
    },
  );
}

/**
 * The target's grants on functions with their argument types as the server spells them
 * (`int` -> `integer`), as `canonicalRoutines` found them for the functions: `before` is the
 * description the models gave, `after` the canonical one (its functions in the same order).
 */
export function canonicalGrantArguments(
  before: SchemaDescription,
  after: SchemaDescription,
): SchemaDescription {
  if (before.functions.length !== after.functions.length) return after;
  const spelled = new Map<string, string>();
  before.functions.forEach((f, k) => {
    spelled.set(functionKey(f), after.functions[k]!.identityArguments);
  });
  const grants = after.privileges.grants.map((g) => {
    if (g.arguments === null) return g;
    const key = functionKey({ schema: g.schema, name: g.name, identityArguments: g.arguments });
    const args = spelled.get(key);
    return args === undefined ? g : { ...g, arguments: args };
  });
  return { ...after, privileges: { ...after.privileges, grants } };
}
