import { spawnSync } from "node:child_process";
import { relative } from "node:path";
import { type GenerateRevisionOptions, generateRevision, RetortError } from "@retort/core";
import type { AutogenerateResult } from "@retort/differ";
import type { CliContext } from "../cli-context";
import {
  type Command,
  flag,
  jsonOption,
  listOption,
  messageOption,
  revIdOption,
  stringOption,
} from "../command";
import {
  autogenerate,
  printChanges,
  printViewColumnMismatches,
  warnUnexported,
} from "./autogenerate";

/** Runs the config's `postWrite` commands on files retort wrote; a failure is a warning. */
export async function runPostWrite(ctx: CliContext, files: readonly string[]): Promise<void> {
  const config = await ctx.config();
  for (const command of config.postWrite) {
    const quoted = files.map((file) => `'${file.replaceAll("'", "'\\''")}'`).join(" ");
    const result = spawnSync(`${command} ${quoted}`, {
      cwd: config.root,
      shell: true,
      encoding: "utf8",
    });
    if (result.status !== 0) {
      ctx.note(
        `warning: postWrite command "${command}" failed (exit ${result.status ?? result.signal}): ${(result.stderr || result.stdout || "").trim().split("\n")[0] ?? ""}`,
      );
    }
  }
}

async function writeRevision(
  ctx: CliContext,
  options: GenerateRevisionOptions,
  json: boolean,
  extra: Record<string, unknown> = {},
): Promise<{ revision: string; path: string }> {
  const scripts = await ctx.scripts();
  const config = await ctx.config();
  const result = generateRevision(scripts, { templatePath: config.templatePath, ...options });
  ctx.invalidateScripts();
  await runPostWrite(ctx, [result.path]);
  const path = scripts.displayPath(result.path);
  if (json)
    ctx.json({ revision: result.revision, downRevisions: result.downRevisions, path, ...extra });
  else ctx.out(`Generating ${path} ... done`);
  return { revision: result.revision, path: result.path };
}

/** `retort revision` */
export const revisionCommand: Command = {
  name: "revision",
  summary: "Create a new migration file.",
  description:
    "With --autogenerate, compares the models with the database and writes the operations that turn one into the other.",
  args: [],
  options: [
    messageOption("what the migration does"),
    {
      name: "autogenerate",
      flag: "--autogenerate",
      type: "boolean",
      description: "fill it from the difference between the models and the database",
    },
    {
      name: "allowEmpty",
      flag: "--allow-empty",
      type: "boolean",
      description: "with --autogenerate, write the file even when nothing changed",
    },
    {
      name: "head",
      flag: "--head",
      type: "string",
      placeholder: "rev",
      description: "the revision to base it on (default: head; `base` for a new root)",
    },
    {
      name: "splice",
      flag: "--splice",
      type: "boolean",
      description: "allow --head to be a non-head revision, starting a branch",
    },
    {
      name: "branchLabel",
      flag: "--branch-label",
      type: "list",
      placeholder: "label",
      description: "a name for the branch that starts here",
    },
    {
      name: "dependsOn",
      flag: "--depends-on",
      type: "list",
      placeholder: "rev",
      description: "a revision or label this one depends on",
    },
    {
      name: "rename",
      flag: "--rename",
      type: "list",
      placeholder: "old=new",
      description:
        "with --autogenerate, a rename instead of a drop and an add: `customer=client`, `app.customer=client`, `customer.email=mail`",
    },
    revIdOption("the revision id (default: 12 random hex digits)"),
    {
      name: "versionPath",
      flag: "--version-path",
      type: "string",
      placeholder: "dir",
      description: "the versions folder to write into",
    },
    jsonOption,
  ],
  examples: [
    'retort revision -m "add account table"',
    'retort revision --autogenerate -m "add account table"',
    'retort revision --autogenerate -m "rename customer" --rename customer=client --rename client.email=mail',
    'retort revision -m "start billing" --head base --branch-label billing',
  ],
  async run(ctx, args) {
    const json = flag(args, "json");
    const options: GenerateRevisionOptions = {
      message: stringOption(args, "message"),
      head: stringOption(args, "head"),
      splice: flag(args, "splice"),
      branchLabels: listOption(args, "branchLabel"),
      dependsOn: listOption(args, "dependsOn"),
      revisionId: stringOption(args, "revId"),
      versionPath: stringOption(args, "versionPath"),
    };
    const renames = listOption(args, "rename");
    if (!flag(args, "autogenerate")) {
      if (renames.length > 0) {
        throw new RetortError("BAD_ARGUMENT", "--rename works only with --autogenerate.", {
          hint: "in a migration written by hand, call op.renameTable / op.renameColumn.",
        });
      }
      await writeRevision(ctx, options, json);
      return 0;
    }
    const config = await ctx.config();
    const { result, unexported } = await autogenerate(ctx, "revision", {
      renames,
      mayAsk: !json,
    });
    warnUnexported(ctx, unexported, relative(config.root, config.models));
    printViewColumnMismatches(ctx, result.viewColumnMismatches);
    if (!json) printChanges(ctx, result.changes);
    if (result.isEmpty && !flag(args, "allowEmpty")) {
      if (json) ctx.json({ revision: null, changes: [], unexported });
      else
        ctx.note(
          "No changes detected: the models match the database. Nothing written (--allow-empty writes an empty migration).",
        );
      return 0;
    }
    const generated = result as AutogenerateResult;
    await writeRevision(
      ctx,
      {
        ...options,
        upgrades: generated.upgrades || undefined,
        downgrades: generated.downgrades || undefined,
      },
      json,
      { changes: result.changes, unexported },
    );
    return 0;
  },
};

/** `retort merge` */
export const mergeCommand: Command = {
  name: "merge",
  summary: "Join two or more heads into one with a merge revision.",
  args: [
    {
      name: "revisions",
      required: true,
      variadic: true,
      description: "`heads`, or the revisions to merge",
    },
  ],
  options: [
    messageOption("what the merge is"),
    {
      name: "branchLabel",
      flag: "--branch-label",
      type: "list",
      placeholder: "label",
      description: "a name for the merged branch",
    },
    revIdOption("the revision id"),
    jsonOption,
  ],
  examples: ['retort merge heads -m "merge feature branches"', 'retort merge 27c6 ae10 -m "merge"'],
  async run(ctx, args) {
    const scripts = await ctx.scripts();
    const parents = [
      ...new Set(
        args.positionals.flatMap((rev) => scripts.graph.resolve(rev).map((node) => node.revision)),
      ),
    ];
    if (parents.length < 2) {
      throw new RetortError(
        "BAD_ARGUMENT",
        `There is nothing to merge: ${args.positionals.join(" ")} is one revision (${parents.join(", ") || "none"}).`,
        {
          hint: "merge needs two or more heads; `retort heads` lists them.",
        },
      );
    }
    await writeRevision(
      ctx,
      {
        message: stringOption(args, "message"),
        parents,
        branchLabels: listOption(args, "branchLabel"),
        revisionId: stringOption(args, "revId"),
      },
      flag(args, "json"),
    );
    return 0;
  },
};

/** `retort edit` */
export const editCommand: Command = {
  name: "edit",
  summary: "Open a migration file in $EDITOR.",
  args: [{ name: "rev", required: true, description: "the revision (`head`, a prefix...)" }],
  options: [],
  async run(ctx, args) {
    const scripts = await ctx.scripts();
    const nodes = scripts.graph.resolve(args.positionals[0]!);
    const editor = ctx.io.env.VISUAL || ctx.io.env.EDITOR;
    if (!editor) {
      throw new RetortError("BAD_ARGUMENT", "Neither $VISUAL nor $EDITOR is set.", {
        hint: "set one, for example `EDITOR=code retort edit head`.",
      });
    }
    for (const node of nodes) {
      const result = spawnSync(`${editor} '${node.path.replaceAll("'", "'\\''")}'`, {
        shell: true,
        stdio: "inherit",
      });
      if (result.status !== 0) {
        throw new RetortError(
          "ABORTED",
          `The editor exited with ${result.status ?? result.signal}.`,
        );
      }
    }
    return 0;
  },
};
