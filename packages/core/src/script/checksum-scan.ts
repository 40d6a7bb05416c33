// Why a second reader of migration files beside Babel: a migration's checksum is taken over
// its syntax tree (migration-checksum.ts), and on a cold `upgrade head --sql` of 10,000
// migrations Babel's parse of every file was most of the command. A generated migration is
// made of a few constructs (imports, one `export default defineMigration({...})`, methods whose
// statements are calls on `op` with literals, arrays, objects and arrow functions), and for
// those this builds the very tree Babel builds, without positions, which the checksum leaves
// out anyway. It is as timid as the header scanner (header-scan.ts): any other construct, or
// anything it cannot be sure Babel reads the same way (a keyword, a type annotation, an
// operator, a string with an unusual escape, a directive, a line break where a semicolon would
// be inserted differently), and it answers `undefined`, so the caller parses the file with
// Babel. Tests hold the two to the same checksum on every construct it takes.
// One file past 500 lines on purpose: the reader, the writer of its tree's canonical text and
// the module script made from the same read share the node shapes and the reader's positions,
// which splitting would have to export.
import { type Token, tokenize, Unsure, unsure } from "./source-tokens";

/** A syntax node as Babel builds it, positions left out. */
type Node = { readonly type: string } & Record<string, unknown>;

/** A program {@link scanProgram} or {@link moduleScript} read, for {@link scannedProgramText}. */
export type ScannedProgram = Node;

// Words that are not plain identifier references: a keyword, or one TypeScript or a later
// JavaScript gives a meaning (the scanner does not know which, so it leaves them to Babel).
const notReference = new Set([
  "abstract",
  "any",
  "as",
  "assert",
  "asserts",
  "async",
  "await",
  "boolean",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "declare",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "from",
  "function",
  "get",
  "if",
  "implements",
  "import",
  "in",
  "infer",
  "instanceof",
  "interface",
  "is",
  "keyof",
  "let",
  "module",
  "namespace",
  "never",
  "new",
  "null",
  "of",
  "package",
  "private",
  "protected",
  "public",
  "readonly",
  "require",
  "return",
  "satisfies",
  "set",
  "static",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "type",
  "typeof",
  "unique",
  "unknown",
  "using",
  "var",
  "void",
  "while",
  "with",
  "yield",
]);

const plainNumber = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/**
 * The program of a migration's text as Babel would parse it (without positions), or `undefined`
 * when the text holds anything this reader does not take.
 *
 * @example
 * ```ts
 * const program = scanProgram(text);
 * if (program !== undefined) migrationChecksum(program as t.Program);
 * ```
 */
export function scanProgram(text: string): Node | undefined {
  // A hashbang is Babel's `interpreter`, which this does not build.
  if (text.startsWith("#!")) return undefined;
  try {
    return new ProgramReader(tokenize(text)).program();
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

/** An import declaration a module script replaces with its bindings. */
interface ScannedImport {
  readonly start: number;
  readonly end: number;
  readonly source: string;
  /** `[local, imported]`; imported is `"*"` for a namespace, `"default"` for a default import. */
  readonly bindings: readonly (readonly [string, string])[];
}

// Names a module script's code must not use: they would mean something else in the function it
// runs in than in an ES module (`require`, `exports`), or its own helpers'.
const scriptNames = /\b(?:module|exports|require|__dirname|__filename|__retort\w*)\b/;

/**
 * What looks like an import by relative path (`from "./x"`, `import "../y"`), which a module
 * script cannot have: seen before a file is read whole (a models entry re-exports its folder, a
 * thousand lines). Text in a string or a comment may look so too; such a file is bundled.
 */
export const relativeImport = /\b(?:from|import)\s*["']\.{1,2}\//;

/**
 * A migration's text as the body of a function in a classic script, for files {@link scanProgram}
 * reads: its imports become variables bound to packages (`require(name)` answers with the
 * package's namespace), `export default` becomes `const __retort_default =`, and the last line
 * returns `{ default }`. No esbuild, whose bundle of thousands of files was most of a cold
 * `upgrade --sql`: the text is JavaScript already, having none of TypeScript's syntax.
 * `undefined` for a file it does not take (a relative import, no default export...). With it,
 * the program read on the way, as {@link scanProgram} reads it: a caller that needs the file's
 * checksum too ({@link scannedProgramText}) does not read the text a second time.
 *
 * @example
 * ```ts
 * const script = moduleScript(text);
 * // { packages: ["retort"], code: 'var defineMigration = require("retort").defineMigration; ...' }
 * ```
 */
export function moduleScript(
  text: string,
): { packages: string[]; code: string; program: ScannedProgram } | undefined {
  if (text.startsWith("#!") || scriptNames.test(text) || relativeImport.test(text)) {
    return undefined;
  }
  let reader: ProgramReader;
  let program: Node;
  try {
    reader = new ProgramReader(tokenize(text));
    program = reader.program();
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
  const exportAt = reader.exportDefaultAt;
  if (exportAt === undefined) return undefined;
  const packages: string[] = [];
  const bindings: string[] = [];
  const cuts: [start: number, end: number, replacement: string][] = [];
  for (const declaration of reader.imports) {
    if (!isPackageSpecifier(declaration.source)) return undefined;
    if (!packages.includes(declaration.source)) packages.push(declaration.source);
    const from = `require(${JSON.stringify(declaration.source)})`;
    for (const [local, imported] of declaration.bindings) {
      bindings.push(
        `var ${local} = ${imported === "*" ? from : `${from}[${JSON.stringify(imported)}]`};`,
      );
    }
    cuts.push([declaration.start, declaration.end, ""]);
  }
  cuts.push([exportAt[0], exportAt[1], "const __retort_default ="]);
  let code = bindings.join(" ");
  let at = 0;
  for (const [start, end, replacement] of cuts.sort((a, b) => a[0] - b[0])) {
    // The lines a cut spanned stay, so later lines keep their numbers.
    code += `${text.slice(at, start)}${replacement}${text.slice(start, end).replace(/[^\n]/g, "")}`;
    at = end;
  }
  code += `${text.slice(at)}\n;return { default: __retort_default };`;
  return { packages, code, program };
}

/**
 * Whether `specifier` names a package (`pkg`, `@scope/pkg/sub`, `node:fs`), which a joined
 * module's `require` answers: a relative or absolute path (`./helper`, `../x`, `/abs`), a subpath
 * import (`#lib`, mapped by the importing file's own package.json) or a URL is read from the
 * importing file's folder, which only the bundler knows.
 */
export function isPackageSpecifier(specifier: string): boolean {
  if (/^node:[\w/]+$/.test(specifier)) return true;
  const segments = specifier.split("/");
  const name = specifier.startsWith("@") ? 2 : 1;
  return (
    segments.length >= name &&
    segments.every(
      (segment, i) =>
        /^[\w.-]+$/.test(i === 0 && name === 2 ? segment.slice(1) : segment) &&
        segment !== "." &&
        segment !== ".." &&
        (i >= name || !segment.startsWith(".")),
    )
  );
}

// Each node type's keys in the order the checksum writes them (sorted, as writeNode sorts
// Babel's), so a scanned program's text is written without sorting or looking keys up.
// `null`, `false`, absent and empty-list fields are left out, as writeNode leaves them out.
const keyOrder: Record<string, readonly string[]> = {
  Program: ["body", "sourceType", "type"],
  ImportDeclaration: ["importKind", "source", "specifiers", "type"],
  ImportSpecifier: ["importKind", "imported", "local", "type"],
  ImportDefaultSpecifier: ["local", "type"],
  ImportNamespaceSpecifier: ["local", "type"],
  ExportDefaultDeclaration: ["declaration", "exportKind", "type"],
  BlockStatement: ["body", "type"],
  ReturnStatement: ["argument", "type"],
  ExpressionStatement: ["expression", "type"],
  AwaitExpression: ["argument", "type"],
  MemberExpression: ["computed", "object", "property", "type"],
  CallExpression: ["arguments", "callee", "type"],
  Identifier: ["name", "type"],
  StringLiteral: ["type", "value"],
  NumericLiteral: ["type", "value"],
  BooleanLiteral: ["type", "value"],
  NullLiteral: ["type"],
  TemplateLiteral: ["expressions", "quasis", "type"],
  TemplateElement: ["tail", "type", "value"],
  ArrayExpression: ["elements", "type"],
  ObjectExpression: ["properties", "type"],
  ObjectProperty: ["computed", "key", "method", "shorthand", "type", "value"],
  ObjectMethod: [
    "async",
    "body",
    "computed",
    "generator",
    "id",
    "key",
    "kind",
    "method",
    "params",
    "type",
  ],
  ArrowFunctionExpression: ["async", "body", "generator", "id", "params", "type"],
};

/**
 * The text {@link migrationChecksum} hashes, for a program {@link scanProgram} built: the same
 * text its general writer makes of the same tree, which tests hold it to.
 */
export function scannedProgramText(program: ScannedProgram): string {
  const out = { text: "" };
  writeScanned(out, program);
  return out.text;
}

function writeScanned(out: { text: string }, value: unknown): void {
  if (Array.isArray(value)) {
    out.text += "[";
    for (let i = 0; i < value.length; i++) {
      writeScanned(out, value[i]);
      out.text += ",";
    }
    out.text += "]";
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    // The one object without a type: a template element's `{ cooked, raw }`.
    const keys = typeof record.type === "string" ? keyOrder[record.type] : ["cooked", "raw"];
    if (keys === undefined) throw new Error(`no key order for ${String(record.type)}`);
    out.text += "{";
    for (const key of keys) {
      const field = record[key];
      if (
        field === undefined ||
        field === null ||
        field === false ||
        (Array.isArray(field) && field.length === 0)
      ) {
        continue;
      }
      out.text += `"${key}":`;
      writeScanned(out, field);
      out.text += ",";
    }
    out.text += "}";
  } else {
    out.text += JSON.stringify(value);
  }
}

class ProgramReader {
  private at = 0;
  /** Whether `await` is an operator here (inside an async function). */
  private inAsync = false;
  /** Whether `return` may be here (inside a function). */
  private inFunction = false;
  private hasDefaultExport = false;
  /** Names the imports declare: a second one is Babel's error to report. */
  private readonly imported = new Set<string>();
  /** Each import declaration: where it is, its package and what it binds. */
  readonly imports: ScannedImport[] = [];
  /** Where `export default` is: from `export` to the end of `default`. */
  exportDefaultAt: [start: number, end: number] | undefined;

  constructor(private readonly tokens: readonly Token[]) {}

  program(): Node {
    const body: Node[] = [];
    this.noDirective();
    while (this.at < this.tokens.length) {
      const token = this.peek();
      if (isWord(token, "import")) body.push(this.importDeclaration());
      else if (isWord(token, "export")) body.push(this.exportDefault());
      else body.push(this.statement());
    }
    return { type: "Program", sourceType: "module", body };
  }

  private importDeclaration(): Node {
    const start = this.next().start ?? unsure(); // import
    const specifiers: Node[] = [];
    const first = this.peek();
    if (isPunct(first, "{")) {
      specifiers.push(...this.namedImports());
    } else if (isPunct(first, "*")) {
      this.next();
      this.word("as");
      specifiers.push({ type: "ImportNamespaceSpecifier", local: this.importBinding() });
    } else {
      specifiers.push({ type: "ImportDefaultSpecifier", local: this.importBinding() });
    }
    this.word("from");
    const source = this.next();
    if (source.kind !== "string" || source.value === undefined) unsure();
    const after = this.tokens[this.at];
    // Import attributes (`with { type: "json" }`) are a tree of their own.
    if (isWord(after, "with") || isWord(after, "assert")) unsure();
    this.endStatement(source);
    this.imports.push({
      start,
      end: (source.start ?? unsure()) + source.text.length,
      source: source.value as string,
      bindings: specifiers.map((specifier) => [
        (specifier.local as Node).name as string,
        specifier.type === "ImportNamespaceSpecifier"
          ? "*"
          : specifier.type === "ImportDefaultSpecifier"
            ? "default"
            : ((specifier.imported as Node).name as string),
      ]),
    });
    return {
      type: "ImportDeclaration",
      importKind: "value",
      specifiers,
      source: { type: "StringLiteral", value: source.value },
    };
  }

  private namedImports(): Node[] {
    this.punct("{");
    const specifiers: Node[] = [];
    while (!isPunct(this.peek(), "}")) {
      if (isWord(this.peek(), "type")) unsure();
      const imported = this.binding();
      let local = imported;
      if (isWord(this.peek(), "as")) {
        this.next();
        local = this.binding();
      }
      this.declareImport(local);
      specifiers.push({
        type: "ImportSpecifier",
        importKind: "value",
        imported: { ...imported },
        local,
      });
      if (isPunct(this.peek(), ",")) this.next();
      else if (!isPunct(this.peek(), "}")) unsure();
    }
    this.next();
    return specifiers;
  }

  private exportDefault(): Node {
    const start = this.next().start ?? unsure(); // export
    const word = this.peek();
    this.word("default");
    this.exportDefaultAt = [start, (word.start ?? unsure()) + word.text.length];
    if (this.hasDefaultExport) unsure();
    this.hasDefaultExport = true;
    const declaration = this.expression();
    this.endStatement(this.tokens[this.at - 1]!);
    return { type: "ExportDefaultDeclaration", exportKind: "value", declaration };
  }

  /** Statements up to the closing `}` of a block (consumed). */
  private block(): Node {
    this.punct("{");
    const body: Node[] = [];
    this.noDirective();
    while (!isPunct(this.peek(), "}")) body.push(this.statement());
    this.next();
    return { type: "BlockStatement", body };
  }

  private statement(): Node {
    const token = this.peek();
    // A `{` starts a block here, not an object.
    if (isPunct(token, "{")) unsure();
    if (isWord(token, "return")) {
      if (!this.inFunction) unsure();
      this.next();
      const after = this.tokens[this.at];
      // `return` then a line break returns nothing: a semicolon is inserted there.
      if (
        after === undefined ||
        isPunct(after, ";") ||
        isPunct(after, "}") ||
        after.line > token.line
      ) {
        this.endStatement(token);
        return { type: "ReturnStatement" };
      }
      const argument = this.expression();
      this.endStatement(this.tokens[this.at - 1]!);
      return { type: "ReturnStatement", argument };
    }
    const expression = this.expression();
    this.endStatement(this.tokens[this.at - 1]!);
    return { type: "ExpressionStatement", expression };
  }

  /** A statement ends at `;`, before `}`, at the end, or where a line break inserts a `;`. */
  private endStatement(last: Token): void {
    const next = this.tokens[this.at];
    if (next === undefined || isPunct(next, "}")) return;
    if (isPunct(next, ";")) {
      this.next();
      return;
    }
    if (next.line <= endLine(last)) unsure();
    // A line that starts with one of these continues the expression in JavaScript's grammar.
    if (next.kind === "punct" || next.kind === "template") unsure();
  }

  /** A string as a block's first statement is a directive (`"use strict"`), not built here. */
  private noDirective(): void {
    if (this.tokens[this.at]?.kind === "string") unsure();
  }

  /** An expression; `await`'s operand (`operand`) cannot be an arrow function. */
  private expression(operand = false): Node {
    const token = this.peek();
    if (isWord(token, "await")) {
      if (!this.inAsync) unsure();
      this.next();
      return { type: "AwaitExpression", argument: this.expression(true) };
    }
    const arrow = operand ? undefined : this.arrowFunction();
    if (arrow !== undefined) return arrow;
    // A call's line is the line its callee starts on, as Babel's `loc.start` (the linter
    // places findings by it; the checksum's key order leaves it out).
    const line = this.tokens[this.at]?.line;
    let node = this.primary();
    for (;;) {
      const next = this.tokens[this.at];
      if (isPunct(next, ".")) {
        this.next();
        const name = this.next();
        if (name.kind !== "ident") unsure();
        node = {
          type: "MemberExpression",
          object: node,
          computed: false,
          property: { type: "Identifier", name: name.text },
        };
      } else if (isPunct(next, "(")) {
        node = {
          type: "CallExpression",
          callee: node,
          arguments: this.list("(", ")"),
          loc: { start: { line } },
        };
      } else {
        break;
      }
    }
    // An operator, `as`, `?.`, `!`, a tagged template...: Babel's.
    const after = this.tokens[this.at];
    if (
      after !== undefined &&
      !isPunct(after, ",") &&
      !isPunct(after, ")") &&
      !isPunct(after, "]")
    ) {
      if (
        !isPunct(after, "}") &&
        !isPunct(after, ";") &&
        after.line <= endLine(this.tokens[this.at - 1]!)
      ) {
        unsure();
      }
    }
    return node;
  }

  private primary(): Node {
    const token = this.next();
    switch (token.kind) {
      case "string":
        return { type: "StringLiteral", value: token.value ?? unsure() };
      case "template": {
        const value = token.value ?? unsure();
        return {
          type: "TemplateLiteral",
          expressions: [],
          quasis: [{ type: "TemplateElement", value: { raw: value, cooked: value }, tail: true }],
        };
      }
      case "number":
        if (!plainNumber.test(token.text)) unsure();
        return { type: "NumericLiteral", value: Number(token.text) };
      case "ident":
        if (token.text === "null") return { type: "NullLiteral" };
        if (token.text === "true" || token.text === "false") {
          return { type: "BooleanLiteral", value: token.text === "true" };
        }
        if (notReference.has(token.text)) unsure();
        return { type: "Identifier", name: token.text };
      case "punct":
        if (token.text === "[") {
          this.at--;
          return { type: "ArrayExpression", elements: this.list("[", "]") };
        }
        if (token.text === "{") {
          this.at--;
          return this.object();
        }
        return unsure();
    }
  }

  /** `open` item, item, ... `close` (a trailing comma allowed, no holes). */
  private list(open: string, close: string): Node[] {
    this.punct(open);
    const items: Node[] = [];
    while (!isPunct(this.peek(), close)) {
      if (isPunct(this.peek(), ",")) unsure();
      items.push(this.expression());
      if (isPunct(this.peek(), ",")) this.next();
      else if (!isPunct(this.peek(), close)) unsure();
    }
    this.next();
    return items;
  }

  private object(): Node {
    this.punct("{");
    const properties: Node[] = [];
    while (!isPunct(this.peek(), "}")) {
      let isAsync = false;
      let keyToken = this.next();
      if (isWord(keyToken, "async") && !isPunct(this.peek(), ":") && !isPunct(this.peek(), "(")) {
        // No line break may follow `async`: Babel's error to report.
        if (this.peek().line > keyToken.line) unsure();
        isAsync = true;
        keyToken = this.next();
      }
      if ((isWord(keyToken, "get") || isWord(keyToken, "set")) && this.peek().kind !== "punct") {
        unsure();
      }
      let key: Node;
      if (keyToken.text === "__proto__" || keyToken.value === "__proto__") unsure();
      if (keyToken.kind === "ident") key = { type: "Identifier", name: keyToken.text };
      else if (keyToken.kind === "string")
        key = { type: "StringLiteral", value: keyToken.value ?? unsure() };
      else return unsure();
      const after = this.peek();
      if (isPunct(after, ":") && !isAsync) {
        this.next();
        properties.push({
          type: "ObjectProperty",
          method: false,
          key,
          computed: false,
          shorthand: false,
          value: this.expression(),
        });
      } else if (isPunct(after, "(")) {
        const params = this.params();
        const body = this.functionBody(isAsync, () => this.block());
        properties.push({
          type: "ObjectMethod",
          method: true,
          key,
          computed: false,
          kind: "method",
          id: null,
          generator: false,
          async: isAsync,
          params,
          body,
        });
      } else {
        return unsure();
      }
      if (isPunct(this.peek(), ",")) this.next();
      else if (!isPunct(this.peek(), "}")) unsure();
    }
    this.next();
    return { type: "ObjectExpression", properties };
  }

  /** `(a, b)`: plain names only (no types, defaults or patterns), no trailing comma. */
  private params(): Node[] {
    this.punct("(");
    const params: Node[] = [];
    const names = new Set<string>();
    while (!isPunct(this.peek(), ")")) {
      const param = this.binding();
      // Strict mode (a module) refuses a name twice, and `eval` or `arguments` at all.
      if (names.has(param.name as string) || param.name === "eval" || param.name === "arguments") {
        unsure();
      }
      names.add(param.name as string);
      params.push(param);
      if (isPunct(this.peek(), ",")) {
        this.next();
        if (isPunct(this.peek(), ")")) unsure();
      } else if (!isPunct(this.peek(), ")")) {
        unsure();
      }
    }
    this.next();
    return params;
  }

  /** An arrow function starting here, or `undefined` (nothing consumed). */
  private arrowFunction(): Node | undefined {
    const start = this.at;
    let isAsync = false;
    if (isWord(this.tokens[this.at], "async")) {
      const next = this.tokens[this.at + 1];
      if (next !== undefined && next.line > this.tokens[this.at]!.line) unsure();
      isAsync = true;
      this.at++;
    }
    let params: Node[];
    const first = this.tokens[this.at];
    if (first?.kind === "ident" && !notReference.has(first.text) && this.isArrowAt(this.at + 1)) {
      params = [{ type: "Identifier", name: first.text }];
      this.at++;
    } else if (isPunct(first, "(") && this.isArrowAt(this.closingParen(this.at) + 1)) {
      params = this.params();
    } else {
      this.at = start;
      if (isAsync) unsure();
      return undefined;
    }
    this.at += 2; // =>
    const body = this.functionBody(isAsync, () =>
      isPunct(this.tokens[this.at], "{") ? this.block() : this.expression(),
    );
    return {
      type: "ArrowFunctionExpression",
      id: null,
      generator: false,
      async: isAsync,
      params,
      body,
    };
  }

  private functionBody(isAsync: boolean, read: () => Node): Node {
    const outer = [this.inAsync, this.inFunction] as const;
    this.inAsync = isAsync;
    this.inFunction = true;
    const body = read();
    [this.inAsync, this.inFunction] = outer;
    return body;
  }

  /** Whether `=>` starts at `index`, on the line of the parameters (as JavaScript requires). */
  private isArrowAt(index: number): boolean {
    const eq = this.tokens[index];
    const gt = this.tokens[index + 1];
    if (eq === undefined || gt === undefined || !isPunct(eq, "=") || !isPunct(gt, ">")) {
      return false;
    }
    if (gt.start !== (eq.start ?? -2) + 1) unsure();
    const before = this.tokens[index - 1];
    if (before !== undefined && eq.line > endLine(before)) unsure();
    return true;
  }

  /** Index of the `)` that closes the `(` at `index` (the tokenizer matched them). */
  private closingParen(index: number): number {
    const close = this.tokens[index]?.close;
    return close === undefined || close < 0 ? unsure() : close;
  }

  /** A name being declared (a parameter, an import). */
  private binding(): Node {
    const token = this.next();
    if (token.kind !== "ident" || notReference.has(token.text)) unsure();
    return { type: "Identifier", name: token.text };
  }

  private importBinding(): Node {
    const local = this.binding();
    this.declareImport(local);
    return local;
  }

  private declareImport(local: Node): void {
    const name = local.name as string;
    if (this.imported.has(name) || name === "eval" || name === "arguments") unsure();
    this.imported.add(name);
  }

  private word(text: string): void {
    if (!isWord(this.next(), text)) unsure();
  }

  private punct(text: string): void {
    if (!isPunct(this.next(), text)) unsure();
  }

  private peek(): Token {
    return this.tokens[this.at] ?? unsure();
  }

  private next(): Token {
    return this.tokens[this.at++] ?? unsure();
  }
}

function isPunct(token: Token | undefined, text: string): boolean {
  return token?.kind === "punct" && token.text === text;
}

function isWord(token: Token | undefined, text: string): boolean {
  return token?.kind === "ident" && token.text === text;
}

/** The line a token ends on: a template literal may span lines. */
function endLine(token: Token): number {
  if (token.kind !== "template") return token.line;
  let line = token.line;
  for (const c of token.text) if (c === "\n") line++;
  return line;
}
