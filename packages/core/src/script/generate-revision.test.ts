import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadScriptDirectory, resolveConfig } from "../config/config";
import { isRetortError } from "../errors/retort-error";
import { generateRevision } from "./generate-revision";
import { parseMigrationHeader } from "./migration-header";

const roots: string[] = [];

function emptyProject() {
  const root = mkdtempSync(join(tmpdir(), "retort-generate-"));
  roots.push(root);
  mkdirSync(join(root, "migrations", "versions"), { recursive: true });
  return loadScriptDirectory(resolveConfig({ migrations: "migrations" }, root));
}

function failure(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isRetortError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a failure");
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("--rev-id and migration headers follow the revision id rule", () => {
  it("generateRevision refuses what the graph would refuse", () => {
    const scripts = emptyProject();
    expect(failure(() => generateRevision(scripts, { revisionId: "head" }))).toEqual({
      code: "BAD_ARGUMENT",
      message: 'The revision id "head" is not valid: it is a reserved word.',
    });
    expect(failure(() => generateRevision(scripts, { revisionId: "a-b" })).message).toBe(
      'The revision id "a-b" is not valid: revision ids may not contain "-".',
    );
    expect(failure(() => generateRevision(scripts, { revisionId: "x".repeat(33) })).message).toBe(
      `The revision id "${"x".repeat(33)}" is not valid: it is longer than 32 characters.`,
    );
  });

  it("generateRevision writes a valid id, given or generated", () => {
    const scripts = emptyProject();
    expect(generateRevision(scripts, { revisionId: "x".repeat(32), head: "base" }).revision).toBe(
      "x".repeat(32),
    );
    expect(generateRevision(scripts, { head: "base" }).revision).toMatch(/^[0-9a-f]{12}$/);
  });

  it("a header with a reserved or overlong revision is refused", () => {
    for (const revision of ["base", "x".repeat(33), "a.b"]) {
      const error = failure(() =>
        parseMigrationHeader(
          `export default defineMigration({ revision: "${revision}", downRevision: null })`,
          "versions/x.ts",
        ),
      );
      expect(error.code).toBe("BAD_MIGRATION_FILE");
      expect(error.message).toContain("letters, digits or `_`, at most 32 characters");
    }
  });
});
