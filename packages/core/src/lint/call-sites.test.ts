import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { defaultRevisionTemplate, renderRevisionTemplate } from "../script/revision-template";
import { readMigrationSource } from "./call-sites";

const generated = renderRevisionTemplate(defaultRevisionTemplate, {
  revision: "3f2a9c1b7d4e",
  downRevisions: ["1975ea83b712"],
  message: "add a column",
  createdAt: new Date("2026-12-07T10:00:00Z"),
  upgrades: [
    '// DESTRUCTIVE: drops column "post.body"; its data will be lost.',
    'op.dropColumn("post", "body");',
    'op.addColumn("post", "summary", { type: "text" }, { schema: "blog" });',
    'op.createIndex("post_summary_idx", "post", ["summary"], {',
    '  where: "summary is not null",',
    "});",
  ].join("\n"),
});

// A comment that names the marker sends a file to Babel; at the end of the file it moves no line.
const throughBabel = (text: string) =>
  readMigrationSource(`${text}\n// retort-lint-ignore-file names no rule\n`);

const sites = (text: string) =>
  readMigrationSource(text).calls.map(({ method, line }) => ({ method, line }));

describe("readMigrationSource", () => {
  it("places the calls of a generated migration on their lines without loading Babel", async () => {
    vi.resetModules();
    vi.doMock("../script/babel-parser", () => ({
      babelParser: () => {
        throw new Error("Babel was loaded");
      },
    }));
    const { readMigrationSource: scannerOnly } = await import("./call-sites");
    expect(scannerOnly(generated).calls.map(({ method, line }) => ({ method, line }))).toEqual([
      { method: "dropColumn", line: 12 },
      { method: "addColumn", line: 13 },
      { method: "createIndex", line: 14 },
    ]);
    vi.doUnmock("../script/babel-parser");
  });

  it("finds the same lines as Babel in every example-app migration", () => {
    const dir = join(__dirname, "../../../../apps/example/app/migrations/versions");
    const files = readdirSync(dir).filter((name) => name.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const text of [generated, ...files.map((name) => readFileSync(join(dir, name), "utf8"))]) {
      expect(sites(text)).toEqual(
        throughBabel(text).calls.map(({ method, line }) => ({ method, line })),
      );
    }
  });

  it("reads suppression comments, which only Babel keeps", () => {
    const text = generated.replace(
      '    op.addColumn("post"',
      '    // retort-lint-ignore missing-lock-timeout: a new, empty table\n    op.addColumn("post"',
    );
    const addColumn = readMigrationSource(text).calls.find((call) => call.method === "addColumn");
    expect(addColumn?.commentsAbove.map((comment) => comment.text)).toEqual([
      "retort-lint-ignore missing-lock-timeout: a new, empty table",
    ]);
  });
});
