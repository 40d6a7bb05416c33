import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { DropPolicyOperation, PolicyDefinition } from "../policy-operation";
import type { SchemaOptions } from "../schema-options";
import { checkPolicyDefinition, describePolicy } from "./policy-checks";

/** Options of {@link Operations.dropPolicy}. */
export interface DropPolicyOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  /** The policy as it was, so the drop can be reversed. */
  readonly definition?: PolicyDefinition | undefined;
}

/** `op.dropPolicy(table, name, options?)`: `DROP POLICY name ON table`. */
export const dropPolicyKind = {
  positional: ["table", "name"],
  named: 2,
  options: {
    schema: true,
    ifExists: true,
    definition: true,
  } satisfies OptionKeys<DropPolicyOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.name, "policy name");
    if (op.definition !== undefined) checkPolicyDefinition(check, op.definition, "definition.");
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("policy definition", "definition");
    return { ...op.definition, kind: "createPolicy" };
  },
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  describe: describePolicy,
  change: (_op, object) => `dropped policy ${object}`,
} satisfies OperationKindSpec<DropPolicyOperation>;
