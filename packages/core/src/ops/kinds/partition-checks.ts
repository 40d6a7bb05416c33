import type { OperationChecker } from "../validate-operation";

/**
 * A partition bound is SQL text spliced after the partition's name, so it must be one of the
 * shapes PostgreSQL accepts there: nothing else may follow it.
 */
export function checkPartitionBound(check: OperationChecker, bound: unknown, what: string): void {
  check.text(bound, what);
  if (!/^\s*(?:FOR\s+VALUES\s+(?:FROM|IN|WITH)\s*\(|DEFAULT\s*$)/i.test(bound as string)) {
    check.fail(
      `${what} must be "DEFAULT" or start with FOR VALUES FROM, IN or WITH, not ${JSON.stringify(bound)}.`,
      `pass "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", "FOR VALUES IN ('eu')", "FOR VALUES WITH (modulus 4, remainder 0)" or "DEFAULT"`,
    );
  }
}
