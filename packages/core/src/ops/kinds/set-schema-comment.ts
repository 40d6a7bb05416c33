import type { SetSchemaCommentOperation } from "../namespace-operations";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";

/** Options of {@link Operations.setSchemaComment}. */
export interface SetSchemaCommentOptions {
  /** The comment before, so the change can be reversed; omitted is read as none. */
  readonly existingComment?: string | null | undefined;
}

/** `op.setSchemaComment(name, comment, options?)`: `COMMENT ON SCHEMA`. */
export const setSchemaCommentKind = {
  positional: ["name", "comment"],
  named: 1,
  options: { existingComment: true } satisfies OptionKeys<SetSchemaCommentOptions>,
  validate: (op, check) => {
    check.name(op.name, "schema name");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ name: op.name }),
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of schema ${object}`
      : `changed the comment of schema ${object}`,
} satisfies OperationKindSpec<SetSchemaCommentOperation>;
