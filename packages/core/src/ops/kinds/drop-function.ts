import { quotedObjectText } from "../object-text";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { DropFunctionOperation, FunctionDefinition } from "../routine-operation";
import type { SchemaOptions } from "../schema-options";
import { checkFunctionDefinition, checkRoutineTarget, routineWord } from "./routine-checks";

/** Options of {@link Operations.dropFunction}. */
export interface DropFunctionOptions extends SchemaOptions {
  readonly procedure?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The routine as it was, so the drop can be reversed. */
  readonly definition?: FunctionDefinition | undefined;
}

/** `op.dropFunction(name, argumentTypes, options?)`: `DROP FUNCTION | PROCEDURE name(types)`. */
export const dropFunctionKind = {
  positional: ["name", "arguments"],
  named: 2,
  options: {
    schema: true,
    procedure: true,
    ifExists: true,
    cascade: true,
    definition: true,
  } satisfies OptionKeys<DropFunctionOptions>,
  validate: (op, check) => {
    checkRoutineTarget(check, op, "");
    if (op.definition !== undefined) checkFunctionDefinition(check, op.definition, "definition.");
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("routine definition", "definition");
    return { ...op.definition, kind: "createFunction" };
  },
  target: (op) => ({ schema: op.schema, name: `${op.name}(${op.arguments})` }),
  change: (op, object) => `dropped ${routineWord(op)} ${object}`,
  destructive: {
    // A routine holds no data, but what calls it (a default, a check, a view) stops working.
    reason: (op) =>
      op.cascade === true
        ? `drops ${routineWord(op)} ${quotedObjectText(op.schema, op.name)} with CASCADE; the objects that use it go with it.`
        : undefined,
    loss: "the objects that use it go with it",
  },
} satisfies OperationKindSpec<DropFunctionOperation>;
