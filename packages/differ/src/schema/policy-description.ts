import type { PolicyCommand, PolicyKind } from "@retort/core";

/** A row-level security policy, as `pg_policy` holds it. */
export interface PolicyDescription {
  /** The table's schema. */
  schema: string;
  table: string;
  name: string;
  as: PolicyKind;
  for: PolicyCommand;
  /** Role names, sorted; `["public"]` for every role (`polroles` = `{0}`). */
  to: string[];
  /** As `pg_get_expr` prints it; `null` for none. */
  using: string | null;
  withCheck: string | null;
  comment: string | null;
  /** The policy's previous name (from the models), so autogenerate renames it. */
  renamedFrom: string | null;
  /**
   * The functions and columns its expressions use, from `pg_depend`: dropping or retyping one
   * needs the policy out of the way. Read from the database only (`[]` from the models), never
   * compared.
   */
  calls: { schema: string; name: string }[];
  columns: string[];
}

/** A table's row-level security switches; absent from a description when both are off. */
export interface RowSecurityDescription {
  enabled: boolean;
  forced: boolean;
}

/** The key of a policy. */
export const policyKey = (p: { schema: string; table: string; name: string }): string =>
  `${p.schema}\u0000${p.table}\u0000${p.name}`;

/** Roles in the one order descriptions keep them (`public` alone when it is there). */
export function sortedRoles(roles: readonly string[]): string[] {
  return [...new Set(roles)].sort();
}
