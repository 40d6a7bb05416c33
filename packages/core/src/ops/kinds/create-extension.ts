import type { CreateExtensionOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.createExtension}; `schema` is where its objects go. */
export interface CreateExtensionOptions extends SchemaOptions {
  readonly version?: string | undefined;
  readonly ifNotExists?: boolean | undefined;
  /** Also installs the extensions it depends on. */
  readonly cascade?: boolean | undefined;
}

/** `op.createExtension(name, options?)`: `CREATE EXTENSION`. */
export const createExtensionKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    version: true,
    ifNotExists: true,
    cascade: true,
  } satisfies OptionKeys<CreateExtensionOptions>,
  validate: (op, check) => {
    check.name(op.name, "extension name");
    check.optionalName(op.schema, "schema");
    check.optionalName(op.version, "version");
  },
  reverse: (op) => ({
    kind: "dropExtension",
    name: op.name,
    ifExists: op.ifNotExists,
    schema: op.schema,
    version: op.version,
  }),
  // The schema is where it installs, not part of its name.
  target: (op) => ({ name: op.name }),
  change: (_op, object) => `added extension ${object}`,
} satisfies OperationKindSpec<CreateExtensionOperation>;
