import type { OperationKindSpec } from "../operation-kind-spec";
import type { RevokeOperation } from "../privilege-operation";
import { grantKind, privilegeTarget } from "./grant";
import { checkPrivilegeChange, privilegeSummary } from "./privilege-checks";

/**
 * `op.revoke(on, privileges, roles, options?)`: `REVOKE`. Its reverse is the same `GRANT`, with
 * the grant option when `withGrantOption` says the roles held it.
 */
export const revokeKind = {
  positional: ["on", "privileges", "roles"],
  named: 0,
  options: grantKind.options,
  validate: (op, check) => checkPrivilegeChange(check, op),
  reverse: (op) => ({ ...op, kind: "grant" }),
  target: (op) => privilegeTarget(op.on),
  change: (op, object) => `revoked ${privilegeSummary(op, object)} from ${op.roles.join(", ")}`,
} satisfies OperationKindSpec<RevokeOperation>;
