/**
 * `retort/testing`: helpers for a project's own test suite (vitest, jest, node:test).
 *
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  importModules,
  loadConfig,
  loadScriptDirectory,
  type ResolvedConfig,
  type RetortConfig,
  RetortError,
  resolveConfig,
} from "@retort/core";
import {
  type MigrationTestEvent,
  type MigrationTestResult,
  runMigrationTest,
} from "@retort/differ";
import { shippedDrivers } from "./shipped-drivers";

export type {
  MigrationTestEvent,
  MigrationTestResult,
  ModelCheckResult,
  RevisionTestResult,
  SchemaDifference,
} from "@retort/differ";

/** Per-call input of {@link testMigrations}. */
export interface TestMigrationsOptions {
  /** Where to look for retort.config.ts. Default `process.cwd()`. */
  readonly cwd?: string;
  /** An explicit config file. */
  readonly configFile?: string;
  /** A config object instead of a file (paths resolve against `cwd`). */
  readonly config?: RetortConfig;
  /**
   * The server to make the throwaway database on, overriding the config's `url` (as `--url`
   * does). The database this URL names is only connected to, never changed.
   */
  readonly url?: string;
  /** Test from this revision (included); what lies below is applied untested. */
  readonly from?: string;
  /** Test up to this revision; `check` then does not run. */
  readonly to?: string;
  /**
   * Run `check` (models vs database) at the heads. Default: when the config's models entry
   * exists.
   */
  readonly check?: boolean;
  /** Keep the throwaway database for inspection (see the result's `database`). */
  readonly keep?: boolean;
  /**
   * Throw a `MIGRATION_TEST_FAILED` error that lists what failed, so a test fails with it.
   * Default is `true`; `false` returns the result either way.
   */
  readonly throwOnFailure?: boolean;
  /** Receives progress, one event per revision. */
  readonly onEvent?: (event: MigrationTestEvent) => void;
}

async function configOf(options: TestMigrationsOptions): Promise<ResolvedConfig> {
  const cwd = options.cwd ?? process.cwd();
  const config =
    options.config !== undefined
      ? resolveConfig(options.config, cwd)
      : await loadConfig({ cwd, configFile: options.configFile });
  return options.url === undefined ? config : { ...config, url: options.url };
}

function failureMessage(result: MigrationTestResult): string {
  const lines = result.revisions
    .filter((r) => r.status === "failed")
    .map((r) => `${r.file}: ${r.problem ?? "failed"}`);
  if (result.check !== null && !result.check.isEmpty) {
    lines.push(
      `the models differ from the database at the heads: ${result.check.changes
        .map((c) => c.description)
        .join("; ")}`,
    );
  }
  return `The migration test failed:\n${lines.map((line) => `  ${line}`).join("\n")}`;
}

/**
 * The migration stairway test of `retort test`, for a project's test suite: on a throwaway
 * database (a new database on the configured server, or a temporary embedded one), every
 * revision in topological order is upgraded, downgraded alone and upgraded again, and the
 * schema after its `down()` is compared with the schema before its `up()`; then `check` runs at
 * the heads. The database is dropped afterwards, even when something failed.
 *
 * Rejects with a `MIGRATION_TEST_FAILED` error naming each failing revision and what its
 * `down()` left behind (unless `throwOnFailure: false`), and with the usual errors when the
 * test cannot run (no config, no server, no permission to create a database).
 *
 * @example
 * ```ts
 * // test/migrations.test.ts
 * import { testMigrations } from "retort/testing";
 * import { it } from "vitest";
 *
 * it("every migration's down() undoes its up()", async () => {
 *   await testMigrations(); // retort.config.ts from the working folder; DATABASE_URL if set
 * }, 120_000);
 * ```
 */
export async function testMigrations(
  options: TestMigrationsOptions = {},
): Promise<MigrationTestResult> {
  const config = await configOf(options);
  const scripts = loadScriptDirectory(config);
  const wantsCheck = options.check ?? existsSync(config.models);
  let models: Record<string, unknown> | undefined;
  if (wantsCheck) {
    [models] = await importModules([config.models], {
      tempDir: join(config.root, ".retort"),
      cacheDir: join(config.root, ".retort", "cache"),
    });
  }
  const range =
    options.from === undefined && options.to === undefined
      ? undefined
      : { from: options.from, to: options.to };
  const result = await runMigrationTest({
    config,
    scripts,
    drivers: shippedDrivers,
    models: models ?? (wantsCheck ? {} : undefined),
    range,
    keep: options.keep,
    onEvent: options.onEvent,
  });
  if (!result.ok && options.throwOnFailure !== false) {
    throw new RetortError("MIGRATION_TEST_FAILED", failureMessage(result), {
      hint: "fix each down() so it undoes its up() (or the models, for check), then run the test again; `retort test --keep` keeps the database for a look.",
      details: { result },
    });
  }
  return result;
}
