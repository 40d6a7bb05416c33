import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SetViewCommentOperation } from "../view-operations";
import type { SetCommentOptions } from "./set-table-comment";

/** Options of {@link Operations.setViewComment}. */
export interface SetViewCommentOptions extends SetCommentOptions {
  /** `COMMENT ON MATERIALIZED VIEW`. Default is `false`. */
  readonly materialized?: boolean | undefined;
}

/** `op.setViewComment(name, comment, options?)`: `COMMENT ON [MATERIALIZED] VIEW`. */
export const setViewCommentKind = {
  positional: ["name", "comment"],
  named: 1,
  options: {
    schema: true,
    existingComment: true,
    materialized: true,
  } satisfies OptionKeys<SetViewCommentOptions>,
  validate: (op, check) => {
    check.name(op.name, "view name");
    check.optionalName(op.schema, "schema");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) => {
    const what = op.materialized === true ? "materialized view" : "view";
    return op.comment === null
      ? `removed the comment of ${what} ${object}`
      : `changed the comment of ${what} ${object}`;
  },
} satisfies OperationKindSpec<SetViewCommentOperation>;
