import type { LintRule } from "../lint-rule";
import { formatType, typeChangeEffect } from "../sql-facts";
import { onExistingTables } from "./existing-table-statements";

/** `ALTER COLUMN ... TYPE` to a type that holds less. */
export const narrowingType: LintRule = {
  id: "narrowing-type",
  defaultSeverity: "error",
  summary:
    "Narrowing a column's type (bigint to int, a shorter varchar) fails on existing values and breaks the running release's writes.",
  check: (context) =>
    onExistingTables(context, ["alterColumn"]).flatMap(({ index, op, statement, table }) => {
      const change = statement.typeChange;
      if (change === undefined || typeChangeEffect(change.from, change.to) !== "narrowing")
        return [];
      return [
        {
          statementIndex: index,
          table,
          message: `narrows ${table}.${op.column} from ${formatType(change.from)} to ${formatType(change.to)}: values that no longer fit make the migration fail after a full scan under an ACCESS EXCLUSIVE lock, and the running release may still write them.`,
          fix: "first make the application write only values that fit, add a NOT VALID check that enforces it and validate it, then change the type.",
        },
      ];
    }),
};
