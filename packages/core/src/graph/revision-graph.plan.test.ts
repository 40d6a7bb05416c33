import { describe, expect, it } from "vitest";
import { graphOf, nodeOf, replay } from "./graph-fixture";
import type { MigrationStep } from "./migration-step";
import {
  AmbiguousRelativeError,
  BadRevisionArgumentError,
  MultipleHeadsError,
  RangeNotAllowedError,
  RangeNotAncestorError,
  RelativeOutOfRangeError,
  UnknownRevisionError,
} from "./revision-errors";
import { RevisionGraph } from "./revision-graph";

const order = (steps: readonly MigrationStep[]) => steps.map((step) => step.node.revision);
const changes = (steps: readonly MigrationStep[]) => steps.map((step) => step.versionChange);

// r0 <- a <- b1 <- b2, a <- c1 <- c2; labels bee (b1) and sea (c1)
const branched = graphOf("r0", "a<r0", "b1<a @bee", "b2<b1", "c1<a @sea", "c2<c1");
const merged = graphOf("r0", "a<r0", "b1<a", "b2<b1", "c1<a", "c2<c1", "m<b2,c2", "n<m");
const linear = graphOf("r0", "r1<r0", "r2<r1", "r3<r2");

describe("upgradePlan", () => {
  it("applies a line in order, inserting then updating the row", () => {
    const steps = linear.upgradePlan([], "head");
    expect(order(steps)).toEqual(["r0", "r1", "r2", "r3"]);
    expect(changes(steps)).toEqual([
      { kind: "insert", revision: "r0" },
      { kind: "update", from: "r0", to: "r1" },
      { kind: "update", from: "r1", to: "r2" },
      { kind: "update", from: "r2", to: "r3" },
    ]);
  });

  it("gives what the log prints on each side of the arrow", () => {
    const [first, second] = linear.upgradePlan([], "r1");
    expect(first).toMatchObject({ direction: "up", fromRevisions: [], toRevisions: ["r0"] });
    expect(second).toMatchObject({ fromRevisions: ["r0"], toRevisions: ["r1"] });
    const [merge] = merged.upgradePlan(["b2", "c2"], "m");
    expect(merge).toMatchObject({ fromRevisions: ["b2", "c2"], toRevisions: ["m"] });
  });

  it("skips what is applied", () => {
    expect(order(linear.upgradePlan(["r1"], "head"))).toEqual(["r2", "r3"]);
    expect(linear.upgradePlan(["r3"], "head")).toEqual([]);
    expect(linear.upgradePlan(["r3"], "r1")).toEqual([]);
    expect(linear.upgradePlan([], "base")).toEqual([]);
  });

  it("applies every branch for heads, one branch at a time, opening a row per branch", () => {
    const steps = branched.upgradePlan([], "heads");
    expect(order(steps)).toEqual(["r0", "a", "b1", "b2", "c1", "c2"]);
    expect(changes(steps)[4]).toEqual({ kind: "insert", revision: "c1" });
    expect(replay([], steps)).toEqual(["b2", "c2"]);
  });

  it("applies only the ancestors of a revision on one branch", () => {
    expect(order(branched.upgradePlan([], "b2"))).toEqual(["r0", "a", "b1", "b2"]);
    const steps = branched.upgradePlan(["b2"], "sea@head");
    expect(order(steps)).toEqual(["c1", "c2"]);
    expect(replay(["b2"], steps)).toEqual(["b2", "c2"]);
  });

  it("refuses head with several heads", () => {
    expect(() => branched.upgradePlan([], "head")).toThrow(MultipleHeadsError);
  });

  it("applies both parents before a merge and merges the rows", () => {
    const steps = merged.upgradePlan(["b1"], "head");
    expect(order(steps)).toEqual(["b2", "c1", "c2", "m", "n"]);
    expect(changes(steps)).toEqual([
      { kind: "update", from: "b1", to: "b2" },
      { kind: "insert", revision: "c1" },
      { kind: "update", from: "c1", to: "c2" },
      { kind: "merge", delete: ["b2"], from: "c2", to: "m" },
      { kind: "update", from: "m", to: "n" },
    ]);
    expect(replay(["b1"], steps)).toEqual(["n"]);
  });

  it("merges three heads into one row", () => {
    const g = graphOf("r0", "x<r0", "y<r0", "z<r0", "m<x,y,z");
    const steps = g.upgradePlan(["x", "y", "z"], "m");
    expect(changes(steps)).toEqual([{ kind: "merge", delete: ["x", "y"], from: "z", to: "m" }]);
  });

  it("applies dependencies first and folds their row into the dependent", () => {
    // networking is its own base; y depends on it.
    const g = graphOf("n1 @networking", "n2<n1", "x", "y<x ~networking");
    const steps = g.upgradePlan([], "y");
    expect(order(steps)).toEqual(["x", "n1", "y"]);
    expect(changes(steps)).toEqual([
      { kind: "insert", revision: "x" },
      { kind: "insert", revision: "n1" },
      { kind: "merge", delete: ["x"], from: "n1", to: "y" },
    ]);
    // The Alembic log leaves dependencies out of "from".
    expect(steps[2]).toMatchObject({ fromRevisions: ["x"], toRevisions: ["y"] });

    const all = g.upgradePlan([], "heads");
    expect(order(all)).toEqual(["n1", "n2", "x", "y"]);
    expect(changes(all)[3]).toEqual({ kind: "update", from: "x", to: "y" });
    expect(replay([], all)).toEqual(["n2", "y"]);
  });

  it("upgrades to a dependency that is already applied as a non-head", () => {
    const g = graphOf("n1 @networking", "x", "y<x ~n1");
    expect(g.upgradePlan(["y"], "networking@head")).toEqual([]);
  });

  it("takes relative steps", () => {
    expect(order(linear.upgradePlan(["r0"], "+2"))).toEqual(["r1", "r2"]);
    expect(order(linear.upgradePlan([], "+1"))).toEqual(["r0"]);
    expect(order(linear.upgradePlan([], "r1+1"))).toEqual(["r0", "r1", "r2"]);
    expect(order(branched.upgradePlan(["b2", "c1"], "sea@+1"))).toEqual(["c2"]);
    expect(() => linear.upgradePlan(["r2"], "+5")).toThrow(RelativeOutOfRangeError);
    expect(() => branched.upgradePlan(["a"], "+1")).toThrow(AmbiguousRelativeError);
    expect(() => branched.upgradePlan(["b1", "c1"], "+1")).toThrow(AmbiguousRelativeError);
    expect(() => linear.upgradePlan(["r2"], "-1")).toThrow(BadRevisionArgumentError);
  });

  it("rejects ranges, unknown targets and unknown current heads", () => {
    expect(() => linear.upgradePlan([], "r0:r2")).toThrow(RangeNotAllowedError);
    expect(() => linear.upgradePlan([], "zz")).toThrow(UnknownRevisionError);
    expect(() => linear.upgradePlan(["zz"], "head")).toThrow(UnknownRevisionError);
  });

  it("keeps extra node fields", () => {
    const g = new RevisionGraph([{ ...nodeOf("a"), file: "a_init.ts" }]);
    expect(g.upgradePlan([], "head")[0]?.node.file).toBe("a_init.ts");
  });
});

describe("downgradePlan", () => {
  it("steps back one from the single head", () => {
    const steps = linear.downgradePlan(["r3"], "-1");
    expect(order(steps)).toEqual(["r3"]);
    expect(steps[0]).toMatchObject({
      direction: "down",
      fromRevisions: ["r3"],
      toRevisions: ["r2"],
      versionChange: { kind: "update", from: "r3", to: "r2" },
    });
  });

  it("removes everything for base, deleting the last row", () => {
    const steps = linear.downgradePlan(["r3"], "base");
    expect(order(steps)).toEqual(["r3", "r2", "r1", "r0"]);
    expect(steps[3]?.versionChange).toEqual({ kind: "delete", revision: "r0" });
    expect(steps[3]?.toRevisions).toEqual([]);
    expect(replay(["r3"], steps)).toEqual([]);
  });

  it("refuses to walk past base", () => {
    expect(() => linear.downgradePlan(["r3"], "-5")).toThrow(RelativeOutOfRangeError);
    expect(order(linear.downgradePlan(["r3"], "-4"))).toEqual(["r3", "r2", "r1", "r0"]);
  });

  it("is the reverse of the upgrade that got there", () => {
    const up = branched.upgradePlan([], "heads");
    const down = branched.downgradePlan(["b2", "c2"], "base");
    expect(order(down)).toEqual(order(up).reverse());
    expect(replay(["b2", "c2"], down)).toEqual([]);
  });

  it("unmerges below a merge point, back to several heads", () => {
    const steps = merged.downgradePlan(["n"], "a");
    expect(order(steps)).toEqual(["n", "m", "c2", "c1", "b2", "b1"]);
    expect(changes(steps).slice(0, 2)).toEqual([
      { kind: "update", from: "n", to: "m" },
      { kind: "unmerge", from: "m", to: "c2", insert: ["b2"] },
    ]);
    expect(replay(["n"], steps)).toEqual(["a"]);
    expect(replay(["n"], merged.downgradePlan(["n"], "b2"))).toEqual(["b2", "c2"]);
  });

  it("downgrades one branch and leaves the other", () => {
    const steps = branched.downgradePlan(["b2", "c2"], "b1");
    expect(order(steps)).toEqual(["b2"]);
    expect(replay(["b2", "c2"], steps)).toEqual(["b1", "c2"]);
  });

  it("deletes a branch's row when another head still covers its parent", () => {
    const steps = branched.downgradePlan(["b2", "c2"], "bee@base");
    expect(order(steps)).toEqual(["b2", "b1"]);
    expect(steps[1]?.versionChange).toEqual({ kind: "delete", revision: "b1" });
    expect(replay(["b2", "c2"], steps)).toEqual(["c2"]);
  });

  it("downgrading to the branch point removes both branches", () => {
    const steps = branched.downgradePlan(["b2", "c2"], "a");
    expect(replay(["b2", "c2"], steps)).toEqual(["a"]);
    expect(changes(steps)).toContainEqual({ kind: "delete", revision: "c1" });
    expect(changes(steps)).toContainEqual({ kind: "update", from: "b1", to: "a" });
  });

  it("steps back along a named branch from several heads", () => {
    expect(order(branched.downgradePlan(["b2", "c2"], "sea@-1"))).toEqual(["c2"]);
    expect(order(branched.downgradePlan(["b2", "c2"], "sea@-2"))).toEqual(["c2", "c1"]);
  });

  it("refuses a bare relative step from several heads, naming them", () => {
    expect(() => branched.downgradePlan(["b2", "c2"], "-1")).toThrow(
      'Relative revision "-1" is ambiguous: there are several current heads (b2, c2).',
    );
  });

  it("refuses a relative step across a merge point", () => {
    expect(() => merged.downgradePlan(["m"], "-2")).toThrow(AmbiguousRelativeError);
  });

  it("steps back from a merge by undoing the merge alone, its parents staying heads", () => {
    const steps = merged.downgradePlan(["m"], "-1");
    expect(order(steps)).toEqual(["m"]);
    expect(changes(steps)).toEqual([{ kind: "unmerge", from: "m", to: "c2", insert: ["b2"] }]);
    expect(replay(["m"], steps)).toEqual(["b2", "c2"]);
    expect(replay(["n"], merged.downgradePlan(["n"], "-2"))).toEqual(["b2", "c2"]);
    expect(replay(["n"], merged.downgradePlan(["n"], "m-1"))).toEqual(["b2", "c2"]);
    expect(replay(["n"], merged.downgradePlan(["n"], "head-2"))).toEqual(["b2", "c2"]);
  });

  it("undoes a merge of two branches from one parent, leaving both", () => {
    const diamond = graphOf("r0", "b<r0", "c<r0", "m<b,c");
    expect(replay(["m"], diamond.downgradePlan(["m"], "-1"))).toEqual(["b", "c"]);
  });

  it("refuses to step back from a merge that is not applied", () => {
    expect(() => merged.downgradePlan(["b2", "c2"], "m-1")).toThrow(RangeNotAncestorError);
  });

  it("suggests, past a merge, one argument per side, and each resolves", () => {
    const two = graphOf("x0", "x1<x0", "y0", "y1<y0", "m<x1,y1");
    let error: unknown;
    try {
      two.downgradePlan(["m"], "-2");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousRelativeError);
    expect((error as AmbiguousRelativeError).suggestions).toEqual(["x1@-2", "y1@-2"]);
    expect((error as AmbiguousRelativeError).hint).toBe(
      'pick a side: "x1@-2" or "y1@-2", or give an absolute revision.',
    );
    expect(replay(["m"], two.downgradePlan(["m"], "x1@-2"))).toEqual(["x0", "y1"]);
    expect(replay(["m"], two.downgradePlan(["m"], "y1@-2"))).toEqual(["x1", "y0"]);
  });

  /** What a downgrade past a merge suggests, one argument per parent. */
  function sidesOf(graph: RevisionGraph, current: readonly string[], target: string): string[] {
    try {
      graph.downgradePlan(current, target);
    } catch (e) {
      expect(e).toBeInstanceOf(AmbiguousRelativeError);
      return [...(e as AmbiguousRelativeError).suggestions];
    }
    throw new Error(`"${target}" was not ambiguous`);
  }

  it("suggests, past a merge whose sides share a branch point, arguments that leave the other side", () => {
    // r0 <- a1 <- a2 <- m and r0 <- b1 <- m: b1's side reaches the branch point in two steps,
    // where "b1-1" (r0) would revert a1 and a2 as well.
    const g = graphOf("r0", "a1<r0", "a2<a1", "b1<r0", "m<a2,b1");
    const [aSide = "", bSide = ""] = sidesOf(g, ["m"], "-2");
    expect([aSide, bSide]).toEqual(["a2@-2", "b1@-2"]);
    expect(order(g.downgradePlan(["m"], aSide))).toEqual(["m", "a2"]);
    expect(replay(["m"], g.downgradePlan(["m"], aSide))).toEqual(["a1", "b1"]);
    expect(order(g.downgradePlan(["m"], bSide))).toEqual(["m", "b1"]);
    expect(replay(["m"], g.downgradePlan(["m"], bSide))).toEqual(["a2"]);
  });

  it("suggests, past a merge, arguments that undo a multi-revision side down to the branch point alone", () => {
    const [bSide = "", cSide = ""] = sidesOf(merged, ["m"], "-3");
    expect([bSide, cSide]).toEqual(["b2@-3", "c2@-3"]);
    expect(replay(["m"], merged.downgradePlan(["m"], bSide))).toEqual(["c2"]);
    expect(replay(["m"], merged.downgradePlan(["m"], cSide))).toEqual(["b2"]);

    // From above the merge, and from a revision named in the argument, the same.
    const fromAbove = sidesOf(merged, ["n"], "-4");
    expect(fromAbove).toEqual(["b2@-4", "c2@-4"]);
    expect(fromAbove.map((side) => replay(["n"], merged.downgradePlan(["n"], side)))).toEqual([
      ["c2"],
      ["b2"],
    ]);
    const named = sidesOf(merged, ["n"], "m-3");
    expect(named).toEqual(["b2@m-3", "c2@m-3"]);
    expect(named.map((side) => replay(["n"], merged.downgradePlan(["n"], side)))).toEqual([
      ["c2"],
      ["b2"],
    ]);
  });

  it("names the start in a side's argument when another current head shares that side", () => {
    // h stands on b2 too, so "b2@-3" would not know whether to start at n or at h.
    const g = graphOf(
      "r0",
      "a<r0",
      "b1<a",
      "b2<b1",
      "c1<a",
      "c2<c1",
      "m<b2,c2",
      "n<m @ell",
      "h<b2",
    );
    const sides = sidesOf(g, ["n", "h"], "ell@-3");
    expect(sides).toEqual(["b2@n-3", "c2@-3"]);
    expect(() => g.downgradePlan(["n", "h"], "b2@-3")).toThrow(AmbiguousRelativeError);
    // h needs b2, so it goes with the b side.
    expect(replay(["n", "h"], g.downgradePlan(["n", "h"], sides[0]!))).toEqual(["b1", "c2"]);
    expect(replay(["n", "h"], g.downgradePlan(["n", "h"], sides[1]!))).toEqual(["c1", "h"]);
  });

  it("steps back along a named side of a merge, leaving the other side", () => {
    expect(order(merged.downgradePlan(["m"], "c2@-2"))).toEqual(["m", "c2"]);
    expect(replay(["m"], merged.downgradePlan(["m"], "b2@-3"))).toEqual(["c2"]);
  });

  it("removes dependents of what it removes", () => {
    const g = graphOf("n1 @networking", "n2<n1", "x", "y<x ~n1");
    const steps = g.downgradePlan(["n2", "y"], "networking@base");
    expect(order(steps).sort()).toEqual(["n1", "n2", "y"]);
    expect(order(steps).indexOf("y")).toBeLessThan(order(steps).indexOf("n1"));
    expect(replay(["n2", "y"], steps)).toEqual(["x"]);
  });

  it("unmerges a dependency's row when its dependent goes", () => {
    const g = graphOf("n1 @networking", "x", "y<x ~n1");
    const steps = g.downgradePlan(["y"], "x");
    expect(changes(steps)).toEqual([{ kind: "unmerge", from: "y", to: "n1", insert: ["x"] }]);
    expect(replay(["y"], steps)).toEqual(["n1", "x"]);
  });

  it("does nothing when already at the target", () => {
    expect(linear.downgradePlan(["r2"], "r2")).toEqual([]);
    expect(linear.downgradePlan([], "base")).toEqual([]);
  });

  it("refuses a target that is not applied", () => {
    const error = (() => {
      try {
        branched.downgradePlan(["b2"], "c1");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RangeNotAncestorError);
    expect((error as Error).message).toBe(
      "Revision c1 is not a valid downgrade target from the current heads (b2).",
    );
    expect(() => linear.downgradePlan(["r1"], "r3")).toThrow(RangeNotAncestorError);
  });

  it("refuses a positive step and several targets", () => {
    expect(() => linear.downgradePlan(["r1"], "+1")).toThrow(BadRevisionArgumentError);
    expect(() => branched.downgradePlan(["b2", "c2"], "heads")).toThrow(MultipleHeadsError);
  });
});

describe("revertPlan", () => {
  it("reverts one revision and leaves a sibling branch applied", () => {
    const steps = branched.revertPlan(["b1", "c1"], "c1");
    expect(order(steps)).toEqual(["c1"]);
    expect(changes(steps)).toEqual([{ kind: "delete", revision: "c1" }]);
    // Where a downgrade to the parent would take both branches down.
    expect(order(branched.downgradePlan(["b1", "c1"], "a"))).toEqual(["c1", "b1"]);
  });

  it("reverts a merge alone, and a root's revision down to base", () => {
    expect(changes(merged.revertPlan(["m"], "m"))).toEqual([
      { kind: "unmerge", from: "m", to: "c2", insert: ["b2"] },
    ]);
    expect(changes(linear.revertPlan(["r0"], "r0"))).toEqual([{ kind: "delete", revision: "r0" }]);
  });

  it("takes what needs the revision with it, and refuses one that is not applied", () => {
    expect(order(linear.revertPlan(["r2"], "r1"))).toEqual(["r2", "r1"]);
    expect(() => linear.revertPlan(["r1"], "r2")).toThrow(RangeNotAncestorError);
    expect(() => linear.revertPlan(["r1"], "zz")).toThrow(UnknownRevisionError);
  });
});

describe("a 10,000-revision chain", () => {
  it("builds, finds its head and plans base to head without recursion", () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({
      revision: `r${i}`,
      downRevisions: i === 0 ? [] : [`r${i - 1}`],
      branchLabels: i === 5 ? ["main"] : [],
      dependsOn: i > 100 && i % 1000 === 0 ? [`r${i - 50}`] : [],
    }));
    const graph = new RevisionGraph(nodes);
    expect(graph.heads.map((n) => n.revision)).toEqual(["r9999"]);
    const up = graph.upgradePlan([], "head");
    expect(up).toHaveLength(10_000);
    expect(graph.branchLabelsOf("r9999")).toEqual(["main"]);
    expect(graph.branchLabelsOf("r0")).toEqual(["main"]);
    expect(graph.downgradePlan(["r9999"], "base")).toHaveLength(10_000);
    expect(graph.walk()).toHaveLength(10_000);
    expect(graph.resolve("head-9999")[0]?.revision).toBe("r0");
  });
});
