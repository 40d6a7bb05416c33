import type { Operation } from "../ops/operation";

/** How much a finding matters: `error` fails `retort lint` (exit 1), `warn` is printed only. */
export type LintSeverity = "warn" | "error";

/** A rule's setting in the config: `off` silences it. */
export type LintRuleSetting = LintSeverity | "off";

/** A column type reduced to what the type rules compare: `varchar(80)` is `varchar` `[80]`. */
export interface CanonicalType {
  /** PostgreSQL's internal name (`int4`, `varchar`, `timestamptz`), or a user type's name. */
  readonly name: string;
  /** Type modifiers: `[80]` for `varchar(80)`, `[10, 2]` for `numeric(10,2)`. */
  readonly mods: readonly number[];
  readonly isArray: boolean;
}

/**
 * One statement a migration runs, as the rules read it: a recorded operation, or the
 * operation a parsed `op.execute` statement amounts to (an `execute` when it maps to none),
 * with the facts that need a parser worked out once.
 */
export interface LintStatement {
  readonly op: Operation;
  /** 1-based line of the `op.*` call in the migration file, when it could be told. */
  readonly line: number | undefined;
  /** The SQL statement's text, for one parsed out of `op.execute`. */
  readonly sql?: string | undefined;
  /** The added column's default (or a `serial` type) is volatile: the table is rewritten. */
  readonly volatileDefault?: boolean | undefined;
  /**
   * `SET [LOCAL] lock_timeout` in raw SQL. `isSet` is false for what leaves no timeout: `0`,
   * `DEFAULT`, `RESET lock_timeout`.
   */
  readonly lockTimeout?: { readonly isSet: boolean; readonly isLocal: boolean } | undefined;
  /**
   * A raw SQL statement no operation describes that locks a table against reads or writes:
   * `TRUNCATE`, `LOCK TABLE`, `CLUSTER`, `VACUUM FULL`, `CREATE TRIGGER`, a policy's DDL,
   * `REFRESH MATERIALIZED VIEW`, and the `ALTER TABLE` commands that take ACCESS EXCLUSIVE.
   */
  readonly blockingLock?:
    | {
        readonly schema?: string | undefined;
        readonly table: string;
        readonly lock: "an ACCESS EXCLUSIVE" | "a write-blocking";
      }
    | undefined;
  /** The column a `CHECK (column IS NOT NULL)` proves, for a check added here. */
  readonly notNullColumn?: string | undefined;
  /** For a column type change: the types before (when known) and after. */
  readonly typeChange?: { readonly from?: CanonicalType; readonly to: CanonicalType } | undefined;
  /**
   * A raw SQL statement no operation describes that locks what it names unless written the
   * online way: `REINDEX` (without `CONCURRENTLY`), `DETACH PARTITION` (without
   * `CONCURRENTLY`), `ALTER DOMAIN ... ADD CONSTRAINT` (without `NOT VALID`).
   */
  readonly rawDdl?:
    | {
        readonly kind: "reindex" | "detachPartition" | "domainConstraint";
        /** The index, table or domain, as written. */
        readonly target: string;
        readonly isOnline: boolean;
      }
    | undefined;
  /** `BEGIN`, `COMMIT`, `ROLLBACK`, `SAVEPOINT`... in raw SQL. */
  readonly controlsTransaction?: boolean | undefined;
  /**
   * Parsed out of an `op.execute` that holds other statements too: sent as one query, they run
   * in one implicit transaction block, even in a `transactional: false` migration.
   */
  readonly sharesQuery?: boolean | undefined;
  /** The parser's error, for `op.execute` SQL it could not read. */
  readonly parseError?: string | undefined;
  /** String constants the statement uses (to see a just-added enum value being used). */
  readonly strings: readonly string[];
}

/** What a rule sees of one migration. */
export interface LintMigration {
  readonly revision: string;
  /** The file, relative to the project root. */
  readonly file: string;
  readonly transactional: boolean;
  /** The header's `lockTimeout`, which wins over the config's. */
  readonly lockTimeout?: number | undefined;
  readonly statements: readonly LintStatement[];
}

/** What the history before a migration tells the rules. */
export interface LintContext {
  readonly migration: LintMigration;
  /**
   * The table existed before this migration: it was not created by a statement earlier in
   * the same migration. A table no migration creates (a baseline's raw SQL, a table older
   * than retort) counts as existing, so the rules err on the side of the warning.
   */
  isExistingTable(statementIndex: number, schema: string | undefined, table: string): boolean;
  /** The index existed before the statement: it was not created earlier in the same migration. */
  isExistingIndex(statementIndex: number, schema: string | undefined, name: string): boolean;
  /**
   * A validated `CHECK (column IS NOT NULL)` on the column was in place before the statement
   * (added in this or an earlier migration), so `SET NOT NULL` need not scan the table.
   */
  hasValidatedNotNullCheck(
    statementIndex: number,
    schema: string | undefined,
    table: string,
    column: string,
  ): boolean;
  /**
   * The `lockTimeout` the runner sets for this migration (its header's, else the config's);
   * `undefined` when none is, or when it is 0, which PostgreSQL reads as no timeout.
   */
  readonly configLockTimeout: number | undefined;
}

/** What a rule reports; the engine adds the rule id, severity and migration. */
export interface RuleFinding {
  readonly statementIndex: number;
  /** The table the statement touches, if any. */
  readonly table?: string | undefined;
  /** What the statement does and why that is dangerous: which lock, rewrite or scan. */
  readonly message: string;
  /** The safe way to do the same. */
  readonly fix: string;
}

/**
 * One lint rule. Each lives in its own file under `lint/rules/`, named after its id.
 *
 * @example
 * ```ts
 * export const dropTable: LintRule = {
 *   id: "drop-table",
 *   defaultSeverity: "warn",
 *   summary: "Dropping a table the running release may still use.",
 *   check: (context) => [...],
 * };
 * ```
 */
export interface LintRule {
  /** Stable: used in suppressions, the config and `--json`. */
  readonly id: string;
  readonly defaultSeverity: LintSeverity;
  /** One line for the README and `retort lint --help`. */
  readonly summary: string;
  check(context: LintContext): readonly RuleFinding[];
}

/** One problem `retort lint` reports. */
export interface LintFinding {
  readonly rule: string;
  readonly severity: LintSeverity;
  readonly revision: string;
  readonly file: string;
  /** The line of the statement in the file, when it could be told. */
  readonly line: number | undefined;
  /** The operation kind (`createIndex`) or `execute` for raw SQL. */
  readonly operation: string;
  readonly table: string | undefined;
  readonly message: string;
  readonly fix: string;
}
