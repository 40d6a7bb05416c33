import type { RenameConstraintOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.renameConstraint(name, table, newName, options?)`: `ALTER TABLE ... RENAME CONSTRAINT`. */
export const renameConstraintKind = {
  positional: ["name", "table", "newName"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) => `renamed constraint ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameConstraintOperation>;
