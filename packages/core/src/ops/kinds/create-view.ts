import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type { OperationChecker } from "../validate-operation";
import type { CreateViewOperation, ViewDefinition } from "../view-operations";

/** Options of {@link Operations.createView}. */
export interface CreateViewOptions extends SchemaOptions, Omit<ViewDefinition, "query"> {
  readonly orReplace?: boolean | undefined;
  readonly replaces?: ViewDefinition | undefined;
}

/** Checks a view's definition (`where` prefixes the field names). */
export function checkViewDefinition(
  check: OperationChecker,
  definition: ViewDefinition,
  where: string,
): void {
  check.text(definition.query, `${where}query`);
  if (
    definition.checkOption !== undefined &&
    !["local", "cascaded"].includes(definition.checkOption)
  ) {
    check.fail(`${where}checkOption must be "local" or "cascaded".`);
  }
  if (definition.comment !== undefined) check.comment(definition.comment);
}

/** The definition part of a view node, without its kind and name. */
export function viewDefinitionOf(op: ViewDefinition): ViewDefinition {
  return {
    query: op.query,
    securityBarrier: op.securityBarrier,
    securityInvoker: op.securityInvoker,
    checkOption: op.checkOption,
    comment: op.comment,
  };
}

/** `op.createView(name, query, options?)`: `CREATE [OR REPLACE] VIEW`. */
export const createViewKind = {
  positional: ["name", "query"],
  named: 1,
  options: {
    schema: true,
    orReplace: true,
    replaces: true,
    securityBarrier: true,
    securityInvoker: true,
    checkOption: true,
    comment: true,
  } satisfies OptionKeys<CreateViewOptions>,
  validate: (op, check) => {
    check.name(op.name, "view name");
    check.optionalName(op.schema, "schema");
    checkViewDefinition(check, op, "");
    if (op.replaces !== undefined) checkViewDefinition(check, op.replaces, "replaces.");
  },
  reverse: (op) =>
    op.replaces !== undefined
      ? {
          kind: "createView",
          schema: op.schema,
          name: op.name,
          ...op.replaces,
          orReplace: true,
          replaces: viewDefinitionOf(op),
        }
      : { kind: "dropView", schema: op.schema, name: op.name, definition: viewDefinitionOf(op) },
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (op, object) =>
    op.replaces !== undefined || op.orReplace === true
      ? `replaced view ${object}`
      : `added view ${object}`,
} satisfies OperationKindSpec<CreateViewOperation>;
