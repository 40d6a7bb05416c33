import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { CreatePolicyOperation, PolicyDefinition } from "../policy-operation";
import { checkPolicyDefinition, describePolicy, policyDefinitionOf } from "./policy-checks";

/** Options of {@link Operations.createPolicy}: the definition beyond its table and name. */
export type CreatePolicyOptions = Omit<PolicyDefinition, "table" | "name">;

/** `op.createPolicy(table, name, options?)`: `CREATE POLICY`. */
export const createPolicyKind = {
  positional: ["table", "name"],
  named: 2,
  options: {
    schema: true,
    as: true,
    for: true,
    to: true,
    using: true,
    withCheck: true,
    comment: true,
  } satisfies OptionKeys<CreatePolicyOptions>,
  validate: (op, check) => checkPolicyDefinition(check, op, ""),
  reverse: (op) => ({
    kind: "dropPolicy",
    schema: op.schema,
    table: op.table,
    name: op.name,
    definition: policyDefinitionOf(op),
  }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  describe: describePolicy,
  change: (_op, object) => `added policy ${object}`,
} satisfies OperationKindSpec<CreatePolicyOperation>;
