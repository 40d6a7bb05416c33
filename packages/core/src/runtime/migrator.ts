import type { Kysely } from "kysely";
import type { ResolvedConfig } from "../config/config";
import type { Driver, ServerVersion } from "../driver/driver";
import { offerSideSessions } from "../driver/side-sessions";
import { RetortError } from "../errors/retort-error";
import type { ScriptDirectory } from "../script/script-directory";
import { DatabaseAtUnknownRevisionError } from "./database-at-unknown-revision-error";
import { ExecuteEmitter } from "./execute-emitter";
import { executeRaw, loadKysely } from "./execute-raw";
import { MigrationInterruptedError } from "./migration-interrupted-error";
import type { MigratorEvent } from "./migrator-event";
import { recognizeSquash } from "./recognize-squash";
import { resetSchemas } from "./reset-schemas";
import { PlanStopped, runPlan, type StepResult } from "./run-plan";
import { runSession } from "./run-session";
import { stopOnAbort } from "./stop-on-abort";
import { verifyChecksums } from "./verify-checksums";
import {
  type HistoryEntry,
  type HistoryRecord,
  type InterruptedMigration,
  VersionTable,
} from "./version-table";

/** Per-call input of {@link Migrator.upgrade} and {@link Migrator.downgrade}. */
export interface MigrateOptions {
  /** Receives progress events. */
  readonly onEvent?: ((event: MigratorEvent) => void) | undefined;
  /**
   * Stops the run when aborted (the CLI aborts on Ctrl-C): a transactional migration running
   * then is cancelled on the server (`pg_cancel_backend`, from a session of its own) and rolled
   * back; a `transactional: false` one is left to finish its statements, as cancelling one
   * (`CREATE INDEX CONCURRENTLY`) would leave debris. No migration starts after. The run then
   * throws `CANCELLED` ({@link MigrationCancelledError}) with the revision the database is at.
   */
  readonly signal?: AbortSignal | undefined;
}

/** What {@link Migrator.upgrade} and {@link Migrator.downgrade} did. */
export interface MigrateResult {
  /** The database's heads before. */
  readonly from: readonly string[];
  /** The database's heads after. */
  readonly to: readonly string[];
  /** The steps run, in order, with their durations. */
  readonly steps: readonly StepResult[];
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
  private currentScripts: ScriptDirectory | undefined;

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
   * (introspection by autogenerate and `check`). When the driver's sessions are independent, a
   * read on it may open side sessions ({@link offerSideSessions}).
   */
  async withConnection<T>(fn: (db: Kysely<any>) => Promise<T>): Promise<T> {
    const { driver } = this.options;
    if (!this.ownsDb || driver.hasIndependentSessions !== true) return this.session(false, fn);
    const { Kysely } = await loadKysely();
    return this.session(false, (db) => {
      // A read may open more sessions of the same driver beside this one (the catalog is read
      // over three, in this session's snapshot).
      offerSideSessions(db, { open: () => new Kysely<any>({ dialect: driver.createDialect() }) });
      return fn(db);
    });
  }

  /** The history table's rows, oldest first. */
  async history(): Promise<HistoryEntry[]> {
    return this.session(false, async (db) => this.versionTable.history(db));
  }

  /**
   * The `transactional: false` migrations that started and never finished (killed, or a
   * statement failed); `upgrade` and `downgrade` refuse to run until `stamp` resolves them.
   */
  async interrupted(): Promise<InterruptedMigration[]> {
    return this.session(false, async (db) => {
      await this.versionTable.assertShape(db);
      return this.versionTable.interrupted(db);
    });
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

  /**
   * Reverts migrations down to `target` (`base`, `-1`, a revision...). `-1` from a merge revision
   * reverts the merge alone. Like {@link Migrator.upgrade}, throws `CHECKSUM_MISMATCH` when an
   * applied migration's file changed since it ran.
   */
  async downgrade(target: string, options: MigrateOptions = {}): Promise<MigrateResult> {
    return this.migrate("down", target, options);
  }

  /**
   * Reverts one applied revision (a full id) and the applied revisions that need it, leaving
   * every other branch applied (`RevisionGraph.revertPlan`): the step `retort test` takes back
   * after each upgrade. Checks checksums like {@link Migrator.downgrade}.
   *
   * @example
   * ```ts
   * await migrator.upgrade("3f2a9c1b7d4e");
   * await migrator.revert("3f2a9c1b7d4e"); // its down() alone
   * ```
   */
  async revert(revision: string, options: MigrateOptions = {}): Promise<MigrateResult> {
    return this.migrate("revert", revision, options);
  }

  /**
   * Sets the version table to `targets` without running migrations, as
   * `RevisionGraph.stampPlan` decides. With `purge`, the table is emptied first (and
   * unknown revisions in it are tolerated).
   */
  async stamp(
    targets: readonly string[],
    options: { purge?: boolean; onEvent?: MigrateOptions["onEvent"] } = {},
  ): Promise<MigrateResult> {
    return this.session(true, async (db) => {
      // Plan first: a stamp that fails on its arguments leaves an empty database empty.
      await this.versionTable.assertShape(db);
      const from = await this.versionTable.heads(db);
      // Without --purge, the version table must make sense before it is changed.
      if (!options.purge) this.assertKnown(from);
      const plan = this.scripts.graph.stampPlan(targets, {
        currentHeads: from,
        purge: options.purge,
      });
      await this.versionTable.ensure(db);
      const interrupted = await this.versionTable.interrupted(db);
      const now = new Date();
      const statements = this.versionTable.stampStatements(plan, (revision) =>
        this.versionTable.historyStatement({
          revision,
          direction: "stamp",
          checksum: this.scripts.checksum(revision),
          startedAt: now,
          finishedAt: now,
        }),
      );
      // A stamp is the user saying where the database is: it settles every interrupted step.
      const at = plan.heads.join(", ") || "base";
      for (const migration of interrupted) {
        statements.push(
          this.versionTable.historyStatement({
            revision: migration.revision,
            direction: "resolved",
            startedAt: now,
            finishedAt: now,
            note: `stamped at ${at}`,
          }),
        );
      }
      await db.transaction().execute(async (trx) => {
        for (const statement of statements) await executeRaw(trx, statement.sql, statement.params);
      });
      options.onEvent?.({ kind: "stamp", heads: plan.heads });
      return { from, to: [...plan.heads], steps: [] };
    });
  }

  /**
   * Adds a note to the history (direction `provenance`): where the schema came from, for example
   * the Alembic revision a database was at when `retort pull --baseline` adopted it.
   */
  async recordProvenance(revision: string, note: string): Promise<void> {
    await this.session(true, (db) =>
      this.writeHistory(db, { revision, direction: "provenance", note }),
    );
  }

  /** Records the current text of an applied migration as accepted (`stamp --accept-checksum`). */
  async acceptChecksum(revision: string): Promise<string> {
    const node = this.scripts.graph.resolve(revision)[0];
    if (node === undefined) {
      throw new RetortError("BAD_ARGUMENT", `"${revision}" is not a single revision.`);
    }
    return this.session(true, async (db) => {
      await this.writeHistory(db, {
        revision: node.revision,
        direction: "accept",
        checksum: this.scripts.checksum(node.revision),
        note: "file change accepted",
      });
      return node.revision;
    });
  }

  /**
   * Fails as {@link Migrator.upgrade} and {@link Migrator.downgrade} do before they run anything,
   * reading only (no lock, no write): a version table of another shape or listing two revisions
   * of one line (`VERSION_TABLE`), an interrupted `transactional: false` step
   * (`MIGRATION_INTERRUPTED`), an applied migration whose file changed (`CHECKSUM_MISMATCH`).
   * A database at a revision no file has is left to the migration, which may recognize a squash.
   *
   * @example
   * ```ts
   * await migrator.verifyCanMigrate(); // `retort upgrade` asks before it lints what is pending
   * await migrator.upgrade("head");
   * ```
   */
  async verifyCanMigrate(): Promise<void> {
    await this.session(false, async (db) => {
      await this.versionTable.assertShape(db);
      const heads = await this.versionTable.heads(db);
      // A squashed history's old head is unknown until the migration records the squash: a
      // read-only check would refuse what the upgrade accepts.
      if (heads.some((revision) => !this.scripts.graph.has(revision))) return;
      await this.assertCanMigrate(db, heads);
    });
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
        // Where the database was before: a version table that is missing or foreign says base.
        const from = await this.versionTable.heads(db).catch(() => []);
        const droppedSchemas = await resetSchemas(db, schemas);
        const result = await this.migrateLocked(db, "up", options.target ?? "heads", emit);
        return { ...result, from, droppedSchemas };
      },
      emit,
    );
  }

  private async migrate(
    direction: "up" | "down" | "revert",
    target: string,
    options: MigrateOptions,
  ): Promise<MigrateResult> {
    const emit = options.onEvent ?? (() => {});
    const { signal } = options;
    if (signal === undefined) {
      return this.session(true, (db) => this.migrateLocked(db, direction, target, emit), emit);
    }
    return stopOnAbort(
      {
        signal,
        driver: this.options.driver,
        emit,
        isTransactional: (revision) => this.scripts.script(revision).transactional !== false,
        heads: () => this.currentHeads(),
      },
      ({ track, beforeLock }) =>
        this.session(
          true,
          (db) => {
            // Stopped while waiting for another retort's lock: start nothing.
            if (signal.aborted) throw new PlanStopped();
            return this.migrateLocked(db, direction, target, track, signal);
          },
          track,
          beforeLock,
        ),
    );
  }

  private async migrateLocked(
    db: Kysely<any>,
    direction: "up" | "down" | "revert",
    target: string,
    emit: (event: MigratorEvent) => void,
    signal?: AbortSignal,
  ): Promise<MigrateResult> {
    const { scripts, versionTable } = this;
    // Everything that can refuse (a foreign table by the version table's name, a bad target,
    // an interrupted step) runs before the version tables are created, so a command that fails
    // leaves an empty database as it found it.
    await versionTable.assertShape(db);
    let from = await versionTable.heads(db);
    from = await recognizeSquash(db, scripts, versionTable, from, emit);
    await this.assertCanMigrate(db, from);
    const { graph } = scripts;
    const steps =
      direction === "up"
        ? graph.upgradePlan(from, target)
        : direction === "down"
          ? graph.downgradePlan(from, target)
          : graph.revertPlan(from, target);
    await versionTable.ensure(db);
    const { config, driver } = this.options;
    const emitter = new ExecuteEmitter(db, {
      driver,
      versionTable,
      transactionPerMigration: config.transactionPerMigration,
      lockTimeout: config.lockTimeout,
      lockRetries: config.lockRetries,
      statementTimeout: config.statementTimeout,
      x: config.x,
      onEvent: emit,
    });
    const done = await runPlan(scripts, steps, emitter, emit, { signal });
    const to = await versionTable.heads(db);
    return { from, to, steps: done };
  }

  /** Writes one history row that records no step (times are now). */
  private async writeHistory(
    db: Kysely<any>,
    record: Omit<HistoryRecord, "startedAt" | "finishedAt">,
  ): Promise<void> {
    await this.versionTable.ensure(db);
    const now = new Date();
    const statement = this.versionTable.historyStatement({
      ...record,
      startedAt: now,
      finishedAt: now,
    });
    await executeRaw(db, statement.sql, statement.params);
  }

  /**
   * The refusals that hold whatever the target, in one place so that {@link
   * Migrator.verifyCanMigrate} refuses exactly what a migration would.
   */
  private async assertCanMigrate(db: Kysely<any>, heads: readonly string[]): Promise<void> {
    this.assertKnown(heads);
    await this.assertNotInterrupted(db);
    // Both ways: a downgrade runs the edited file's down(), which may not undo what its up() did.
    await verifyChecksums(db, this.scripts, this.versionTable, heads);
  }

  /** Fails with the first interrupted `transactional: false` step, if any. */
  private async assertNotInterrupted(db: Kysely<any>): Promise<void> {
    const [first, ...others] = await this.versionTable.interrupted(db);
    if (first === undefined) return;
    const { graph } = this.scripts;
    const node = graph.has(first.revision) ? graph.get(first.revision) : undefined;
    // With its file gone (deleted after it failed), the graph cannot say where it started; an
    // upgrade that never finished left the version table there.
    const parents =
      node === undefined
        ? first.direction === "up"
          ? await this.versionTable.heads(db)
          : []
        : [...node.downRevisions];
    const way =
      first.direction === "up"
        ? { before: parents, after: [first.revision] }
        : { before: [first.revision], after: parents };
    const file = node === undefined ? undefined : this.scripts.displayPath(node.path);
    throw new MigrationInterruptedError(first, file, way, others);
  }

  private assertKnown(heads: readonly string[]): void {
    const unknown = heads.filter((revision) => !this.scripts.graph.has(revision));
    if (unknown.length > 0) {
      throw new DatabaseAtUnknownRevisionError(
        unknown,
        this.scripts.config.versionLocations.map((dir) => this.scripts.displayPath(dir)),
      );
    }
    // As Alembic ("overlaps"): a row below another says the database is at two places of one
    // line, and a plan from there would leave the stale row behind.
    if (heads.length < 2) return;
    for (const head of heads) {
      const below = new Set(this.scripts.graph.ancestors(head).map((node) => node.revision));
      const stale = heads.find((other) => below.has(other));
      if (stale === undefined) continue;
      throw new RetortError(
        "VERSION_TABLE",
        `The version table lists both ${stale} and ${head}, but ${stale} is an ancestor of ${head}: a database is at one of them, not both.`,
        {
          hint: `stamp it at the revision it is really at, for example \`retort stamp --purge ${head}\` (\`retort history\` shows the line).`,
        },
      );
    }
  }

  /**
   * Runs `fn` on one pinned connection; with `write`, under the advisory lock (`beforeLock` runs
   * on the connection before it is asked for).
   */
  private async session<T>(
    write: boolean,
    fn: (db: Kysely<any>) => Promise<T>,
    emit?: (event: MigratorEvent) => void,
    beforeLock?: (db: Kysely<any>) => Promise<void>,
  ): Promise<T> {
    return runSession(
      await this.db(),
      this.options.driver,
      { write, lockKey: this.versionTable.lockKey, emit, beforeLock },
      fn,
    );
  }
}
