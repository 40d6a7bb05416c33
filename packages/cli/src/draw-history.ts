import type { MigrationScript, ScriptDirectory } from "@retort/core";
import { formatRevisionLine } from "./format-revision";

/**
 * Draws the revision DAG as `git log --graph` does: one lane per line of descent, `*` on the
 * revision, `|/` where branches meet going down (a branch point), `|\` where a merge opens a lane
 * for its other parent. `nodes` come newest first (as `RevisionGraph.walk` gives them).
 *
 * Written here rather than taken from a library: the few terminal DAG drawers on npm draw
 * commit objects from `git`, not an arbitrary graph, and this one is forty lines.
 *
 * @example
 * ```ts
 * drawHistoryGraph(scripts, scripts.graph.walk(), new Set(["3f2a9c1b7d4e"]));
 * // * 3f2a9c1b7d4e (head) (current), add account table
 * // * 1975ea83b712, create user
 * ```
 */
export function drawHistoryGraph(
  scripts: ScriptDirectory,
  nodes: readonly MigrationScript[],
  current?: ReadonlySet<string>,
): string[] {
  const lines: string[] = [];
  const lanes: string[] = [];
  const row = (mark: (lane: number) => string) => lanes.map((_, i) => mark(i)).join(" ");
  for (const node of nodes) {
    let column = lanes.indexOf(node.revision);
    if (column === -1) {
      lanes.push(node.revision);
      column = lanes.length - 1;
    }
    // Several lanes waiting for this revision: it is where their branches started.
    const joining = lanes.flatMap((lane, i) => (lane === node.revision && i !== column ? [i] : []));
    if (joining.length > 0) {
      lines.push(
        row((i) => (joining.includes(i) ? "/" : "|"))
          .replace(/ \//g, "/")
          .trimEnd(),
      );
      for (const i of joining.reverse()) lanes.splice(i, 1);
    }
    const text = formatRevisionLine(scripts, node, {
      branches: true,
      doc: true,
      tree: true,
      current,
    });
    lines.push(`${row((i) => (i === column ? "*" : "|"))} ${text}`);
    const [first, ...others] = node.downRevisions;
    if (first === undefined) {
      lanes.splice(column, 1);
      continue;
    }
    lanes[column] = first;
    const opened = others.filter((parent) => !lanes.includes(parent));
    if (opened.length > 0) {
      lanes.splice(column + 1, 0, ...opened);
      lines.push(
        row((i) => (i > column && i <= column + opened.length ? "\\" : "|"))
          .replace(/ \\/g, "\\")
          .trimEnd(),
      );
    }
  }
  return lines;
}

function escapeLabel(text: string, quote: '"'): string {
  return text.replace(/\\/g, "\\\\").replace(new RegExp(quote, "g"), `\\${quote}`);
}

/**
 * The DAG as a Mermaid flowchart (for a pull request or docs), parents above children; current
 * revisions get the `current` class.
 *
 * @example
 * ```ts
 * historyMermaid(scripts.graph.walk(), new Set());
 * // flowchart BT
 * //   r_3f2a9c1b7d4e["3f2a9c1b7d4e add account table"] --> ...
 * ```
 */
export function historyMermaid(
  nodes: readonly MigrationScript[],
  current: ReadonlySet<string> = new Set(),
): string[] {
  // Mermaid labels take HTML entities, not backslash escapes.
  const label = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const lines = ["flowchart TD"];
  const shown = new Set(nodes.map((node) => node.revision));
  for (const node of [...nodes].reverse()) {
    lines.push(`  r_${node.revision}["${label(`${node.revision} ${node.message}`)}"]`);
  }
  for (const node of [...nodes].reverse()) {
    for (const parent of node.downRevisions)
      if (shown.has(parent)) lines.push(`  r_${parent} --> r_${node.revision}`);
    for (const dependency of node.dependsOn)
      if (shown.has(dependency)) lines.push(`  r_${dependency} -.-> r_${node.revision}`);
  }
  const marked = nodes.filter((node) => current.has(node.revision));
  if (marked.length > 0) {
    lines.push("  classDef current stroke-width:3px");
    lines.push(`  class ${marked.map((node) => `r_${node.revision}`).join(",")} current`);
  }
  return lines;
}

/**
 * The DAG in Graphviz DOT (`dot -Tsvg`), parents above children; current revisions drawn bold.
 *
 * @example
 * ```ts
 * historyDot(scripts.graph.walk()).join("\n"); // digraph retort { ... }
 * ```
 */
export function historyDot(
  nodes: readonly MigrationScript[],
  current: ReadonlySet<string> = new Set(),
): string[] {
  const lines = ["digraph retort {", "  node [shape=box];"];
  const shown = new Set(nodes.map((node) => node.revision));
  for (const node of [...nodes].reverse()) {
    const style = current.has(node.revision) ? ", style=bold" : "";
    lines.push(
      `  "${node.revision}" [label="${escapeLabel(`${node.revision}\n${node.message}`, '"').replace(/\n/g, "\\n")}"${style}];`,
    );
  }
  for (const node of [...nodes].reverse()) {
    for (const parent of node.downRevisions)
      if (shown.has(parent)) lines.push(`  "${parent}" -> "${node.revision}";`);
    for (const dependency of node.dependsOn)
      if (shown.has(dependency))
        lines.push(`  "${dependency}" -> "${node.revision}" [style=dashed];`);
  }
  lines.push("}");
  return lines;
}
