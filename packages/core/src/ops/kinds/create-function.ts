import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { CreateFunctionOperation, FunctionDefinition } from "../routine-operation";
import { checkFunctionDefinition, functionDefinitionOf, routineWord } from "./routine-checks";

/** Options of {@link Operations.createFunction}: the definition beyond its name. */
export interface CreateFunctionOptions extends Omit<FunctionDefinition, "name"> {
  readonly orReplace?: boolean | undefined;
  readonly replaced?: FunctionDefinition | undefined;
}

/** The option keys of a function definition, shared by create and the drop's `definition`. */
export const functionDefinitionKeys = {
  schema: true,
  procedure: true,
  arguments: true,
  identityArguments: true,
  returns: true,
  language: true,
  body: true,
  volatility: true,
  strict: true,
  security: true,
  parallel: true,
  leakproof: true,
  cost: true,
  rows: true,
  set: true,
  comment: true,
} as const satisfies OptionKeys<Omit<FunctionDefinition, "name">>;

/** `op.createFunction(name, options)`: `CREATE [OR REPLACE] FUNCTION | PROCEDURE`. */
export const createFunctionKind = {
  positional: ["name"],
  named: 1,
  optionsRequired: true,
  options: {
    ...functionDefinitionKeys,
    orReplace: true,
    replaced: true,
  } satisfies OptionKeys<CreateFunctionOptions>,
  validate: (op, check) => {
    checkFunctionDefinition(check, op, "");
    if (op.replaced !== undefined) {
      checkFunctionDefinition(check, op.replaced, "replaced.");
      if (op.orReplace !== true) check.fail("replaced needs orReplace: true.");
    }
  },
  reverse: (op, undo) => {
    if (op.orReplace !== true) {
      return {
        kind: "dropFunction",
        schema: op.schema,
        name: op.name,
        procedure: op.procedure,
        arguments: op.identityArguments ?? op.arguments,
        definition: functionDefinitionOf(op),
      };
    }
    if (op.replaced === undefined) return undo.missing("definition it replaced", "replaced");
    return {
      ...op.replaced,
      kind: "createFunction",
      orReplace: true,
      replaced: functionDefinitionOf(op),
    };
  },
  target: (op) => ({
    schema: op.schema,
    name: `${op.name}(${op.identityArguments ?? op.arguments})`,
  }),
  change: (op, object) =>
    op.orReplace === true
      ? `replaced ${routineWord(op)} ${object}`
      : `added ${routineWord(op)} ${object}`,
} satisfies OperationKindSpec<CreateFunctionOperation>;
