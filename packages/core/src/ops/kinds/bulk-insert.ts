import type { BulkInsertOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.bulkInsert(table, rows, options?)`: `INSERT` of literal rows. */
export const bulkInsertKind = {
  positional: ["table", "rows"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    if (!Array.isArray(op.rows)) check.fail("rows must be an array of objects.");
    op.rows.forEach((row, index) => {
      if (typeof row !== "object" || row === null || Array.isArray(row)) {
        check.fail(`rows[${index}] must be an object of column name to value.`);
      }
      for (const key of Object.keys(row)) check.name(key, `rows[${index}] column`);
    });
  },
  reverse: (_op, undo) =>
    undo.irreversible(
      "inserted rows have no known reverse.",
      "delete the rows in down() with op.execute",
    ),
  target: (op) => ({ schema: op.schema, table: op.table }),
  change: (op, object) => `inserts ${op.rows.length} row(s) into ${object}`,
} satisfies OperationKindSpec<BulkInsertOperation>;
