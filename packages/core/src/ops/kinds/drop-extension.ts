import type { DropExtensionOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.dropExtension}; `schema` and `version` let the reverse recreate it. */
export interface DropExtensionOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly version?: string | undefined;
}

/** `op.dropExtension(name, options?)`: `DROP EXTENSION`. */
export const dropExtensionKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    version: true,
    ifExists: true,
    cascade: true,
  } satisfies OptionKeys<DropExtensionOptions>,
  validate: (op, check) => {
    check.name(op.name, "extension name");
    check.optionalName(op.schema, "schema");
    check.optionalName(op.version, "version");
  },
  reverse: (op) => ({
    kind: "createExtension",
    name: op.name,
    ifNotExists: op.ifExists,
    schema: op.schema,
    version: op.version,
  }),
  target: (op) => ({ name: op.name }),
  change: (_op, object) => `dropped extension ${object}`,
  destructive: {
    reason: (op) =>
      `drops extension ${op.name} and what it created; rows of its own tables will be lost.`,
    loss: "rows of its own tables will be lost",
  },
} satisfies OperationKindSpec<DropExtensionOperation>;
