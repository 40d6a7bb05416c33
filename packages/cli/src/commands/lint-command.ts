import {
  type LintFinding,
  type LintResult,
  lintMigrations,
  lintRules,
  type Operation,
  RetortError,
  type ScriptDirectory,
} from "@retort/core";
import type { CliContext } from "../cli-context";
import { type Command, flag, jsonOption } from "../command";

/** `error[rule] <revision> (<file>:<line>): <what>` and the fix on the next line. */
function formatFinding(finding: LintFinding): string {
  return `${finding.severity}[${finding.rule}] ${finding.message}\n  fix: ${finding.fix}`;
}

function countText(result: LintResult): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(result.errorCount, "error")}, ${plural(result.warningCount, "warning")} in ${plural(result.revisions.length, "migration")}`;
}

async function lint(
  ctx: CliContext,
  scripts: ScriptDirectory,
  revisions?: readonly string[],
  recorded?: ReadonlyMap<string, readonly Operation[]>,
) {
  const config = await ctx.config();
  return lintMigrations(scripts, {
    revisions,
    rules: config.lintRules,
    lockTimeout: config.lockTimeout,
    recorded,
  });
}

const ruleList = lintRules
  .map((rule) => `  ${rule.id.padEnd(38)} ${rule.defaultSeverity.padEnd(5)} ${rule.summary}`)
  .join("\n");

/** `retort lint` */
export const lintCommand: Command = {
  name: "lint",
  summary: "Check migrations for locks, rewrites and scans that hurt a live database (offline).",
  description: [
    "Reads the operations each migration's up() records and parses op.execute SQL with PostgreSQL's parser; touches no database. A range is `from:to` as in `history`; one revision lints only it. Default: the whole history.",
    "Silence a finding with a reason: `// retort-lint-ignore <rule>: <why>` on the line above the op.* call, or `// retort-lint-ignore-file <rule>: <why>` for the whole migration. Set rules to off/warn/error in the config's `lint.rules`.",
    "Exit codes: 0 no error-level finding (warnings may be printed); 1 an error-level finding; 2 an error (configuration, a migration that does not load, bad usage).",
    "",
    "Rules (id, default, what it catches):",
    ruleList,
    `  ${"bad-suppression".padEnd(38)} error A retort-lint-ignore comment without a reason or with an unknown rule.`,
  ].join("\n"),
  // 1 means "an error-level finding"; any failure to lint at all must read differently.
  errorExitCode: () => 2,
  args: [{ name: "range", description: "`from:to`, or one revision (default: every migration)" }],
  options: [jsonOption],
  examples: ["retort lint", "retort lint 1975ea83b712:head", "retort lint head --json"],
  async run(ctx, args) {
    const scripts = await ctx.scripts();
    const rangeArg = args.positionals[0];
    let revisions: string[] | undefined;
    if (rangeArg !== undefined) {
      const range = scripts.graph.parseRange(
        rangeArg.includes(":") ? rangeArg : `${rangeArg}:${rangeArg}`,
      );
      revisions = scripts.graph.walk(range).map((node) => node.revision);
    }
    const result = await lint(ctx, scripts, revisions);
    if (flag(args, "json")) {
      ctx.json(result);
      return result.errorCount > 0 ? 1 : 0;
    }
    for (const finding of result.findings) ctx.out(formatFinding(finding));
    ctx.note(
      result.findings.length === 0
        ? `No findings in ${result.revisions.length} migration${result.revisions.length === 1 ? "" : "s"}.`
        : `${countText(result)}.`,
    );
    return result.errorCount > 0 ? 1 : 0;
  },
};

/**
 * Lints the migrations `upgrade` is about to run and prints the findings on stderr (as
 * warnings, whatever their level). With `lint.onUpgrade: "error"` an error-level finding stops
 * the upgrade before it connects for the migration lock; with `"off"` nothing is linted.
 */
export async function lintBeforeUpgrade(
  ctx: CliContext,
  revisions: readonly string[],
): Promise<void> {
  const config = await ctx.config();
  if (config.lintOnUpgrade === "off" || revisions.length === 0) return;
  const scripts = await ctx.scripts();
  let result: LintResult;
  try {
    result = await lint(ctx, scripts, revisions);
  } catch (error) {
    // In "warn" mode lint only advises: a lint failure must not stop a deploy. The upgrade
    // itself loads the same files and reports a broken one properly.
    if (config.lintOnUpgrade === "error") throw error;
    ctx.note(
      `warning: could not lint the pending migrations: ${error instanceof Error ? error.message : String(error)}`,
    );
    return;
  }
  for (const finding of result.findings) ctx.note(`lint ${formatFinding(finding)}`);
  if (result.findings.length > 0) {
    ctx.note(`lint: ${countText(result)} about to run (\`retort lint\` for details).`);
  }
  if (config.lintOnUpgrade === "error" && result.errorCount > 0) {
    throw new RetortError(
      "LINT_FAILED",
      `Not upgrading: lint found ${result.errorCount} error-level finding${result.errorCount === 1 ? "" : "s"} in the pending migrations (listed above).`,
      {
        hint: 'fix them, suppress each with `// retort-lint-ignore <rule>: <why>`, or set `lint.onUpgrade` to "warn" in retort.config.ts.',
        details: { findings: result.findings },
      },
    );
  }
}

/**
 * Lints the migrations `revision --autogenerate` just wrote (several for an online plan);
 * findings are printed as warnings, then one line for them all. `operations`, when given, are
 * what a file's `up` records (the file is then not imported).
 */
export async function lintWrittenRevisions(
  ctx: CliContext,
  written: readonly { revision: string; operations?: readonly Operation[] | undefined }[],
): Promise<void> {
  const scripts = await ctx.scripts();
  let withFindings = 0;
  for (const { revision, operations } of written) {
    let result: LintResult;
    try {
      result = await lint(
        ctx,
        scripts,
        [revision],
        operations === undefined ? undefined : new Map([[revision, operations]]),
      );
    } catch (error) {
      ctx.note(
        `warning: could not lint the new migration: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    for (const finding of result.findings) ctx.note(`lint ${formatFinding(finding)}`);
    if (result.findings.length > 0) withFindings++;
  }
  if (withFindings > 0) {
    ctx.note(
      withFindings === 1
        ? "lint: the new migration has findings (above); edit it into the safe form or suppress each with `// retort-lint-ignore <rule>: <why>`."
        : "lint: the new migrations have findings (above); edit them into the safe form or suppress each with `// retort-lint-ignore <rule>: <why>`.",
    );
  }
}
