import type { CreateIndexOperation, DropIndexOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.dropIndex}. */
export interface DropIndexOptions extends SchemaOptions {
  readonly concurrently?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: CreateIndexOperation | undefined;
}

/** `op.dropIndex(name, options?)`: `DROP INDEX`; `schema` is the index's (its table's). */
export const dropIndexKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    concurrently: true,
    ifExists: true,
    cascade: true,
    definition: true,
  } satisfies OptionKeys<DropIndexOptions>,
  validate: (op, check) => {
    check.name(op.name, "index name");
    check.optionalName(op.schema, "schema");
    if (op.concurrently === true && op.cascade === true) {
      check.fail(
        "PostgreSQL cannot drop an index concurrently with CASCADE.",
        "drop one of the two",
      );
    }
    if (op.definition !== undefined) check.operation(op.definition);
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("index definition", "definition");
    return { ...op.definition, concurrently: op.concurrently, ifNotExists: op.ifExists };
  },
  target: (op) => ({ schema: op.schema, name: op.name }),
  change: (_op, object) => `dropped index ${object}`,
} satisfies OperationKindSpec<DropIndexOperation>;
