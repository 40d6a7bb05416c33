import type { DropSchemaOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";

/** Options of {@link Operations.dropSchema}. */
export interface DropSchemaOptions {
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  /** The owning role, so the reverse can recreate the schema with it. */
  readonly authorization?: string | undefined;
}

/** `op.dropSchema(name, options?)`: `DROP SCHEMA`. */
export const dropSchemaKind = {
  positional: ["name"],
  named: 1,
  options: {
    cascade: true,
    ifExists: true,
    authorization: true,
  } satisfies OptionKeys<DropSchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "schema name");
    check.optionalName(op.authorization, "authorization");
  },
  reverse: (op) => ({
    kind: "createSchema",
    name: op.name,
    ifNotExists: op.ifExists,
    authorization: op.authorization,
  }),
  target: (op) => ({ name: op.name }),
  change: (_op, object) => `dropped schema ${object}`,
} satisfies OperationKindSpec<DropSchemaOperation>;
