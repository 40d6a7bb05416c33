import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type {
  DefaultPrivilegeChange,
  GrantDefaultPrivilegesOperation,
  RevokeDefaultPrivilegesOperation,
} from "../privilege-operation";
import { checkDefaultPrivilegeChange } from "./privilege-checks";

/** Options of {@link Operations.grantDefaultPrivileges} and `revokeDefaultPrivileges`. */
export type DefaultPrivilegeOptions = Pick<
  DefaultPrivilegeChange,
  "forRole" | "inSchema" | "withGrantOption" | "grantOptionOnly"
>;

const options = {
  forRole: true,
  inSchema: true,
  withGrantOption: true,
  grantOptionOnly: true,
} satisfies OptionKeys<DefaultPrivilegeOptions>;

const scope = (op: DefaultPrivilegeChange) =>
  `${op.privileges.join(", ")} on ${op.on}${op.forRole ? ` for role ${op.forRole}` : ""}`;

/** `op.grantDefaultPrivileges(on, privileges, roles, options?)`. */
export const grantDefaultPrivilegesKind = {
  positional: ["on", "privileges", "roles"],
  named: 1,
  options,
  validate: (op, check) => checkDefaultPrivilegeChange(check, op),
  reverse: (op) => ({ ...op, kind: "revokeDefaultPrivileges" }),
  target: (op) => ({ schema: op.inSchema, name: op.on }),
  change: (op) => `granted default privileges ${scope(op)} to ${op.roles.join(", ")}`,
} satisfies OperationKindSpec<GrantDefaultPrivilegesOperation>;

/** `op.revokeDefaultPrivileges(on, privileges, roles, options?)`. */
export const revokeDefaultPrivilegesKind = {
  positional: ["on", "privileges", "roles"],
  named: 1,
  options,
  validate: (op, check) => checkDefaultPrivilegeChange(check, op),
  reverse: (op) => ({ ...op, kind: "grantDefaultPrivileges" }),
  target: (op) => ({ schema: op.inSchema, name: op.on }),
  change: (op) => `revoked default privileges ${scope(op)} from ${op.roles.join(", ")}`,
} satisfies OperationKindSpec<RevokeDefaultPrivilegesOperation>;
