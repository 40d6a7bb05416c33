import type { LintRule } from "../lint-rule";
import { blockingRawDdl } from "./raw-ddl-statements";

/** `ALTER DOMAIN ... ADD CONSTRAINT` without `NOT VALID` in raw SQL. */
export const domainConstraintNotValid: LintRule = {
  id: "domain-constraint-not-valid",
  defaultSeverity: "error",
  summary: "Adding a constraint to a domain without NOT VALID scans every column of that domain.",
  check: (context) =>
    blockingRawDdl(context, "domainConstraint").map(({ index, target }) => ({
      statementIndex: index,
      message: `adds a constraint to domain ${target} without NOT VALID: every table with a column of the domain is scanned while it is locked against writes.`,
      fix: "add the constraint NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT in a later migration.",
    })),
};
