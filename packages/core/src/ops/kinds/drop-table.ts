import { quotedObjectText } from "../object-text";
import type { CreateTableOperation, DropTableOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";

/** Options of {@link Operations.dropTable}. */
export interface DropTableOptions extends SchemaOptions {
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  /** The table as it was, so the drop can be reversed. */
  readonly definition?: CreateTableOperation | undefined;
}

/** `op.dropTable(table, options?)`: `DROP TABLE`. */
export const dropTableKind = {
  positional: ["table"],
  named: 1,
  options: {
    schema: true,
    cascade: true,
    ifExists: true,
    definition: true,
  } satisfies OptionKeys<DropTableOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    if (op.definition !== undefined) check.operation(op.definition);
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("table definition", "definition");
    return { ...op.definition, ifNotExists: op.ifExists };
  },
  target: (op) => ({ schema: op.schema, table: op.table }),
  change: (_op, object) => `dropped table ${object}`,
  destructive: {
    reason: (op) => `drops table ${quotedObjectText(op.schema, op.table)}; its data will be lost.`,
    loss: "data will be lost",
  },
} satisfies OperationKindSpec<DropTableOperation>;
