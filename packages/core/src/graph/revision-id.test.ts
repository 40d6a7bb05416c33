import { describe, expect, it } from "vitest";
import { InvalidIdentifierError } from "./revision-errors";
import { RevisionGraph } from "./revision-graph";
import { isRevisionId, newRevisionId, revisionIdProblem } from "./revision-id";

describe("the revision id rule", () => {
  it("accepts letters, digits and _ up to 32 characters", () => {
    for (const id of ["3f2a9c1b7d4e", "a", "R_0", "x".repeat(32), "heads_2"]) {
      expect(revisionIdProblem(id), id).toBeUndefined();
    }
  });

  it("refuses what revision arguments or the version table cannot hold", () => {
    expect(revisionIdProblem("")).toBe("it is empty");
    expect(revisionIdProblem("a-1")).toBe('revision ids may not contain "-"');
    expect(revisionIdProblem("a @x:y")).toBe('revision ids may not contain " ", "@", ":"');
    expect(revisionIdProblem("a.b")).toBe('revision ids may not contain "."');
    expect(revisionIdProblem("é")).toBe('revision ids may not contain "é"');
    expect(revisionIdProblem("x".repeat(33))).toBe("it is longer than 32 characters");
    for (const word of ["head", "heads", "base"]) {
      expect(revisionIdProblem(word)).toBe("it is a reserved word");
    }
  });

  it("is what a generated id satisfies", () => {
    for (let i = 0; i < 50; i++) {
      const id = newRevisionId();
      expect(id).toMatch(/^[0-9a-f]{12}$/);
      expect(isRevisionId(id)).toBe(true);
    }
  });

  it("is what the graph enforces", () => {
    const node = (revision: string) => ({
      revision,
      downRevisions: [],
      branchLabels: [],
      dependsOn: [],
    });
    expect(() => new RevisionGraph([node("a.b")])).toThrow(InvalidIdentifierError);
    expect(() => new RevisionGraph([node("x".repeat(33))])).toThrow(/longer than 32/);
    expect(new RevisionGraph([node("x".repeat(32))]).heads).toHaveLength(1);
  });
});
