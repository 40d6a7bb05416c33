import type { RevisionGraph } from "./revision-graph";
import type { RevisionNode } from "./revision-node";

/** Per-call input of {@link RevisionGraph.stampPlan}. */
export interface StampPlanOptions {
  /** The version table's rows now; absent offline, where they are unknown. */
  readonly currentHeads?: readonly string[] | undefined;
  /** Replace every row, not only the targets' lines of descent. Default is `false`. */
  readonly purge?: boolean | undefined;
}

/** What {@link RevisionGraph.stampPlan} decided. */
export interface StampPlan {
  /** The revisions the targets name, each once (none for `base`): each gets a history row. */
  readonly stamped: readonly string[];
  /**
   * The rows the stamp deletes: `"all"`, or the targets with their ancestors and descendants
   * (a row elsewhere is another branch's head and stays).
   */
  readonly replaces: "all" | readonly string[];
  /** The rows afterwards: the heads of other branches kept, then the stamped revisions. */
  readonly heads: readonly string[];
}

/** {@link RevisionGraph.stampPlan}, kept apart so the graph's file stays about the graph. */
export function planStamp<T extends RevisionNode>(
  graph: RevisionGraph<T>,
  targets: readonly string[],
  options: StampPlanOptions,
): StampPlan {
  const stamped = [
    ...new Set(
      targets
        .flatMap((target) => (target === "base" ? [] : graph.resolve(target)))
        .map((node) => node.revision),
    ),
  ];
  const ancestorCache = new Map<string, ReadonlySet<string>>();
  const ancestors = (revision: string): ReadonlySet<string> => {
    let found = ancestorCache.get(revision);
    if (found === undefined) {
      found = new Set(graph.has(revision) ? revisionsOf(graph.ancestors(revision)) : []);
      ancestorCache.set(revision, found);
    }
    return found;
  };
  const lineage = new Set<string>();
  for (const revision of stamped) {
    for (const id of ancestors(revision)) lineage.add(id);
    lineage.add(revision);
    for (const node of graph.descendants(revision)) lineage.add(node.revision);
  }
  const stampsBase = targets.length > 0 && targets.every((target) => target === "base");
  const replaces = options.purge || stampsBase ? "all" : [...lineage];
  const kept =
    replaces === "all" ? [] : (options.currentHeads ?? []).filter((head) => !lineage.has(head));
  const candidates = [...kept, ...stamped];
  const heads = candidates.filter((revision) =>
    candidates.every((other) => other === revision || !ancestors(other).has(revision)),
  );
  return { stamped, replaces, heads };
}

function revisionsOf(nodes: readonly RevisionNode[]): string[] {
  return nodes.map((node) => node.revision);
}
