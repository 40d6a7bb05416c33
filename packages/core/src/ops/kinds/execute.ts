import type { ExecuteOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";

/** Options of {@link Operations.execute}. */
export interface ExecuteOptions {
  /** `false` runs it outside any transaction. Default is `true`. */
  readonly transactional?: boolean | undefined;
}

/** `op.execute(sql, params?, options?)`: raw SQL. */
export const executeKind = {
  positional: ["sql", "params"],
  named: 0,
  options: { transactional: true } satisfies OptionKeys<ExecuteOptions>,
  callArguments: (op) => {
    if (op.transactional !== undefined) {
      return [op.sql, op.params, { transactional: op.transactional }];
    }
    return op.params === undefined ? [op.sql] : [op.sql, op.params];
  },
  validate: (op, check) => {
    check.text(op.sql, "sql");
    if (op.params !== undefined && !Array.isArray(op.params)) {
      check.fail("params must be an array, bound to $1..$n in order.");
    }
  },
  reverse: (_op, undo) =>
    undo.irreversible(
      "raw SQL has no known reverse.",
      "write the undoing SQL in down() with op.execute",
    ),
  target: () => ({}),
  // Raw SQL names no object; its first characters say which statement failed.
  describe: (op) => [op.sql.length > 60 ? `${op.sql.slice(0, 57)}...` : op.sql],
  change: (op) => `runs SQL: ${op.sql.split("\n")[0]}`,
} satisfies OperationKindSpec<ExecuteOperation, Parameters<Operations["execute"]>>;
