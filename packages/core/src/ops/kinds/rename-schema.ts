import type { RenameSchemaOperation } from "../operation";
import type { OperationKindSpec } from "../operation-kind-spec";

/** `op.renameSchema(name, newName)`: `ALTER SCHEMA ... RENAME TO`. */
export const renameSchemaKind = {
  positional: ["name", "newName"],
  named: 1,
  validate: (op, check) => {
    check.name(op.name, "schema name");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ kind: "renameSchema", name: op.newName, newName: op.name }),
  target: (op) => ({ name: op.name }),
  change: (op, object) => `renamed schema ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameSchemaOperation>;
