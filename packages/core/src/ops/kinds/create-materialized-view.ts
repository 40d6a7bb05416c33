import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type { OperationChecker } from "../validate-operation";
import type {
  CreateMaterializedViewOperation,
  MaterializedViewDefinition,
} from "../view-operations";

/** Options of {@link Operations.createMaterializedView}. */
export interface CreateMaterializedViewOptions
  extends SchemaOptions,
    Omit<MaterializedViewDefinition, "query"> {
  readonly ifNotExists?: boolean | undefined;
}

/** Checks a materialized view's definition (`where` prefixes the field names). */
export function checkMaterializedViewDefinition(
  check: OperationChecker,
  definition: MaterializedViewDefinition,
  where: string,
): void {
  check.text(definition.query, `${where}query`);
  if (definition.withData !== undefined && typeof definition.withData !== "boolean") {
    check.fail(`${where}withData must be a boolean.`);
  }
  if (definition.comment !== undefined) check.comment(definition.comment);
}

/** `op.createMaterializedView(name, query, options?)`: `CREATE MATERIALIZED VIEW`. */
export const createMaterializedViewKind = {
  positional: ["name", "query"],
  named: 1,
  options: {
    schema: true,
    ifNotExists: true,
    withData: true,
    comment: true,
  } satisfies OptionKeys<CreateMaterializedViewOptions>,
  validate: (op, check) => {
    check.name(op.name, "materialized view name");
    check.optionalName(op.schema, "schema");
    checkMaterializedViewDefinition(check, op, "");
  },
  reverse: (op) => ({
    kind: "dropMaterializedView",
    schema: op.schema,
    name: op.name,
    ifExists: op.ifNotExists,
    definition: { query: op.query, withData: op.withData, comment: op.comment },
  }),
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `added materialized view ${object}`,
} satisfies OperationKindSpec<CreateMaterializedViewOperation>;
