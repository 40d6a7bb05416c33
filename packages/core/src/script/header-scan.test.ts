import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMigrationHeader, readMigrationHeader, scanMigrationHeader } from "./migration-header";

const file = "app/migrations/versions/r1_x.ts";

const generated = `import { defineMigration } from "retort";

export default defineMigration({
  revision: "3f2a9c1b7d4e",
  downRevision: "1975ea83b712",
  branchLabels: [],
  dependsOn: [],
  message: "add account table",
  createdAt: "2026-11-24T10:00:00.000Z",
  up(op) {
    op.createTable("account", { columns: { id: { type: "bigint", primaryKey: true } } });
  },
  down(op) {
    op.dropTable("account");
  },
});
`;

/** Files the fast scanner reads itself: it must give exactly Babel's header. */
const scanned: Record<string, string> = {
  generated,
  "every field, a merge, comments, `as const`, a trailing comma": `#!/usr/bin/env node
// export default { revision: "wrong" }
/* defineMigration({ revision: "wrong2" }) */
export default defineMigration({
  "revision": 'a1b2' as const,
  downRevision: ["b", "c",] as const,
  branchLabels: ["billing"],
  dependsOn: ["x"],
  message: "say \\"hi\\" \\u00e9 \\n",
  createdAt: \`2026-01-01\`,
  transactional: false,
  lockTimeout: "2s",
  lockRetries: 3,
  replaces: [],
  up(op: Operations): void {
    op.execute(\`select \${"}"} \${\`\${1}\`}\`);
    const o = { a: [1, (2)], b: "}" };
  },
  down: async (op) => { op.execute('}'); },
});
`,
  "CRLF line ends, comment and string look-alikes in code, nested templates": [
    'import { defineMigration } from "retort";',
    "export default defineMigration({",
    '  revision: "c0ffee", // revision: "wrong"',
    "  downRevision: [/* \"x\" */ 'a', `b`],",
    "  message: 'a // not a comment /* nor this */',",
    "  up(op) {",
    "    op.execute(`select '\u0024{`}`}' \u0024{[1, { a: `\u0024{'{'}` }]}`);",
    '    op.execute("export default {}");',
    "  },",
    "  down: (op) => op.execute('select 1'),",
    "});",
    "",
  ].join("\r\n"),
  "comments and strings in code that look like the end of a property": `export default defineMigration({
  up(op) { // }, revision: "no",
    op.execute("}, revision: 'no'"); /* }) */
  } /* , */ ,
  down: (op) => op.execute(\`\u0024{'}'}, \u0024{[1, "]"]}\`),
  revision: "r1",
  downRevision: null,
});
`,
  "a header after up and down, a plain object": `export default {
  up() { return { revision: "inner" }; },
  down() {},
  revision: "r1",
  downRevision: undefined,
  lockTimeout: 150,
} satisfies X;
`,
};

/** Files the scanner must leave to Babel (it answers `undefined`); Babel still reads them. */
const leftToBabel: Record<string, string> = {
  "a regular expression": `export default defineMigration({ revision: "r1", downRevision: null, up() { /}/.test("x"); }, down() {} });`,
  "a division": `export default defineMigration({ revision: "r1", downRevision: null, up() { return 1 / 2; }, down() {} });`,
  "a single-quoted string with an escape": `export default defineMigration({ revision: "r1", downRevision: null, message: 'it\\'s' });`,
  "an escape JSON does not share": `export default defineMigration({ revision: "r1", downRevision: null, message: "\\x41" });`,
  "a template with an escape":
    'export default defineMigration({ revision: "r1", downRevision: null, message: `a\\tb` });',
  "a migration exported through a constant": `const m = defineMigration({ revision: "r1", downRevision: null });\nexport default m;`,
  "a qualified defineMigration": `export default retort.defineMigration({ revision: "r1", downRevision: null });`,
  "an async method": `export default defineMigration({ async up() {}, down() {}, revision: "r1", downRevision: null });`,
  "a getter": `export default defineMigration({ get x() { return 1; }, revision: "r1", downRevision: null });`,
  "a header field as a method": `export default defineMigration({ revision: "r1", downRevision: null, message() {} });`,
  "non-ASCII code": `const café = 1;\nexport default defineMigration({ revision: "r1", downRevision: null });`,
  "a hexadecimal number": `export default defineMigration({ revision: "r1", downRevision: null, lockTimeout: 0x10 });`,
  "a line separator in a comment": `export default defineMigration({ // note\u2028 revision: "r1", downRevision: null });`,
};

/** Files whose header is wrong: the scanner leaves them to Babel, which names the problem. */
const refused: Record<string, string> = {
  "a duplicate field": `export default defineMigration({ revision: "r1", revision: "r2", downRevision: null });`,
  "a computed value": `export default defineMigration({ revision: "r" + "1", downRevision: null });`,
  "a template with a substitution":
    'export default defineMigration({ revision: "r1", downRevision: null, message: `a\u0024{b}` });',
  "a shorthand": `const revision = "r1";\nexport default defineMigration({ revision, downRevision: null });`,
  "a spread": `export default defineMigration({ ...base, revision: "r1", downRevision: null });`,
  "a computed key": `export default defineMigration({ ["revision"]: "r1", downRevision: null });`,
  "no downRevision": `export default defineMigration({ revision: "r1" });`,
  "a bad revision id": `export default defineMigration({ revision: "a-b", downRevision: null });`,
  "a bad lock timeout": `export default defineMigration({ revision: "r1", downRevision: null, lockTimeout: "a while" });`,
  "a non-boolean transactional": `export default defineMigration({ revision: "r1", downRevision: null, transactional: "no" });`,
  "an unclosed string": `export default defineMigration({ revision: "r1, downRevision: null });`,
  "an unclosed object": `export default defineMigration({ revision: "r1", downRevision: null, up() {}`,
  "a line break in a string":
    'export default defineMigration({ revision: "r1", downRevision: null, message: "a\rb" });',
  "two default exports": `export default defineMigration({ revision: "r1", downRevision: null });\nexport default {};`,
  // A lone CR ends the comment: Babel reads the field after it, a second revision.
  "a second revision after a lone CR in a comment": `export default defineMigration({ revision: "r1", // note\rrevision: "r2",\n downRevision: null });`,
};

function babelError(text: string): string {
  try {
    parseMigrationHeader(text, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected Babel to refuse the file");
}

describe("the fast header scanner", () => {
  it.each(Object.entries(scanned))("reads %s as Babel does", (_, text) => {
    const fast = scanMigrationHeader(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(parseMigrationHeader(text, file));
  });

  it.each(Object.entries(leftToBabel))("leaves %s to Babel", (_, text) => {
    expect(scanMigrationHeader(text)).toBeUndefined();
    expect(readMigrationHeader(text, file)).toEqual(parseMigrationHeader(text, file));
  });

  it.each(Object.entries(refused))("refuses %s with Babel's message", (_, text) => {
    expect(scanMigrationHeader(text)).toBeUndefined();
    expect(() => readMigrationHeader(text, file)).toThrow(babelError(text));
  });

  it("reads the header of a file whose code has a syntax error; loading the module reports it", () => {
    const text = `export default defineMigration({\n  revision: "r1",\n  downRevision: null,\n  up(op) { op.execute("a") op.execute("b"); },\n});\n`;
    expect(readMigrationHeader(text, file).revision).toBe("r1");
    expect(() => parseMigrationHeader(text, file)).toThrow(`${file}:4`);
  });
});

// Pieces of migration objects, valid or not, that random files are made of: the scanner must
// either leave a file to Babel or read exactly Babel's header.
const revisions = ['revision: "r1",', "\"revision\": 'r2' as const,"];
const downRevisions = [
  "downRevision: null,",
  'downRevision: ["a", `b`,] as const,',
  "downRevision: undefined,",
];
const properties = [
  'message: "say \\"hi\\" \\u00e9",',
  "message: 'it\\'s',",
  "message: `a \u0024{1} b`,",
  "message: `two\nlines`,",
  "lockTimeout: 5,",
  "lockTimeout: -1,",
  'lockTimeout: "2s",',
  "lockRetries: 1.5,",
  "transactional: false,",
  "branchLabels: [],",
  'dependsOn: ["x", null],',
  "/* revision: 'c' */",
  "// downRevision: 'c'\n",
  'up(op) { op.execute("}"); },',
  "down: async (op) => { return { revision: `x\u0024{'}'}` }; },",
  "get x() { return 1; },",
  'up(op) { // }, revision: "no"\n op.execute("select 1"); /* } */ },',
  "x: 1 /* , */,",
  "async up() {},",
  "...spread,",
  "[key]: 1,",
  "x: a / b,",
  "x: [1, [2, { y: 3 }]],",
  "message() {},",
  "revision,",
];
const prefixes = [
  "",
  'import { defineMigration } from "retort";\n',
  'const other = { revision: "no" };\n',
  "export default {};\n",
  "#!/usr/bin/env node\n",
];

describe("the fast header scanner on random files", () => {
  it("reads a header only when Babel reads the same", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.boolean(),
        fc.constantFrom(...revisions),
        fc.constantFrom(...downRevisions),
        fc.shuffledSubarray(properties, { maxLength: 4 }),
        (prefix, wrapped, revision, downRevision, others) => {
          const picked = [revision, downRevision, ...others];
          const object = `{\n  ${picked.join("\n  ")}\n}`;
          const text = `${prefix}export default ${wrapped ? `defineMigration(${object})` : object};\n`;
          const fast = scanMigrationHeader(text);
          let babel: unknown;
          try {
            babel = parseMigrationHeader(text, file);
          } catch {
            // A file Babel refuses: the scanner may have read a header the parse would refuse
            // for the code around it, never for the header (those cases are above).
            return;
          }
          if (fast !== undefined) expect(fast).toEqual(babel);
        },
      ),
      { numRuns: 400 },
    );
  });
});
