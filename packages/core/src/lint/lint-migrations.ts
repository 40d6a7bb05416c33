import { readFileSync } from "node:fs";
import type { Operation } from "../ops/operation";
import { recordOperations } from "../runtime/record-operations";
import type { MigrationScript, ScriptDirectory } from "../script/script-directory";
import { type MigrationSource, operationLines, readMigrationSource } from "./call-sites";
import type {
  LintContext,
  LintFinding,
  LintMigration,
  LintRuleSetting,
  LintSeverity,
  LintStatement,
} from "./lint-rule";
import type { LintRuleId } from "./lint-rule-ids";
import { lintStatements } from "./lint-statements";
import { loadPgParser, pgParserNotLoaded, unloadedPgParser } from "./pg-parser";
import { statementLabel } from "./rules/existing-table-statements";
import { lintRules } from "./rules/index";
import { isBadSuppression, parseSuppression, type Suppression } from "./suppressions";

/** Per-call input of {@link lintMigrations}. */
export interface LintOptions {
  /**
   * The revisions to report on. Default: every migration. The history before them is read
   * too, oldest first, when a `SET NOT NULL` in them needs it: a check validated in an earlier
   * migration counts.
   */
  readonly revisions?: readonly string[] | undefined;
  /** Each rule's setting, over its default (the config's `lint.rules`). */
  readonly rules?: Readonly<Partial<Record<LintRuleId, LintRuleSetting>>> | undefined;
  /** The config's `lockTimeout`: set, the runner sets `lock_timeout` before each migration. */
  readonly lockTimeout?: number | undefined;
  /**
   * What `up` records, for revisions whose file was just written from these operations
   * (`revision --autogenerate` with the built-in template): those files are read for their
   * lines and comments but not imported.
   */
  readonly recorded?: ReadonlyMap<string, readonly Operation[]> | undefined;
}

/** What {@link lintMigrations} found. */
export interface LintResult {
  /** In history order, oldest migration first, then by line. */
  readonly findings: readonly LintFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** The revisions linted, oldest first. */
  readonly revisions: readonly string[];
}

const knownRuleIds = new Set<string>([...lintRules.map((rule) => rule.id), "bad-suppression"]);

/**
 * Lints migrations for what hurts a database serving traffic: locks that block reads or
 * writes, table rewrites and scans, changes that break the release still running. It reads
 * the operations each `up` records (no database) and parses `op.execute` SQL with PostgreSQL's
 * own parser, so both go through the same rules.
 *
 * @example
 * ```ts
 * const result = await lintMigrations(scripts, { rules: { "drop-column": "error" } });
 * for (const finding of result.findings) console.log(finding.rule, finding.message);
 * ```
 */
export async function lintMigrations(
  scripts: ScriptDirectory,
  options: LintOptions = {},
): Promise<LintResult> {
  const history = scripts.graph.walk().reverse();
  const wanted = options.revisions === undefined ? undefined : new Set(options.revisions);
  // Only what a linted migration can see is read: itself and the history before it.
  const lastWanted =
    wanted === undefined
      ? history.length - 1
      : history.reduce((last, node, i) => (wanted.has(node.revision) ? i : last), -1);
  const relevant = history.slice(0, lastWanted + 1);
  if (relevant.length === 0) return { findings: [], errorCount: 0, warningCount: 0, revisions: [] };
  // The history before the first linted migration matters only to a `SET NOT NULL` that no
  // check of its own proves: linting a new migration must not load and replay a baseline of
  // thousands of operations for nothing. Without that history the checks known are a subset of
  // those with it, valid alike (see NotNullChecks), so a proof found stands, and only a proof
  // not found sends the lint through the whole history.
  const firstWanted =
    wanted === undefined ? 0 : relevant.findIndex((node) => wanted.has(node.revision));
  if (firstWanted > 0) {
    const checks = new NotNullChecks({ isHistoryKnown: false });
    const result = await lintSequence(
      scripts,
      relevant.slice(firstWanted),
      wanted,
      checks,
      options,
    );
    if (!checks.wasHistoryNeeded) return result;
  }
  return lintSequence(scripts, relevant, wanted, new NotNullChecks(), options);
}

/** Lints the migrations of `sequence` that are `wanted`, replaying the others' checks. */
async function lintSequence(
  scripts: ScriptDirectory,
  sequence: readonly MigrationScript[],
  wanted: ReadonlySet<string> | undefined,
  checks: NotNullChecks,
  options: LintOptions,
): Promise<LintResult> {
  const recorded = options.recorded ?? new Map<string, readonly Operation[]>();
  const definitions = await scripts.loadMigrations(
    sequence.filter((node) => !recorded.has(node.revision)).map((node) => node.revision),
  );
  // Loaded by the first statement that needs parsing, if any does.
  let parser = unloadedPgParser;
  const statementsOf = async (
    operations: readonly Operation[],
    lines: readonly (number | undefined)[],
  ): Promise<LintStatement[]> => {
    try {
      return lintStatements(operations, lines, parser);
    } catch (error) {
      if (error !== pgParserNotLoaded) throw error;
      parser = await loadPgParser();
      return lintStatements(operations, lines, parser);
    }
  };
  const findings: LintFinding[] = [];
  const revisions: string[] = [];
  for (const script of sequence) {
    const file = scripts.displayPath(script.path);
    const operations =
      recorded.get(script.revision) ??
      (await recordOperations(definitions.get(script.revision)!, "up", file));
    const isWanted = wanted === undefined || wanted.has(script.revision);
    if (!isWanted) {
      checks.apply(await statementsOf(operations, []));
      continue;
    }
    revisions.push(script.revision);
    const migration = (statements: LintStatement[]): LintMigration => ({
      revision: script.revision,
      file,
      transactional: script.transactional,
      lockTimeout: script.lockTimeout,
      statements,
    });
    let statements = await statementsOf(operations, []);
    const text = readFileSync(script.path, "utf8");
    // Most migrations have nothing to report: only those with findings or suppressions pay for
    // reading their syntax tree (a few ms each), which gives the findings their lines.
    const quick = lintMigration(migration(statements), undefined, checks, options);
    if (quick.length > 0 || text.includes("retort-lint-ignore")) {
      const source = readMigrationSource(text);
      const sites = operationLines(
        operations.map((op) => op.kind),
        source.calls,
      );
      statements = await statementsOf(
        operations,
        sites.map((site) => site?.line),
      );
      findings.push(...lintMigration(migration(statements), source, checks, options));
    }
    checks.apply(statements);
  }
  return {
    findings,
    errorCount: findings.filter((finding) => finding.severity === "error").length,
    warningCount: findings.filter((finding) => finding.severity === "warn").length,
    revisions,
  };
}

/** The findings of one migration; without its `source`, no suppression applies and no line is known. */
function lintMigration(
  migration: LintMigration,
  source: MigrationSource | undefined,
  checks: NotNullChecks,
  options: LintOptions,
): LintFinding[] {
  const findings: LintFinding[] = [];
  const setting = (rule: string, fallback: LintSeverity): LintRuleSetting =>
    options.rules?.[rule as LintRuleId] ?? fallback;
  const badSuppression = setting("bad-suppression", "error");
  const report = (line: number, problem: string) => {
    if (badSuppression === "off") return;
    findings.push({
      rule: "bad-suppression",
      severity: badSuppression,
      revision: migration.revision,
      file: migration.file,
      line,
      operation: "comment",
      table: undefined,
      message: `${migration.revision} (${migration.file}:${line}): the lint suppression ${problem}`,
      fix: "give the rule id and, after a colon, why it is safe here.",
    });
  };
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const seen = new Set<number>();
  const read = (comment: { text: string; line: number }, isAboveDefinition: boolean) => {
    if (seen.has(comment.line)) return undefined;
    const parsed = parseSuppression(comment.text, comment.line, isAboveDefinition, knownRuleIds);
    if (parsed === undefined) return undefined;
    seen.add(comment.line);
    if (isBadSuppression(parsed)) {
      report(parsed.line, parsed.problem);
      return undefined;
    }
    return parsed;
  };
  const fileLevel = (suppression: Suppression | undefined) => {
    if (suppression === undefined) return;
    if (!suppression.isFileWide) return;
    for (const rule of suppression.rules) fileWide.add(rule);
  };
  for (const comment of source?.fileComments ?? []) fileLevel(read(comment, true));
  for (const call of source?.calls ?? []) {
    for (const comment of call.commentsAbove) {
      const suppression = read(comment, false);
      if (suppression === undefined) continue;
      if (suppression.isFileWide) {
        fileLevel(suppression);
        continue;
      }
      const rules = byLine.get(call.line) ?? new Set<string>();
      for (const rule of suppression.rules) rules.add(rule);
      byLine.set(call.line, rules);
    }
  }
  // The rest: `retort-lint-ignore-file` may stand anywhere; a statement suppression that is not
  // directly above an `op.*` call would silence nothing, which its author should hear.
  for (const comment of source?.allComments ?? []) {
    const suppression = read(comment, false);
    if (suppression === undefined) continue;
    if (suppression.isFileWide) fileLevel(suppression);
    else {
      report(
        comment.line,
        "is not on the line(s) directly above an `op.*` call in up(), so it silences nothing; move it there, or use `retort-lint-ignore-file` for the whole migration.",
      );
    }
  }
  const context = lintContext(migration, checks, migration.lockTimeout ?? options.lockTimeout);
  for (const rule of lintRules) {
    const severity = setting(rule.id, rule.defaultSeverity);
    if (severity === "off" || fileWide.has(rule.id)) continue;
    for (const found of rule.check(context)) {
      const statement = migration.statements[found.statementIndex]!;
      if (statement.line !== undefined && byLine.get(statement.line)?.has(rule.id)) continue;
      const where = `${migration.file}${statement.line === undefined ? "" : `:${statement.line}`}`;
      findings.push({
        rule: rule.id,
        severity,
        revision: migration.revision,
        file: migration.file,
        line: statement.line,
        operation: statement.op.kind,
        table: found.table,
        message: `${migration.revision} (${where}): ${statementLabel(statement)} ${found.message}`,
        fix: found.fix,
      });
    }
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** `schema` absent on either side matches: unqualified names resolve through `search_path`. */
function sameTable(
  aSchema: string | undefined,
  aName: string,
  bSchema: string | undefined,
  bName: string,
): boolean {
  return aName === bName && (aSchema === undefined || bSchema === undefined || aSchema === bSchema);
}

/** The tables and materialized views created by the statements before `index`, following renames. */
function newTablesBefore(
  statements: readonly LintStatement[],
  index: number,
): { schema: string | undefined; table: string }[] {
  const created: { schema: string | undefined; table: string }[] = [];
  for (const { op } of statements.slice(0, index)) {
    if (op.kind === "createTable") created.push({ schema: op.schema, table: op.table });
    // A materialized view is indexed like a table, and as empty of readers when it is new.
    if (op.kind === "createMaterializedView") created.push({ schema: op.schema, table: op.name });
    if (op.kind === "renameView" && op.materialized === true) {
      const renamed = created.find((t) => sameTable(t.schema, t.table, op.schema, op.name));
      if (renamed !== undefined) renamed.table = op.newName;
    }
    if (op.kind === "renameTable") {
      const renamed = created.find((t) => sameTable(t.schema, t.table, op.schema, op.table));
      if (renamed !== undefined) renamed.table = op.newName;
    }
  }
  return created;
}

function lintContext(
  migration: LintMigration,
  checks: NotNullChecks,
  lockTimeout: number | undefined,
): LintContext {
  return {
    migration,
    configLockTimeout: lockTimeout === 0 ? undefined : lockTimeout,
    isExistingTable: (index, schema, table) =>
      !newTablesBefore(migration.statements, index).some((t) =>
        sameTable(t.schema, t.table, schema, table),
      ),
    isExistingIndex: (index, schema, name) =>
      !migration.statements
        .slice(0, index)
        .some(({ op }) => op.kind === "createIndex" && sameTable(op.schema, op.name, schema, name)),
    hasValidatedNotNullCheck: (index, schema, table, column) => {
      const local = checks.copy();
      local.apply(migration.statements.slice(0, index));
      return local.proves(schema, table, column);
    },
  };
}

/**
 * The `CHECK (column IS NOT NULL)` constraints the history has added and validated, which let
 * `SET NOT NULL` skip its scan (PostgreSQL 12+). A table's checks are keyed by constraint name.
 *
 * Started after the history (`isHistoryKnown: false`), it holds exactly the checks added since,
 * with the same validity: an earlier check only adds to them (a validation or a drop touches
 * the earlier and the later alike). So what it proves holds; what it cannot prove sets
 * `wasHistoryNeeded`.
 */
class NotNullChecks {
  #checks: {
    schema: string | undefined;
    table: string;
    name: string;
    column: string;
    valid: boolean;
  }[] = [];
  #history: { readonly isKnown: boolean; isNeeded: boolean };

  constructor(options: { isHistoryKnown?: boolean } = {}) {
    this.#history = { isKnown: options.isHistoryKnown ?? true, isNeeded: false };
  }

  /** Whether a proof was not found that the history could have given. */
  get wasHistoryNeeded(): boolean {
    return this.#history.isNeeded;
  }

  copy(): NotNullChecks {
    const copy = new NotNullChecks();
    copy.#checks = this.#checks.map((check) => ({ ...check }));
    // The copy answers for this one: its want of history is this one's.
    copy.#history = this.#history;
    return copy;
  }

  apply(statements: readonly LintStatement[]): void {
    for (const statement of statements) this.#applyOne(statement.op, statement.notNullColumn);
  }

  proves(schema: string | undefined, table: string, column: string): boolean {
    const isProved = this.#checks.some(
      (check) =>
        check.valid &&
        check.column === column &&
        sameTable(check.schema, check.table, schema, table),
    );
    if (!isProved && !this.#history.isKnown) this.#history.isNeeded = true;
    return isProved;
  }

  #applyOne(op: Operation, notNullColumn: string | undefined): void {
    const onTable = (schema: string | undefined, table: string, name: string) =>
      this.#checks.filter((c) => c.name === name && sameTable(c.schema, c.table, schema, table));
    switch (op.kind) {
      case "addCheck":
        if (notNullColumn !== undefined) {
          this.#checks.push({
            schema: op.schema,
            table: op.table,
            name: op.name,
            column: notNullColumn,
            valid: op.notValid !== true,
          });
        }
        break;
      case "validateConstraint":
        for (const check of onTable(op.schema, op.table, op.name)) check.valid = true;
        break;
      case "dropConstraint": {
        const dropped = new Set(onTable(op.schema, op.table, op.name));
        this.#checks = this.#checks.filter((check) => !dropped.has(check));
        break;
      }
      case "dropTable":
        this.#checks = this.#checks.filter(
          (c) => !sameTable(c.schema, c.table, op.schema, op.table),
        );
        break;
      default:
        break;
    }
  }
}
