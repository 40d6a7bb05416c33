import { isRetortError } from "../errors/retort-error";
import { wrapError } from "../errors/wrap-error";
import type { MigrationStep } from "../graph/index";
import type { MigrationScript } from "../script/script-directory";
import { inlineParams, renderOffline, renderOperation } from "../sql/index";
import { getsLockTimeout, lockSettingsFor, setLockTimeoutSql } from "./lock-retry";
import type { RecordedStep, StepEmitter } from "./step-emitter";
import type { VersionTable } from "./version-table";

/**
 * The session settings every retort session (and the top of every `--sql` script) fixes, as
 * pg_dump does: a role or database may set them otherwise. `standard_conforming_strings` off
 * would read a backslash in a migration's literal as an escape. The others set only how values
 * print as text (never how input is read; DateStyle keeps the server's day/month order): a
 * column changed to `text` keeps every digit of a float and writes dates and intervals the same
 * way, whichever server or role runs the migration.
 */
export const SESSION_SETTINGS: readonly (readonly [name: string, value: string])[] = [
  ["standard_conforming_strings", "on"],
  ["DateStyle", "ISO"],
  ["IntervalStyle", "postgres"],
  ["extra_float_digits", "3"],
];

/** The first statements of every `--sql` script: {@link SESSION_SETTINGS}. */
export const SESSION_STATEMENTS: readonly string[] = SESSION_SETTINGS.map(
  ([name, value]) => `SET ${name} = ${value}`,
);

/** Construction input of {@link SqlEmitter}. */
export interface SqlEmitterConfig {
  readonly versionTable: VersionTable;
  /** Emit `CREATE TABLE IF NOT EXISTS` for the version tables first (when starting at base). */
  readonly createVersionTable: boolean;
  /** `BEGIN`/`COMMIT` around each migration, or (`false`) around the whole script. */
  readonly transactionPerMigration: boolean;
  /** The config's `lock_timeout` in milliseconds; a migration's own overrides it. */
  readonly lockTimeout?: number | undefined;
  /**
   * Receives the script as it is rendered, a whole migration (with its `COMMIT`) at a time,
   * instead of {@link SqlEmitter.text} holding all of it. A failure stops the output after the
   * last whole migration, so a partial script never ends inside one.
   */
  readonly write?: ((text: string) => void) | undefined;
}

/**
 * The emitter that prints steps as one SQL script (`--sql`), touching no database. Each step
 * is preceded by the comment Alembic prints (`-- Running upgrade <from> -> <to>`), so the
 * two can be compared line by line.
 */
export class SqlEmitter implements StepEmitter {
  /** The pieces rendered and not written yet, each after a newline but the script's first. */
  private out = "";
  private hasWritten = false;
  private isInTransaction = false;

  constructor(private readonly config: SqlEmitterConfig) {}

  /** The script so far (what has not been handed to `write`). */
  get text(): string {
    return this.hasWritten ? this.out.slice(1) : this.out;
  }

  /** Hands what is rendered to `write`. */
  private flush(): void {
    const { write } = this.config;
    if (write === undefined || this.out === "") return;
    write(this.out);
    this.hasWritten = true;
    this.out = "";
  }

  /**
   * Appends a piece of the script, pieces joined by newlines: one string grown in place, not an
   * array joined at every migration (an offline script of 10,000 migrations makes 60,000).
   */
  private push(piece: string): void {
    this.out += this.out === "" && !this.hasWritten ? piece : `\n${piece}`;
  }

  async start(): Promise<void> {
    // As pg_dump does: the script is read by whatever psql session runs it, so it says how
    // its string literals (and those of raw SQL in migrations) are to be read and its values
    // printed. One block, as pg_dump's header.
    this.push(`${SESSION_STATEMENTS.map((statement) => `${statement};`).join("\n")}\n`);
    // Whole-script transactions open before the first transactional migration, or here, so that
    // the version tables are created in the first one.
    if (!this.config.transactionPerMigration && this.config.createVersionTable) this.begin();
    if (this.config.createVersionTable) {
      for (const sql of this.config.versionTable.createStatements()) this.statement(sql);
    }
    this.flush();
  }

  /** Every step on its own: the whole-script transaction, if any, is opened by `start`. */
  groups(steps: readonly MigrationStep<MigrationScript>[]): MigrationStep<MigrationScript>[][] {
    return steps.map((step) => [step]);
  }

  async transaction(
    group: readonly MigrationStep<MigrationScript>[],
    body: () => Promise<void>,
  ): Promise<void> {
    const transactional = group.every((step) => step.node.transactional);
    if (this.config.transactionPerMigration) {
      if (transactional) this.begin();
      await body();
      this.commit();
    } else {
      // One transaction over consecutive transactional migrations, as online: a migration that
      // is not transactional (CREATE INDEX CONCURRENTLY) runs between two of them.
      if (transactional) this.begin();
      else this.commit();
      await body();
    }
    this.flush();
  }

  /** `BEGIN`, unless a transaction is open. */
  private begin(): void {
    if (this.isInTransaction) return;
    this.statement("BEGIN");
    this.isInTransaction = true;
  }

  /** `COMMIT`, if a transaction is open. */
  private commit(): void {
    if (!this.isInTransaction) return;
    this.statement("COMMIT");
    this.isInTransaction = false;
  }

  async step({ step, summary, operations, checksum }: RecordedStep): Promise<void> {
    const { versionTable } = this.config;
    const script = step.node;
    if (!script.transactional) {
      this.push(`-- ${script.revision} is not transactional: it runs outside a transaction\n`);
    }
    const verb = step.direction === "up" ? "upgrade" : "downgrade";
    this.push(
      `-- Running ${verb} ${step.fromRevisions.join(", ")} -> ${step.toRevisions.join(", ")}\n`,
    );
    this.push("\n");
    const { lockTimeout } = lockSettingsFor(script, { lockTimeout: this.config.lockTimeout });
    if (script.transactional && lockTimeout !== undefined) {
      this.statement(setLockTimeoutSql(lockTimeout, "local"));
    }
    // Outside a transaction, as online: set around the statements that take a table lock, and
    // back to the session's value (RESET) for those PostgreSQL refuses in a transaction.
    let sessionTimeoutSet = false;
    for (const operation of operations) {
      if (!script.transactional && lockTimeout !== undefined && operation.kind !== "run") {
        const locks = renderOperation(operation).every((statement) =>
          getsLockTimeout(operation, statement),
        );
        if (locks !== sessionTimeoutSet) {
          this.statement(locks ? setLockTimeoutSql(lockTimeout, "session") : "RESET lock_timeout");
          sessionTimeoutSet = locks;
        }
      }
      let statements: string[];
      try {
        statements = renderOffline(operation);
      } catch (error) {
        if (!isRetortError(error)) throw error;
        throw wrapError(error, {
          at: `${summary.file} (${script.revision}, ${step.direction})`,
          details: { file: summary.file, revision: script.revision },
        });
      }
      for (const sql of statements) this.statement(sql);
    }
    if (sessionTimeoutSet) this.statement("RESET lock_timeout");
    for (const statement of versionTable.changeStatements(step.versionChange)) {
      this.statement(inlineParams(statement.sql, statement.params));
    }
    this.statement(
      versionTable.historyStatementOffline({
        revision: script.revision,
        direction: step.direction,
        checksum,
      }),
    );
  }

  async finish(): Promise<void> {
    this.commit();
    this.flush();
  }

  private statement(sql: string): void {
    this.push(`${sql};\n`);
  }
}
