import type { MigrationScript, ScriptDirectory } from "@retort/core";

/** How much of a revision a line shows; mirrors Alembic's `cmd_format`. */
export interface FormatRevisionOptions {
  readonly branches?: boolean;
  readonly parents?: boolean;
  readonly doc?: boolean;
  readonly tree?: boolean;
  readonly headIndicator?: boolean;
  readonly current?: ReadonlySet<string>;
}

/** A one-line summary, as `alembic history` / `heads` print it. */
export function formatRevisionLine(
  scripts: ScriptDirectory,
  script: MigrationScript,
  options: FormatRevisionOptions,
): string {
  const { graph } = scripts;
  let text = script.revision;
  if (options.parents) {
    const down = script.downRevisions.length === 0 ? "<base>" : script.downRevisions.join(", ");
    text =
      script.dependsOn.length > 0
        ? `${down} (${script.dependsOn.join(", ")}) -> ${text}`
        : `${down} -> ${text}`;
  }
  if (options.branches) {
    const labels = graph.branchLabelsOf(script.revision);
    if (labels.length > 0) text += ` (${labels.join(", ")})`;
  }
  if (options.headIndicator !== false && graph.isHead(script.revision)) text += " (head)";
  if (options.current?.has(script.revision)) text += " (current)";
  if (options.tree) {
    if (graph.isBranchPoint(script.revision)) text += " (branchpoint)";
    if (graph.isMergePoint(script.revision)) text += " (mergepoint)";
  }
  if (options.doc) text += `, ${script.message}`;
  return text;
}

/** The full entry, as `alembic show` and `--verbose` listings print it. */
export function formatRevisionEntry(
  scripts: ScriptDirectory,
  script: MigrationScript,
  current?: ReadonlySet<string>,
): string {
  const { graph } = scripts;
  const rev = script.revision;
  let entry = `Rev: ${rev}${graph.isHead(rev) ? " (head)" : ""}${graph.isBranchPoint(rev) ? " (branchpoint)" : ""}${graph.isMergePoint(rev) ? " (mergepoint)" : ""}${current?.has(rev) ? " (current)" : ""}\n`;
  const down = script.downRevisions.length === 0 ? "<base>" : script.downRevisions.join(", ");
  entry += graph.isMergePoint(rev) ? `Merges: ${down}\n` : `Parent: ${down}\n`;
  if (script.dependsOn.length > 0) entry += `Also depends on: ${script.dependsOn.join(", ")}\n`;
  if (graph.isBranchPoint(rev)) {
    entry += `Branches into: ${graph
      .children(rev)
      .map((child) => child.revision)
      .join(", ")}\n`;
  }
  const labels = graph.branchLabelsOf(rev);
  if (labels.length > 0) entry += `Branch names: ${labels.join(", ")}\n`;
  entry += `Path: ${scripts.displayPath(script.path)}\n`;
  entry += `\n    ${script.message}\n\n    Revision ID: ${rev}\n    Revises: ${script.downRevisions.join(", ")}\n    Create Date: ${script.createdAt ?? ""}\n`;
  return entry;
}

/** A revision as plain data for `--json`. */
export function revisionJson(
  scripts: ScriptDirectory,
  script: MigrationScript,
  current?: ReadonlySet<string>,
) {
  const { graph } = scripts;
  const rev = script.revision;
  return {
    revision: rev,
    downRevisions: script.downRevisions,
    branchLabels: graph.branchLabelsOf(rev),
    dependsOn: script.dependsOn,
    message: script.message,
    createdAt: script.createdAt ?? null,
    path: scripts.displayPath(script.path),
    isHead: graph.isHead(rev),
    isBranchPoint: graph.isBranchPoint(rev),
    isMergePoint: graph.isMergePoint(rev),
    children: graph.children(rev).map((child) => child.revision),
    ...(current === undefined ? {} : { isCurrent: current.has(rev) }),
  };
}
