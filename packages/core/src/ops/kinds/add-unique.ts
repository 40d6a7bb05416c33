import type { AddUniqueOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import { type AddPrimaryKeyOptions, addPrimaryKeyKind } from "./add-primary-key";
import { dropConstraintFor } from "./drop-constraint";

/** Options of {@link Operations.addUnique}. */
export interface AddUniqueOptions extends AddPrimaryKeyOptions {
  readonly nullsNotDistinct?: boolean | undefined;
  /**
   * An existing unique index to turn into the constraint (`UNIQUE USING INDEX`), so that the
   * index can be built beforehand with `CREATE UNIQUE INDEX CONCURRENTLY` and the constraint
   * takes only a brief lock. The index is renamed to the constraint's name; its columns,
   * `INCLUDE` and `NULLS NOT DISTINCT` are the constraint's, so `include` and
   * `nullsNotDistinct` are not given with it. `columns` still names the index's columns.
   */
  readonly usingIndex?: string | undefined;
}

/** `op.addUnique(name, table, columns, options?)`: `ALTER TABLE ... ADD CONSTRAINT ... UNIQUE`. */
export const addUniqueKind = {
  positional: ["name", "table", "columns"],
  named: 2,
  options: {
    ...addPrimaryKeyKind.options,
    nullsNotDistinct: true,
    usingIndex: true,
  } satisfies OptionKeys<AddUniqueOptions>,
  // The same rules as a primary key's.
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    check.names(op.columns, "columns", true);
    check.names(op.include, "include", false);
    check.deferrability(op, "the constraint");
    if (op.usingIndex !== undefined) {
      check.name(op.usingIndex, "usingIndex");
      if (op.include !== undefined || op.nullsNotDistinct !== undefined)
        check.fail(
          "include and nullsNotDistinct come from the index given in usingIndex.",
          "declare them on the unique index instead",
        );
    }
  },
  reverse: dropConstraintFor,
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) => `added unique constraint ${object} (${op.columns.join(", ")})`,
} satisfies OperationKindSpec<AddUniqueOperation>;
