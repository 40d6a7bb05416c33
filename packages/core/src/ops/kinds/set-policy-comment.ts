import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SetPolicyCommentOperation } from "../policy-operation";
import { describePolicy } from "./policy-checks";
import type { SetCommentOptions } from "./set-table-comment";

/** `op.setPolicyComment(table, name, comment, options?)`: `COMMENT ON POLICY name ON table`. */
export const setPolicyCommentKind = {
  positional: ["table", "name", "comment"],
  named: 2,
  options: { schema: true, existingComment: true } satisfies OptionKeys<SetCommentOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.name, "policy name");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  describe: describePolicy,
  change: (op, object) =>
    op.comment === null
      ? `removed the comment of policy ${object}`
      : `changed the comment of policy ${object}`,
} satisfies OperationKindSpec<SetPolicyCommentOperation>;
