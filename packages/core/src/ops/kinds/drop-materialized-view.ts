import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type { DropMaterializedViewOperation, MaterializedViewDefinition } from "../view-operations";
import { checkMaterializedViewDefinition } from "./create-materialized-view";

/** Options of {@link Operations.dropMaterializedView}. */
export interface DropMaterializedViewOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The view as it was, so the drop can be reversed. */
  readonly definition?: MaterializedViewDefinition | undefined;
}

/**
 * `op.dropMaterializedView(name, options?)`: `DROP MATERIALIZED VIEW`. Its rows are computed
 * from its query, so creating it again gives them back: nothing is lost.
 */
export const dropMaterializedViewKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifExists: true,
    cascade: true,
    definition: true,
  } satisfies OptionKeys<DropMaterializedViewOptions>,
  validate: (op, check) => {
    check.name(op.name, "materialized view name");
    check.optionalName(op.schema, "schema");
    if (op.definition !== undefined) {
      checkMaterializedViewDefinition(check, op.definition, "definition.");
    }
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) {
      return undo.missing("materialized view definition", "definition");
    }
    return {
      kind: "createMaterializedView",
      schema: op.schema,
      name: op.name,
      ...op.definition,
      ifNotExists: op.ifExists,
    };
  },
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `dropped materialized view ${object}`,
} satisfies OperationKindSpec<DropMaterializedViewOperation>;
