import { applyVersionChange, type MigrationStep } from "./migration-step";
import { RevisionGraph } from "./revision-graph";
import type { RevisionNode } from "./revision-node";

/**
 * Builds a graph for tests from one line per revision:
 * `"c<a,b @feature ~x"` is revision `c` with down revisions `a, b`, the label `feature`, and a
 * dependency on `x`.
 */
export function graphOf(...lines: string[]): RevisionGraph {
  return new RevisionGraph(lines.map(nodeOf));
}

export function nodeOf(line: string): RevisionNode {
  const [head = "", ...rest] = line.trim().split(/\s+/);
  const [revision = "", down] = head.split("<");
  const listOf = (mark: string) =>
    rest
      .filter((part) => part.startsWith(mark))
      .flatMap((part) => part.slice(1).split(","))
      .filter((part) => part !== "");
  return {
    revision,
    downRevisions: down === undefined ? [] : down.split(","),
    branchLabels: listOf("@"),
    dependsOn: listOf("~"),
  };
}

export function revisionsOf(nodes: readonly RevisionNode[]): string[] {
  return nodes.map((node) => node.revision);
}

/** Runs the steps' version changes over the starting rows, as the runner does. */
export function replay(start: readonly string[], steps: readonly MigrationStep[]): string[] {
  const rows = new Set(start);
  for (const step of steps) applyVersionChange(rows, step.versionChange);
  return [...rows].sort();
}
