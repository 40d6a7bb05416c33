import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type { RenameViewOperation } from "../view-operations";

/** Options of {@link Operations.renameView}. */
export interface RenameViewOptions extends SchemaOptions {
  /** `ALTER MATERIALIZED VIEW`. Default is `false`. */
  readonly materialized?: boolean | undefined;
}

/** `op.renameView(name, newName, options?)`: `ALTER [MATERIALIZED] VIEW ... RENAME TO`. */
export const renameViewKind = {
  positional: ["name", "newName"],
  named: 1,
  options: { schema: true, materialized: true } satisfies OptionKeys<RenameViewOptions>,
  validate: (op, check) => {
    check.name(op.name, "view name");
    check.optionalName(op.schema, "schema");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) =>
    `renamed ${op.materialized === true ? "materialized view" : "view"} ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameViewOperation>;
