import type { RenameEnumOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.renameEnum(name, newName, options?)`: `ALTER TYPE ... RENAME TO`. */
export const renameEnumKind = {
  positional: ["name", "newName"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "enum name");
    check.optionalName(op.schema, "schema");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) => `renamed enum ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameEnumOperation>;
