import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadScriptDirectory, resolveConfig } from "../config/config";
import { isRetortError } from "../errors/retort-error";
import { generateRevision } from "./generate-revision";
import { parseMigrationHeader } from "./migration-header";
import { defaultRevisionTemplate } from "./revision-template";

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

  it("generateRevision refuses `current` and a branch label the graph would refuse, writing nothing", () => {
    const scripts = emptyProject();
    expect(failure(() => generateRevision(scripts, { revisionId: "current" })).message).toBe(
      'The revision id "current" is not valid: it is a reserved word.',
    );
    const first = generateRevision(scripts, { revisionId: "aaaa00000001", head: "base" });
    const after = loadScriptDirectory(
      resolveConfig({ migrations: "migrations" }, scripts.config.root),
    );
    for (const [label, problem] of [
      ["a b", "branch labels may not be empty or contain @, : or spaces"],
      ["", "branch labels may not be empty or contain @, : or spaces"],
      ["x@y", "branch labels may not be empty or contain @, : or spaces"],
      ["heads", "it is a reserved word"],
      ["current", "it is a reserved word"],
    ] as const) {
      expect(failure(() => generateRevision(after, { branchLabels: [label] }))).toEqual({
        code: "BAD_ARGUMENT",
        message: `The branch label "${label}" is not valid: ${problem}.`,
      });
    }
    expect(failure(() => generateRevision(after, { branchLabels: [first.revision] })).message).toBe(
      'The branch label "aaaa00000001" is a revision id; a label must name a branch, not a revision.',
    );
    expect(
      failure(() => generateRevision(after, { revisionId: "bbbb", branchLabels: ["bbbb"] })).code,
    ).toBe("BAD_ARGUMENT");
    expect(readdirSync(join(scripts.config.root, "migrations", "versions"))).toEqual([
      "aaaa00000001_.ts",
    ]);
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

describe("a team's own revision template", () => {
  const withTemplate = (template: string) => {
    const scripts = emptyProject();
    const templatePath = join(scripts.config.root, "migrations", "script.ts.tmpl");
    writeFileSync(templatePath, template);
    return { scripts, templatePath };
  };

  it("is refused when what it writes does not parse, even outside the header", () => {
    const { scripts, templatePath } = withTemplate(
      defaultRevisionTemplate.replace("up(op) {", 'up(op) {\n    op.execute("a";'),
    );
    const error = failure(() => generateRevision(scripts, { templatePath, message: "m" }));
    expect(error.code).toBe("BAD_MIGRATION_FILE");
    // The template is named, not the file that was never written, with the line it wrote.
    expect(error.message).toMatch(
      /^migrations\/script\.ts\.tmpl: the revision template writes a file that does not parse: .* \(line 11 of what it writes: `op\.execute\("a";`\)$/,
    );
    expect(readdirSync(join(scripts.config.root, "migrations", "versions"))).toEqual([]);
  });

  it("is refused when it writes a line break after async, which the scanner leaves to Babel", () => {
    const { scripts, templatePath } = withTemplate(
      defaultRevisionTemplate.replace("up(op) {", "async\n  up(op) {"),
    );
    expect(failure(() => generateRevision(scripts, { templatePath })).code).toBe(
      "BAD_MIGRATION_FILE",
    );
  });

  it("writes the header it was given, read back whether the scanner or Babel reads it", () => {
    for (const extra of ["", "\nconst note: string = 'typed';\n"]) {
      const { scripts, templatePath } = withTemplate(`${extra}${defaultRevisionTemplate}`);
      const written = generateRevision(scripts, {
        templatePath,
        head: "base",
        message: 'say "hi"',
        branchLabels: ["feature"],
      });
      expect(written.script.message).toBe('say "hi"');
      expect(written.script.branchLabels).toEqual(["feature"]);
      expect(written.script.downRevisions).toEqual([]);
    }
  });
});
