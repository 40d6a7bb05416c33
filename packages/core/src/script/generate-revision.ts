import { randomBytes } from "node:crypto";
import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { RetortError } from "../errors/retort-error";
import {
  branchLabelProblem,
  newRevisionId,
  REVISION_ID_RULE,
  revisionIdProblem,
} from "../graph/revision-id";
import { scanProgram } from "./checksum-scan";
import {
  BadMigrationFileError,
  type MigrationHeader,
  parseMigrationHeader,
  readMigrationHeader,
} from "./migration-header";
import { defaultRevisionTemplate, renderRevisionTemplate, revisionSlug } from "./revision-template";
import type { MigrationScript, ScriptDirectory } from "./script-directory";

/** Per-call input of {@link generateRevision}. */
export interface GenerateRevisionOptions {
  readonly message?: string | undefined;
  /**
   * What the new revision is based on: `head` (default; the one head), `base` (a new root),
   * `heads` (all heads), a revision, or `label@head`.
   */
  readonly head?: string | undefined;
  /** Allow `head` to be a revision that is not a head, starting a new branch. */
  readonly splice?: boolean | undefined;
  readonly branchLabels?: readonly string[] | undefined;
  /** Revisions (or branch labels) the new revision depends on. */
  readonly dependsOn?: readonly string[] | undefined;
  /** Explicit parents (for `merge`); overrides `head`. */
  readonly parents?: readonly string[] | undefined;
  /** The revision id. Default is 12 random hex digits. */
  readonly revisionId?: string | undefined;
  /** The folder to write into; must be one of the version locations. */
  readonly versionPath?: string | undefined;
  /** The template file; default is the built-in one. */
  readonly templatePath?: string | undefined;
  readonly upgrades?: string | undefined;
  readonly downgrades?: string | undefined;
  readonly replaces?: readonly string[] | undefined;
  readonly createdAt?: Date | undefined;
  /** Check everything and render the file, but write nothing (`revision --dry-run`). */
  readonly dryRun?: boolean | undefined;
  /** `false` writes `transactional: false` (a migration of `CREATE INDEX CONCURRENTLY`). */
  readonly transactional?: boolean | undefined;
}

/** What {@link generateRevision} wrote. */
export interface GenerateRevisionResult {
  readonly revision: string;
  readonly downRevisions: readonly string[];
  /** Absolute path of the new file. */
  readonly path: string;
  /** The file's text. */
  readonly text: string;
  readonly script: MigrationScript;
}

/**
 * Writes a new migration file, with Alembic's rules for `--head`, `--splice`,
 * `--branch-label`, `--depends-on`, `--rev-id` and `--version-path`.
 *
 * @example
 * ```ts
 * const { path } = generateRevision(scripts, { message: "add account table" });
 * ```
 */
export function generateRevision(
  scripts: ScriptDirectory,
  options: GenerateRevisionOptions,
): GenerateRevisionResult {
  const { graph } = scripts;
  const revision = options.revisionId ?? newRevisionId();
  // `current` is a word of range arguments (`history -r current:`), not a revision's name.
  const problem = revision === "current" ? "it is a reserved word" : revisionIdProblem(revision);
  if (problem !== undefined) {
    throw new RetortError(
      "BAD_ARGUMENT",
      `The revision id "${revision}" is not valid: ${problem}.`,
      {
        hint: `use ${REVISION_ID_RULE} (the default is 12 hex digits).`,
      },
    );
  }
  if (scripts.scripts.some((script) => script.revision === revision)) {
    throw new RetortError("DUPLICATE_REVISION", `Revision ${revision} already exists.`, {
      hint: "choose another --rev-id, or leave it out for a random one.",
      details: { revision },
    });
  }

  let parents: MigrationScript[];
  if (options.parents !== undefined) {
    // A dry run chains files it did not write: their parents are not in the graph.
    parents = options.parents.flatMap((parent) =>
      options.dryRun && !graph.has(parent) ? [] : [graph.get(parent)],
    );
  } else {
    const head = options.head ?? "head";
    parents = head === "base" ? [] : graph.resolve(head);
    if (!options.splice) {
      const notHead = parents.find((parent) => !graph.isHead(parent.revision));
      if (notHead !== undefined) {
        throw new RetortError(
          "BAD_ARGUMENT",
          `Revision ${notHead.revision} is not a head revision.`,
          {
            hint: "pass --splice to start a new branch from it, or base the new revision on a head.",
            details: { revision: notHead.revision },
          },
        );
      }
    }
  }
  const parentIds =
    options.parents !== undefined ? [...options.parents] : parents.map((parent) => parent.revision);
  if (new Set(parentIds).size !== parentIds.length) {
    throw new RetortError("BAD_ARGUMENT", `Duplicate parent revisions: ${parentIds.join(", ")}.`);
  }

  const labels = new Set(scripts.scripts.flatMap((script) => script.branchLabels));
  for (const label of options.branchLabels ?? []) {
    // Refused here, not by the next command to read the file: a file written with a bad label
    // would stop every command until it is fixed by hand.
    const labelProblem = label === "current" ? "it is a reserved word" : branchLabelProblem(label);
    if (labelProblem !== undefined) {
      throw new RetortError(
        "BAD_ARGUMENT",
        `The branch label "${label}" is not valid: ${labelProblem}.`,
        { hint: "use a word without @, : or spaces, other than head, heads, base and current." },
      );
    }
    if (label === revision || scripts.scripts.some((script) => script.revision === label)) {
      throw new RetortError(
        "BAD_ARGUMENT",
        `The branch label "${label}" is a revision id; a label must name a branch, not a revision.`,
        { hint: "choose another label.", details: { label } },
      );
    }
    if (labels.has(label)) {
      throw new RetortError(
        "DUPLICATE_BRANCH_LABEL",
        `The branch label "${label}" is already used.`,
        {
          hint: "choose another label; a label names one branch.",
          details: { label },
        },
      );
    }
  }
  // Alembic keeps a branch label as written and turns anything else into a full revision id.
  const dependsOn = (options.dependsOn ?? []).map((dep) =>
    labels.has(dep) ? dep : graph.resolve(dep).map((node) => node.revision),
  );

  const versionPath = chooseVersionPath(scripts, options.versionPath, parents);
  if (!options.dryRun) mkdirSync(versionPath, { recursive: true });
  const slug = revisionSlug(options.message ?? "");
  const path = join(versionPath, `${revision}_${slug}.ts`);
  if (existsSync(path)) {
    throw new RetortError("FILE_EXISTS", `${scripts.displayPath(path)} already exists.`, {
      hint: "choose another --rev-id or message.",
    });
  }
  const isOwnTemplate = options.templatePath !== undefined && existsSync(options.templatePath);
  const template = isOwnTemplate
    ? readFileSync(options.templatePath!, "utf8")
    : defaultRevisionTemplate;
  const text = renderRevisionTemplate(template, {
    revision,
    downRevisions: parentIds,
    branchLabels: options.branchLabels ?? [],
    dependsOn: dependsOn.flat(),
    message: options.message ?? "",
    createdAt: options.createdAt ?? new Date(),
    replaces: options.replaces,
    transactional: options.transactional,
    upgrades: options.upgrades,
    downgrades: options.downgrades,
  });
  // Read back what we wrote, so a broken template fails here and not at the next command. The
  // built-in one writes a header the scanner reads without loading a parser; a team's own is
  // parsed whole, unless the scanner reads all of it (then Babel reads it the same way).
  let header: MigrationHeader;
  try {
    header =
      isOwnTemplate && scanProgram(text) === undefined
        ? parseMigrationHeader(text, scripts.displayPath(path))
        : readMigrationHeader(text, () => scripts.displayPath(path));
  } catch (error) {
    if (!isOwnTemplate || !(error instanceof BadMigrationFileError)) throw error;
    // The file named does not exist (it was not written): the template is what to fix.
    const written = error.line === undefined ? undefined : text.split("\n")[error.line - 1];
    throw new BadMigrationFileError(
      scripts.displayPath(options.templatePath!),
      undefined,
      `the revision template writes a file that does not parse: ${error.problem}${
        written === undefined
          ? ""
          : ` (line ${error.line} of what it writes: \`${written.trim()}\`)`
      }`,
      "fix the template (its {{placeholders}} are filled in before the file is read back); no migration was written.",
    );
  }
  if (!options.dryRun) writeNewFile(path, text, scripts.displayPath(path));
  return {
    revision,
    downRevisions: parentIds,
    path,
    text,
    script: {
      revision,
      downRevisions: header.downRevisions,
      branchLabels: header.branchLabels,
      dependsOn: header.dependsOn,
      message: header.message,
      createdAt: header.createdAt,
      transactional: header.transactional,
      lockTimeout: header.lockTimeout,
      lockRetries: header.lockRetries,
      replaces: header.replaces,
      path,
    },
  };
}

function chooseVersionPath(
  scripts: ScriptDirectory,
  requested: string | undefined,
  parents: readonly MigrationScript[],
): string {
  const locations = scripts.config.versionLocations.map((dir) => resolve(dir));
  if (requested !== undefined) {
    const wanted = resolve(scripts.config.root, requested);
    if (!locations.includes(wanted)) {
      throw new RetortError("BAD_ARGUMENT", `${requested} is not one of the version locations.`, {
        hint: `use one of: ${locations.map((dir) => scripts.displayPath(dir)).join(", ")} (or add it to versionLocations in retort.config.ts).`,
      });
    }
    return wanted;
  }
  if (locations.length === 1) return locations[0]!;
  // With several locations, a new revision goes where its parent lives, as Alembic does.
  const parent = parents[0];
  if (parent !== undefined) {
    const home = locations.find((dir) => parent.path.startsWith(`${dir}/`));
    if (home !== undefined) return home;
  }
  throw new RetortError("BAD_ARGUMENT", "Several version locations are configured.", {
    hint: "say which one with --version-path.",
  });
}

/**
 * Writes a new file whole or not at all: the text goes to a temporary file beside it (a name no
 * command reads as a migration), which is then linked to `path` (failing if `path` exists, as
 * the exclusive write did). A full disk or a missing permission leaves no empty or cut-off
 * migration behind, which every later command would fail to read.
 */
function writeNewFile(path: string, text: string, display: string): void {
  const temp = `${path}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(temp, text, { flag: "wx" });
    try {
      linkSync(temp, path);
    } catch (error) {
      // A file system without hard links (some network and FUSE mounts): rename instead, after
      // the same check for an existing file.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST" || existsSync(path)) throw error;
      renameSync(temp, path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && existsSync(path)) {
      throw new RetortError("FILE_EXISTS", `${display} already exists.`, {
        hint: "choose another --rev-id or message.",
      });
    }
    throw new RetortError(
      "WRITE_FAILED",
      `Could not write ${display}: ${(error as Error).message.replace(/^\w+: /, "")}.`,
      {
        hint: "free some space or fix the folder's permissions, then run the command again; nothing was written.",
        cause: error,
        details: { path: display, errno: code },
      },
    );
  } finally {
    rmSync(temp, { force: true });
  }
}
