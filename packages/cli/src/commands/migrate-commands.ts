import {
  type MigrateResult,
  type MigrationScript,
  type MigrationStep,
  type Migrator,
  type MigratorEvent,
  migrateTargets,
  RangeBackwardsError,
  RangeNotAncestorError,
  RetortError,
  type RevisionGraph,
  renderOfflineScript,
  renderStampScript,
  resolveTargets,
  VersionTable,
} from "@retort/core";
import type { ParsedArgs } from "../args/parse-args";
import type { CliContext } from "../cli-context";
import { type Command, flag, jsonOption, listOption, sqlOption, stringOption } from "../command";
import { errorBody } from "../database-error";
import { ElapsedTicker } from "../elapsed-ticker";
import { lintBeforeUpgrade } from "./lint-command";

function versionTableOf(config: Awaited<ReturnType<CliContext["config"]>>): VersionTable {
  return new VersionTable({
    schema: config.versionTableSchema,
    table: config.versionTable,
    historyTable: config.historyTable,
  });
}

/** Progress lines on stderr, so stdout stays clean for `--json` and `--sql`. */
export function progress(ctx: CliContext, json: boolean): (event: MigratorEvent) => void {
  // On a terminal, a step that runs long shows its elapsed time, redrawn in place.
  const ticker = ctx.io.stderrIsTerminal ? new ElapsedTicker(ctx.io.stderr) : undefined;
  // A failed step sends no step-end: erase the line before the error is printed.
  if (ticker !== undefined) ctx.beforeError(() => ticker.stop());
  return (event) => {
    if (json) return;
    switch (event.kind) {
      case "lock-wait":
        ctx.note("Another retort process holds the migration lock; waiting for it to finish...");
        break;
      case "lock-acquired":
        ctx.note(`Got the migration lock after ${event.waitedMs} ms.`);
        break;
      case "step-start": {
        const verb = event.step.direction === "up" ? "upgrade" : "downgrade";
        ctx.note(
          `Running ${verb} ${event.step.fromRevisions.join(", ")} -> ${event.step.toRevisions.join(", ")}${event.step.message ? `, ${event.step.message}` : ""}`,
        );
        ticker?.start(`${verb} ${event.step.revision}`);
        break;
      }
      case "step-end":
        ticker?.stop();
        ctx.note(`  done in ${event.durationMs} ms`);
        break;
      case "step-retry": {
        const on = event.tables.length === 0 ? "" : ` on ${event.tables.join(", ")}`;
        ctx.note(
          `  lock timeout${on} in ${event.step.revision}; retry ${event.attempt} of ${event.retries} in ${event.delayMs} ms`,
        );
        break;
      }
      case "stamp":
        break;
      case "squash-recognized":
        ctx.note(
          `The database was at the head of a squashed history; it is now recorded at ${event.heads.join(", ")} (nothing re-run).`,
        );
        break;
    }
  };
}

export function summarize(
  ctx: CliContext,
  result: MigrateResult,
  json: boolean,
  verb: string,
): void {
  if (json) {
    ctx.json(result);
    return;
  }
  const total = result.steps.reduce((sum, step) => sum + step.durationMs, 0);
  const at = result.to.length === 0 ? "base" : result.to.join(", ");
  if (result.steps.length === 0) ctx.note(`Nothing to do: the database is at ${at}.`);
  else {
    ctx.note(
      `${verb} ${result.steps.length} migration${result.steps.length === 1 ? "" : "s"} in ${total} ms; the database is at ${at}.`,
    );
  }
}

/**
 * The steps of an offline range, refusing one given the wrong way round: an upgrade's plan would
 * be empty and print nothing, a downgrade's target would be refused as "not applied" with no
 * word of the swap.
 */
function offlineSteps(
  graph: RevisionGraph<MigrationScript>,
  direction: "up" | "down",
  from: string | undefined,
  fromHeads: readonly string[],
  to: string,
): MigrationStep<MigrationScript>[] {
  if (direction === "down") {
    try {
      return graph.downgradePlan(fromHeads, to);
    } catch (error) {
      const above =
        error instanceof RangeNotAncestorError &&
        (fromHeads.length === 0 ||
          fromHeads.some((head) =>
            graph.descendants(head).some((node) => node.revision === error.lower),
          ));
      if (from !== undefined && above) throw new RangeBackwardsError({ direction, from, to });
      throw error;
    }
  }
  const steps = graph.upgradePlan(fromHeads, to);
  if (from === undefined || steps.length > 0) return steps;
  const targets = graph.resolve(to, fromHeads).map((node) => node.revision);
  const same =
    targets.length === fromHeads.length &&
    targets.every((revision) => fromHeads.includes(revision));
  if (!same) throw new RangeBackwardsError({ direction, from, to });
  return steps;
}

async function offline(ctx: CliContext, direction: "up" | "down", target: string): Promise<number> {
  const scripts = await ctx.scripts();
  const config = await ctx.config();
  const { graph } = scripts;
  let from: string | undefined;
  let to = target;
  if (target.includes(":")) {
    const range = graph.parseRange(target);
    from = range.from;
    to = range.to ?? (direction === "up" ? "heads" : "base");
  } else if (direction === "down") {
    throw new RetortError("BAD_ARGUMENT", "downgrade --sql needs a range: <from>:<to>.", {
      hint: "for example `retort downgrade head:base --sql` (offline, retort cannot read the database's current revision).",
    });
  }
  const fromHeads =
    from === undefined || from === "base" ? [] : graph.resolve(from).map((node) => node.revision);
  const steps = offlineSteps(graph, direction, from, fromHeads, to);
  // Streamed a few migrations at a time: `upgrade head --sql` on ten thousand migrations never
  // holds the whole script, nor makes a system call per migration.
  const output = bufferedOutput((text) => ctx.io.stdout(text));
  try {
    await renderOfflineScript(scripts, versionTableOf(config), {
      steps,
      createVersionTable: direction === "up" && fromHeads.length === 0,
      transactionPerMigration: config.transactionPerMigration,
      lockTimeout: config.lockTimeout,
      write: output.write,
    });
  } finally {
    // On a failure too: what was handed over ends after a whole migration.
    output.flush();
  }
  return 0;
}

/** Collects text and hands it on in pieces of about 64 kB. */
function bufferedOutput(write: (text: string) => void): {
  write: (text: string) => void;
  flush: () => void;
} {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    write(text);
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= 65536) flush();
    },
    flush,
  };
}

const allTargetsOptions = [
  {
    name: "allTargets",
    flag: "--all-targets",
    type: "boolean",
    description: "run on every database of the config's `targets`, each under its own lock",
  },
  {
    name: "concurrency",
    flag: "--concurrency",
    type: "string",
    placeholder: "n",
    description: "with --all-targets, how many at once (default 4)",
  },
  {
    name: "failFast",
    flag: "--fail-fast",
    type: "boolean",
    description: "with --all-targets, start no new target after a failure",
  },
] as const;

/**
 * `--all-targets`: the same upgrade or downgrade on every configured database, a line per target
 * as each finishes and a summary; exit 0 only when every target succeeded.
 */
async function onAllTargets(
  ctx: CliContext,
  args: ParsedArgs,
  verb: string,
  run: (migrator: Migrator) => Promise<MigrateResult>,
): Promise<number> {
  const json = flag(args, "json");
  const concurrencyText = stringOption(args, "concurrency");
  const concurrency = concurrencyText === undefined ? 4 : Number(concurrencyText);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RetortError(
      "BAD_ARGUMENT",
      `--concurrency takes a whole number above 0 (got "${concurrencyText}").`,
    );
  }
  const config = await ctx.config();
  const targets = await resolveTargets(config);
  if (!json) ctx.note(`${verb} ${targets.length} targets, ${concurrency} at a time...`);
  const started = performance.now();
  const outcomes = await migrateTargets({
    config,
    scripts: await ctx.scripts(),
    targets,
    concurrency,
    failFast: flag(args, "failFast"),
    drivers: ctx.drivers,
    run,
    onOutcome: (outcome) => {
      if (json) return;
      if (outcome.ok) {
        const at = outcome.result.to.length === 0 ? "base" : outcome.result.to.join(", ");
        const steps = outcome.result.steps.length;
        ctx.note(
          `${ctx.colors.green("ok")}   ${outcome.name}: ${steps === 0 ? "nothing to do" : `${steps} migration${steps === 1 ? "" : "s"}`}, at ${at} (${outcome.durationMs} ms)`,
        );
      } else if ("skipped" in outcome) {
        ctx.note(`skip ${outcome.name}: not started (--fail-fast)`);
      } else {
        ctx.note(`${ctx.colors.red("FAIL")} ${outcome.name}: ${errorBody(outcome.error).message}`);
      }
    },
  });
  const failed = outcomes.filter((outcome) => !outcome.ok && !("skipped" in outcome)).length;
  const skipped = outcomes.filter((outcome) => "skipped" in outcome).length;
  const succeeded = outcomes.length - failed - skipped;
  const durationMs = Math.round(performance.now() - started);
  if (json) {
    ctx.json({
      targets: outcomes.map((outcome) =>
        outcome.ok
          ? {
              name: outcome.name,
              target: outcome.target,
              ok: true,
              durationMs: outcome.durationMs,
              ...outcome.result,
            }
          : "skipped" in outcome
            ? { name: outcome.name, target: outcome.target, ok: false, skipped: true }
            : {
                name: outcome.name,
                target: outcome.target,
                ok: false,
                durationMs: outcome.durationMs,
                error: errorBody(outcome.error),
              },
      ),
      summary: { total: outcomes.length, succeeded, failed, skipped, durationMs },
    });
  } else {
    ctx.note(
      `${succeeded} of ${outcomes.length} targets succeeded${failed > 0 ? `, ${failed} failed` : ""}${skipped > 0 ? `, ${skipped} not started` : ""} (${durationMs} ms).`,
    );
  }
  return failed + skipped === 0 ? 0 : 1;
}

/**
 * The revisions an upgrade to `target` would run, for the lint before it. When the plan cannot
 * be made (multiple heads, an unknown target) there is nothing to lint: the upgrade itself
 * then reports the problem.
 */
async function pendingRevisions(ctx: CliContext, target: string): Promise<string[]> {
  if ((await ctx.config()).lintOnUpgrade === "off") return [];
  const scripts = await ctx.scripts();
  try {
    const heads = await (await ctx.migrator()).currentHeads();
    return scripts.graph.upgradePlan(heads, target).map((step) => step.node.revision);
  } catch {
    return [];
  }
}

/** `retort upgrade` */
export const upgradeCommand: Command = {
  name: "upgrade",
  summary: "Apply migrations up to a target (default: head).",
  description:
    "Targets: head, heads, a revision or unique prefix, <label>@head, +N, <rev>+N. With --sql, prints the SQL instead (a range <from>:<to> starts elsewhere than base).",
  args: [{ name: "target", description: "where to go (default: head)" }],
  options: [sqlOption, ...allTargetsOptions, jsonOption],
  examples: [
    "retort upgrade head",
    "retort upgrade +1",
    "retort upgrade heads --sql > deploy.sql",
    "retort upgrade ae10:head --sql",
    "retort upgrade head --all-targets --concurrency 8",
  ],
  async run(ctx, args) {
    const target = args.positionals[0] ?? "head";
    if (flag(args, "sql")) return offline(ctx, "up", target);
    if (flag(args, "allTargets"))
      return onAllTargets(ctx, args, "Upgrading", (migrator) => migrator.upgrade(target));
    const json = flag(args, "json");
    await refuseUnknownTarget(ctx, target);
    const migrator = await ctx.migrator();
    const pending = await pendingRevisions(ctx, target);
    // The upgrade refuses an interrupted step or an applied migration whose file changed before
    // it runs anything: said after the lint, the refusal would come below findings about
    // migrations that never run.
    if (pending.length > 0) await migrator.verifyCanMigrate();
    await lintBeforeUpgrade(ctx, pending);
    const result = await migrator.upgrade(target, {
      onEvent: progress(ctx, json),
      signal: ctx.interruptSignal(),
    });
    summarize(ctx, result, json, "Applied");
    return 0;
  },
};

/**
 * Refuses a target naming a revision or label the files do not have before the database is
 * opened (an embedded one is created on first use): a command that fails on its arguments
 * creates nothing. What needs the database's heads (`-1`, `+2`) is left to the migrator.
 */
async function refuseUnknownTarget(ctx: CliContext, target: string): Promise<void> {
  try {
    (await ctx.scripts()).graph.resolve(target);
  } catch (error) {
    const known = [
      "UNKNOWN_REVISION",
      "AMBIGUOUS_REVISION",
      "UNKNOWN_BRANCH_LABEL",
      "RELATIVE_OUT_OF_RANGE",
    ];
    if (error instanceof RetortError && known.includes(error.code)) throw error;
  }
}

/** `retort downgrade` */
export const downgradeCommand: Command = {
  name: "downgrade",
  summary: "Revert migrations down to a target.",
  description:
    "Targets: base, -N, <rev>-N, a revision, <label>@base. With --sql, needs a range <from>:<to> and prints the SQL.",
  args: [{ name: "target", required: true, description: "where to go: -1, base, a revision" }],
  options: [sqlOption, ...allTargetsOptions, jsonOption],
  examples: [
    "retort downgrade -1",
    "retort downgrade base",
    "retort downgrade head:base --sql",
    "retort downgrade -1 --all-targets",
  ],
  async run(ctx, args) {
    const target = args.positionals[0]!;
    if (flag(args, "sql")) return offline(ctx, "down", target);
    if (flag(args, "allTargets"))
      return onAllTargets(ctx, args, "Downgrading", (migrator) => migrator.downgrade(target));
    const json = flag(args, "json");
    await refuseUnknownTarget(ctx, target);
    const migrator = await ctx.migrator();
    const result = await migrator.downgrade(target, {
      onEvent: progress(ctx, json),
      signal: ctx.interruptSignal(),
    });
    summarize(ctx, result, json, "Reverted");
    return 0;
  },
};

/** `retort stamp` */
export const stampCommand: Command = {
  name: "stamp",
  summary: "Set the database's revision without running migrations.",
  description:
    "With --purge, the version table is emptied first (also when it names revisions no file has). With --accept-checksum <rev>, records that an applied migration's changed file is accepted as it is now.",
  args: [
    {
      name: "revisions",
      variadic: true,
      description: "the revision(s) to record; `base` for none",
    },
  ],
  options: [
    {
      name: "purge",
      flag: "--purge",
      type: "boolean",
      description: "empty the version table first",
    },
    {
      name: "acceptChecksum",
      flag: "--accept-checksum",
      type: "list",
      placeholder: "rev",
      description: "accept the current text of an applied migration",
    },
    sqlOption,
    jsonOption,
  ],
  examples: [
    "retort stamp head",
    "retort stamp base --purge",
    "retort stamp --accept-checksum 1975ea83b712",
  ],
  async run(ctx, args) {
    const accept = listOption(args, "acceptChecksum");
    if (args.positionals.length === 0 && accept.length === 0) {
      throw new RetortError(
        "BAD_ARGUMENT",
        "stamp needs a revision (or --accept-checksum <rev>).",
        {
          hint: "for example `retort stamp head`.",
        },
      );
    }
    if (flag(args, "sql")) {
      const scripts = await ctx.scripts();
      const table = versionTableOf(await ctx.config());
      const targets = args.positionals;
      ctx.io.stdout(renderStampScript(scripts, table, { targets, purge: flag(args, "purge") }));
      return 0;
    }
    for (const target of args.positionals) await refuseUnknownTarget(ctx, target);
    const migrator = await ctx.migrator();
    const accepted: string[] = [];
    for (const rev of accept) accepted.push(await migrator.acceptChecksum(rev));
    let result: MigrateResult | undefined;
    if (args.positionals.length > 0) {
      result = await migrator.stamp(args.positionals, { purge: flag(args, "purge") });
    }
    if (flag(args, "json")) {
      ctx.json({ accepted, ...(result ?? {}) });
      return 0;
    }
    for (const rev of accepted) ctx.note(`Accepted the current text of ${rev}.`);
    if (result !== undefined) {
      ctx.note(
        `Stamped the database at ${result.to.length === 0 ? "base" : result.to.join(", ")} (was ${result.from.length === 0 ? "base" : result.from.join(", ")}).`,
      );
    }
    return 0;
  },
};

/** `retort ensure-version` */
export const ensureVersionCommand: Command = {
  name: "ensure-version",
  summary: "Create the version and history tables if they do not exist.",
  args: [],
  options: [sqlOption],
  async run(ctx, args) {
    const config = await ctx.config();
    const table = versionTableOf(config);
    if (flag(args, "sql")) {
      ctx.io.stdout(
        table
          .createStatements()
          .map((sql) => `${sql};\n`)
          .join("\n"),
      );
      return 0;
    }
    await (await ctx.migrator()).ensureVersion();
    ctx.note(`The version table ${table.qualifiedName} is in place.`);
    return 0;
  },
};
