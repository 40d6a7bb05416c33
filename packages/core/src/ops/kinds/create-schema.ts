import type { CreateSchemaOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";

/** Options of {@link Operations.createSchema}. */
export interface CreateSchemaOptions {
  readonly ifNotExists?: boolean | undefined;
  /** The owning role. */
  readonly authorization?: string | undefined;
}

/** `op.createSchema(name, options?)`: `CREATE SCHEMA`. */
export const createSchemaKind = {
  positional: ["name"],
  named: 1,
  options: { ifNotExists: true, authorization: true } satisfies OptionKeys<CreateSchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "schema name");
    check.optionalName(op.authorization, "authorization");
  },
  reverse: (op) => ({
    kind: "dropSchema",
    name: op.name,
    ifExists: op.ifNotExists,
    authorization: op.authorization,
  }),
  target: (op) => ({ name: op.name }),
  change: (_op, object) => `added schema ${object}`,
} satisfies OperationKindSpec<CreateSchemaOperation>;
