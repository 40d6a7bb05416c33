import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { DropTriggerOperation, TriggerDefinition } from "../routine-operation";
import type { SchemaOptions } from "../schema-options";
import { checkTriggerDefinition } from "./routine-checks";

/** Options of {@link Operations.dropTrigger}. */
export interface DropTriggerOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  /** The trigger as it was, so the drop can be reversed. */
  readonly definition?: TriggerDefinition | undefined;
}

/** `op.dropTrigger(table, name, options?)`: `DROP TRIGGER name ON table`. */
export const dropTriggerKind = {
  positional: ["table", "name"],
  named: 2,
  options: {
    schema: true,
    ifExists: true,
    definition: true,
  } satisfies OptionKeys<DropTriggerOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.name, "trigger name");
    if (op.definition !== undefined) checkTriggerDefinition(check, op.definition, "definition.");
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("trigger definition", "definition");
    return { ...op.definition, kind: "createTrigger" };
  },
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (_op, object) => `dropped trigger ${object}`,
} satisfies OperationKindSpec<DropTriggerOperation>;
