import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { OperationTarget } from "../operation-target";
import type { Operations } from "../operations";
import type { GrantOperation, PrivilegeChange, PrivilegeObject } from "../privilege-operation";
import { checkPrivilegeChange, privilegeSummary } from "./privilege-checks";

/** Options of {@link Operations.grant} and {@link Operations.revoke}. */
export type PrivilegeOptions = Pick<PrivilegeChange, "withGrantOption" | "grantOptionOnly">;

const privilegeOptions = {
  withGrantOption: true,
  grantOptionOnly: true,
} satisfies OptionKeys<PrivilegeOptions>;

/** The object a grant or revoke changes: a table's privileges are the table's. */
export function privilegeTarget(on: PrivilegeObject): OperationTarget {
  switch (on.type) {
    case "table":
      return { schema: on.schema, table: on.name };
    case "schema":
      return { name: on.name };
    case "function":
    case "procedure":
      return { schema: on.schema, name: `${on.name}(${on.arguments ?? ""})` };
    case "sequence":
      return { schema: on.schema, name: on.name };
  }
}

/** `op.grant(on, privileges, roles, options?)`: `GRANT`. Its reverse is the same `REVOKE`. */
export const grantKind = {
  positional: ["on", "privileges", "roles"],
  named: 0,
  options: privilegeOptions,
  validate: (op, check) => checkPrivilegeChange(check, op),
  reverse: (op) => ({ ...op, kind: "revoke" }),
  target: (op) => privilegeTarget(op.on),
  change: (op, object) => `granted ${privilegeSummary(op, object)} to ${op.roles.join(", ")}`,
} satisfies OperationKindSpec<GrantOperation>;
