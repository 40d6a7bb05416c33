import type { AddConstraintOperation, DropConstraintOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.dropConstraint}. */
export interface DropConstraintOptions extends SchemaOptions {
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly definition?: AddConstraintOperation | undefined;
}

/** The reverse of every add-constraint kind: a drop that carries the constraint back. */
export function dropConstraintFor(op: AddConstraintOperation): DropConstraintOperation {
  return {
    kind: "dropConstraint",
    schema: op.schema,
    table: op.table,
    name: op.name,
    definition: op,
  };
}

/** `op.dropConstraint(name, table, options?)`: `ALTER TABLE ... DROP CONSTRAINT`. */
export const dropConstraintKind = {
  positional: ["name", "table"],
  named: 2,
  options: {
    schema: true,
    cascade: true,
    ifExists: true,
    definition: true,
  } satisfies OptionKeys<DropConstraintOptions>,
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    if (op.definition !== undefined) check.operation(op.definition);
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("constraint definition", "definition");
    return op.definition;
  },
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (_op, object) => `dropped constraint ${object}`,
} satisfies OperationKindSpec<DropConstraintOperation>;
