import type { CreateEnumOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.createEnum(name, values, options?)`: `CREATE TYPE ... AS ENUM`. */
export const createEnumKind = {
  positional: ["name", "values"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "enum name");
    check.optionalName(op.schema, "schema");
    if (!Array.isArray(op.values)) check.fail("values must be an array.");
    check.enumValues(op.values);
  },
  reverse: (op) => ({ kind: "dropEnum", schema: op.schema, name: op.name, values: op.values }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) => `added enum ${object} (${op.values.join(", ")})`,
} satisfies OperationKindSpec<CreateEnumOperation>;
