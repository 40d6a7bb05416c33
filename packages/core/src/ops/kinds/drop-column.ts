import { type ColumnInput, columnFromInput, columnToInput } from "../column-input";
import { quotedObjectText } from "../object-text";
import type { DropColumnOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { withOptions } from "../with-options";

/** Options of {@link Operations.dropColumn}. */
export interface DropColumnOptions extends SchemaOptions {
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  /** The column as it was, so the drop can be reversed. */
  readonly definition?: ColumnInput | undefined;
}

/** `op.dropColumn(table, column, options?)`: `ALTER TABLE ... DROP COLUMN`. */
export const dropColumnKind = {
  positional: ["table", "column"],
  named: 2,
  options: {
    schema: true,
    cascade: true,
    ifExists: true,
    definition: true,
  } satisfies OptionKeys<DropColumnOptions>,
  record: ([table, column, options], where) => ({
    kind: "dropColumn",
    schema: options?.schema,
    table,
    column,
    cascade: options?.cascade,
    ifExists: options?.ifExists,
    definition:
      options?.definition === undefined
        ? undefined
        : columnFromInput(where, column, options.definition),
  }),
  callArguments: (op) => {
    const { kind: _kind, table, column, ...options } = op;
    return withOptions([table, column], {
      ...options,
      definition: op.definition === undefined ? undefined : columnToInput(op.definition),
    });
  },
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.column, "column");
    if (op.definition !== undefined) check.column(op.definition, "definition");
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("column definition", "definition");
    return {
      kind: "addColumn",
      schema: op.schema,
      table: op.table,
      column: { ...op.definition, name: op.column },
      ifNotExists: op.ifExists,
    };
  },
  target: (op) => ({ schema: op.schema, table: op.table, column: op.column }),
  change: (_op, object) => `dropped column ${object}`,
  destructive: {
    // A generated column is computed from the others: nothing is lost with it.
    reason: (op) =>
      op.definition?.generated !== undefined
        ? undefined
        : `drops column ${quotedObjectText(op.schema, op.table, op.column)}; its data will be lost.`,
    loss: "data will be lost",
  },
} satisfies OperationKindSpec<DropColumnOperation, Parameters<Operations["dropColumn"]>>;
