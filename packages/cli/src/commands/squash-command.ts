import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { generateRevision, newRevisionId, RetortError } from "@retort/core";
import {
  type Command,
  flag,
  jsonOption,
  messageOption,
  revIdOption,
  stringOption,
} from "../command";
import { autogenerate, loadModels, printChanges, warnUnexported } from "./autogenerate";

const noCheck = {
  name: "noCheck",
  flag: "--no-check",
  type: "boolean",
  description: "skip comparing the models with the database at the head first",
} as const;

import { runPostWrite } from "./revision-commands";

/** `retort squash` */
export const squashCommand: Command = {
  name: "squash",
  summary: "Replace the whole history with one migration generated from the models.",
  description:
    "First compares the models with the database, which must be at the head (as `check`), and refuses when they differ (--no-check skips this, for when no such database is at hand). The old migration files move to <migrations>/archive/<new revision>/; the new revision lists the revisions it `replaces`, so a database at the old head is recognised (its version table moves to the new revision; nothing re-runs). The new migration comes from the models alone: anything the old migrations did with op.execute (functions, triggers, data) must be carried over by hand.",
  args: [],
  options: [
    messageOption("the new migration's message (default: squashed)"),
    revIdOption("the new revision id"),
    noCheck,
    jsonOption,
  ],
  examples: ['retort squash -m "initial"', 'retort squash -m "initial" --no-check'],
  async run(ctx, args) {
    const config = await ctx.config();
    const scripts = await ctx.scripts();
    const old = scripts.graph.walk().reverse();
    if (old.length === 0) {
      throw new RetortError("BAD_ARGUMENT", "There is no migration to squash.", {
        hint: 'write the first one with `retort revision --autogenerate -m "initial"`.',
      });
    }
    // The squashed migration stands for the old head: a database there is recorded at it with
    // nothing run. Models ahead of the history would give fresh databases what those lack.
    if (!flag(args, "noCheck")) {
      const { result } = await autogenerate(ctx, "check");
      if (result.changes.length > 0) {
        if (!flag(args, "json")) printChanges(ctx, result.changes);
        throw new RetortError(
          "SQUASH_REFUSED",
          `Not squashing: the models differ from the database at the head (${result.changes.length} difference${result.changes.length === 1 ? "" : "s"}), so databases at the old head would be recorded at a schema they do not have.`,
          {
            hint: 'write the missing migration first (`retort revision --autogenerate -m "..."`, then `retort upgrade head`), and squash again.',
          },
        );
      }
    }
    const { models, unexported } = await loadModels(ctx);
    await warnUnexported(ctx, unexported, relative(config.root, config.models));
    const differ = await import("@retort/differ");
    const target = differ.describeModels(models);
    // Only the schemas, as squash has always compared: `exclude` does not filter the models here.
    const { schemas } = differ.managedScope(config);
    const diff = differ.diffSchemas(differ.emptySchema, target, { schemas });
    const revision = stringOption(args, "revId") ?? newRevisionId();
    const archive = join(config.archiveDir, revision);
    if (existsSync(archive)) {
      throw new RetortError("FILE_EXISTS", `${relative(config.root, archive)} already exists.`, {
        hint: "choose another --rev-id.",
      });
    }

    // Move the old files aside first and put them back if anything fails, so a failed squash
    // leaves the history exactly as it was.
    const moved: [from: string, to: string][] = [];
    const restore = () => {
      for (const [from, to] of moved.reverse()) renameSync(to, from);
      rmSync(archive, { recursive: true, force: true });
    };
    let written: string;
    try {
      for (const script of old) {
        const location =
          config.versionLocations.find((dir) => script.path.startsWith(`${dir}/`)) ??
          dirname(script.path);
        const to = join(archive, relative(location, script.path));
        mkdirSync(dirname(to), { recursive: true });
        renameSync(script.path, to);
        moved.push([script.path, to]);
      }
      ctx.invalidateScripts();
      const emptied = await ctx.scripts();
      const result = generateRevision(emptied, {
        message: stringOption(args, "message") ?? "squashed",
        head: "base",
        revisionId: revision,
        templatePath: config.templatePath,
        replaces: old.map((script) => script.revision),
        upgrades: differ.renderMigrationBody(diff.upgrade),
        downgrades: differ.renderMigrationBody(diff.downgrade),
      });
      written = result.path;
    } catch (error) {
      restore();
      ctx.invalidateScripts();
      throw error;
    }
    ctx.invalidateScripts();
    await runPostWrite(ctx, [written]);
    const summary = {
      revision,
      path: relative(config.root, written),
      replaces: old.map((script) => script.revision),
      archive: relative(config.root, archive),
    };
    if (flag(args, "json")) {
      ctx.json(summary);
      return 0;
    }
    ctx.out(`Generating ${summary.path} ... done`);
    ctx.note(
      `Squashed ${old.length} migration${old.length === 1 ? "" : "s"} into ${revision}; the old files are in ${summary.archive}/. A database at the old head is recognised on its next upgrade. The new migration comes from the models alone: carry over by hand what old migrations did with op.execute (functions, triggers, data).`,
    );
    return 0;
  },
};
