import { afterAll, describe, expect, it } from "vitest";
import { resolveConfig } from "../config/config";
import { isRetortError } from "../errors/retort-error";
import {
  createT,
  fixtureRevision,
  lintHistory,
  removeLintFixtures,
  ruleIds,
} from "./lint-project.test-fixture";

afterAll(removeLintFixtures);

const index = `op.createIndex("t_a", "t", ["a"]);`;

describe("suppressions", () => {
  it("a comment directly above an op.* call silences that rule for that statement only", async () => {
    const result = await lintHistory([
      createT,
      `// retort-lint-ignore index-not-concurrent: t holds ten rows, built during the release window
${index}
op.createIndex("t_b", "t", ["b"]);`,
    ]);
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([["index-not-concurrent", 8]]);
  });

  it("silences only the rules it names", async () => {
    const result = await lintHistory([
      createT,
      `// retort-lint-ignore drop-column: b is unused since release 2.3
op.renameColumn("t", "a", "z");`,
    ]);
    expect(ruleIds(result)).toEqual(["rename-column"]);
  });

  it("takes several rules and stacked comment lines", async () => {
    const result = await lintHistory([
      createT,
      `// retort-lint-ignore rename-column, missing-lock-timeout: the app reads both names since 2.4
// (the view below keeps the old one)
op.renameColumn("t", "a", "z");`,
    ]);
    expect(ruleIds(result)).toEqual([]);
  });

  it("a file-wide comment silences the rule for the whole migration", async () => {
    const body = `${index}\nop.createIndex("t_b", "t", ["b"]);`;
    const fileWide = await lintHistory([
      createT,
      {
        up: `// retort-lint-ignore-file index-not-concurrent: the table is tiny\n${body}`,
      },
    ]);
    expect(ruleIds(fileWide)).toEqual([]);
    const aboveDefinition = await lintHistory([
      createT,
      { preamble: "// retort-lint-ignore index-not-concurrent: the table is tiny\n", up: body },
    ]);
    expect(ruleIds(aboveDefinition)).toEqual([]);
  });

  it("a suppression without a reason, or naming an unknown rule, is an error of its own", async () => {
    const result = await lintHistory([
      createT,
      {
        preamble: "// retort-lint-ignore-file index-not-concurrent\n",
        up: `// retort-lint-ignore no-such-rule: because\n${index}`,
      },
    ]);
    expect(result.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ["bad-suppression", "error", 1],
      ["bad-suppression", "error", 7],
      ["index-not-concurrent", "error", 8],
    ]);
    expect(result.findings[0]!.message).toContain("without a reason");
    expect(result.findings[1]!.message).toContain("unknown rule no-such-rule");
  });

  it("a statement suppression that is not above an op.* call is reported, since it silences nothing", async () => {
    const result = await lintHistory([
      createT,
      `${index}\n// retort-lint-ignore index-not-concurrent: meant for the call above`,
    ]);
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
      ["index-not-concurrent", 6],
      ["bad-suppression", 7],
    ]);
    expect(result.findings[1]!.message).toContain(
      "is not on the line(s) directly above an `op.*` call",
    );
  });

  it("a suppression at the end of a line of code silences nothing below it, and is reported", async () => {
    const result = await lintHistory([
      createT,
      `op.renameColumn("t", "a", "z"); // retort-lint-ignore index-not-concurrent: meant for the next line
${index}`,
    ]);
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
      ["bad-suppression", 6],
      ["rename-column", 6],
      ["index-not-concurrent", 7],
    ]);
  });

  it("retort-lint-ignore-file works anywhere in the file", async () => {
    const result = await lintHistory([
      createT,
      `${index}\n// retort-lint-ignore-file index-not-concurrent: t holds ten rows`,
    ]);
    expect(ruleIds(result)).toEqual([]);
  });

  it("a statement in a loop gets no line of its own, so only a file-wide comment silences it", async () => {
    const loop = `for (const c of ["a", "b"]) op.createIndex(\`t_\${c}\`, "t", [c]);\nop.createIndex("t_ab", "t", ["a", "b"]);`;
    const result = await lintHistory([
      createT,
      `// retort-lint-ignore index-not-concurrent: tiny\n${loop}`,
    ]);
    expect(result.findings.map((f) => [f.rule, f.line])).toEqual([
      ["index-not-concurrent", undefined],
      ["index-not-concurrent", undefined],
      ["index-not-concurrent", undefined],
    ]);
  });
});

describe("settings", () => {
  it("a rule set to off, warn or error in the config", async () => {
    const history = [createT, index];
    expect(
      (await lintHistory(history, { rules: { "index-not-concurrent": "off" } })).findings,
    ).toEqual([]);
    const warned = await lintHistory(history, { rules: { "index-not-concurrent": "warn" } });
    expect([warned.errorCount, warned.warningCount]).toEqual([0, 1]);
    const dropped = await lintHistory([createT, `op.dropColumn("t", "b");`], {
      rules: { "drop-column": "error", "missing-lock-timeout": "off" },
    });
    expect(dropped.findings.map((f) => [f.rule, f.severity])).toEqual([["drop-column", "error"]]);
  });

  it("the config schema takes a lint section and refuses an unknown rule or level", () => {
    const config = resolveConfig(
      { lint: { rules: { "drop-column": "error" }, onUpgrade: "error" } },
      "/project",
    );
    expect([config.lintRules, config.lintOnUpgrade]).toEqual([{ "drop-column": "error" }, "error"]);
    expect(resolveConfig({}, "/project").lintOnUpgrade).toBe("warn");
    const refused = (lint: unknown) => {
      try {
        resolveConfig({ lint } as never, "/project");
      } catch (error) {
        if (isRetortError(error)) return `${error.code}: ${error.message}`;
      }
      return "accepted";
    };
    expect(refused({ rules: { "no-such-rule": "warn" } })).toContain(
      'BAD_CONFIG: the config: "lint.rules" names an unknown rule',
    );
    expect(refused({ rules: { "drop-column": "loud" } })).toBe(
      'BAD_CONFIG: the config: "lint.rules" values must be "off", "warn" or "error".',
    );
    expect(refused({ onUpgrade: "block" })).toBe(
      'BAD_CONFIG: the config: "lint.onUpgrade" must be "off", "warn" or "error".',
    );
  });
});

describe("findings", () => {
  it("name the revision, file, line, operation and table, say why, and give the fix", async () => {
    const result = await lintHistory([createT, index]);
    expect(result.findings).toEqual([
      {
        rule: "index-not-concurrent",
        severity: "error",
        revision: fixtureRevision(2),
        file: `migrations/versions/${fixtureRevision(2)}_m.ts`,
        line: 6,
        operation: "createIndex",
        table: "t",
        message: `${fixtureRevision(2)} (migrations/versions/${fixtureRevision(2)}_m.ts:6): op.createIndex creates index t_a on existing table t without CONCURRENTLY: its SHARE lock blocks every INSERT, UPDATE and DELETE for the whole build.`,
        fix: "create it with `concurrently: true` in a migration of its own with `transactional: false`.",
      },
    ]);
    expect([result.errorCount, result.warningCount, result.revisions]).toEqual([
      1,
      0,
      [fixtureRevision(1), fixtureRevision(2)],
    ]);
  });

  it("show the statement of an op.execute that holds several", async () => {
    const result = await lintHistory([
      createT,
      `op.execute("SELECT 1; CREATE INDEX t_a ON t (a); SELECT 2");`,
    ]);
    expect(result.findings.map((f) => [f.operation, f.message.split(": ").slice(1, 2)[0]])).toEqual(
      [
        [
          "createIndex",
          `op.execute("CREATE INDEX t_a ON t (a)") creates index t_a on existing table t without CONCURRENTLY`,
        ],
      ],
    );
  });

  it("a range reports only its migrations", async () => {
    const result = await lintHistory([createT, index, `op.createIndex("t_b", "t", ["b"]);`], {
      revisions: [fixtureRevision(2)],
    });
    expect(result.findings.map((f) => f.revision)).toEqual([fixtureRevision(2)]);
    expect(result.revisions).toEqual([fixtureRevision(2)]);
  });
});
