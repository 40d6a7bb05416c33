import type { RenameTableOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.renameTable(table, newName, options?)`: `ALTER TABLE ... RENAME TO`. */
export const renameTableKind = {
  positional: ["table", "newName"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({
    kind: "renameTable",
    schema: op.schema,
    table: op.newName,
    newName: op.table,
  }),
  target: (op) => ({ schema: op.schema, table: op.table }),
  change: (op, object) => `renamed table ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameTableOperation>;
