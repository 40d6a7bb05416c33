import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { RenamePolicyOperation } from "../policy-operation";
import type { SchemaOptions } from "../schema-options";
import { describePolicy } from "./policy-checks";

/** `op.renamePolicy(table, name, newName, options?)`: `ALTER POLICY ... RENAME TO`. */
export const renamePolicyKind = {
  positional: ["table", "name", "newName"],
  named: 2,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.name, "policy name");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  describe: describePolicy,
  change: (op, object) => `renamed policy ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenamePolicyOperation>;
