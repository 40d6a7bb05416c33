import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { setImmediate } from "node:timers/promises";
import {
  type DriverRegistry,
  executeRaw,
  isRetortError,
  type MigrationScript,
  Migrator,
  openDriver,
  type ResolvedConfig,
  RetortError,
  type RevisionRange,
  type ScriptDirectory,
} from "@retort/core";
import { checkModels } from "../autogenerate/autogenerate";
import type { Change } from "../compare/describe-change";
import { introspectSchema } from "../introspect/introspect-schema";
import type { SchemaDescription } from "../schema/schema-description";
import { managedScope } from "../scope/managed-scope";
import { type SchemaDifference, schemaDifferences } from "./schema-differences";
import { createThrowawayDatabase } from "./throwaway-database";

/** Options of {@link runMigrationTest}. */
export interface MigrationTestOptions {
  /** The project's config; its `url` says which server the throwaway database goes on. */
  readonly config: ResolvedConfig;
  /** The project's migrations. */
  readonly scripts: ScriptDirectory;
  /** Driver packages at hand (the `retort` package passes the two it ships). */
  readonly drivers?: DriverRegistry | undefined;
  /**
   * The models entry's module namespace: with it, `check` runs at the heads after the walk.
   * Without it (a project with no models), the walk alone runs.
   */
  readonly models?: Record<string, unknown> | undefined;
  /**
   * Only the revisions of this range (`history -r` semantics: `from` included, `to` up to its
   * ancestors); what lies below `from` is upgraded first without being tested. Default: all.
   */
  readonly range?: RevisionRange | undefined;
  /** Keep the throwaway database for inspection instead of dropping it. Default is `false`. */
  readonly keep?: boolean | undefined;
  /**
   * SQL run on the throwaway database before the first migration (`--setup`): what the
   * migrations expect to exist without creating it. `file` names it in errors. Default: the
   * config's `testSetup` file, if it sets one.
   */
  readonly setup?: { readonly sql: string; readonly file: string } | undefined;
  /** Receives progress, one event per revision. */
  readonly onEvent?: ((event: MigrationTestEvent) => void) | undefined;
  /**
   * Aborted (Ctrl-C in the CLI): the running migration is cancelled as `upgrade` cancels it,
   * the test stops as `CANCELLED` (no further revision, no `check`), and its database is
   * dropped all the same.
   */
  readonly signal?: AbortSignal | undefined;
}

/** Progress of {@link runMigrationTest}. */
export type MigrationTestEvent =
  | { readonly kind: "database"; readonly target: string; readonly revisions: number }
  | { readonly kind: "revision"; readonly result: RevisionTestResult }
  | { readonly kind: "check"; readonly result: ModelCheckResult };

/** How one revision fared: up, down, up again, and the schema compared around the down. */
export interface RevisionTestResult {
  readonly revision: string;
  readonly message: string;
  /** The file, relative to the project root. */
  readonly file: string;
  /**
   * `passed`; `failed` (see `differences` and `error`); `not run` after an earlier failure.
   */
  readonly status: "passed" | "failed" | "not run";
  /** Where it failed: its first `up()`, its `down()`, the comparison, or the second `up()`. */
  readonly stage?: "up" | "down" | "compare" | "up again" | undefined;
  /** What `down()` left different from before `up()`. */
  readonly differences: readonly SchemaDifference[];
  /** The error a step threw (code, message, hint). */
  readonly error?: { code: string; message: string; hint?: string | undefined } | undefined;
  /** One line for a person, set when it failed. */
  readonly problem?: string | undefined;
}

/** `check` at the heads after the walk. */
export interface ModelCheckResult {
  readonly isEmpty: boolean;
  readonly changes: readonly Change[];
}

/** What {@link runMigrationTest} found. */
export interface MigrationTestResult {
  /** Every revision passed (and `check`, when it ran). */
  readonly ok: boolean;
  /** Where the throwaway database was, safe to print (password masked). */
  readonly database: string;
  /** Whether it is still there (`keep`). */
  readonly kept: boolean;
  /** One entry per revision walked, parents before children. */
  readonly revisions: readonly RevisionTestResult[];
  /** `check` at the heads; `null` when it did not run (no models, a range, or a failure). */
  readonly check: ModelCheckResult | null;
}

function errorOf(error: unknown): NonNullable<RevisionTestResult["error"]> {
  if (isRetortError(error)) {
    return { code: error.code, message: error.message, hint: error.hint };
  }
  return { code: "ERROR", message: error instanceof Error ? error.message : String(error) };
}

/**
 * The migration "stairway" test every Alembic team writes by hand (pytest-alembic's): on a
 * throwaway database, every revision in topological order (parents before children, branches
 * and merges included, each once) is upgraded, downgraded alone and upgraded again, and the
 * schema after its `down()` is compared with the schema before its `up()`. A `down()` that does
 * not undo its `up()` fails, naming the revision and what differs; then, with `models`, `check`
 * runs at the heads. The walk stops at the first failure. The throwaway database (a new
 * database on the configured server, or a temporary embedded one) is dropped afterwards, even
 * when something failed, unless `keep`.
 *
 * Throws (a `RetortError`) only when it cannot run: no database could be made, a bad range.
 *
 * @example
 * ```ts
 * const result = await runMigrationTest({ config, scripts, drivers, models });
 * for (const r of result.revisions) if (r.status === "failed") console.log(r.problem);
 * ```
 */
export async function runMigrationTest(
  options: MigrationTestOptions,
): Promise<MigrationTestResult> {
  const { scripts, onEvent } = options;
  const drivers = options.drivers ?? {};
  const graph = scripts.graph;
  // walk() lists newest first; reversed, every revision comes after its parents.
  const walked = graph.walk(options.range ?? {}).reverse();
  const order = graph.walk().reverse();
  const position = new Map(order.map((node, i) => [node.revision, i]));
  const inRange = new Set(walked.map((node) => node.revision));
  const scratch = await createThrowawayDatabase(options.config, drivers);
  const config = scratch.config;
  const scope = managedScope(config);
  const results: RevisionTestResult[] = [];
  let check: ModelCheckResult | null = null;
  let migrator: Migrator | undefined;
  try {
    migrator = new Migrator({ config, scripts, driver: await openDriver(config, drivers) });
    onEvent?.({ kind: "database", target: scratch.displayTarget, revisions: walked.length });
    const setup = options.setup ?? configuredSetup(options.config);
    if (setup !== undefined) {
      // psql's own commands (`\connect`, pg_dump's `\restrict`) are not SQL; and what the file
      // sets for its session (pg_dump empties search_path) must not reach the migrations.
      const sqlOnly = setup.sql.replace(/^\\.*$/gm, "");
      await migrator
        .withConnection(async (db) => {
          await executeRaw(db, sqlOnly);
          await executeRaw(db, "RESET ALL");
        })
        .catch((error: unknown) => {
          throw new RetortError(
            "TEST_DATABASE_FAILED",
            `The test setup ${setup.file} failed on the throwaway database: ${error instanceof Error ? error.message : String(error)}`,
            {
              hint: "fix the setup file; it runs once on an empty database, before the first migration.",
              cause: error,
            },
          );
        });
    }
    const applied = new Set<string>();
    const describe = (m: Migrator) =>
      m.withConnection((db) => introspectSchema(db, scope)) as Promise<SchemaDescription>;
    let failed = false;
    for (const node of walked) {
      const base = {
        revision: node.revision,
        message: node.message,
        file: scripts.displayPath(node.path),
      };
      if (failed) {
        results.push({ ...base, status: "not run", differences: [] });
        continue;
      }
      await stopIfAborted(options, `before revision ${node.revision}`, node.revision);
      // What lies below the range (or another branch a dependency needs) goes in untested.
      const below = graph
        .ancestors(node.revision)
        .filter((a) => a.revision !== node.revision && !applied.has(a.revision))
        .sort((a, b) => (position.get(a.revision) ?? 0) - (position.get(b.revision) ?? 0));
      for (const ancestor of below) {
        if (inRange.has(ancestor.revision)) continue;
        await migrator
          .upgrade(ancestor.revision, { signal: options.signal })
          .catch((error: unknown) => {
            rethrowIfCancelled(error, ancestor.revision, options.keep);
            throw error;
          });
        applied.add(ancestor.revision);
      }
      const result = await stairStep(migrator, node, base, describe, scope, options);
      results.push(result);
      onEvent?.({ kind: "revision", result });
      applied.add(node.revision);
      failed = result.status === "failed";
    }
    if (!failed) await stopIfAborted(options, "before check", undefined);
    const atHeads = graph.heads.every((head) => applied.has(head.revision));
    if (!failed && atHeads && options.models !== undefined) {
      const models = options.models;
      const found = await migrator.withConnection((db) =>
        checkModels({ db, models, ...managedScope(config) }),
      );
      check = { isEmpty: found.isEmpty, changes: found.changes };
      onEvent?.({ kind: "check", result: check });
    }
  } finally {
    await migrator?.close();
    if (!options.keep) await scratch.drop();
  }
  return {
    ok: results.every((r) => r.status === "passed") && (check === null || check.isEmpty),
    database: scratch.displayTarget,
    kept: options.keep === true && scratch.isDroppable,
    revisions: results,
    check,
  };
}

type Base = Pick<RevisionTestResult, "revision" | "message" | "file">;

/** `CANCELLED` once the signal is aborted (Ctrl-C), naming where the test stopped. */
async function stopIfAborted(
  options: Pick<MigrationTestOptions, "signal" | "keep">,
  where: string,
  revision: string | undefined,
): Promise<void> {
  if (options.signal === undefined) return;
  // The handler runs only once the event loop turns: an embedded database's statements
  // do not let it while they run.
  await setImmediate();
  if (!options.signal.aborted) return;
  throw new RetortError(
    "CANCELLED",
    `Stopped on request ${where}; the test database ${options.keep ? "is kept" : "is dropped"}.`,
    { hint: "run the test again to start over.", details: { revision } },
  );
}

/**
 * A step the signal cancelled stops the test, and says nothing about the migration: the
 * runner's own message ("the database is at ...", "run the command again to go on") speaks of
 * a database the test is about to drop.
 */
function rethrowIfCancelled(error: unknown, revision: string, keep: boolean | undefined): void {
  if (!isRetortError(error) || error.code !== "CANCELLED") return;
  throw new RetortError(
    "CANCELLED",
    `Stopped on request while testing revision ${revision}; the test database ${keep ? "is kept" : "is dropped"}.`,
    { hint: "run the test again to start over.", details: { revision }, cause: error },
  );
}

/** Up, down, compare, up again: one revision of the stairway. */
async function stairStep(
  migrator: Migrator,
  node: MigrationScript,
  base: Base,
  describe: (m: Migrator) => Promise<SchemaDescription>,
  scope: ReturnType<typeof managedScope>,
  { signal, keep }: Pick<MigrationTestOptions, "signal" | "keep">,
): Promise<RevisionTestResult> {
  const fail = (
    stage: NonNullable<RevisionTestResult["stage"]>,
    problem: string,
    extra: Partial<RevisionTestResult> = {},
  ): RevisionTestResult => ({
    ...base,
    status: "failed",
    stage,
    differences: [],
    problem,
    ...extra,
  });
  const before = await describe(migrator);
  try {
    await migrator.upgrade(node.revision, { signal });
  } catch (error) {
    rethrowIfCancelled(error, node.revision, keep);
    const e = errorOf(error);
    return fail("up", `up() of ${node.revision} failed: ${e.message}`, { error: e });
  }
  try {
    await migrator.revert(node.revision, { signal });
  } catch (error) {
    rethrowIfCancelled(error, node.revision, keep);
    const e = errorOf(error);
    return fail("down", `down() of ${node.revision} failed: ${e.message}`, { error: e });
  }
  const differences = schemaDifferences(before, await describe(migrator), scope);
  if (differences.length > 0) {
    return fail(
      "compare",
      `down() of ${node.revision} does not undo its up(): it ${differences
        .map((d) => d.description)
        .join("; ")}.`,
      { differences },
    );
  }
  try {
    await migrator.upgrade(node.revision, { signal });
  } catch (error) {
    rethrowIfCancelled(error, node.revision, keep);
    const e = errorOf(error);
    return fail("up again", `up() of ${node.revision} failed after its down(): ${e.message}`, {
      error: e,
    });
  }
  return { ...base, status: "passed", differences: [] };
}

/** The config's `testSetup` file, read; `undefined` when it sets none. */
function configuredSetup(config: ResolvedConfig): { sql: string; file: string } | undefined {
  if (config.testSetup === undefined) return undefined;
  const file = relative(config.root, config.testSetup) || config.testSetup;
  try {
    return { sql: readFileSync(config.testSetup, "utf8"), file };
  } catch {
    throw new RetortError("BAD_CONFIG", `The testSetup file ${file} cannot be read.`, {
      hint: "fix testSetup in the config: a SQL file, relative to the config's folder.",
    });
  }
}
