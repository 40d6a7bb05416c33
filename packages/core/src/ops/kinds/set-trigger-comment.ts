import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SetTriggerCommentOperation } from "../routine-operation";
import type { SetCommentOptions } from "./set-table-comment";

/** `op.setTriggerComment(table, name, comment, options?)`: `COMMENT ON TRIGGER name ON table`. */
export const setTriggerCommentKind = {
  positional: ["table", "name", "comment"],
  named: 2,
  options: { schema: true, existingComment: true } satisfies OptionKeys<SetCommentOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.name, "trigger name");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of trigger ${object}`
      : `changed the comment of trigger ${object}`,
} satisfies OperationKindSpec<SetTriggerCommentOperation>;
