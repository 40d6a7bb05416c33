// The nodes of row-level security: a table's ENABLE/FORCE switches and its policies. They live
// apart from `operation.ts` (which puts them in the `Operation` union) because a policy's
// definition is one structure that the create and the drop's reverse both carry.

/** `PERMISSIVE` (PostgreSQL's default: any one lets a row through) or `RESTRICTIVE` (all must). */
export type PolicyKind = "permissive" | "restrictive";
/** The command a policy applies to. Default is `"all"`, as PostgreSQL's. */
export type PolicyCommand = "all" | "select" | "insert" | "update" | "delete";

/** A policy, as `CREATE POLICY` states it. */
export interface PolicyDefinition {
  /** The table's schema. */
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  /** Default is `"permissive"`. */
  readonly as?: PolicyKind | undefined;
  /** Default is `"all"`. */
  readonly for?: PolicyCommand | undefined;
  /** Role names; `"public"` is every role. Default is `["public"]`. */
  readonly to?: readonly string[] | undefined;
  /** `USING (...)`: which existing rows are visible, as SQL. */
  readonly using?: string | undefined;
  /** `WITH CHECK (...)`: which new rows are allowed, as SQL. */
  readonly withCheck?: string | undefined;
  readonly comment?: string | null | undefined;
}

/** `CREATE POLICY`, then its comment. */
export interface CreatePolicyOperation extends PolicyDefinition {
  readonly kind: "createPolicy";
}

/** `DROP POLICY name ON table`. Carries the definition when known. */
export interface DropPolicyOperation {
  readonly kind: "dropPolicy";
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  readonly ifExists?: boolean | undefined;
  readonly definition?: PolicyDefinition | undefined;
}

/**
 * `ALTER POLICY name ON table TO ... USING (...) WITH CHECK (...)`: what PostgreSQL can change
 * in place. A field left `undefined` is not changed; the `existing*` fields say what it was, so
 * the change can be reversed. (`as` and `for` cannot change: drop and create the policy.)
 */
export interface AlterPolicyOperation {
  readonly kind: "alterPolicy";
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  readonly to?: readonly string[] | undefined;
  readonly using?: string | undefined;
  readonly withCheck?: string | undefined;
  readonly existingTo?: readonly string[] | undefined;
  /** `null`: the policy had no `USING`. */
  readonly existingUsing?: string | null | undefined;
  /** `null`: the policy had no `WITH CHECK`. */
  readonly existingWithCheck?: string | null | undefined;
}

/** `ALTER POLICY name ON table RENAME TO`. */
export interface RenamePolicyOperation {
  readonly kind: "renamePolicy";
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  readonly newName: string;
}

/** `COMMENT ON POLICY name ON table`. `null` removes it. */
export interface SetPolicyCommentOperation {
  readonly kind: "setPolicyComment";
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  readonly comment: string | null;
  readonly existingComment?: string | null | undefined;
}

/** `ALTER TABLE ... ENABLE ROW LEVEL SECURITY`. */
export interface EnableRowSecurityOperation {
  readonly kind: "enableRowSecurity";
  readonly schema?: string | undefined;
  readonly table: string;
}

/** `ALTER TABLE ... DISABLE ROW LEVEL SECURITY`. */
export interface DisableRowSecurityOperation {
  readonly kind: "disableRowSecurity";
  readonly schema?: string | undefined;
  readonly table: string;
}

/** `ALTER TABLE ... FORCE ROW LEVEL SECURITY`: the table's owner is held to the policies too. */
export interface ForceRowSecurityOperation {
  readonly kind: "forceRowSecurity";
  readonly schema?: string | undefined;
  readonly table: string;
}

/** `ALTER TABLE ... NO FORCE ROW LEVEL SECURITY`. */
export interface NoForceRowSecurityOperation {
  readonly kind: "noForceRowSecurity";
  readonly schema?: string | undefined;
  readonly table: string;
}

/** Every node of this file. */
export type PolicyOperation =
  | CreatePolicyOperation
  | DropPolicyOperation
  | AlterPolicyOperation
  | RenamePolicyOperation
  | SetPolicyCommentOperation
  | EnableRowSecurityOperation
  | DisableRowSecurityOperation
  | ForceRowSecurityOperation
  | NoForceRowSecurityOperation;
