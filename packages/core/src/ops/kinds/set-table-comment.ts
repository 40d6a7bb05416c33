import type { SetTableCommentOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.setTableComment} and {@link Operations.setColumnComment}. */
export interface SetCommentOptions extends SchemaOptions {
  /** The comment before, so the change can be reversed; omitted is read as none. */
  readonly existingComment?: string | null | undefined;
}

/** `op.setTableComment(table, comment, options?)`: `COMMENT ON TABLE`. */
export const setTableCommentKind = {
  positional: ["table", "comment"],
  named: 1,
  options: { schema: true, existingComment: true } satisfies OptionKeys<SetCommentOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, table: op.table }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of table ${object}`
      : `changed the comment of table ${object}`,
} satisfies OperationKindSpec<SetTableCommentOperation>;
