import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type * as t from "@babel/types";
import { describe, expect, it } from "vitest";
import { babelParser } from "./babel-parser";
import { moduleScript, scannedProgramText, scanProgram } from "./checksum-scan";
import { checksumOfCanonicalText, migrationChecksum } from "./migration-checksum";

function babelChecksum(text: string): string {
  const { program } = babelParser().parse(text, {
    sourceType: "module",
    plugins: ["typescript"],
    attachComment: false,
  });
  return migrationChecksum(program);
}

function scannedChecksum(text: string): string | undefined {
  const program = scanProgram(text);
  if (program === undefined) return undefined;
  // The scanner's own writer and the general one write the same text of its tree.
  const direct = checksumOfCanonicalText(scannedProgramText(program));
  expect(direct).toBe(migrationChecksum(program as unknown as t.Program));
  return direct;
}

const migration = (up: string, extra = "") => `import { defineMigration } from "retort";

export default defineMigration({
  revision: "3f2a9c1b7d4e",
  downRevision: "1975ea83b712",
  branchLabels: [],
  dependsOn: [],
  message: "add account table",
  createdAt: "2026-11-24T10:00:00.000Z",${extra}
  up(op) {
    ${up}
  },
  down(op) {
    op.execute("select 1");
  },
});
`;

/** Texts the scanner reads itself: it must give Babel's checksum exactly. */
const scanned: Record<string, string> = {
  "a generated migration": migration(`op.execute("select 1");`),
  "calls with objects, arrays, numbers, booleans and null": migration(
    `op.createTable("post", {
      schema: "public",
      columns: {
        id: { type: "bigint", nullable: false, identity: "always", precision: 10.5 },
        "quoted key": { type: "text", default: null, flag: true, other: undefined },
      },
      primaryKey: { name: "post_pkey", columns: ["id", "x",], },
    });
    op.createIndex("i", "post", ["author_id"], { where: \`published_at is not null\` })`,
  ),
  "arrow functions, async methods, await, return": `import { defineMigration as dm } from "retort";
import sql from "sql";
import * as kysely from "kysely";
export default dm({
  revision: "r1",
  downRevision: null,
  transactional: false,
  async up(op, context) {
    await op.run(async (db) => { await db.schema.createTable("t").execute(); });
    op.createTable("t", (t) => t.column("id").type("int"), (a, b) => { return a; });
    op.x(() => 1, x => x.y, async () => {
      return
    });
  },
  down: async (op) => { await op.execute(sql) },
})
`,
  "a plain object, no semicolons, comments": `// header
export default {
  revision: "r1", /* inline */ downRevision: null,
  up(op) {
    op.execute("a") // trailing
    op.execute("b")
  },
  down(op) {},
}`,
  "keywords as property names": migration(
    `op.delete({ default: 1, new: "x", async: true, get: 2, set(a) {} }).return();`,
  ),
};

/** Texts it must leave to Babel: other constructs, or ones Babel refuses. */
const leftToBabel: Record<string, string> = {
  "a variable": `const x = 1;\n${migration(`op.execute("select 1");`)}`,
  "a type annotation": migration(`op.run((db: Kysely<any>) => db);`),
  "as const": migration(`op.execute(["a"] as const);`),
  "an operator": migration(`op.execute("a" + "b");`),
  "a negative number": migration(`op.execute(-1);`),
  "optional chaining": migration(`op?.execute("a");`),
  "a parenthesised expression": migration(`op.execute(("a"));`),
  "a template with a substitution": migration("op.execute(`select ${1}`);"),
  "a shorthand property": migration(`op.execute({ op });`),
  "a spread": migration(`op.execute(...args);`),
  "a directive": `"use strict";\n${migration(`op.execute("select 1");`)}`,
  "a hashbang": `#!/usr/bin/env node\n${migration(`op.execute("select 1");`)}`,
  "await outside an async function": migration(`await op.execute("a");`),
  "await of an arrow function": migration(`op.x(async () => { await () => 1; });`),
  "two statements on a line": migration(`op.execute("a") op.execute("b");`),
  "a line break before =>": migration(`op.x((a)\n => a);`),
  "return outside a function": `return;\n${migration(`op.execute("select 1");`)}`,
  "a block statement": migration(`{ op.execute("a"); }`),
  "a duplicate parameter": migration(`op.x((a, a) => a);`),
  "a duplicate import": `import { a } from "x";\nimport { a } from "y";\n${migration(`op.execute("select 1");`)}`,
  "two default exports": `${migration(`op.execute("select 1");`)}\nexport default {};\n`,
  "an unclosed call": migration(`op.execute("a";`),
  "a tagged template on the next line": migration("op.execute\n`a`;"),
  "a getter": migration(`op.execute({ get x() { return 1; } });`),
  __proto__: migration(`op.execute({ __proto__: null });`),
  "an escaped single-quoted string": migration(`op.execute('it\\'s');`),
  "a hexadecimal number": migration(`op.execute(0x10);`),
  "import type": `import type { X } from "x";\n${migration(`op.execute("select 1");`)}`,
  "an import attribute": `import data from "./d.json" with { type: "json" };\n${migration(`op.execute("x");`)}`,
  // A lone CR ends the comment: the call after it is code Babel reads (and counts a line).
  "a lone CR in a comment": migration(`// note\rop.execute("hidden");`),
  "lone CR line ends": migration(`op.execute("a");`).replaceAll("\n", "\r"),
  "a line separator in a string": migration(`op.execute("a\u2028b");`),
  "a paragraph separator in a comment": migration(`// note\u2029op.execute("hidden");`),
  "a line break after async (a syntax error)": migration(`op.run(async\n (db) => db);`),
  "a line break after async before a method (a syntax error)":
    migration(`op.x({ async\n m() {} });`),
};

describe("scanProgram", () => {
  for (const [name, text] of Object.entries(scanned)) {
    it(`reads ${name} as Babel does`, () => {
      const checksum = scannedChecksum(text);
      expect(checksum).toBeDefined();
      expect(checksum).toBe(babelChecksum(text));
    });
  }

  for (const [name, text] of Object.entries(leftToBabel)) {
    it(`leaves ${name} to Babel`, () => {
      expect(scanProgram(text)).toBeUndefined();
    });
  }

  it("gives Babel's checksum for the example app's migrations", () => {
    const dir = join(__dirname, "../../../../apps/example/app/migrations/versions");
    const files = readdirSync(dir).filter((name) => name.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(join(dir, name), "utf8");
      const checksum = scannedChecksum(text);
      if (checksum !== undefined) expect(checksum, name).toBe(babelChecksum(text));
    }
  });
});

describe("moduleScript", () => {
  it("binds imports to packages and keeps the lines", () => {
    const text = `import { defineMigration as dm } from "retort";\nimport * as k from "kysely";\nimport d from "@scope/pkg/sub";\n\nexport default dm({ a: k.sql, b: d });\n`;
    const script = moduleScript(text);
    expect(script?.packages).toEqual(["retort", "kysely", "@scope/pkg/sub"]);
    const lines = script!.code.split("\n");
    expect(lines[0]).toBe(
      'var dm = require("retort")["defineMigration"]; var k = require("kysely"); var d = require("@scope/pkg/sub")["default"];;',
    );
    // Each import's own semicolon stays, an empty statement.
    expect(lines.slice(1, 4)).toEqual([";", ";", ""]);
    expect(lines[4]).toBe("const __retort_default = dm({ a: k.sql, b: d });");
    expect(script!.code.endsWith("return { default: __retort_default };")).toBe(true);
  });

  it("leaves files that import by path, or name module or require, to the bundler", () => {
    expect(moduleScript(`import x from "./x";\nexport default { x };\n`)).toBeUndefined();
    expect(moduleScript(`export default { a: module.id };\n`)).toBeUndefined();
    expect(moduleScript(`export default { a: require };\n`)).toBeUndefined();
    expect(moduleScript(`op.execute("a");\n`)).toBeUndefined();
  });
});
