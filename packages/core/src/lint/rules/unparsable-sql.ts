import type { LintRule } from "../lint-rule";

/**
 * `op.execute` SQL that PostgreSQL's parser (version 18's grammar) refuses: no rule can read it.
 * A warning, not an error: syntax newer than the parser's may still run on the server.
 */
export const unparsableSql: LintRule = {
  id: "unparsable-sql",
  defaultSeverity: "warn",
  summary:
    "op.execute SQL that PostgreSQL's parser cannot read (it would fail when run, and lint cannot check it).",
  check: (context) =>
    context.migration.statements.flatMap((statement, index) =>
      statement.parseError === undefined
        ? []
        : [
            {
              statementIndex: index,
              message: `does not parse with PostgreSQL 18's grammar (${statement.parseError}): the server will likely refuse it, and no lint rule could check it.`,
              fix: "fix the SQL; for PL/pgSQL bodies, keep them inside a dollar-quoted string of CREATE FUNCTION or DO.",
            },
          ],
    ),
};
