import type { LintRule } from "../lint-rule";

/** `op.execute` SQL that PostgreSQL's parser refuses: no rule can read it. */
export const unparsableSql: LintRule = {
  id: "unparsable-sql",
  defaultSeverity: "error",
  summary:
    "op.execute SQL that PostgreSQL's parser cannot read (it would fail when run, and lint cannot check it).",
  check: (context) =>
    context.migration.statements.flatMap((statement, index) =>
      statement.parseError === undefined
        ? []
        : [
            {
              statementIndex: index,
              message: `does not parse (${statement.parseError}): PostgreSQL would refuse it, and no lint rule could check it.`,
              fix: "fix the SQL; for PL/pgSQL bodies, keep them inside a dollar-quoted string of CREATE FUNCTION or DO.",
            },
          ],
    ),
};
