import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type { DropViewOperation, ViewDefinition } from "../view-operations";
import { checkViewDefinition } from "./create-view";

/** Options of {@link Operations.dropView}. */
export interface DropViewOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The view as it was, so the drop can be reversed. */
  readonly definition?: ViewDefinition | undefined;
}

/** `op.dropView(name, options?)`: `DROP VIEW`. A view holds no rows: nothing is lost. */
export const dropViewKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifExists: true,
    cascade: true,
    definition: true,
  } satisfies OptionKeys<DropViewOptions>,
  validate: (op, check) => {
    check.name(op.name, "view name");
    check.optionalName(op.schema, "schema");
    if (op.definition !== undefined) checkViewDefinition(check, op.definition, "definition.");
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("view definition", "definition");
    return { kind: "createView", schema: op.schema, name: op.name, ...op.definition };
  },
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `dropped view ${object}`,
} satisfies OperationKindSpec<DropViewOperation>;
