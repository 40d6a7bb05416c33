import { describe, expect, it } from "vitest";
import { defaultRevisionTemplate, renderRevisionTemplate } from "./revision-template";

const render = (upgrades: string) =>
  renderRevisionTemplate(defaultRevisionTemplate, {
    revision: "3f2a9c1b7d4e",
    downRevisions: [],
    createdAt: new Date("2026-01-02T03:04:05Z"),
    upgrades,
  });

describe("renderRevisionTemplate", () => {
  it("indents the code of up, and leaves the lines of a multi-line string as they are", () => {
    // What a baseline holds: a function body whose SQL string spans lines. Indenting its lines
    // would change what the function returns.
    const upgrades = [
      'op.execute("a `backtick` in a plain string");',
      "op.execute(`CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$SELECT 'Hello,",
      "world \\` \\${x}'$$`);",
      "op.execute(`SELECT ${'a'}",
      "b`); // a ` in a comment",
      'op.createTable("t", {});',
    ].join("\n");
    const text = render(upgrades);
    expect(text).toContain(
      [
        '    op.execute("a `backtick` in a plain string");',
        "    op.execute(`CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$SELECT 'Hello,",
        "world \\` \\${x}'$$`);",
        "    op.execute(`SELECT ${'a'}",
        "b`); // a ` in a comment",
        '    op.createTable("t", {});',
      ].join("\n"),
    );
  });

  it("indents every line of a body without a template literal", () => {
    const text = render('op.createTable("t", {\n  columns: { a: { type: "text" } },\n});');
    expect(text).toContain(
      '  up(op) {\n    op.createTable("t", {\n      columns: { a: { type: "text" } },\n    });\n  },',
    );
  });
});
