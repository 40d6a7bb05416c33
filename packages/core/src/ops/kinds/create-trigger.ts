import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { CreateTriggerOperation, TriggerDefinition } from "../routine-operation";
import { checkTriggerDefinition, triggerDefinitionOf } from "./routine-checks";

/** Options of {@link Operations.createTrigger}: the definition beyond its table and name. */
export type CreateTriggerOptions = Omit<TriggerDefinition, "table" | "name">;

/** `op.createTrigger(table, name, options)`: `CREATE [CONSTRAINT] TRIGGER`. */
export const createTriggerKind = {
  positional: ["table", "name"],
  named: 2,
  optionsRequired: true,
  options: {
    schema: true,
    timing: true,
    events: true,
    updateOf: true,
    forEach: true,
    when: true,
    function: true,
    args: true,
    constraint: true,
    deferrable: true,
    initiallyDeferred: true,
    comment: true,
  } satisfies OptionKeys<CreateTriggerOptions>,
  validate: (op, check) => checkTriggerDefinition(check, op, ""),
  reverse: (op) => ({
    kind: "dropTrigger",
    schema: op.schema,
    table: op.table,
    name: op.name,
    definition: triggerDefinitionOf(op),
  }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (_op, object) => `added trigger ${object}`,
} satisfies OperationKindSpec<CreateTriggerOperation>;
