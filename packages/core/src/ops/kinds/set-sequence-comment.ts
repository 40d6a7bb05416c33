import type { SetSequenceCommentOperation } from "../namespace-operations";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SetCommentOptions } from "./set-table-comment";

/** Options of {@link Operations.setSequenceComment}. */
export type SetSequenceCommentOptions = SetCommentOptions;

/** `op.setSequenceComment(name, comment, options?)`: `COMMENT ON SEQUENCE`. */
export const setSequenceCommentKind = {
  positional: ["name", "comment"],
  named: 1,
  options: { schema: true, existingComment: true } satisfies OptionKeys<SetSequenceCommentOptions>,
  validate: (op, check) => {
    check.name(op.name, "sequence name");
    check.optionalName(op.schema, "schema");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of sequence ${object}`
      : `changed the comment of sequence ${object}`,
} satisfies OperationKindSpec<SetSequenceCommentOperation>;
