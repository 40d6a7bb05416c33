import type { CreateSequenceOperation, SequenceDefinition } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.createSequence}. */
export interface CreateSequenceOptions extends SchemaOptions, SequenceDefinition {
  readonly ifNotExists?: boolean | undefined;
}

/** The option keys of a sequence definition, shared by create and alter. */
export const sequenceDefinitionKeys = {
  as: true,
  increment: true,
  minValue: true,
  maxValue: true,
  start: true,
  cache: true,
  cycle: true,
  ownedBy: true,
} as const satisfies OptionKeys<SequenceDefinition>;

/** `op.createSequence(name, options?)`: `CREATE SEQUENCE`. */
export const createSequenceKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifNotExists: true,
    ...sequenceDefinitionKeys,
  } satisfies OptionKeys<CreateSequenceOptions>,
  validate: (op, check) => {
    check.name(op.name, "sequence name");
    check.optionalName(op.schema, "schema");
    check.sequenceDefinition(op, "");
  },
  reverse: (op) => ({
    kind: "dropSequence",
    schema: op.schema,
    name: op.name,
    ifExists: op.ifNotExists,
    definition: op,
  }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `added sequence ${object}`,
} satisfies OperationKindSpec<CreateSequenceOperation>;
