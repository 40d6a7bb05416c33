import { quotedObjectText } from "../object-text";
import type { CreateSequenceOperation, DropSequenceOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.dropSequence}. */
export interface DropSequenceOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The sequence as it was, so the drop can be reversed. */
  readonly definition?: CreateSequenceOperation | undefined;
}

/** `op.dropSequence(name, options?)`: `DROP SEQUENCE`. */
export const dropSequenceKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifExists: true,
    cascade: true,
    definition: true,
  } satisfies OptionKeys<DropSequenceOptions>,
  validate: (op, check) => {
    check.name(op.name, "sequence name");
    check.optionalName(op.schema, "schema");
    if (op.definition !== undefined) check.operation(op.definition);
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("sequence definition", "definition");
    return { ...op.definition, ifNotExists: op.ifExists };
  },
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `dropped sequence ${object}`,
  destructive: {
    reason: (op) =>
      `drops sequence ${quotedObjectText(op.schema, op.name)}; its current value will be lost.`,
    loss: "its current value will be lost",
  },
} satisfies OperationKindSpec<DropSequenceOperation>;
