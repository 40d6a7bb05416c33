import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replay } from "./graph-fixture";
import { RevisionGraph } from "./revision-graph";
import type { RevisionNode } from "./revision-node";

interface RandomGraph {
  /** The graph's input, in generation order or reversed. */
  readonly nodes: RevisionNode[];
  /** Revision ids by generation index. */
  readonly ids: string[];
  /** Every parent of node i (down revisions and dependencies), as indices: the test's oracle. */
  readonly parents: number[][];
}

// Each node draws its parents from earlier nodes, so the graph is acyclic by construction;
// merges, several roots, labels and dependencies (by id or by label) all occur.
const randomGraph: fc.Arbitrary<RandomGraph> = fc
  .array(
    fc.record({
      down: fc.oneof(
        { weight: 1, arbitrary: fc.constant<number[]>([]) },
        { weight: 6, arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 1 }) },
        { weight: 2, arbitrary: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }) },
      ),
      deps: fc.oneof(
        { weight: 4, arbitrary: fc.constant<number[]>([]) },
        { weight: 1, arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }) },
      ),
      labelled: fc.boolean(),
      depByLabel: fc.boolean(),
    }),
    { minLength: 1, maxLength: 24 },
  )
  .chain((specs) => fc.tuple(fc.constant(specs), fc.boolean()))
  .map(([specs, reversed]) => {
    const nodes: RevisionNode[] = [];
    const parents: number[][] = [];
    const labelOf = new Map<number, string>();
    specs.forEach((spec, i) => {
      const down = i === 0 ? [] : [...new Set(spec.down.map((d) => d % i))];
      const deps = i === 0 ? [] : [...new Set(spec.deps.map((d) => d % i))];
      if (spec.labelled && i % 3 === 0) labelOf.set(i, `label${i}`);
      nodes.push({
        revision: `rev${i.toString(16).padStart(3, "0")}`,
        downRevisions: down.map((d) => `rev${d.toString(16).padStart(3, "0")}`),
        branchLabels: labelOf.has(i) ? [labelOf.get(i) as string] : [],
        dependsOn: deps.map(
          (d) =>
            (spec.depByLabel ? labelOf.get(d) : undefined) ??
            `rev${d.toString(16).padStart(3, "0")}`,
        ),
      });
      parents.push([...new Set([...down, ...deps])]);
    });
    const ids = nodes.map((node) => node.revision);
    return { nodes: reversed ? [...nodes].reverse() : nodes, ids, parents };
  });

interface Oracle {
  readonly ids: readonly string[];
  readonly parents: readonly (readonly number[])[];
}

function closure(oracle: Oracle, starts: Iterable<number>): Set<number> {
  const seen = new Set<number>();
  const stack = [...starts];
  while (stack.length > 0) {
    const i = stack.pop() as number;
    if (seen.has(i)) continue;
    seen.add(i);
    stack.push(...(oracle.parents[i] ?? []));
  }
  return seen;
}

/** The version table a set of applied revisions should leave: its maximal elements. */
function rowsFor(oracle: Oracle, applied: ReadonlySet<number>): string[] {
  const covered = new Set<number>();
  for (const i of applied) for (const p of oracle.parents[i] ?? []) covered.add(p);
  return [...applied]
    .filter((i) => !covered.has(i))
    .map((i) => oracle.ids[i] as string)
    .sort();
}

const all = (oracle: Oracle) => new Set(oracle.ids.map((_, i) => i));
const RUNS = { numRuns: 150 };

describe("random revision graphs", () => {
  it("upgrade base to heads applies each revision once, parents first, ending at the heads", () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const graph = new RevisionGraph(g.nodes);
        const steps = graph.upgradePlan([], "heads");
        const position = new Map(steps.map((step, k) => [step.node.revision, k]));
        expect(steps).toHaveLength(g.ids.length);
        expect(position.size).toBe(g.ids.length);
        g.ids.forEach((id, i) => {
          for (const p of g.parents[i] ?? []) {
            expect(position.get(g.ids[p] as string)).toBeLessThan(position.get(id) as number);
          }
        });
        const heads = graph
          .resolve("heads")
          .map((n) => n.revision)
          .sort();
        expect(replay([], steps)).toEqual(heads);
        expect(heads).toEqual(rowsFor(g, all(g)));
      }),
      RUNS,
    );
  });

  it("downgrade heads to base undoes each revision once, dependents first, ending empty", () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const graph = new RevisionGraph(g.nodes);
        const heads = graph.resolve("heads").map((n) => n.revision);
        const steps = graph.downgradePlan(heads, "base");
        const position = new Map(steps.map((step, k) => [step.node.revision, k]));
        expect(steps).toHaveLength(g.ids.length);
        expect(position.size).toBe(g.ids.length);
        g.ids.forEach((id, i) => {
          for (const p of g.parents[i] ?? []) {
            expect(position.get(id)).toBeLessThan(position.get(g.ids[p] as string) as number);
          }
        });
        expect(replay(heads, steps)).toEqual([]);
        expect(steps.map((s) => s.node.revision)).toEqual(
          graph
            .upgradePlan([], "heads")
            .map((s) => s.node.revision)
            .reverse(),
        );
      }),
      RUNS,
    );
  });

  it("partial upgrades and downgrades keep the version table at the applied revisions' heads", () => {
    fc.assert(
      fc.property(randomGraph, fc.nat(), (g, pick) => {
        const graph = new RevisionGraph(g.nodes);
        const t = pick % g.ids.length;
        const target = g.ids[t] as string;

        const first = graph.upgradePlan([], target);
        const below = closure(g, [t]);
        expect(new Set(first.map((s) => s.node.revision))).toEqual(
          new Set([...below].map((i) => g.ids[i])),
        );
        const rows = replay([], first);
        expect(rows).toEqual(rowsFor(g, below));

        const rest = graph.upgradePlan(rows, "heads");
        expect(rest.some((s) => below.has(g.ids.indexOf(s.node.revision)))).toBe(false);
        const heads = replay(rows, rest);
        expect(heads).toEqual(rowsFor(g, all(g)));

        // Back down to the target: what stays is everything not above its children.
        const down = graph.downgradePlan(heads, target);
        const childIndices = g.nodes
          .filter((n) => n.downRevisions.includes(target))
          .map((n) => g.ids.indexOf(n.revision));
        const removed = new Set<number>();
        const stack = [...childIndices];
        while (stack.length > 0) {
          const i = stack.pop() as number;
          if (removed.has(i)) continue;
          removed.add(i);
          g.parents.forEach((ps, c) => {
            if (ps.includes(i)) stack.push(c);
          });
        }
        expect(new Set(down.map((s) => s.node.revision))).toEqual(
          new Set([...removed].map((i) => g.ids[i])),
        );
        const kept = new Set([...all(g)].filter((i) => !removed.has(i)));
        expect(replay(heads, down)).toEqual(rowsFor(g, kept));
      }),
      RUNS,
    );
  });

  it("history lists every revision once, newest first", () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const graph = new RevisionGraph(g.nodes);
        const listed = graph.walk().map((n) => n.revision);
        expect(new Set(listed).size).toBe(g.ids.length);
        const position = new Map(listed.map((id, k) => [id, k]));
        g.ids.forEach((id, i) => {
          for (const p of g.parents[i] ?? []) {
            expect(position.get(id)).toBeLessThan(position.get(g.ids[p] as string) as number);
          }
        });
      }),
      RUNS,
    );
  });
});
