import type {
  AlterPolicyOperation,
  CreatePolicyOperation,
  DropPolicyOperation,
  RenamePolicyOperation,
  SetPolicyCommentOperation,
} from "../ops/policy-operation";
import { commentOn, ifExists, statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import type { SqlStatement } from "./sql-statement";

// The SQL of row-level security: policies and the table switches.

/**
 * A role list as `TO` takes it. `public` is the keyword (every role; no role can have that
 * name), every other name is quoted, so a role spelled `Admin` stays `Admin`.
 */
export function renderPolicyRoles(roles: readonly string[]): string {
  return roles.map((r) => (r === "public" ? "PUBLIC" : quoteIdent(r))).join(", ");
}

const policyTarget = (op: { schema?: string | undefined; table: string; name: string }) =>
  `${quoteIdent(op.name)} ON ${quoteQualified(op.schema, op.table)}`;

/** `CREATE POLICY name ON table [AS ...] [FOR ...] [TO ...] [USING (...)] [WITH CHECK (...)]`, then its comment. */
export function renderCreatePolicy(op: CreatePolicyOperation): SqlStatement[] {
  const parts = [`CREATE POLICY ${policyTarget(op)}`];
  if (op.as !== undefined) parts.push(`AS ${op.as.toUpperCase()}`);
  if (op.for !== undefined) parts.push(`FOR ${op.for.toUpperCase()}`);
  if (op.to !== undefined) parts.push(`TO ${renderPolicyRoles(op.to)}`);
  if (op.using !== undefined) parts.push(`USING (${op.using})`);
  if (op.withCheck !== undefined) parts.push(`WITH CHECK (${op.withCheck})`);
  const statements = [statement(parts.join(" "))];
  if (op.comment !== undefined && op.comment !== null) {
    statements.push(commentOn(`POLICY ${policyTarget(op)}`, op.comment));
  }
  return statements;
}

export function renderDropPolicy(op: DropPolicyOperation): SqlStatement[] {
  return [statement(`DROP POLICY ${ifExists(op.ifExists)}${policyTarget(op)}`)];
}

export function renderAlterPolicy(op: AlterPolicyOperation): SqlStatement[] {
  const parts = [`ALTER POLICY ${policyTarget(op)}`];
  if (op.to !== undefined) parts.push(`TO ${renderPolicyRoles(op.to)}`);
  if (op.using !== undefined) parts.push(`USING (${op.using})`);
  if (op.withCheck !== undefined) parts.push(`WITH CHECK (${op.withCheck})`);
  return [statement(parts.join(" "))];
}

export function renderRenamePolicy(op: RenamePolicyOperation): SqlStatement[] {
  return [statement(`ALTER POLICY ${policyTarget(op)} RENAME TO ${quoteIdent(op.newName)}`)];
}

export function renderSetPolicyComment(op: SetPolicyCommentOperation): SqlStatement[] {
  return [commentOn(`POLICY ${policyTarget(op)}`, op.comment)];
}

const rowSecurity =
  (action: string) =>
  (op: { schema?: string | undefined; table: string }): SqlStatement[] => [
    statement(`ALTER TABLE ${quoteQualified(op.schema, op.table)} ${action} ROW LEVEL SECURITY`),
  ];

/** The SQL visitors of the row-level security kinds, spread into `renderOperation`'s table. */
export const policyRenderers = {
  createPolicy: renderCreatePolicy,
  dropPolicy: renderDropPolicy,
  alterPolicy: renderAlterPolicy,
  renamePolicy: renderRenamePolicy,
  setPolicyComment: renderSetPolicyComment,
  enableRowSecurity: rowSecurity("ENABLE"),
  disableRowSecurity: rowSecurity("DISABLE"),
  forceRowSecurity: rowSecurity("FORCE"),
  noForceRowSecurity: rowSecurity("NO FORCE"),
} as const;
