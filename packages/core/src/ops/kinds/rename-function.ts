import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { RenameFunctionOperation } from "../routine-operation";
import type { SchemaOptions } from "../schema-options";
import { checkRoutineTarget, routineWord } from "./routine-checks";

/** `op.renameFunction(name, argumentTypes, newName, options?)`: `ALTER FUNCTION ... RENAME TO`. */
export const renameFunctionKind = {
  positional: ["name", "arguments", "newName"],
  named: 2,
  options: {
    schema: true,
    procedure: true,
  } satisfies OptionKeys<SchemaOptions & { procedure?: boolean | undefined }>,
  validate: (op, check) => {
    checkRoutineTarget(check, op, "");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
  target: (op) => ({ schema: op.schema, name: `${op.name}(${op.arguments})` }),
  change: (op, object) => `renamed ${routineWord(op)} ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameFunctionOperation>;
