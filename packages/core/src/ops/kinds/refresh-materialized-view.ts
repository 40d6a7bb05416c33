import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type { RefreshMaterializedViewOperation } from "../view-operations";

/** Options of {@link Operations.refreshMaterializedView}. */
export interface RefreshMaterializedViewOptions extends SchemaOptions {
  readonly concurrently?: boolean | undefined;
  readonly withData?: boolean | undefined;
}

/** `op.refreshMaterializedView(name, options?)`: `REFRESH MATERIALIZED VIEW`; nothing to undo. */
export const refreshMaterializedViewKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    concurrently: true,
    withData: true,
  } satisfies OptionKeys<RefreshMaterializedViewOptions>,
  validate: (op, check) => {
    check.name(op.name, "materialized view name");
    check.optionalName(op.schema, "schema");
    if (op.concurrently === true && op.withData === false) {
      check.fail("CONCURRENTLY cannot be used with withData: false.");
    }
  },
  reverse: () => undefined,
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `refreshed materialized view ${object}`,
} satisfies OperationKindSpec<RefreshMaterializedViewOperation>;
