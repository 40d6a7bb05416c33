/**
 * One SQL statement, ready for the runner: `sql` has no trailing semicolon, and `params`
 * (when present) bind `$1..$n`.
 */
export interface SqlStatement {
  readonly sql: string;
  readonly params?: readonly unknown[] | undefined;
  /**
   * `false` when PostgreSQL refuses to run the statement inside a transaction block
   * (`CREATE INDEX CONCURRENTLY`, `DROP INDEX CONCURRENTLY`, an `execute` marked so).
   */
  readonly transactional: boolean;
}
