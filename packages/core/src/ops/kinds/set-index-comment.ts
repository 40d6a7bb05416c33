import type { SetIndexCommentOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SetCommentOptions } from "./set-table-comment";

/** `op.setIndexComment(name, comment, options?)`: `COMMENT ON INDEX`. */
export const setIndexCommentKind = {
  positional: ["name", "comment"],
  named: 1,
  options: { schema: true, existingComment: true } satisfies OptionKeys<SetCommentOptions>,
  validate: (op, check) => {
    check.name(op.name, "index name");
    check.optionalName(op.schema, "schema");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of index ${object}`
      : `changed the comment of index ${object}`,
} satisfies OperationKindSpec<SetIndexCommentOperation>;
