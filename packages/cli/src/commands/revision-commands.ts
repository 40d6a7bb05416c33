import { existsSync, readFileSync, rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import {
  defaultRevisionTemplate,
  type GenerateRevisionOptions,
  generateRevision,
  RetortError,
  shellWord,
} from "@retort/core";
import type { AutogenerateResult, GeneratedMigration } from "@retort/differ";
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
  printUncomparedSchemas,
  printViewColumnMismatches,
  printViewRefusals,
  warnUnexported,
} from "./autogenerate";
import { lintWrittenRevisions } from "./lint-command";

/** Runs the config's `postWrite` commands on files retort wrote; a failure is a warning. */
export async function runPostWrite(ctx: CliContext, files: readonly string[]): Promise<void> {
  const config = await ctx.config();
  if (config.postWrite.length === 0) return;
  // Loaded here: node:child_process (with net and dgram) costs every command's start-up.
  const { spawnSync } = await import("node:child_process");
  for (const command of config.postWrite) {
    const quoted = files.map(shellWord).join(" ");
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

/** A file `revision` wrote (or, with `--dry-run`, would write: then with its text). */
interface WrittenRevision {
  readonly revision: string;
  readonly downRevisions: readonly string[];
  /** Relative to the project root. */
  readonly path: string;
  readonly text?: string;
}

/**
 * Writes one revision file and prints its path (unless `--json`, which the caller prints); with
 * `dryRun`, prints the file it would write instead.
 */
async function writeRevision(
  ctx: CliContext,
  options: GenerateRevisionOptions,
  json: boolean,
): Promise<WrittenRevision> {
  const scripts = await ctx.scripts();
  const config = await ctx.config();
  const result = generateRevision(scripts, { templatePath: config.templatePath, ...options });
  const path = scripts.displayPath(result.path);
  const written = { revision: result.revision, downRevisions: result.downRevisions, path };
  if (options.dryRun) {
    if (!json) {
      ctx.note(`Would write ${path} (--dry-run: nothing written):`);
      ctx.out(result.text.trimEnd());
    }
    return { ...written, text: result.text };
  }
  ctx.invalidateScripts();
  await runPostWrite(ctx, [result.path]);
  if (!json) ctx.out(`Generating ${path} ... done`);
  return written;
}

/**
 * Writes the migrations autogenerate planned, chained: the first as asked (head, labels,
 * rev id), each next one on the previous. With the online plan, each file's message says
 * which step it is.
 */
async function writeGenerated(
  ctx: CliContext,
  options: GenerateRevisionOptions,
  migrations: readonly GeneratedMigration[],
  json: boolean,
): Promise<WrittenRevision[]> {
  const written: WrittenRevision[] = [];
  try {
    await writeChain(ctx, options, migrations, json, written);
  } catch (error) {
    // The files of an online plan are one change: a chain cut short (a full disk at its second
    // file) would be applied half, so the ones written go too.
    if (!options.dryRun) {
      const { root } = await ctx.config();
      for (const file of written) {
        rmSync(resolve(root, file.path), { force: true });
        ctx.note(`Removed ${file.path}: the chain it starts was not written whole.`);
      }
      ctx.invalidateScripts();
    }
    throw error;
  }
  return written;
}

async function writeChain(
  ctx: CliContext,
  options: GenerateRevisionOptions,
  migrations: readonly GeneratedMigration[],
  json: boolean,
  written: WrittenRevision[],
): Promise<void> {
  // The lock-safe plan's steps say so; a plain plan split only for new enum values does not.
  const isOnline = migrations.some((m) => m.purpose !== "main" && m.purpose !== "enum values");
  for (const [i, migration] of migrations.entries()) {
    const step = `${isOnline ? "online " : ""}${i + 1}/${migrations.length}: ${migration.purpose}`;
    const message =
      migrations.length === 1
        ? options.message
        : options.message
          ? `${options.message} (${step})`
          : step;
    const base: GenerateRevisionOptions =
      i === 0
        ? options
        : {
            parents: [written[i - 1]!.revision],
            versionPath: options.versionPath,
            createdAt: options.createdAt,
            dryRun: options.dryRun,
          };
    written.push(
      await writeRevision(
        ctx,
        {
          ...base,
          message,
          transactional: migration.transactional,
          upgrades: migration.upgrades || undefined,
          downgrades: migration.downgrades || undefined,
        },
        json,
      ),
    );
  }
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
      name: "dryRun",
      flag: "--dry-run",
      type: "boolean",
      description: "print the changes and the file it would write, and write nothing",
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
    {
      name: "safe",
      flag: "--safe",
      type: "boolean",
      description:
        "with --autogenerate, write the lock-safe form as chained migrations: indexes built concurrently, constraints added NOT VALID then validated (default: the config's `safety`)",
    },
    {
      name: "noSafe",
      flag: "--no-safe",
      type: "boolean",
      description:
        'with --autogenerate, write the plain form even when the config says safety: "online"',
    },
    jsonOption,
  ],
  examples: [
    'retort revision -m "add account table"',
    'retort revision --autogenerate -m "add account table"',
    'retort revision --autogenerate --safe -m "index post by author"',
    'retort revision --autogenerate -m "rename customer" --rename customer=client --rename client.email=mail',
    'retort revision -m "start billing" --head base --branch-label billing',
    'retort revision --autogenerate -m "add account table" --dry-run',
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
      dryRun: flag(args, "dryRun"),
    };
    const renames = listOption(args, "rename");
    // Before any comparison: with several heads a new revision needs to know where it goes.
    const heads = (await ctx.scripts()).graph.heads.map((head) => head.revision);
    if (options.head === undefined && heads.length > 1) {
      throw new RetortError(
        "MULTIPLE_HEADS",
        `The history has ${heads.length} heads (${heads.join(", ")}), so a new revision has no single parent.`,
        {
          hint: `add it to one branch with --head <rev> (for example --head ${heads[0]}), or join them first: retort merge heads -m "merge".`,
          details: { heads },
        },
      );
    }
    const safe = args.options.safe;
    if (safe !== undefined && flag(args, "noSafe")) {
      throw new RetortError("BAD_ARGUMENT", "--safe and --no-safe contradict each other.", {
        hint: "give one of them.",
      });
    }
    if (!flag(args, "autogenerate")) {
      if (renames.length > 0) {
        throw new RetortError("BAD_ARGUMENT", "--rename works only with --autogenerate.", {
          hint: "in a migration written by hand, call op.renameTable / op.renameColumn.",
        });
      }
      if (safe !== undefined || flag(args, "noSafe")) {
        throw new RetortError("BAD_ARGUMENT", "--safe works only with --autogenerate.", {
          hint: "in a migration written by hand, use op.createIndex(..., { concurrently: true }) with transactional: false, and notValid: true then op.validateConstraint.",
        });
      }
      const written = await writeRevision(ctx, options, json);
      if (json) ctx.json(options.dryRun ? { dryRun: true, ...written } : written);
      return 0;
    }
    const config = await ctx.config();
    const { result, unexported } = await autogenerate(ctx, "revision", {
      renames,
      mayAsk: !json,
      safety:
        safe === true ? "online" : safe === false || flag(args, "noSafe") ? "plain" : undefined,
    });
    await warnUnexported(ctx, unexported, relative(config.root, config.models));
    printViewColumnMismatches(ctx, result.viewColumnMismatches);
    printViewRefusals(ctx, result.viewRefusals);
    printUncomparedSchemas(ctx, result.uncomparedSchemas);
    if (!json) printChanges(ctx, result.changes);
    if (result.isEmpty && !flag(args, "allowEmpty")) {
      if (json) {
        ctx.json({
          revision: null,
          changes: [],
          unexported,
          uncomparedSchemas: result.uncomparedSchemas,
        });
      } else
        ctx.note(
          "No changes detected: the models match the database. Nothing written (--allow-empty writes an empty migration).",
        );
      return 0;
    }
    const generated = result as AutogenerateResult;
    const written = await writeGenerated(ctx, options, generated.migrations, json);
    if (json) {
      ctx.json({
        ...(options.dryRun ? { dryRun: true } : {}),
        ...written[0]!,
        changes: result.changes,
        unexported,
        uncomparedSchemas: result.uncomparedSchemas,
        // Every file written, in chain order (one unless the plan is online).
        files: written.map((file, i) => ({
          ...file,
          purpose: generated.migrations[i]!.purpose,
          transactional: generated.migrations[i]!.transactional,
        })),
      });
    }
    if (!options.dryRun) {
      // A file of the built-in template that no postWrite command rewrote records exactly the
      // operations it was written from: linting it need not import it.
      const isAsGenerated =
        config.postWrite.length === 0 &&
        (!existsSync(config.templatePath) ||
          readFileSync(config.templatePath, "utf8") === defaultRevisionTemplate);
      await lintWrittenRevisions(
        ctx,
        written.map((file, i) => ({
          revision: file.revision,
          operations: isAsGenerated ? generated.migrations[i]!.upgradeOperations : undefined,
        })),
      );
    }
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
    // As Alembic: a merge joins heads. One below another head would add an edge that says
    // nothing (it is already an ancestor) or fork the history anew.
    const heads = new Set(scripts.graph.heads.map((head) => head.revision));
    const notHead = parents.find((rev) => !heads.has(rev));
    if (notHead !== undefined) {
      const above = scripts.graph.heads.find((head) =>
        scripts.graph.ancestors(head.revision).some((node) => node.revision === notHead),
      );
      throw new RetortError(
        "BAD_ARGUMENT",
        `Revision ${notHead} is not a head${above === undefined ? "" : ` (${above.revision} is above it)`}: merge joins heads.`,
        {
          hint: "`retort heads` lists them; to branch from an older revision, use `retort revision --head <rev> --splice`.",
        },
      );
    }
    const written = await writeRevision(
      ctx,
      {
        message: stringOption(args, "message"),
        parents,
        branchLabels: listOption(args, "branchLabel"),
        revisionId: stringOption(args, "revId"),
      },
      flag(args, "json"),
    );
    if (flag(args, "json")) ctx.json(written);
    return 0;
  },
};

/** `retort edit` */
export const editCommand: Command = {
  name: "edit",
  summary: "Open a migration file in $VISUAL or $EDITOR.",
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
    const { spawnSync } = await import("node:child_process");
    for (const node of nodes) {
      const result = spawnSync(`${editor} ${shellWord(node.path)}`, {
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
