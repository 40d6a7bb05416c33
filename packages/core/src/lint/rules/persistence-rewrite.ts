import type { LintRule } from "../lint-rule";
import { onExistingTables } from "./existing-table-statements";

/** `ALTER TABLE ... SET LOGGED | UNLOGGED`, which copies the whole table. */
export const persistenceRewrite: LintRule = {
  id: "persistence-rewrite",
  defaultSeverity: "warn",
  summary:
    "SET LOGGED and SET UNLOGGED rewrite the table (SET LOGGED also writes it all to the WAL) under an ACCESS EXCLUSIVE lock.",
  check: (context) =>
    onExistingTables(context, ["alterTable"]).flatMap(({ index, op, table }) =>
      op.unlogged === undefined
        ? []
        : [
            {
              statementIndex: index,
              table,
              message: `sets ${table} ${op.unlogged ? "UNLOGGED" : "LOGGED"}, which rewrites the table and its indexes under an ACCESS EXCLUSIVE lock, blocking reads and writes${op.unlogged ? "" : ", and writes all of it to the WAL (replicas receive it too)"}.`,
              fix: "run it in a maintenance window, or copy into a new table of the wanted persistence and switch over.",
            },
          ],
    ),
};
