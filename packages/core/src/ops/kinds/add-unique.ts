import type { AddUniqueOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import { type AddPrimaryKeyOptions, addPrimaryKeyKind } from "./add-primary-key";
import { dropConstraintFor } from "./drop-constraint";

/** Options of {@link Operations.addUnique}. */
export interface AddUniqueOptions extends AddPrimaryKeyOptions {
  readonly nullsNotDistinct?: boolean | undefined;
}

/** `op.addUnique(name, table, columns, options?)`: `ALTER TABLE ... ADD CONSTRAINT ... UNIQUE`. */
export const addUniqueKind = {
  positional: ["name", "table", "columns"],
  named: 2,
  options: {
    ...addPrimaryKeyKind.options,
    nullsNotDistinct: true,
  } satisfies OptionKeys<AddUniqueOptions>,
  // The same rules as a primary key's.
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    check.names(op.columns, "columns", true);
    check.names(op.include, "include", false);
    check.deferrability(op, "the constraint");
  },
  reverse: dropConstraintFor,
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) => `added unique constraint ${object} (${op.columns.join(", ")})`,
} satisfies OperationKindSpec<AddUniqueOperation>;
