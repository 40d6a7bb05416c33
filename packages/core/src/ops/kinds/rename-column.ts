import type { RenameColumnOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.renameColumn(table, column, newName, options?)`: `ALTER TABLE ... RENAME COLUMN`. */
export const renameColumnKind = {
  positional: ["table", "column", "newName"],
  named: 2,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.column, "column");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, column: op.newName, newName: op.column }),
  target: (op) => ({ schema: op.schema, table: op.table, column: op.column }),
  change: (op, object) => `renamed column ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameColumnOperation>;
