import type { DropEnumOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.dropEnum}. */
export interface DropEnumOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The enum's values, so the drop can be reversed. */
  readonly values?: readonly string[] | undefined;
}

/** `op.dropEnum(name, options?)`: `DROP TYPE`. */
export const dropEnumKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifExists: true,
    cascade: true,
    values: true,
  } satisfies OptionKeys<DropEnumOptions>,
  validate: (op, check) => {
    check.name(op.name, "enum name");
    check.optionalName(op.schema, "schema");
    check.enumValues(op.values ?? []);
  },
  reverse: (op, undo) => {
    if (op.values === undefined) return undo.missing("enum values", "values");
    return { kind: "createEnum", schema: op.schema, name: op.name, values: op.values };
  },
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `dropped enum ${object}`,
} satisfies OperationKindSpec<DropEnumOperation>;
