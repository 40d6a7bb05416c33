import { existsSync } from "node:fs";
import { relative } from "node:path";
import { isRetortError } from "@retort/core";
import type { Change } from "@retort/differ";
import { type Command, flag, jsonOption } from "../command";
import { formatRevisionLine, revisionJson } from "../format-revision";
import { autogenerate } from "./autogenerate";

const noDrift = {
  name: "noDrift",
  flag: "--no-drift",
  type: "boolean",
  description: "skip comparing the models with the database",
} as const;

/**
 * `retort status`: where the database is, what would run, and whether the models drifted, in
 * one screen — what `current`, `history -r current:heads` and `check` answer one at a time.
 */
export const statusCommand: Command = {
  name: "status",
  summary: "Show the current revision(s), pending migrations and drift in one screen.",
  description:
    "Drift (models against the database) is compared only when the database is at its heads and the models entry exists; otherwise the line says why not. Exit code 0 whatever it finds (use `retort check` in CI); 1 on an error.",
  args: [],
  options: [noDrift, jsonOption],
  examples: ["retort status", "retort status --json", "retort status --no-drift"],
  async run(ctx, args) {
    const config = await ctx.config();
    const scripts = await ctx.scripts();
    const migrator = await ctx.migrator();
    const current = await migrator.currentHeads();
    const interrupted = await migrator.interrupted();
    const known = current.filter((rev) => scripts.graph.has(rev));
    const unknown = current.filter((rev) => !scripts.graph.has(rev));
    const pending =
      unknown.length > 0 ? [] : scripts.graph.upgradePlan(known, "heads").map((step) => step.node);
    let drift: { checked: false; reason: string } | { checked: true; changes: Change[] };
    if (flag(args, "noDrift")) drift = { checked: false, reason: "--no-drift" };
    else if (unknown.length > 0)
      drift = { checked: false, reason: "the database is at a revision no file has" };
    else if (pending.length > 0)
      drift = {
        checked: false,
        reason: `${pending.length} migration${pending.length === 1 ? " is" : "s are"} pending`,
      };
    else if (!existsSync(config.models))
      drift = {
        checked: false,
        reason: `no models entry (${relative(config.root, config.models)})`,
      };
    else {
      try {
        drift = { checked: true, changes: [...(await autogenerate(ctx, "check")).result.changes] };
      } catch (error) {
        // A deploy step asks where the database is: a broken model (which upgrade never loads)
        // is said, not a reason to fail.
        if (!isRetortError(error) || error.code !== "BAD_MODEL") throw error;
        drift = {
          checked: false,
          reason: `the models failed to load: ${error.message.split("\n")[0]}`,
        };
      }
    }

    if (flag(args, "json")) {
      ctx.json({
        current: known.map((rev) => revisionJson(scripts, scripts.script(rev))),
        unknown,
        heads: scripts.graph.heads.map((head) => head.revision),
        pending: pending.map((node) => revisionJson(scripts, node)),
        interrupted,
        drift,
      });
      return 0;
    }
    ctx.out("Current:");
    if (current.length === 0) ctx.out("  <base> (no migration applied)");
    for (const rev of known)
      ctx.out(`  ${formatRevisionLine(scripts, scripts.script(rev), { doc: true })}`);
    for (const rev of unknown) ctx.out(`  ${rev} (not found in the migration files)`);
    for (const step of interrupted) {
      ctx.out(
        `  ! ${step.direction === "up" ? "upgrade" : "downgrade"} ${step.revision} started at ${step.startedAt.toISOString()} and never finished (see \`retort upgrade\`)`,
      );
    }
    ctx.out();
    ctx.out(pending.length === 0 ? "Pending: none" : `Pending (${pending.length}), in order:`);
    for (const node of pending)
      ctx.out(`  ${formatRevisionLine(scripts, node, { doc: true, branches: true })}`);
    ctx.out();
    if (!drift.checked) ctx.out(`Drift: not compared (${drift.reason})`);
    else if (drift.changes.length === 0) ctx.out("Drift: none, the models match the database");
    else {
      ctx.out(`Drift: ${drift.changes.length} difference${drift.changes.length === 1 ? "" : "s"}`);
      for (const change of drift.changes) {
        const line = `  ${change.destructive ? "! " : ""}${change.description}`;
        ctx.out(change.destructive ? ctx.colors.red(line) : line);
      }
      ctx.out('  (run `retort revision --autogenerate -m "..."` to write them)');
    }
    return 0;
  },
};
