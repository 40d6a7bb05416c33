import type { SetColumnCommentOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SetCommentOptions } from "./set-table-comment";

/** `op.setColumnComment(table, column, comment, options?)`: `COMMENT ON COLUMN`. */
export const setColumnCommentKind = {
  positional: ["table", "column", "comment"],
  named: 1,
  options: { schema: true, existingComment: true } satisfies OptionKeys<SetCommentOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.column, "column");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, table: op.table, column: op.column }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of column ${object}`
      : `changed the comment of column ${object}`,
} satisfies OperationKindSpec<SetColumnCommentOperation>;
