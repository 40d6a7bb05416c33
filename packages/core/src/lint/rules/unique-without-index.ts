import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `ADD CONSTRAINT ... UNIQUE` / `PRIMARY KEY` that builds its index under the table's lock. */
export const uniqueWithoutIndex: LintRule = {
  id: "unique-without-index",
  defaultSeverity: "error",
  summary:
    "Adding a UNIQUE or PRIMARY KEY constraint to an existing table builds its index under an ACCESS EXCLUSIVE lock.",
  check: (context) => [
    ...onExistingTables(context, ["addUnique", "addPrimaryKey"])
      // `USING INDEX` attaches an index built beforehand (what `revision --safe` writes).
      .filter(({ op }) => op.kind !== "addUnique" || op.usingIndex === undefined)
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `adds ${op.kind === "addUnique" ? "unique constraint" : "primary key"} ${op.name} to existing table ${table} without an index built beforehand: the index is built while an ACCESS EXCLUSIVE lock blocks reads and writes.`,
        fix: `create a unique index concurrently first (\`op.createIndex(..., { unique: true, concurrently: true })\` in a \`transactional: false\` migration), then \`op.execute('ALTER TABLE ... ADD CONSTRAINT ${op.name} ${op.kind === "addUnique" ? "UNIQUE" : "PRIMARY KEY"} USING INDEX ...')\`.`,
      })),
    ...onExistingTables(context, ["addColumn"])
      .filter(({ op }) => op.column.unique === true || op.column.primaryKey === true)
      .map(({ index, op, table }) => ({
        statementIndex: index,
        table,
        message: `adds column ${op.column.name} with an inline ${op.column.primaryKey ? "primary key" : "UNIQUE"} to existing table ${table}: its index is built under an ACCESS EXCLUSIVE lock, blocking reads and writes.`,
        fix: "add the column plain, create the unique index concurrently, then attach it with `ADD CONSTRAINT ... USING INDEX`.",
      })),
  ],
};
