import type { SetConstraintCommentOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SetCommentOptions } from "./set-table-comment";

/**
 * `op.setConstraintComment(table, name, comment, options?)`:
 * `COMMENT ON CONSTRAINT name ON table`, for a table's primary key, unique, check, foreign key
 * or exclusion constraint.
 */
export const setConstraintCommentKind = {
  positional: ["table", "name", "comment"],
  named: 2,
  options: { schema: true, existingComment: true } satisfies OptionKeys<SetCommentOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.name, "constraint name");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of constraint ${object}`
      : `changed the comment of constraint ${object}`,
} satisfies OperationKindSpec<SetConstraintCommentOperation>;
