import type { LintRule, RuleFinding } from "../lint-rule";

/** `ALTER TYPE ... ADD VALUE` and a use of the value before the transaction commits. */
export const enumValueUsedInSameTransaction: LintRule = {
  id: "enum-value-used-in-same-transaction",
  defaultSeverity: "error",
  summary: "A value added to an enum cannot be used until the transaction that added it commits.",
  check: (context) => {
    if (!context.migration.transactional) return [];
    const added = new Map<string, string>();
    const findings: RuleFinding[] = [];
    context.migration.statements.forEach((statement, index) => {
      const op = statement.op;
      if (op.kind === "addEnumValue") {
        added.set(op.value, op.name);
        return;
      }
      for (const value of statement.strings) {
        const type = added.get(value);
        if (type === undefined) continue;
        findings.push({
          statementIndex: index,
          message: `uses value '${value}' that this migration added to enum ${type}: PostgreSQL refuses a new enum value until the transaction that added it commits ("unsafe use of new value"), so the migration fails.`,
          fix: "add the value in a migration of its own (or one with `transactional: false`) and use it in a later one.",
        });
        break;
      }
    });
    return findings;
  },
};
