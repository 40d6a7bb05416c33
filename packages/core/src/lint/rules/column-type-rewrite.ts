import type { LintRule } from "../lint-rule";
import { formatType, typeChangeEffect } from "../sql-facts";
import { onExistingTables } from "./existing-table-statements";

/** `ALTER COLUMN ... TYPE` that rewrites the table (and its indexes). */
export const columnTypeRewrite: LintRule = {
  id: "column-type-rewrite",
  defaultSeverity: "error",
  summary:
    "Changing a column's type rewrites the table under an ACCESS EXCLUSIVE lock (int to bigint does; varchar to text or a longer varchar does not).",
  check: (context) =>
    onExistingTables(context, ["alterColumn"]).flatMap(({ index, op, statement, table }) => {
      const change = statement.typeChange;
      if (change === undefined) return [];
      const effect = typeChangeEffect(change.from, change.to);
      if (effect !== "rewrite" && effect !== "unknown") return [];
      const what =
        effect === "rewrite"
          ? `changes ${table}.${op.column} from ${formatType(change.from)} to ${formatType(change.to)}, which rewrites the table and its indexes`
          : `changes ${table}.${op.column} to ${formatType(change.to)} from a type retort cannot see (give \`existingType\`), which may rewrite the table and its indexes`;
      return [
        {
          statementIndex: index,
          table,
          message: `${what} under an ACCESS EXCLUSIVE lock, blocking reads and writes.`,
          fix: "add a new column of the new type, write both from the application, backfill in batches, then switch reads and drop the old column.",
        },
      ];
    }),
};
