import type { Kysely } from "kysely";
import type { ResolvedConfig } from "../config/config";
import type { Driver, ReleaseLock, ServerVersion } from "../driver/driver";
import { isRetortError, RetortError } from "../errors/retort-error";
import type { MigrationStep } from "../graph/index";
import type { Operation } from "../ops/index";
import type { MigrationScript, ScriptDirectory } from "../script/script-directory";
import { inlineParams, quoteQualified, renderOperation } from "../sql/index";
import { executeRaw, loadKysely } from "./execute-raw";
import { recordOperations } from "./record-operations";
import { DatabaseAtUnknownRevisionError, type HistoryEntry, VersionTable } from "./version-table";

/** Something that happened while migrating, for progress output. */
export type MigratorEvent =
  | { readonly kind: "lock-wait" }
  | { readonly kind: "lock-acquired"; readonly waitedMs: number }
  | { readonly kind: "step-start"; readonly step: StepSummary }
  | { readonly kind: "step-end"; readonly step: StepSummary; readonly durationMs: number }
  | { readonly kind: "stamp"; readonly heads: readonly string[] }
  | { readonly kind: "squash-recognized"; readonly heads: readonly string[] };

/** One migration step as reported to the caller. */
export interface StepSummary {
  readonly direction: "up" | "down";
  readonly revision: string;
  readonly fromRevisions: readonly string[];
  readonly toRevisions: readonly string[];
  readonly message: string;
  /** The migration file, relative to the project root. */
  readonly file: string;
}

/** Per-call input of {@link Migrator.upgrade} and {@link Migrator.downgrade}. */
export interface MigrateOptions {
  /** Receives progress events. */
  readonly onEvent?: ((event: MigratorEvent) => void) | undefined;
}

/** What {@link Migrator.upgrade} and {@link Migrator.downgrade} did. */
export interface MigrateResult {
  /** The database's heads before. */
  readonly from: readonly string[];
  /** The database's heads after. */
  readonly to: readonly string[];
  /** The steps run, in order, with their durations. */
  readonly steps: readonly (StepSummary & { readonly durationMs: number })[];
}

/** Construction input of {@link Migrator}. */
export interface MigratorConfig {
  readonly config: ResolvedConfig;
  readonly scripts: ScriptDirectory;
  /** The driver to connect with. */
  readonly driver: Driver;
  /**
   * An existing Kysely instance to run on instead of one built from `driver`; retort pins one
   * connection of it for the duration of each command and does not destroy it.
   */
  readonly db?: Kysely<any> | undefined;
}

/** An applied migration whose file changed since it ran. */
export class ChecksumMismatchError extends RetortError {
  constructor(revision: string, file: string) {
    super(
      "CHECKSUM_MISMATCH",
      `Migration ${revision} (${file}) has changed since it was applied to this database.`,
      {
        hint: `restore the file as it was, or accept the new text with \`retort stamp --accept-checksum ${revision}\`.`,
        details: { revision, file },
      },
    );
    this.name = "ChecksumMismatchError";
  }
}

/** A migration failed; nothing of it was kept if it was transactional. */
export class MigrationFailedError extends RetortError {
  constructor(
    step: StepSummary,
    transactional: boolean,
    cause: unknown,
    statement?: string,
    options: { grouped?: boolean } = {},
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const sqlState = (cause as { code?: string } | null)?.code;
    // 57P01..03: the server ended the session; 08xxx: the connection broke.
    const connectionLost =
      (typeof sqlState === "string" &&
        (/^57P0[123]$/.test(sqlState) || sqlState.startsWith("08"))) ||
      /connection (terminated|has been discarded|ended)/i.test(reason);
    const at = step.direction === "up" ? step.fromRevisions.join(", ") || "base" : step.revision;
    let hint: string;
    if (!transactional) {
      hint = `${step.revision} is not transactional: statements before the failing one were applied. Check the database before running it again.`;
    } else if (connectionLost) {
      hint = `the connection was lost while ${step.revision} ran; PostgreSQL rolled back its open transaction. Run the command again once the database is reachable.`;
    } else if (options.grouped) {
      hint =
        "nothing of this run was applied (transactionPerMigration: false runs it in one transaction); the database is where it started. Fix the migration and run the command again.";
    } else {
      hint = `nothing of ${step.revision} was applied; the database is still at ${at}. Fix the migration and run the command again.`;
    }
    super(
      "MIGRATION_FAILED",
      `${step.direction === "up" ? "Upgrade" : "Downgrade"} ${step.revision} (${step.file}) failed: ${reason}`,
      { cause, hint, details: { revision: step.revision, file: step.file, statement, sqlState } },
    );
    this.name = "MigrationFailedError";
  }
}

/**
 * Runs `fn` in a transaction and, if it fails, rethrows the error `fn` threw even when rolling
 * back fails too (a lost connection): the migration's error is the one worth reporting.
 */
async function inTransaction(
  db: Kysely<any>,
  fn: (trx: Kysely<any>) => Promise<void>,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      try {
        await fn(trx);
      } catch (error) {
        failure = { error };
        throw error;
      }
    });
  } catch (error) {
    throw failure !== undefined ? failure.error : error;
  }
}

/**
 * Runs migrations against a live database: the programmatic API behind `retort upgrade`,
 * `downgrade`, `current` and `stamp`. Every command that writes holds the driver's advisory
 * lock, so concurrent runs queue up instead of racing.
 *
 * @example
 * ```ts
 * const migrator = new Migrator({ config, scripts, driver });
 * try {
 *   const result = await migrator.upgrade("head");
 *   console.log(`now at ${result.to.join(", ")}`);
 * } finally {
 *   await migrator.close();
 * }
 * ```
 */
export class Migrator {
  readonly versionTable: VersionTable;
  private dbInstance: Kysely<any> | undefined;
  private readonly ownsDb: boolean;

  constructor(private readonly options: MigratorConfig) {
    const { config } = options;
    this.versionTable = new VersionTable({
      schema: config.versionTableSchema,
      table: config.versionTable,
      historyTable: config.historyTable,
    });
    this.ownsDb = options.db === undefined;
    this.dbInstance = options.db;
  }

  /** The Kysely instance, built from the driver on first use. */
  private async db(): Promise<Kysely<any>> {
    if (this.dbInstance === undefined) {
      const { Kysely } = await loadKysely();
      this.dbInstance = new Kysely<any>({ dialect: this.options.driver.createDialect() });
    }
    return this.dbInstance;
  }

  private currentScripts: ScriptDirectory | undefined;

  private get scripts(): ScriptDirectory {
    return this.currentScripts ?? this.options.scripts;
  }

  /** Works from a re-read script directory from now on (after a command wrote a file). */
  useScripts(scripts: ScriptDirectory): void {
    this.currentScripts = scripts;
  }

  /** Where the driver connects, safe to print (password masked). */
  get displayTarget(): string {
    return this.options.driver.displayTarget;
  }

  /** Whether the database is on this machine. */
  get isLocal(): boolean {
    return this.options.driver.isLocal;
  }

  /** Releases the connection (when retort made it) and whatever the driver holds. */
  async close(): Promise<void> {
    if (this.ownsDb) await this.dbInstance?.destroy();
    await this.options.driver.close?.();
  }

  /** The server's version. */
  async serverVersion(): Promise<ServerVersion> {
    return this.options.driver.serverVersion(await this.db());
  }

  /** The database's current heads (the version table's rows); empty at base. */
  async currentHeads(): Promise<string[]> {
    return this.session(false, async (db) => this.versionTable.heads(db));
  }

  /**
   * Runs `fn` on one connection of the database, without the migration lock: for reading
   * (introspection by autogenerate and `check`).
   */
  async withConnection<T>(fn: (db: Kysely<any>) => Promise<T>): Promise<T> {
    return this.session(false, fn);
  }

  /** The history table's rows, oldest first. */
  async history(): Promise<HistoryEntry[]> {
    return this.session(false, async (db) => this.versionTable.history(db));
  }

  /** Creates the version and history tables if they are missing. */
  async ensureVersion(): Promise<void> {
    await this.session(true, async (db) => this.versionTable.ensure(db));
  }

  /**
   * Applies migrations up to `target` (`head`, `heads`, a revision, `label@head`, `+2`...).
   */
  async upgrade(target: string, options: MigrateOptions = {}): Promise<MigrateResult> {
    return this.migrate("up", target, options);
  }

  /** Reverts migrations down to `target` (`base`, `-1`, a revision...). */
  async downgrade(target: string, options: MigrateOptions = {}): Promise<MigrateResult> {
    return this.migrate("down", target, options);
  }

  /**
   * Sets the version table to `targets` without running migrations. With `purge`, the table is
   * emptied first (and unknown revisions in it are tolerated).
   */
  async stamp(
    targets: readonly string[],
    options: { purge?: boolean; onEvent?: MigrateOptions["onEvent"] } = {},
  ): Promise<MigrateResult> {
    return this.session(true, async (db) => {
      await this.versionTable.ensure(db);
      const from = await this.versionTable.heads(db);
      // Without --purge, the version table must make sense before it is changed.
      if (!options.purge) this.assertKnown(from);
      const { graph } = this.scripts;
      const chosen = [
        ...new Set(
          targets
            .flatMap((target) => (target === "base" ? [] : graph.resolve(target)))
            .map((node) => node.revision),
        ),
      ];
      const lineage = new Map<string, Set<string>>();
      const ancestors = (revision: string) => {
        let set = lineage.get(revision);
        if (set === undefined) {
          set = new Set(graph.upgradePlan([], revision).map((step) => step.node.revision));
          lineage.set(revision, set);
        }
        return set;
      };
      const related = (a: string, b: string) => ancestors(a).has(b) || ancestors(b).has(a);
      // As Alembic does: heads of other branches stay (unless purging, or stamping `base`
      // alone); a revision and its ancestor together keep only the descendant.
      const stampsBase = targets.length > 0 && targets.every((target) => target === "base");
      const kept =
        options.purge || stampsBase
          ? []
          : from.filter((head) => chosen.every((t) => !related(head, t)));
      const candidates = [...kept, ...chosen];
      const heads = candidates.filter(
        (revision) =>
          !candidates.some((other) => other !== revision && ancestors(other).has(revision)),
      );
      await db.transaction().execute(async (trx) => {
        await executeRaw(trx, `DELETE FROM ${this.versionTable.qualifiedName}`);
        for (const revision of heads) {
          await executeRaw(
            trx,
            `INSERT INTO ${this.versionTable.qualifiedName} ("version_num") VALUES ($1)`,
            [revision],
          );
          if (!chosen.includes(revision)) continue;
          const now = new Date();
          await this.execute(
            trx,
            this.versionTable.historyStatement({
              revision,
              direction: "stamp",
              checksum: this.scripts.checksum(revision),
              startedAt: now,
              finishedAt: now,
            }),
          );
        }
      });
      options.onEvent?.({ kind: "stamp", heads });
      return { from, to: heads, steps: [] };
    });
  }

  /**
   * Adds a note to the history (direction `provenance`): where the schema came from, for example
   * the Alembic revision a database was at when `retort pull --baseline` adopted it.
   */
  async recordProvenance(revision: string, note: string): Promise<void> {
    await this.session(true, async (db) => {
      await this.versionTable.ensure(db);
      const now = new Date();
      await this.execute(
        db,
        this.versionTable.historyStatement({
          revision,
          direction: "provenance",
          startedAt: now,
          finishedAt: now,
          note,
        }),
      );
    });
  }

  /** Records the current text of an applied migration as accepted (`stamp --accept-checksum`). */
  async acceptChecksum(revision: string): Promise<string> {
    const node = this.scripts.graph.resolve(revision)[0];
    if (node === undefined) {
      throw new RetortError("BAD_ARGUMENT", `"${revision}" is not a single revision.`);
    }
    return this.session(true, async (db) => {
      await this.versionTable.ensure(db);
      const checksum = this.scripts.checksum(node.revision);
      const now = new Date();
      await this.execute(
        db,
        this.versionTable.historyStatement({
          revision: node.revision,
          direction: "accept",
          checksum,
          startedAt: now,
          finishedAt: now,
          note: "file change accepted",
        }),
      );
      return node.revision;
    });
  }

  /** Fails if an applied migration's file changed since it ran. */
  async verifyChecksums(): Promise<void> {
    await this.session(false, async (db) =>
      this.checkChecksums(db, await this.versionTable.heads(db)),
    );
  }

  private async checkChecksums(db: Kysely<any>, heads: readonly string[]): Promise<void> {
    if (heads.length === 0) return;
    // Only what the database has now: a revision stamped away and edited is not applied.
    const applied = new Set<string>();
    for (const head of heads) {
      for (const step of this.scripts.graph.upgradePlan([], head)) applied.add(step.node.revision);
    }
    const recorded = await this.versionTable.appliedChecksums(db);
    for (const [revision, checksum] of recorded) {
      if (!applied.has(revision)) continue;
      let script: MigrationScript;
      try {
        script = this.scripts.script(revision);
      } catch {
        continue; // a revision no longer on disk is reported by assertKnown for the heads.
      }
      if (this.scripts.checksum(revision) !== checksum) {
        throw new ChecksumMismatchError(revision, this.scripts.displayPath(script.path));
      }
    }
  }

  private assertKnown(heads: readonly string[]): void {
    const unknown = heads.filter((revision) => !this.scripts.graph.has(revision));
    if (unknown.length > 0) {
      throw new DatabaseAtUnknownRevisionError(
        unknown,
        this.scripts.config.versionLocations.map((dir) => this.scripts.displayPath(dir)),
      );
    }
  }

  private async migrate(
    direction: "up" | "down",
    target: string,
    options: MigrateOptions,
  ): Promise<MigrateResult> {
    const emit = options.onEvent ?? (() => {});
    return this.session(true, (db) => this.migrateLocked(db, direction, target, emit), emit);
  }

  /**
   * Drops every object in the managed schemas (and the version tables), then upgrades to
   * `target`: the clean slate of `retort reset`. The lock is held throughout, so no other
   * retort process sees the database half-reset.
   */
  async reset(options: {
    schemas: readonly string[];
    target?: string;
    onEvent?: MigrateOptions["onEvent"];
  }): Promise<MigrateResult & { droppedSchemas: readonly string[] }> {
    const emit = options.onEvent ?? (() => {});
    return this.session(
      true,
      async (db) => {
        const schemas = [...new Set([...options.schemas, this.versionTable.config.schema])];
        const owners = await executeRaw<{ nspname: string; owner: string; major: number }>(
          db,
          "SELECT nspname, pg_get_userbyid(nspowner) AS owner, current_setting('server_version_num')::int / 10000 AS major FROM pg_namespace WHERE nspname = ANY($1)",
          [schemas],
        );
        await db.transaction().execute(async (trx) => {
          for (const row of owners.rows) {
            const schema = quoteQualified(undefined, row.nspname);
            await executeRaw(trx, `DROP SCHEMA ${schema} CASCADE`);
            // Migrations expect the schemas they did not create to exist, with the rights
            // PostgreSQL gives a fresh `public`.
            await executeRaw(
              trx,
              `CREATE SCHEMA ${schema} AUTHORIZATION ${quoteQualified(undefined, row.owner)}`,
            );
            if (row.nspname === "public") {
              await executeRaw(trx, `GRANT USAGE ON SCHEMA ${schema} TO PUBLIC`);
              if (row.major < 15) {
                await executeRaw(trx, `GRANT CREATE ON SCHEMA ${schema} TO PUBLIC`);
              }
            }
          }
        });
        const result = await this.migrateLocked(db, "up", options.target ?? "heads", emit);
        return { ...result, from: [], droppedSchemas: owners.rows.map((row) => row.nspname) };
      },
      emit,
    );
  }

  private async migrateLocked(
    db: Kysely<any>,
    direction: "up" | "down",
    target: string,
    emit: (event: MigratorEvent) => void,
  ): Promise<MigrateResult> {
    await this.versionTable.ensure(db);
    let from = await this.versionTable.heads(db);
    from = await this.recognizeSquash(db, from, emit);
    this.assertKnown(from);
    const { graph } = this.scripts;
    const steps =
      direction === "up" ? graph.upgradePlan(from, target) : graph.downgradePlan(from, target);
    if (direction === "up") await this.checkChecksums(db, from);
    const migrations = await this.scripts.loadMigrations(steps.map((step) => step.node.revision));
    const done: (StepSummary & { durationMs: number })[] = [];
    await this.applySession(db);
    for (const group of this.groupSteps(steps)) {
      const grouped = group.length > 1;
      const runGroup = async (executor: Kysely<any>, ownTransaction: boolean) => {
        for (const step of group) {
          const summary = this.summarize(step);
          emit({ kind: "step-start", step: summary });
          const started = new Date();
          const definition = migrations.get(step.node.revision)!;
          const operations = await recordOperations(definition, step.direction, summary.file);
          await this.runStep(executor, step, operations, summary, started, ownTransaction, grouped);
          const durationMs = Date.now() - started.getTime();
          done.push({ ...summary, durationMs });
          emit({ kind: "step-end", step: summary, durationMs });
        }
      };
      if (!group[0]!.node.transactional) await runGroup(db, false);
      else if (group.length === 1) await runGroup(db, true);
      else await inTransaction(db, (trx) => runGroup(trx, false));
    }
    const to = await this.versionTable.heads(db);
    return { from, to, steps: done };
  }

  /**
   * A database at the head of a history that `retort squash` replaced is at the squashed
   * revision: the version table is moved there (and the history says so) without running it.
   * Only the exact old heads qualify, read from the archive squash left, so a database
   * half-way up the old history is never mistaken for a finished one.
   */
  private async recognizeSquash(
    db: Kysely<any>,
    heads: readonly string[],
    emit: (event: MigratorEvent) => void,
  ): Promise<string[]> {
    const unknown = heads.filter((revision) => !this.scripts.graph.has(revision));
    if (unknown.length === 0) return [...heads];
    const squash = this.scripts.scripts.find((script) =>
      unknown.every((rev) => script.replaces.includes(rev)),
    );
    if (squash === undefined) return [...heads];
    const oldHeads = this.scripts.replacedHeads(squash.revision);
    const file = this.scripts.displayPath(squash.path);
    if (oldHeads === undefined) {
      throw new RetortError(
        "DATABASE_AT_UNKNOWN_REVISION",
        `The database is at ${unknown.join(", ")}, which ${squash.revision} (${file}) replaces, but the archive of the replaced migrations is missing, so retort cannot tell whether it was their head.`,
        {
          hint: `if the database was at the old head, \`retort stamp ${squash.revision} --purge\`; otherwise restore the archive folder.`,
          details: { revisions: unknown, squash: squash.revision },
        },
      );
    }
    const sameHeads =
      oldHeads.length === unknown.length && oldHeads.every((rev) => unknown.includes(rev));
    if (!sameHeads) {
      throw new RetortError(
        "DATABASE_AT_UNKNOWN_REVISION",
        `The database is at ${unknown.join(", ")}, part-way through the history that ${squash.revision} (${file}) replaced (its head was ${oldHeads.join(", ")}).`,
        {
          hint: "upgrade it with the archived migrations first (restore them into the versions folder), or recreate it with `retort reset`.",
          details: { revisions: unknown, squash: squash.revision, oldHeads },
        },
      );
    }
    const now = new Date();
    await db.transaction().execute(async (trx) => {
      for (const revision of unknown) {
        await this.execute(trx, {
          sql: `DELETE FROM ${this.versionTable.qualifiedName} WHERE "version_num" = $1`,
          params: [revision],
        });
      }
      await this.execute(trx, {
        sql: `INSERT INTO ${this.versionTable.qualifiedName} ("version_num") VALUES ($1)`,
        params: [squash.revision],
      });
      await this.execute(
        trx,
        this.versionTable.historyStatement({
          revision: squash.revision,
          direction: "stamp",
          checksum: this.scripts.checksum(squash.revision),
          startedAt: now,
          finishedAt: now,
          note: `recognised: the database was at ${unknown.join(", ")}, which ${squash.revision} replaces`,
        }),
      );
    });
    const next = [...heads.filter((rev) => !unknown.includes(rev)), squash.revision];
    emit({ kind: "squash-recognized", heads: next });
    return next;
  }

  /** One migration per transaction, or consecutive transactional ones together when configured. */
  private groupSteps(
    steps: readonly MigrationStep<MigrationScript>[],
  ): MigrationStep<MigrationScript>[][] {
    const groups: MigrationStep<MigrationScript>[][] = [];
    for (const step of steps) {
      const last = groups.at(-1);
      if (
        !this.options.config.transactionPerMigration &&
        last !== undefined &&
        last[0]!.node.transactional &&
        step.node.transactional
      ) {
        last.push(step);
      } else {
        groups.push([step]);
      }
    }
    return groups;
  }

  private summarize(step: MigrationStep<MigrationScript>): StepSummary {
    return {
      direction: step.direction,
      revision: step.node.revision,
      fromRevisions: step.fromRevisions,
      toRevisions: step.toRevisions,
      message: step.node.message,
      file: this.scripts.displayPath(step.node.path),
    };
  }

  /** Runs one step; with `ownTransaction`, in a transaction of its own. */
  private async runStep(
    executor: Kysely<any>,
    step: MigrationStep<MigrationScript>,
    operations: readonly Operation[],
    summary: StepSummary,
    started: Date,
    ownTransaction: boolean,
    grouped = false,
  ): Promise<void> {
    if (ownTransaction) {
      // BEGIN and COMMIT stay round trips of their own: a process killed while its batch runs
      // never sends COMMIT, so the server rolls the migration back.
      await inTransaction(executor, (trx) =>
        this.runStep(trx, step, operations, summary, started, false),
      );
      return;
    }
    const transactional = step.node.transactional;
    const batch = transactional ? this.batch(step, operations, started) : undefined;
    if (batch !== undefined) {
      try {
        await executeRaw(executor, batch.join(batchSeparator));
      } catch (error) {
        throw new MigrationFailedError(summary, transactional, error, statementAt(batch, error), {
          grouped,
        });
      }
      return;
    }
    let current: string | undefined;
    try {
      for (const operation of operations) {
        current = undefined;
        await this.runOperation(executor, operation, transactional, (sql) => {
          current = sql;
        });
      }
      current = undefined;
      const record = async (trx: Kysely<any>) => {
        for (const statement of this.versionTable.changeStatements(step.versionChange)) {
          await this.execute(trx, statement);
        }
        await this.execute(
          trx,
          this.versionTable.historyStatement({
            revision: step.node.revision,
            direction: step.direction,
            checksum: step.direction === "up" ? this.scripts.checksum(step.node.revision) : null,
            startedAt: started,
            finishedAt: new Date(),
          }),
        );
      };
      if (transactional) await record(executor);
      else await executor.transaction().execute(record);
    } catch (error) {
      if (isRetortError(error) && error.code === "MIGRATION_FAILED") throw error;
      if (isRetortError(error) && error.code !== "BAD_OPERATION") throw error;
      throw new MigrationFailedError(summary, transactional, error, current, { grouped });
    }
  }

  /**
   * A transactional migration made only of plain statements runs as one round trip: its
   * statements, the version table change and the history row, sent together inside the
   * migration's transaction. `undefined` when a step needs bound parameters or `op.run`.
   */
  private batch(
    step: MigrationStep<MigrationScript>,
    operations: readonly Operation[],
    started: Date,
  ): string[] | undefined {
    const statements: string[] = [];
    for (const operation of operations) {
      if (operation.kind === "run") return undefined;
      for (const statement of renderOperation(operation)) {
        if (
          !statement.transactional ||
          (statement.params !== undefined && statement.params.length > 0)
        ) {
          return undefined;
        }
        statements.push(statement.sql);
      }
    }
    for (const change of this.versionTable.changeStatements(step.versionChange)) {
      statements.push(inlineParams(change.sql, change.params));
    }
    statements.push(
      this.versionTable.historyStatementOffline(
        {
          revision: step.node.revision,
          direction: step.direction,
          checksum: step.direction === "up" ? this.scripts.checksum(step.node.revision) : null,
        },
        started,
      ),
    );
    return statements;
  }

  private async runOperation(
    executor: Kysely<any>,
    operation: Operation,
    transactional: boolean,
    track: (sql: string) => void,
  ): Promise<void> {
    if (operation.kind === "run") {
      track("op.run(...)");
      await operation.fn({ db: executor });
      return;
    }
    for (const statement of renderOperation(operation)) {
      track(statement.sql);
      if (!statement.transactional && transactional) {
        throw new RetortError(
          "BAD_OPERATION",
          `"${statement.sql.split("\n")[0]}" cannot run inside a transaction.`,
          {
            hint: "set `transactional: false` on this migration (and keep it to this one statement if you can).",
          },
        );
      }
      if (!transactional && statement.params === undefined) {
        await this.options.driver.executeOutsideTransaction(executor, statement.sql);
      } else {
        await executeRaw(executor, statement.sql, [...(statement.params ?? [])]);
      }
    }
  }

  private async execute(
    db: Kysely<any>,
    statement: { sql: string; params: readonly unknown[] },
  ): Promise<void> {
    await executeRaw(db, statement.sql, [...statement.params]);
  }

  /** Session settings for migration statements: lock and statement timeouts. */
  private async applySession(db: Kysely<any>): Promise<void> {
    const { lockTimeout, statementTimeout } = this.options.config;
    if (lockTimeout !== undefined) {
      await executeRaw(db, `SET lock_timeout = ${Math.round(lockTimeout)}`);
    }
    if (statementTimeout !== undefined) {
      await executeRaw(db, `SET statement_timeout = ${Math.round(statementTimeout)}`);
    }
  }

  /**
   * Runs `fn` on one pinned connection; with `write`, under the advisory lock, so a second
   * process waits here and then finds the work done.
   */
  private async session<T>(
    write: boolean,
    fn: (db: Kysely<any>) => Promise<T>,
    emit: (event: MigratorEvent) => void = () => {},
  ): Promise<T> {
    return (await this.db()).connection().execute(async (db) => {
      let release: ReleaseLock | undefined;
      if (write) {
        const started = Date.now();
        let waited = false;
        release = await this.options.driver.acquireLock(db, {
          key: this.versionTable.lockKey,
          onWait: () => {
            waited = true;
            emit({ kind: "lock-wait" });
          },
        });
        if (waited) emit({ kind: "lock-acquired", waitedMs: Date.now() - started });
      }
      let result: T;
      try {
        result = await fn(db);
      } catch (error) {
        // A dead session has already lost its advisory lock; failing to release it must not
        // hide why the command failed.
        await release?.().catch(() => undefined);
        throw error;
      }
      await release?.();
      return result;
    });
  }
}

// A newline before the `;` ends a trailing `--` comment in a user's statement.
const batchSeparator = "\n;\n";

/** The statement of a batch that PostgreSQL's error `position` (1-based, in characters) points into. */
function statementAt(batch: readonly string[], error: unknown): string | undefined {
  const position = Number((error as { position?: unknown })?.position);
  if (!Number.isInteger(position) || position < 1) return undefined;
  // PostgreSQL counts characters; a JavaScript string's length counts UTF-16 units.
  let offset = 0;
  for (const statement of batch) {
    const end = offset + [...statement].length;
    if (position - 1 < end) return statement;
    offset = end + [...batchSeparator].length;
  }
  return undefined;
}
