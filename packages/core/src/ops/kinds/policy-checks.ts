import type { PolicyDefinition } from "../policy-operation";
import type { OperationChecker } from "../validate-operation";

const kinds = ["permissive", "restrictive"];
const commands = ["all", "select", "insert", "update", "delete"];

function oneOf(check: OperationChecker, value: unknown, allowed: string[], what: string): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    check.fail(`${what} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}.`);
  }
}

/** A policy's roles: names, none twice, at least one. */
export function checkPolicyRoles(
  check: OperationChecker,
  roles: readonly string[] | undefined,
  what: string,
): void {
  if (roles === undefined) return;
  if (!Array.isArray(roles) || roles.length === 0) {
    check.fail(`${what} must list at least one role ("public" for every role).`);
  }
  check.names(roles, what, false);
}

/** A policy's definition; `what` prefixes the field names (`definition.`). */
export function checkPolicyDefinition(
  check: OperationChecker,
  policy: PolicyDefinition,
  what: string,
): void {
  check.name(policy.name, `${what}name`);
  check.tableTarget(policy);
  oneOf(check, policy.as, kinds, `${what}as`);
  oneOf(check, policy.for, commands, `${what}for`);
  checkPolicyRoles(check, policy.to, `${what}to`);
  if (policy.using !== undefined) check.text(policy.using, `${what}using`);
  if (policy.withCheck !== undefined) check.text(policy.withCheck, `${what}withCheck`);
  // PostgreSQL refuses these itself, but only once the migration runs.
  if (policy.for === "insert" && policy.using !== undefined) {
    check.fail(`${what}using is not allowed on an insert policy: only withCheck.`);
  }
  if ((policy.for === "select" || policy.for === "delete") && policy.withCheck !== undefined) {
    check.fail(`${what}withCheck is not allowed on a ${policy.for} policy: only using.`);
  }
  if (policy.comment !== undefined) check.comment(policy.comment);
}

/** The definition fields of a create node, without its kind. */
export function policyDefinitionOf(op: PolicyDefinition & { kind?: string }): PolicyDefinition {
  const { kind: _kind, ...definition } = op;
  return definition;
}

/** How messages name a policy: `op.dropPolicy("app.post", "own_posts")`, as the method takes it. */
export function describePolicy(op: {
  schema?: string | undefined;
  table: string;
  name: string;
}): string[] {
  return [op.schema === undefined ? op.table : `${op.schema}.${op.table}`, op.name];
}
