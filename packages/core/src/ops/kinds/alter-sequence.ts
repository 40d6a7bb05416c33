import type { SequenceNumber } from "../column-definition";
import type { AlterSequenceOperation, SequenceDefinition } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { sequenceDefinitionKeys } from "./create-sequence";

/** Options of {@link Operations.alterSequence}. */
export interface AlterSequenceOptions extends SchemaOptions, SequenceDefinition {
  readonly restart?: true | SequenceNumber | undefined;
  readonly existing?: SequenceDefinition | undefined;
}

/** `op.alterSequence(name, options)`: `ALTER SEQUENCE`. */
export const alterSequenceKind = {
  positional: ["name"],
  named: 1,
  optionsRequired: true,
  options: {
    schema: true,
    restart: true,
    existing: true,
    ...sequenceDefinitionKeys,
  } satisfies OptionKeys<AlterSequenceOptions>,
  validate: (op, check) => {
    check.name(op.name, "sequence name");
    check.optionalName(op.schema, "schema");
    check.sequenceDefinition(op, "");
    if (op.restart !== true) check.sequenceNumber(op.restart, "restart");
    const changes = [
      op.as,
      op.increment,
      op.minValue,
      op.maxValue,
      op.start,
      op.cache,
      op.cycle,
      op.ownedBy,
      op.restart,
    ];
    if (changes.every((option) => option === undefined)) {
      check.fail("nothing to change.", "pass at least one sequence option, or restart");
    }
    if (op.existing !== undefined) check.sequenceDefinition(op.existing, "existing.");
  },
  reverse: (op, undo) => {
    if (op.existing === undefined) return undo.missing("previous options", "existing");
    return {
      kind: "alterSequence",
      schema: op.schema,
      name: op.name,
      ...op.existing,
      existing: {
        as: op.as,
        increment: op.increment,
        minValue: op.minValue,
        maxValue: op.maxValue,
        start: op.start,
        cache: op.cache,
        cycle: op.cycle,
        ownedBy: op.ownedBy,
      },
    };
  },
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `changed sequence ${object}`,
} satisfies OperationKindSpec<AlterSequenceOperation>;
