import type { RenameEnumValueOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.renameEnumValue(name, value, newValue, options?)`: `ALTER TYPE ... RENAME VALUE`. */
export const renameEnumValueKind = {
  positional: ["name", "value", "newValue"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "enum name");
    check.optionalName(op.schema, "schema");
    check.enumLabel(op.value, "value");
    check.enumLabel(op.newValue, "new value");
  },
  reverse: (op) => ({ ...op, value: op.newValue, newValue: op.value }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) =>
    `renamed value ${JSON.stringify(op.value)} of enum ${object} to ${JSON.stringify(op.newValue)}`,
} satisfies OperationKindSpec<RenameEnumValueOperation>;
