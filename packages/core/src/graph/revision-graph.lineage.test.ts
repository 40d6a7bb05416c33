import { describe, expect, it } from "vitest";
import { graphOf, revisionsOf } from "./graph-fixture";
import { UnknownRevisionError } from "./revision-errors";

//        r0
//        |
//        a
//       / \
//     b1   c1 @feature
//     |     |
//     b2   c2 ~b1
const branched = graphOf("r0", "a<r0", "b1<a", "b2<b1", "c1<a @feature", "c2<c1 ~b1");

describe("ancestors", () => {
  it("lists what a revision needs, parents first, without itself", () => {
    expect(revisionsOf(branched.ancestors("b2"))).toEqual(["r0", "a", "b1"]);
    expect(revisionsOf(branched.ancestors("r0"))).toEqual([]);
  });

  it("follows dependsOn as well as down revisions", () => {
    expect(revisionsOf(branched.ancestors("c2"))).toEqual(["r0", "a", "c1", "b1"]);
  });

  it("takes exact revision ids only", () => {
    expect(() => branched.ancestors("head")).toThrow(UnknownRevisionError);
  });
});

describe("descendants", () => {
  it("lists what needs a revision, parents first, without itself", () => {
    expect(revisionsOf(branched.descendants("c1"))).toEqual(["c2"]);
    expect(revisionsOf(branched.descendants("c2"))).toEqual([]);
  });

  it("follows dependents as well as children", () => {
    expect(revisionsOf(branched.descendants("b1"))).toEqual(["b2", "c2"]);
    expect(revisionsOf(branched.descendants("r0"))).toEqual(["a", "b1", "c1", "b2", "c2"]);
  });
});

describe("stampPlan", () => {
  it("replaces the target's line of descent and keeps other branches' heads", () => {
    expect(branched.stampPlan(["c1"], { currentHeads: ["b2", "c2"] })).toEqual({
      stamped: ["c1"],
      replaces: ["r0", "a", "c1", "c2"],
      heads: ["b2", "c1"],
    });
  });

  it("keeps only the descendant when a revision and its ancestor are stamped together", () => {
    expect(branched.stampPlan(["a", "b2", "b2"], {}).heads).toEqual(["b2"]);
    expect(branched.stampPlan(["a", "b2"], {}).stamped).toEqual(["a", "b2"]);
  });

  it("replaces every row with purge, or for base alone", () => {
    expect(branched.stampPlan(["b1"], { currentHeads: ["c2"], purge: true })).toEqual({
      stamped: ["b1"],
      replaces: "all",
      heads: ["b1"],
    });
    expect(branched.stampPlan(["base"], { currentHeads: ["b2", "c2"] })).toEqual({
      stamped: [],
      replaces: "all",
      heads: [],
    });
  });

  it("resolves symbols and labels", () => {
    expect(branched.stampPlan(["feature@head"], { currentHeads: ["b2"] }).heads).toEqual([
      "b2",
      "c2",
    ]);
  });

  it("works offline, without the current rows", () => {
    expect(branched.stampPlan(["b2"])).toEqual({
      stamped: ["b2"],
      replaces: ["r0", "a", "b1", "b2"],
      heads: ["b2"],
    });
  });
});
