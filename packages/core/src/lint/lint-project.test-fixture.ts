import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadScriptDirectory, resolveConfig } from "../config/config";
import { type LintOptions, type LintResult, lintMigrations } from "./lint-migrations";

/** One migration of a linear test history: its `up` body and what goes above its definition. */
export interface FixtureMigration {
  readonly up: string;
  readonly transactional?: boolean;
  /** The header's `lockTimeout`, as written (`"2s"`, `0`). */
  readonly lockTimeout?: string;
  /** Text before `export default` (file-wide suppressions). */
  readonly preamble?: string;
}

const roots: string[] = [];

/** Revision ids of a fixture history: `aaaa00000001`, `aaaa00000002`... */
export const fixtureRevision = (n: number) => `aaaa${String(n).padStart(8, "0")}`;

/**
 * Writes a linear history (one file per migration, no imports, so it loads from a temp folder)
 * and lints it. `up` bodies are pasted into `up(op) { ... }` one statement per line. The config's
 * `lockTimeout` is set unless `options` says otherwise.
 */
export async function lintHistory(
  migrations: readonly (FixtureMigration | string)[],
  options: LintOptions & { onlyLast?: boolean } = {},
): Promise<LintResult> {
  const root = mkdtempSync(join(tmpdir(), "retort-lint-"));
  roots.push(root);
  mkdirSync(join(root, "migrations", "versions"), { recursive: true });
  migrations.forEach((given, i) => {
    const migration = typeof given === "string" ? { up: given } : given;
    const revision = fixtureRevision(i + 1);
    const down = i === 0 ? null : fixtureRevision(i);
    writeFileSync(
      join(root, "migrations", "versions", `${revision}_m.ts`),
      `${migration.preamble ?? ""}export default {
  revision: ${JSON.stringify(revision)},
  downRevision: ${JSON.stringify(down)},
  message: "m${i + 1}",${migration.transactional === false ? "\n  transactional: false," : ""}${migration.lockTimeout === undefined ? "" : `\n  lockTimeout: ${migration.lockTimeout},`}
  up(op) {
${migration.up
  .trim()
  .split("\n")
  .map((line) => `    ${line.trim()}`)
  .join("\n")}
  },
  down(op) {},
};
`,
    );
  });
  const scripts = loadScriptDirectory(resolveConfig({ migrations: "migrations" }, root));
  const { onlyLast, ...lintOptions } = options;
  return lintMigrations(scripts, {
    // Set, so only the tests of missing-lock-timeout (which pass `lockTimeout: undefined`) see it.
    lockTimeout: 5000,
    ...lintOptions,
    ...(onlyLast ? { revisions: [fixtureRevision(migrations.length)] } : {}),
  });
}

/** Removes the fixtures' folders (call from `afterAll`). */
export function removeLintFixtures(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** A table `t (a integer, b text)` created by the first migration, so later ones see it as existing. */
export const createT = `op.createTable("t", { columns: { a: { type: "integer" }, b: { type: "text" } } });`;

/** The rule ids found, in order. */
export function ruleIds(result: LintResult): string[] {
  return result.findings.map((finding) => finding.rule);
}
