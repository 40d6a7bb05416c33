import { describe, expect, it } from "vitest";
import { graphOf, revisionsOf } from "./graph-fixture";
import {
  AmbiguousRelativeError,
  AmbiguousRevisionError,
  BadRevisionArgumentError,
  MultipleHeadsError,
  RangeNotAllowedError,
  RelativeOutOfRangeError,
  RevisionNotInBranchError,
  UnknownBranchLabelError,
  UnknownRevisionError,
} from "./revision-errors";

// r0 <- a <- b1 <- b2 (label bee on b1), a <- c1 <- c2 (label sea on c1)
const branched = graphOf(
  "r0",
  "a1b2c3d4e5f6<r0",
  "b1<a1b2c3d4e5f6 @bee",
  "b2<b1",
  "c1<a1b2c3d4e5f6 @sea",
  "c2<c1",
);
const linear = graphOf("r0", "r1<r0", "r2<r1", "r3<r2");

describe("resolve: absolute", () => {
  it("finds a full id, a unique prefix, or a label's revision", () => {
    expect(revisionsOf(branched.resolve("a1b2c3d4e5f6"))).toEqual(["a1b2c3d4e5f6"]);
    expect(revisionsOf(branched.resolve("a1b"))).toEqual(["a1b2c3d4e5f6"]);
    expect(revisionsOf(branched.resolve("bee"))).toEqual(["b1"]);
  });

  it("lists the candidates of an ambiguous prefix", () => {
    const g = graphOf("abc1", "abc2<abc1", "abd<abc2");
    const error = (() => {
      try {
        g.resolve("ab");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AmbiguousRevisionError);
    expect(error).toMatchObject({
      code: "AMBIGUOUS_REVISION",
      prefix: "ab",
      candidates: ["abc1", "abc2", "abd"],
    });
    expect((error as Error).message).toBe(
      'Revision prefix "ab" matches 3 revisions: abc1, abc2, abd.',
    );
  });

  it("names an unknown revision", () => {
    expect(() => branched.resolve("zz")).toThrow(UnknownRevisionError);
    expect(() => branched.resolve("zz")).toThrow('No such revision or branch "zz".');
  });

  it("resolves base, heads and head", () => {
    expect(branched.resolve("base")).toEqual([]);
    expect(revisionsOf(branched.resolve("heads"))).toEqual(["b2", "c2"]);
    expect(revisionsOf(linear.resolve("head"))).toEqual(["r3"]);
    expect(graphOf().resolve("head")).toEqual([]);
    expect(graphOf().resolve("heads")).toEqual([]);
  });

  it("refuses head when there are several, naming heads and the ways out", () => {
    const g = graphOf("r0", "a1b2c3d4e5f6<r0", "9f8e7d6c5b4a<r0");
    let error: unknown;
    try {
      g.resolve("head");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MultipleHeadsError);
    expect(error).toMatchObject({
      code: "MULTIPLE_HEADS",
      heads: ["a1b2c3d4e5f6", "9f8e7d6c5b4a"],
      message: 'Multiple heads are present (a1b2c3d4e5f6, 9f8e7d6c5b4a) for "head".',
      hint: 'upgrade all with "heads", one branch with "<label>@head", or join them with "retort merge heads".',
    });
  });

  it("suggests a real label when the heads carry one", () => {
    expect(() => branched.resolve("head")).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('"bee@head"') }),
    );
  });

  it("resolves label@head, label@heads, label@base and label@rev", () => {
    expect(revisionsOf(branched.resolve("bee@head"))).toEqual(["b2"]);
    expect(revisionsOf(branched.resolve("sea@heads"))).toEqual(["c2"]);
    expect(branched.resolve("bee@base")).toEqual([]);
    expect(revisionsOf(branched.resolve("bee@b2"))).toEqual(["b2"]);
    expect(revisionsOf(branched.resolve("bee@a1b2"))).toEqual(["a1b2c3d4e5f6"]);
  });

  it("accepts a revision in place of a label, as Alembic", () => {
    expect(revisionsOf(branched.resolve("c1@head"))).toEqual(["c2"]);
  });

  it("rejects a revision outside the branch and an unknown label", () => {
    expect(() => branched.resolve("bee@c2")).toThrow(RevisionNotInBranchError);
    expect(() => branched.resolve("bee@c2")).toThrow(
      'Revision c2 is not a member of branch "bee".',
    );
    expect(() => branched.resolve("nope@head")).toThrow(UnknownBranchLabelError);
    expect(() => branched.resolve("nope@head")).toThrow(
      expect.objectContaining({ hint: "known branch labels: bee, sea." }),
    );
  });

  it("narrows an ambiguous prefix to the branch", () => {
    const g = graphOf("r0", "aa1<r0 @x", "aa2<r0 @y");
    expect(() => g.resolve("aa")).toThrow(AmbiguousRevisionError);
    expect(revisionsOf(g.resolve("y@aa"))).toEqual(["aa2"]);
  });

  it("rejects ranges and bad syntax", () => {
    expect(() => linear.resolve("r0:r1")).toThrow(RangeNotAllowedError);
    expect(() => linear.resolve("")).toThrow(BadRevisionArgumentError);
    expect(() => linear.resolve("@head")).toThrow(BadRevisionArgumentError);
    expect(() => linear.resolve("a@b@c")).toThrow(BadRevisionArgumentError);
  });

  it("prefers an exact label over a relative reading", () => {
    const g = graphOf("feature", "x<feature @feature-1");
    expect(revisionsOf(g.resolve("feature-1"))).toEqual(["x"]);
    expect(revisionsOf(g.resolve("feature-1@head"))).toEqual(["x"]);
  });
});

describe("resolve: relative", () => {
  it("walks from a named revision", () => {
    expect(revisionsOf(linear.resolve("r1+2"))).toEqual(["r3"]);
    expect(revisionsOf(linear.resolve("r3-2"))).toEqual(["r1"]);
    expect(revisionsOf(linear.resolve("head-1"))).toEqual(["r2"]);
    expect(linear.resolve("r0-1")).toEqual([]);
    expect(revisionsOf(linear.resolve("base+1"))).toEqual(["r0"]);
  });

  it("walks from the current heads", () => {
    expect(revisionsOf(linear.resolve("-1", ["r2"]))).toEqual(["r1"]);
    expect(revisionsOf(linear.resolve("+1", ["r2"]))).toEqual(["r3"]);
    expect(revisionsOf(linear.resolve("+2", []))).toEqual(["r1"]);
  });

  it("needs the current heads for a step from current", () => {
    expect(() => linear.resolve("-1")).toThrow(/needs the current heads/);
  });

  it("refuses to walk past base or the heads", () => {
    let error: unknown;
    try {
      linear.resolve("r3-5");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RelativeOutOfRangeError);
    expect((error as Error).message).toBe(
      'Relative revision "r3-5" goes past base: only 4 of 5 steps down from r3 exist.',
    );
    expect(() => linear.resolve("r2+2")).toThrow(RelativeOutOfRangeError);
    expect(() => linear.resolve("-5", ["r3"])).toThrow(RelativeOutOfRangeError);
    expect(() => linear.resolve("-1", [])).toThrow(RelativeOutOfRangeError);
  });

  it("refuses to pick a branch for an upward step", () => {
    let error: unknown;
    try {
      branched.resolve("a1b2+1");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AmbiguousRelativeError);
    expect(error).toMatchObject({ code: "AMBIGUOUS_RELATIVE", candidates: ["b1", "c1"] });
    expect((error as Error).message).toBe(
      'Relative revision "a1b2+1" is ambiguous at a1b2c3d4e5f6: it could continue to b1, c1.',
    );
  });

  it("refuses to pick a parent below a merge", () => {
    const g = graphOf("r0", "b<r0", "c<r0", "m<b,c");
    expect(() => g.resolve("m-1")).toThrow(AmbiguousRelativeError);
  });

  it("refuses a step from several current heads, naming them", () => {
    expect(() => branched.resolve("-1", ["b2", "c2"])).toThrow(
      'Relative revision "-1" is ambiguous: there are several current heads (b2, c2).',
    );
  });

  it("follows a label's branch", () => {
    expect(revisionsOf(branched.resolve("bee@-1", ["b2", "c2"]))).toEqual(["b1"]);
    expect(revisionsOf(branched.resolve("sea@+1", ["b2", "a1b2c3d4e5f6"]))).toEqual(["c1"]);
    expect(revisionsOf(branched.resolve("bee@head-1"))).toEqual(["b1"]);
    expect(revisionsOf(branched.resolve("sea@a1b2+1"))).toEqual(["c1"]);
  });

  it("finds a label's tip below another branch's head", () => {
    // bee is applied up to b1 only because y depends on it; y is the only current head.
    const g = graphOf("r0", "b1<r0 @bee", "b2<b1", "x @sea", "y<x ~b1");
    expect(revisionsOf(g.resolve("bee@+1", ["y"]))).toEqual(["b2"]);
  });

  it("treats a step of zero from current as an error", () => {
    expect(() => linear.resolve("-0", ["r1"])).toThrow(BadRevisionArgumentError);
  });
});
