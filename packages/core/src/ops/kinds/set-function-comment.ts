import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SetFunctionCommentOperation } from "../routine-operation";
import { checkRoutineTarget, routineWord } from "./routine-checks";
import type { SetCommentOptions } from "./set-table-comment";

/** Options of {@link Operations.setFunctionComment}. */
export interface SetFunctionCommentOptions extends SetCommentOptions {
  readonly procedure?: boolean | undefined;
}

/** `op.setFunctionComment(name, argumentTypes, comment, options?)`: `COMMENT ON FUNCTION`. */
export const setFunctionCommentKind = {
  positional: ["name", "arguments", "comment"],
  named: 2,
  options: {
    schema: true,
    procedure: true,
    existingComment: true,
  } satisfies OptionKeys<SetFunctionCommentOptions>,
  validate: (op, check) => {
    checkRoutineTarget(check, op, "");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, name: `${op.name}(${op.arguments})` }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of ${routineWord(op)} ${object}`
      : `changed the comment of ${routineWord(op)} ${object}`,
} satisfies OperationKindSpec<SetFunctionCommentOperation>;
