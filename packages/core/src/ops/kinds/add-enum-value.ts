import type { AddEnumValueOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.addEnumValue}. */
export interface AddEnumValueOptions extends SchemaOptions {
  readonly before?: string | undefined;
  readonly after?: string | undefined;
  readonly ifNotExists?: boolean | undefined;
}

/** `op.addEnumValue(name, value, options?)`: `ALTER TYPE ... ADD VALUE`. */
export const addEnumValueKind = {
  positional: ["name", "value"],
  named: 1,
  options: {
    schema: true,
    before: true,
    after: true,
    ifNotExists: true,
  } satisfies OptionKeys<AddEnumValueOptions>,
  validate: (op, check) => {
    check.name(op.name, "enum name");
    check.optionalName(op.schema, "schema");
    check.enumLabel(op.value, "value");
    if (op.before !== undefined) check.enumLabel(op.before, "before");
    if (op.after !== undefined) check.enumLabel(op.after, "after");
    if (op.before !== undefined && op.after !== undefined) {
      check.fail("a value goes either before or after another, not both.");
    }
  },
  reverse: (_op, undo) =>
    undo.irreversible(
      "PostgreSQL cannot remove a value from an enum.",
      "write down() by hand: create a new type without the value, move the columns to it, drop the old type",
    ),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) => `added value ${JSON.stringify(op.value)} to enum ${object}`,
} satisfies OperationKindSpec<AddEnumValueOperation>;
