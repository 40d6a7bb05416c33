import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import {
  BadMigrationFileError,
  parseMigrationHeader,
  readMigrationHeader,
} from "./migration-header";

const file = "app/migrations/versions/abc_x.ts";

function header(body: string) {
  return parseMigrationHeader(
    `import { defineMigration } from "retort";\n\nexport default defineMigration({\n${body}\n});\n`,
    file,
  );
}

function failure(text: string): { message: string; line: unknown; code: string } {
  try {
    parseMigrationHeader(text, file);
  } catch (error) {
    if (isRetortError(error))
      return { message: error.message, line: error.details.line, code: error.code };
    throw error;
  }
  throw new Error("expected a failure");
}

describe("parseMigrationHeader", () => {
  it("reads every header field from literals", () => {
    const h = header(`  revision: "3f2a9c1b7d4e",
  downRevision: "1975ea83b712",
  branchLabels: ["billing"],
  dependsOn: ['aaa', "bbb"],
  message: "add \\"account\\" table",
  createdAt: "2026-11-24T10:00:00.000Z",
  transactional: false,
  lockTimeout: "2s",
  lockRetries: 3,
  replaces: ["x1", "x2"],
  up(op) { op.execute("select '}'"); },
  down(op) { op.execute(\`select \${1}\`); },`);
    expect(h).toEqual({
      revision: "3f2a9c1b7d4e",
      downRevisions: ["1975ea83b712"],
      branchLabels: ["billing"],
      dependsOn: ["aaa", "bbb"],
      message: 'add "account" table',
      createdAt: "2026-11-24T10:00:00.000Z",
      transactional: false,
      lockTimeout: 2000,
      lockRetries: 3,
      replaces: ["x1", "x2"],
    });
  });

  it("refuses a lock timeout or a retry count it cannot read", () => {
    expect(() => header(`revision: "a1", downRevision: null, lockTimeout: "a while"`)).toThrow(
      /`lockTimeout` must be milliseconds or a duration/,
    );
    expect(() => header(`revision: "a1", downRevision: null, lockRetries: -1`)).toThrow(
      /`lockRetries` must be a whole number from 0 to 100/,
    );
    expect(header(`revision: "a1", downRevision: null, lockTimeout: 150`).lockTimeout).toBe(150);
  });

  it("treats null as a root and an array as a merge", () => {
    expect(header(`revision: "a1", downRevision: null, up() {}, down() {}`).downRevisions).toEqual(
      [],
    );
    expect(
      header(`revision: "a1", downRevision: ["b", "c"], up() {}, down() {}`).downRevisions,
    ).toEqual(["b", "c"]);
  });

  it("finds header fields written after up and down, skipping code with braces, strings, regexes and comments", () => {
    const h = header(`  async up(op) {
    // a comment with a } brace and a "quote
    /* block } */
    const re = /[}{"']/g;
    op.execute(\`select '\${"}"}'\`);
    if (re.test("x")) { op.execute("a"); }
  },
  down: async (op) => { op.execute('}'); },
  downRevision: "p1",
  revision: 'r1',`);
    expect(h.revision).toBe("r1");
    expect(h.downRevisions).toEqual(["p1"]);
    expect(h.transactional).toBe(true);
    expect(h.message).toBe("");
  });

  it("accepts an `export default {}` object and `as const`", () => {
    const h = parseMigrationHeader(
      `export default {\n  revision: "r1" as const,\n  downRevision: null,\n  up() {},\n  down() {},\n} satisfies X;\n`,
      file,
    );
    expect(h.revision).toBe("r1");
  });

  it("names the file and line of a header field that is not a literal", () => {
    const f = failure(`import { defineMigration } from "retort";
const parent = "abc";
export default defineMigration({
  revision: "r1",
  downRevision: parent,
  up() {}, down() {},
});`);
    expect(f.code).toBe("BAD_MIGRATION_FILE");
    expect(f.message).toContain(`${file}:5`);
    expect(f.message).toContain("downRevision");
    expect(f.line).toBe(5);
  });

  it("rejects a computed string as a header value", () => {
    const f = failure(
      `export default defineMigration({\n  revision: "r" + "1",\n  downRevision: null,\n});`,
    );
    expect(f.message).toContain(`${file}:2`);
    expect(f.message).toContain("revision");
  });

  it("rejects a template literal with substitutions", () => {
    const f = failure(
      "export default defineMigration({\n  revision: `r$" + "{1}`,\n  downRevision: null,\n});",
    );
    expect(f.message).toContain("must be a literal");
  });

  it("says when there is no migration object", () => {
    const f = failure(`export const x = 1;\n`);
    expect(f.message).toContain("no `export default defineMigration");
  });

  it("says when revision or downRevision is missing", () => {
    expect(failure(`export default defineMigration({ downRevision: null })`).message).toContain(
      "no `revision`",
    );
    expect(failure(`export default defineMigration({ revision: "a" })`).message).toContain(
      "no `downRevision`",
    );
  });

  it("says when the object is not closed, with the line it starts on", () => {
    const f = failure(
      `\n\nexport default defineMigration({\n  revision: "a",\n  downRevision: null,\n  up() {\n`,
    );
    expect(f.code).toBe("BAD_MIGRATION_FILE");
    expect(f.message).toMatch(/not closed/);
  });

  it("rejects spread and duplicate keys", () => {
    expect(
      failure(`export default defineMigration({ ...base, revision: "a", downRevision: null })`)
        .message,
    ).toContain("spread");
    expect(
      failure(
        `export default defineMigration({ revision: "a", revision: "b", downRevision: null })`,
      ).message,
    ).toContain("given twice");
  });

  it("rejects revision ids with characters that do not belong in a file name", () => {
    expect(
      failure(`export default defineMigration({ revision: "a-b", downRevision: null })`).message,
    ).toContain("letters, digits");
  });

  it("ignores `defineMigration` inside comments and strings", () => {
    const h = parseMigrationHeader(
      `// defineMigration({ revision: "wrong" })\nconst s = "defineMigration({";\nexport default defineMigration({ revision: "right", downRevision: null, up() {}, down() {} });`,
      file,
    );
    expect(h.revision).toBe("right");
  });

  it("reads regular expressions after keywords and before the migration object", () => {
    const h = parseMigrationHeader(
      `const q = /'/g;\nexport default defineMigration({\n  async up(op) {\n    if (typeof /"/ === "object") return /[}]/.test("x");\n  },\n  down() { return /'/; },\n  revision: "r1",\n  downRevision: null,\n});\n`,
      file,
    );
    expect(h.revision).toBe("r1");
  });

  it("reads TypeScript: annotated methods, type imports, generics and `satisfies`", () => {
    const h = parseMigrationHeader(
      `import type { Operations } from "retort";\ninterface Row { id: number }\nexport default defineMigration({\n  revision: "r1",\n  downRevision: ["a", "b"] as const,\n  async up(op: Operations): Promise<void> {\n    const rows = new Map<string, Row>();\n    op.execute(\`select \${rows.size as number}\`);\n  },\n  down: (op: Operations) => op.execute("select 1"),\n} satisfies Record<string, unknown>);\n`,
      file,
    );
    expect(h.revision).toBe("r1");
    expect(h.downRevisions).toEqual(["a", "b"]);
  });

  it("reads a migration held in a constant and exported after", () => {
    const h = parseMigrationHeader(
      `const migration = defineMigration({ revision: "r1", downRevision: null });\nexport default migration;\n`,
      file,
    );
    expect(h.revision).toBe("r1");
  });

  it("names the line of a syntax error anywhere in the file", () => {
    const f = failure(
      `export default defineMigration({\n  revision: "r1",\n  downRevision: null,\n  up(op) { op.execute("a") op.execute("b"); },\n});\n`,
    );
    expect(f.code).toBe("BAD_MIGRATION_FILE");
    expect(f.message).toContain(`${file}:4`);
    expect(f.line).toBe(4);
  });
});

describe("a migration that does not parse", () => {
  it("is named with the line of the syntax error, even inside up(), and the hint says so", () => {
    const text = `import { defineMigration } from "retort";

export default defineMigration({
  revision: "aaaa00000001",
  downRevision: null,
  up(op) {
    op.execute("select 1";
  },
  down() {},
});
`;
    let error: unknown;
    try {
      readMigrationHeader(text, "migrations/versions/aaaa00000001_m.ts");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BadMigrationFileError);
    expect((error as BadMigrationFileError).message).toMatch(
      /^migrations\/versions\/aaaa00000001_m\.ts:7: /,
    );
    expect((error as BadMigrationFileError).hint).toContain("fix the syntax error on that line");
  });
});
