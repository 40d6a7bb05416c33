import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { graphOf, revisionsOf } from "./graph-fixture";
import {
  CycleDetectedError,
  DuplicateBranchLabelError,
  DuplicateRevisionError,
  InvalidIdentifierError,
  MissingDependencyError,
  MissingDownRevisionError,
  UnknownRevisionError,
} from "./revision-errors";
import { RevisionGraph } from "./revision-graph";

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("construction", () => {
  it("accepts an empty graph", () => {
    const graph = new RevisionGraph([]);
    expect(graph.heads).toEqual([]);
    expect(graph.bases).toEqual([]);
  });

  it("rejects a duplicate revision", () => {
    const error = thrown(() => graphOf("a", "a"));
    expect(error).toBeInstanceOf(DuplicateRevisionError);
    expect(error).toMatchObject({ code: "DUPLICATE_REVISION", revision: "a" });
  });

  it("rejects a missing down revision, naming both", () => {
    const error = thrown(() => graphOf("a", "b<zz"));
    expect(error).toBeInstanceOf(MissingDownRevisionError);
    expect(error).toMatchObject({ revision: "b", downRevision: "zz" });
    expect((error as Error).message).toBe("Revision zz, the down revision of b, is not present.");
  });

  it("rejects an unresolvable dependency", () => {
    const error = thrown(() => graphOf("a", "b<a ~nope"));
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect(error).toMatchObject({ code: "MISSING_DEPENDENCY", revision: "b", dependency: "nope" });
  });

  it("rejects an ambiguous dependency prefix", () => {
    expect(() => graphOf("abc1", "abc2", "x ~abc")).toThrow(/matches 2 revisions: abc1, abc2/);
  });

  it("resolves dependencies given as ids, prefixes and labels", () => {
    const graph = graphOf("a1b2c3 @net", "x", "y<x ~a1b", "z<y ~net");
    expect(graph.upgradePlan([], "z").map((s) => s.node.revision)).toEqual([
      "x",
      "a1b2c3",
      "y",
      "z",
    ]);
  });

  it("names the revisions of a cycle", () => {
    const error = thrown(() => graphOf("r", "a<r,c", "b<a", "c<b", "d<c"));
    expect(error).toBeInstanceOf(CycleDetectedError);
    expect((error as CycleDetectedError).revisions).toEqual(["a", "b", "c"]);
    expect((error as Error).message).toBe("Cycle detected in revisions (a, b, c).");
  });

  it("finds a cycle through dependsOn", () => {
    const error = thrown(() => graphOf("a ~b", "b<a"));
    expect((error as CycleDetectedError).revisions.slice().sort()).toEqual(["a", "b"]);
  });

  it("rejects a self loop in downRevisions or dependsOn", () => {
    expect(() => graphOf("a<a")).toThrow(CycleDetectedError);
    expect(() => graphOf("a ~a")).toThrow(CycleDetectedError);
  });

  it("rejects a graph that is only a cycle", () => {
    expect(() => graphOf("a<b", "b<a")).toThrow(CycleDetectedError);
  });

  it("rejects a label declared on two revisions", () => {
    const error = thrown(() => graphOf("a @x", "b<a @x"));
    expect(error).toBeInstanceOf(DuplicateBranchLabelError);
    expect(error).toMatchObject({ label: "x", revisions: ["a", "b"] });
    expect((error as Error).message).toBe(
      'Branch label "x" in revision b is already used by revision a.',
    );
  });

  it("rejects a label equal to a revision id", () => {
    expect(() => graphOf("a", "b<a @a")).toThrow(DuplicateBranchLabelError);
  });

  it("rejects revision ids and labels that would be misread as arguments", () => {
    expect(() => graphOf("a-1")).toThrow(InvalidIdentifierError);
    expect(() => graphOf("head")).toThrow(InvalidIdentifierError);
    expect(() => graphOf("a @heads")).toThrow(InvalidIdentifierError);
    expect(() => graphOf("a @x:y")).toThrow(InvalidIdentifierError);
    expect(isRetortError(thrown(() => graphOf("a@b")))).toBe(true);
  });

  it("allows a dash in a label", () => {
    expect(graphOf("a @feature-1").branchLabelsOf("a")).toEqual(["feature-1"]);
  });
});

describe("structure", () => {
  // r0 <- a <- b1 <- b2, a <- c1 <- c2, m < b2,c2
  const graph = graphOf("r0", "a<r0", "b1<a", "b2<b1", "c1<a", "c2<c1", "m<b2,c2");

  it("gets by exact id only", () => {
    expect(graph.get("b1").revision).toBe("b1");
    expect(() => graph.get("b")).toThrow(UnknownRevisionError);
    expect(graph.has("b1")).toBe(true);
    expect(graph.has("b")).toBe(false);
  });

  it("lists heads and bases in input order", () => {
    expect(revisionsOf(graph.heads)).toEqual(["m"]);
    expect(revisionsOf(graph.bases)).toEqual(["r0"]);
    expect(revisionsOf(graphOf("a", "b<a", "c<a", "z").heads)).toEqual(["b", "c", "z"]);
  });

  it("knows children, branch points, merge points, heads and bases", () => {
    expect(revisionsOf(graph.children("a"))).toEqual(["b1", "c1"]);
    expect(graph.isBranchPoint("a")).toBe(true);
    expect(graph.isBranchPoint("b1")).toBe(false);
    expect(graph.isMergePoint("m")).toBe(true);
    expect(graph.isMergePoint("b2")).toBe(false);
    expect(graph.isHead("m")).toBe(true);
    expect(graph.isHead("c2")).toBe(false);
    expect(graph.isBase("r0")).toBe(true);
    expect(graph.isBase("a")).toBe(false);
  });

  it("does not count a dependency as a child for heads, as Alembic", () => {
    const g = graphOf("x", "a", "b<a ~x");
    expect(revisionsOf(g.heads)).toEqual(["x", "b"]);
    expect(g.children("x")).toEqual([]);
  });
});

describe("branch labels", () => {
  it("inherit to descendants and down to the branch point", () => {
    const g = graphOf("r0", "a<r0", "b1<a", "b2<b1 @bee", "b3<b2", "c1<a @sea");
    expect(g.branchLabelsOf("b3")).toEqual(["bee"]);
    expect(g.branchLabelsOf("b2")).toEqual(["bee"]);
    expect(g.branchLabelsOf("b1")).toEqual(["bee"]);
    expect(g.branchLabelsOf("a")).toEqual([]);
    expect(g.branchLabelsOf("c1")).toEqual(["sea"]);
  });

  it("reach the root of a branch with its own base", () => {
    const g = graphOf("a", "b<a", "x", "y<x @net", "z<y");
    expect(g.branchLabelsOf("x")).toEqual(["net"]);
    expect(g.branchLabelsOf("a")).toEqual([]);
  });

  it("meet at a merge", () => {
    const g = graphOf("a", "b<a @bee", "c<a @sea", "m<b,c");
    expect(g.branchLabelsOf("m").slice().sort()).toEqual(["bee", "sea"]);
  });

  it("stop below a merge point", () => {
    const g = graphOf("a", "b<a", "c<a", "m<b,c", "n<m @top");
    expect(g.branchLabelsOf("m")).toEqual([]);
    expect(g.branchLabelsOf("n")).toEqual(["top"]);
  });

  it("stop at a revision that others depend on (a real branch point)", () => {
    const g = graphOf("a", "b<a @bee", "x ~a");
    expect(g.branchLabelsOf("a")).toEqual([]);
  });
});

describe("walk (history)", () => {
  const graph = graphOf("r0", "a<r0", "b1<a", "b2<b1", "c1<a", "c2<c1");

  it("lists everything newest first, one branch at a time", () => {
    expect(revisionsOf(graph.walk())).toEqual(["c2", "c1", "b2", "b1", "a", "r0"]);
  });

  it("takes a range, including its start", () => {
    expect(revisionsOf(graph.walk({ from: "a", to: "b2" }))).toEqual(["b2", "b1", "a"]);
    expect(revisionsOf(graph.walk({ from: "b1" }))).toEqual(["b2", "b1"]);
    expect(revisionsOf(graph.walk({ to: "c1" }))).toEqual(["c1", "a", "r0"]);
  });

  it("reads current and relative ends from the current heads", () => {
    expect(revisionsOf(graph.walk({ from: "current" }, ["b1"]))).toEqual(["b2", "b1"]);
    expect(revisionsOf(graph.walk({ from: "-1" }, ["b1"]))).toEqual(["c2", "c1", "b2", "b1", "a"]);
  });

  it("takes a range whose start is below its end through dependsOn alone, as Alembic does", () => {
    const deps = graphOf("a", "b", "c<b ~a", "d<c");
    expect(revisionsOf(deps.walk({ from: "a", to: "c" }))).toEqual(["c", "a"]);
    expect(revisionsOf(deps.walk({ from: "a", to: "d" }))).toEqual(["d", "c", "a"]);
  });

  it("rejects a start that is not below the end", () => {
    expect(() => graph.walk({ from: "b1", to: "c2" })).toThrow(
      "Revision b1 is not an ancestor of c2.",
    );
  });

  it("parses ranges", () => {
    expect(graph.parseRange("a:b")).toEqual({ from: "a", to: "b" });
    expect(graph.parseRange(":b")).toEqual({ to: "b" });
    expect(graph.parseRange("a:")).toEqual({ from: "a" });
    expect(graph.parseRange(":")).toEqual({});
    expect(() => graph.parseRange("a")).toThrow(/needs a colon/);
    expect(() => graph.parseRange("a:b:c")).toThrow(/exactly one colon/);
  });

  it("includes dependencies of the end, as Alembic", () => {
    const g = graphOf("x", "a", "b<a ~x");
    expect(revisionsOf(g.walk({ to: "b" }))).toEqual(["b", "x", "a"]);
  });
});
