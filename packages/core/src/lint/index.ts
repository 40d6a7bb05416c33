export type { CallSite, MigrationSource } from "./call-sites";
export { type LintOptions, type LintResult, lintMigrations } from "./lint-migrations";
export type {
  CanonicalType,
  LintContext,
  LintFinding,
  LintMigration,
  LintRule,
  LintRuleSetting,
  LintSeverity,
  LintStatement,
  RuleFinding,
} from "./lint-rule";
export { type LintRuleId, lintRuleIds } from "./lint-rule-ids";
export { lintRules } from "./rules/index";
