import type { Deferrability } from "../constraint-definition";
import type { AddPrimaryKeyOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { dropConstraintFor } from "./drop-constraint";

/** Options of {@link Operations.addPrimaryKey}. */
export interface AddPrimaryKeyOptions extends SchemaOptions, Deferrability {
  readonly include?: readonly string[] | undefined;
}

/** The option keys of every constraint that can be deferred. */
export const deferrabilityKeys = {
  deferrable: true,
  initiallyDeferred: true,
} as const satisfies OptionKeys<Deferrability>;

/** `op.addPrimaryKey(name, table, columns, options?)`: `ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY`. */
export const addPrimaryKeyKind = {
  positional: ["name", "table", "columns"],
  named: 2,
  options: {
    schema: true,
    include: true,
    ...deferrabilityKeys,
  } satisfies OptionKeys<AddPrimaryKeyOptions>,
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    check.names(op.columns, "columns", true);
    check.names(op.include, "include", false);
    check.deferrability(op, "the constraint");
  },
  reverse: dropConstraintFor,
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) => `added primary key ${object} (${op.columns.join(", ")})`,
} satisfies OperationKindSpec<AddPrimaryKeyOperation>;
