import { DatabaseAtUnknownRevisionError, type MigrationScript } from "@retort/core";
import type { ParsedArgs } from "../args/parse-args";
import { BadArgumentError } from "../args/parse-args";
import type { CliContext } from "../cli-context";
import { type Command, flag, jsonOption, stringOption } from "../command";
import { drawHistoryGraph, historyDot, historyMermaid } from "../draw-history";
import { formatRevisionEntry, formatRevisionLine, revisionJson } from "../format-revision";

const verboseListing = {
  name: "verbose",
  flag: "--verbose",
  short: "-v",
  type: "boolean",
  // The global --verbose under another name, so it keeps that meaning too.
  description: "show each revision in full; errors show their stack",
} as const;

/** `retort heads` */
export const headsCommand: Command = {
  name: "heads",
  summary: "Show the current heads of the migration history (offline).",
  args: [],
  options: [verboseListing, jsonOption],
  examples: ["retort heads", "retort heads --json"],
  async run(ctx, args) {
    const scripts = await ctx.scripts();
    const heads = scripts.graph.heads;
    if (flag(args, "json")) {
      ctx.json({ heads: heads.map((head) => revisionJson(scripts, head)) });
      return 0;
    }
    for (const head of heads) {
      ctx.out(
        ctx.global.verbose
          ? formatRevisionEntry(scripts, head)
          : formatRevisionLine(scripts, head, { branches: true }),
      );
    }
    return 0;
  },
};

/** `retort branches` */
export const branchesCommand: Command = {
  name: "branches",
  summary: "Show the branch points of the migration history (offline).",
  args: [],
  options: [verboseListing, jsonOption],
  async run(ctx, args) {
    const scripts = await ctx.scripts();
    const { graph } = scripts;
    const points = graph.walk().filter((node) => graph.isBranchPoint(node.revision));
    if (flag(args, "json")) {
      ctx.json({
        branchPoints: points.map((point) => ({
          ...revisionJson(scripts, point),
          branches: graph.children(point.revision).map((child) => revisionJson(scripts, child)),
        })),
      });
      return 0;
    }
    for (const point of points) {
      ctx.out(formatRevisionLine(scripts, point, { branches: true, tree: true }));
      const pad = " ".repeat(point.revision.length);
      for (const child of graph.children(point.revision)) {
        ctx.out(
          `${pad} -> ${formatRevisionLine(scripts, child, { branches: true, doc: ctx.global.verbose })}`,
        );
      }
      ctx.out();
    }
    return 0;
  },
};

/** `retort history` */
export const historyCommand: Command = {
  name: "history",
  summary: "List the migration history, newest first.",
  description:
    "Offline unless --indicate-current is given. A range is `from:to`, either side optional (`-r ae10:`, `-r :head`, `-r -3:current`).",
  args: [],
  options: [
    {
      name: "rev",
      flag: "--rev-range",
      short: "-r",
      type: "string",
      placeholder: "from:to",
      description: "only revisions in this range",
    },
    verboseListing,
    {
      name: "indicateCurrent",
      flag: "--indicate-current",
      short: "-i",
      type: "boolean",
      description: "mark the database's current revisions (connects)",
    },
    {
      name: "graph",
      flag: "--graph",
      type: "boolean",
      description: "draw the revision graph, as `git log --graph` does",
    },
    {
      name: "format",
      flag: "--format",
      type: "string",
      placeholder: "text|mermaid|dot",
      description: "the graph as a Mermaid flowchart or Graphviz DOT, for docs and pull requests",
    },
    {
      name: "applied",
      flag: "--applied",
      type: "boolean",
      description:
        "what ran on the database, from the history table: who, when, how long, checksum (connects)",
    },
    jsonOption,
  ],
  examples: [
    "retort history",
    "retort history -r 1975ea83b712:head --verbose",
    "retort history --indicate-current",
    "retort history --graph -i",
    "retort history --format mermaid > docs/migrations.md",
    "retort history --applied",
  ],
  async run(ctx, args) {
    if (flag(args, "applied")) return appliedHistory(ctx, args);
    const format = stringOption(args, "format") ?? (flag(args, "graph") ? "text" : undefined);
    if (format !== undefined && !["text", "mermaid", "dot"].includes(format)) {
      throw new BadArgumentError(
        `--format takes text, mermaid or dot (got "${format}").`,
        "for example `retort history --format mermaid`.",
      );
    }
    const scripts = await ctx.scripts();
    const { graph } = scripts;
    const rangeArg = stringOption(args, "rev");
    let current: Set<string> | undefined;
    const needsCurrent = flag(args, "indicateCurrent") || (rangeArg?.includes("current") ?? false);
    if (needsCurrent) current = new Set(await (await ctx.migrator()).currentHeads());
    let range: { from?: string; to?: string } | undefined;
    if (rangeArg !== undefined) {
      const parsed = graph.parseRange(
        rangeArg.includes(":") ? rangeArg : `${rangeArg}:${rangeArg}`,
      );
      // At base, `current` means base; otherwise the graph walks from (or to) every current head.
      const atBase = (value: string | undefined) =>
        value === "current" && current !== undefined && current.size === 0 ? "base" : value;
      range = { from: atBase(parsed.from), to: atBase(parsed.to) };
    }
    const nodes: MigrationScript[] = graph.walk(
      range,
      current === undefined ? undefined : [...current],
    );
    if (flag(args, "json")) {
      ctx.json({ revisions: nodes.map((node) => revisionJson(scripts, node, current)) });
      return 0;
    }
    if (format !== undefined) {
      const lines =
        format === "mermaid"
          ? historyMermaid(nodes, current)
          : format === "dot"
            ? historyDot(nodes, current)
            : drawHistoryGraph(scripts, nodes, current);
      outLines(ctx, lines);
      return 0;
    }
    const options = { branches: true, doc: true, parents: true, tree: true, current };
    outLines(
      ctx,
      nodes.map((node) =>
        ctx.global.verbose
          ? formatRevisionEntry(scripts, node, current)
          : formatRevisionLine(scripts, node, options),
      ),
    );
    return 0;
  },
};

/**
 * Prints lines in one write: a line at a time, 10,000 revisions cost 10,000 system calls (stdout
 * to a file or pipe is synchronous), as much as reading the history did.
 */
function outLines(ctx: CliContext, lines: readonly string[]): void {
  if (lines.length > 0) ctx.io.stdout(`${lines.join("\n")}\n`);
}

/** `history --applied`: the history table, newest first. */
async function appliedHistory(ctx: CliContext, args: ParsedArgs): Promise<number> {
  const entries = [...(await (await ctx.migrator()).history())].reverse();
  if (flag(args, "json")) {
    ctx.json({ entries });
    return 0;
  }
  if (entries.length === 0) {
    ctx.note("Nothing has run on this database yet (the history table is empty).");
    return 0;
  }
  for (const entry of entries) {
    const checksum = entry.checksum === null ? "" : ` checksum ${entry.checksum.slice(0, 12)}`;
    const note = entry.note === null ? "" : ` (${entry.note})`;
    ctx.out(
      `${entry.finishedAt.toISOString()}  ${entry.direction.padEnd(12)} ${entry.revision}  ${entry.durationMs} ms  by ${entry.appliedBy} as ${entry.dbUser}${checksum}${note}`,
    );
  }
  return 0;
}

/** `retort show <rev>` */
export const showCommand: Command = {
  name: "show",
  summary: "Show one revision in full (offline).",
  args: [
    { name: "rev", required: true, description: "a revision, prefix, `head`, `label@head`..." },
  ],
  options: [jsonOption],
  examples: ["retort show head", "retort show 1975"],
  async run(ctx, args) {
    const scripts = await ctx.scripts();
    const nodes = scripts.graph.resolve(args.positionals[0]!);
    if (flag(args, "json")) {
      ctx.json({ revisions: nodes.map((node) => revisionJson(scripts, node)) });
      return 0;
    }
    for (const node of nodes) ctx.out(formatRevisionEntry(scripts, node));
    return 0;
  },
};

/** `retort current` */
export const currentCommand: Command = {
  name: "current",
  summary: "Show the database's current revision(s).",
  args: [],
  options: [verboseListing, jsonOption],
  async run(ctx, args) {
    const scripts = await ctx.scripts();
    const migrator = await ctx.migrator();
    const heads = await migrator.currentHeads();
    const interrupted = await migrator.interrupted();
    const known = heads.filter((rev) => scripts.graph.has(rev));
    // A revision a squash replaced is the old history's head: `upgrade` moves the version table
    // to the squash, so it is a place the files account for, not a mismatched checkout.
    const squashOf = (rev: string) =>
      scripts.scripts.find((script) => script.replaces.includes(rev));
    const unknown = heads.filter((rev) => !known.includes(rev) && squashOf(rev) === undefined);
    // As Alembic ("Can't locate revision identified by ..."): a database the files cannot place
    // is an error, so a script or a deploy step does not read a wrong checkout as fine.
    if (unknown.length > 0) {
      throw new DatabaseAtUnknownRevisionError(
        unknown,
        scripts.config.versionLocations.map((dir) => scripts.displayPath(dir)),
      );
    }
    if (flag(args, "json")) {
      ctx.json({
        heads,
        revisions: known.map((rev) => revisionJson(scripts, scripts.script(rev))),
        unknown: heads.filter((rev) => !known.includes(rev)),
        interrupted,
      });
      return 0;
    }
    for (const step of interrupted) {
      ctx.note(
        `warning: ${step.direction === "up" ? "upgrade" : "downgrade"} ${step.revision} (not transactional) started at ${step.startedAt.toISOString()} and never finished, so part of it may be applied; \`retort upgrade\` says what ran and refuses to continue until \`retort stamp\` records where the database is.`,
      );
    }
    if (heads.length === 0) ctx.note("The database is at base: no migration is applied.");
    for (const rev of heads) {
      const squash = known.includes(rev) ? undefined : squashOf(rev);
      if (squash !== undefined) {
        ctx.out(
          `${rev} (replaced by ${squash.revision}; \`retort upgrade\` records the database at it)`,
        );
        continue;
      }
      const script = scripts.script(rev);
      ctx.out(
        ctx.global.verbose
          ? formatRevisionEntry(scripts, script)
          : formatRevisionLine(scripts, script, {}),
      );
    }
    return 0;
  },
};
