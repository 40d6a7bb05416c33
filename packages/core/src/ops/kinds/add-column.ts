import { type ColumnInput, columnFromInput, columnToInput } from "../column-input";
import { columnTypeText } from "../object-text";
import type { AddColumnOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { withOptions } from "../with-options";

/** Options of {@link Operations.addColumn}. */
export interface AddColumnOptions extends SchemaOptions {
  readonly ifNotExists?: boolean | undefined;
}

/** `op.addColumn(table, column, input, options?)`: `ALTER TABLE ... ADD COLUMN`. */
export const addColumnKind = {
  positional: ["table", "column"],
  named: 2,
  // After the column's name and its input.
  optionsAt: 3,
  options: { schema: true, ifNotExists: true } satisfies OptionKeys<AddColumnOptions>,
  record: ([table, column, input, options], where) => ({
    kind: "addColumn",
    schema: options?.schema,
    table,
    column: columnFromInput(where, column, input),
    ifNotExists: options?.ifNotExists,
  }),
  callArguments: (op) => {
    const { kind: _kind, table, column, ...options } = op;
    return withOptions([table, column.name, columnToInput(column) satisfies ColumnInput], options);
  },
  validate: (op, check) => {
    check.tableTarget(op);
    check.column(op.column, "column");
  },
  reverse: (op) => ({
    kind: "dropColumn",
    schema: op.schema,
    table: op.table,
    column: op.column.name,
    ifExists: op.ifNotExists,
    definition: op.column,
  }),
  target: (op) => ({ schema: op.schema, table: op.table, column: op.column.name }),
  change: (op, object) => `added column ${object} (${columnTypeText(op.column.type)})`,
} satisfies OperationKindSpec<AddColumnOperation, Parameters<Operations["addColumn"]>>;
