// The rule ids alone, without the rules (and their parser), so the config schema can check a
// `lint.rules` key without loading the linter. A test holds it equal to the rules' ids.

/** Every lint rule's id. */
export const lintRuleIds = [
  "index-not-concurrent",
  "drop-index-not-concurrent",
  "concurrently-in-transaction",
  "reindex-not-concurrent",
  "detach-partition-not-concurrent",
  "add-column-not-null-no-default",
  "volatile-default-rewrite",
  "foreign-key-not-valid",
  "check-not-valid",
  "domain-constraint-not-valid",
  "set-not-null-unchecked",
  "unique-without-index",
  "column-type-rewrite",
  "narrowing-type",
  "persistence-rewrite",
  "drop-column",
  "rename-column",
  "drop-table",
  "rename-table",
  "enum-value-used-in-same-transaction",
  "missing-lock-timeout",
  "transaction-control",
  "unparsable-sql",
  "bad-suppression",
] as const;

/** A lint rule's id. */
export type LintRuleId = (typeof lintRuleIds)[number];
