import type { RenameSequenceOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.renameSequence(name, newName, options?)`: `ALTER SEQUENCE ... RENAME TO`. */
export const renameSequenceKind = {
  positional: ["name", "newName"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "sequence name");
    check.optionalName(op.schema, "schema");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) => `renamed sequence ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameSequenceOperation>;
