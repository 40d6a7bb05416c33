import { RetortError } from "../errors/retort-error";
import { isRevisionId, REVISION_ID_RULE } from "../graph/revision-id";

/** The literal fields of a migration file, read from its text without running it. */
export interface MigrationHeader {
  readonly revision: string;
  readonly downRevisions: readonly string[];
  readonly branchLabels: readonly string[];
  readonly dependsOn: readonly string[];
  readonly message: string;
  readonly createdAt: string | undefined;
  readonly transactional: boolean;
  readonly replaces: readonly string[];
}

/** A migration file retort cannot read: names the file and the line. */
export class BadMigrationFileError extends RetortError {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, problem: string, hint?: string) {
    const where = line === undefined ? file : `${file}:${line}`;
    super("BAD_MIGRATION_FILE", `${where}: ${problem}`, {
      hint:
        hint ??
        "a migration file's default export is defineMigration({ revision, downRevision, ... }) with literal header fields.",
      details: { file, line },
    });
    this.name = "BadMigrationFileError";
    this.file = file;
    this.line = line;
  }
}

type Literal = string | number | boolean | null | Literal[];

const headerKeys = new Set([
  "revision",
  "downRevision",
  "branchLabels",
  "dependsOn",
  "message",
  "createdAt",
  "transactional",
  "replaces",
]);

/**
 * Reads the header of a migration file from its text. Only the object literal passed to
 * `defineMigration(...)` (or the `export default {...}` object) is scanned; `up` and `down`
 * are skipped over, never evaluated.
 *
 * @example
 * ```ts
 * const header = parseMigrationHeader(readFileSync(file, "utf8"), file);
 * header.downRevisions; // ["1975ea83b712"]
 * ```
 */
export function parseMigrationHeader(text: string, file: string | (() => string)): MigrationHeader {
  const scanner = new Scanner(text, typeof file === "string" ? () => file : file);
  const start = scanner.findObjectStart();
  const fields = scanner.readHeaderFields(start);

  const revision = fields.get("revision");
  if (revision === undefined) return scanner.failAt(start, "the migration has no `revision`.");
  if (typeof revision.value !== "string" || !isRevisionId(revision.value)) {
    return scanner.failAt(revision.offset, `\`revision\` must be a string of ${REVISION_ID_RULE}.`);
  }
  const down = fields.get("downRevision");
  if (down === undefined) {
    return scanner.failAt(
      start,
      "the migration has no `downRevision` (use `null` for the first revision).",
    );
  }
  return {
    revision: revision.value,
    downRevisions: down.value === null ? [] : stringList(down, "downRevision", scanner),
    branchLabels: optionalList(fields, "branchLabels", scanner),
    dependsOn: optionalList(fields, "dependsOn", scanner),
    message: optionalString(fields, "message", scanner) ?? "",
    createdAt: optionalString(fields, "createdAt", scanner),
    transactional: optionalBoolean(fields, "transactional", scanner) ?? true,
    replaces: optionalList(fields, "replaces", scanner),
  };
}

interface Field {
  readonly value: Literal;
  /** Where the key starts; turned into a line number only for an error message. */
  readonly offset: number;
}

function stringList(field: Field, key: string, scanner: Scanner): string[] {
  const { value } = field;
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return value as string[];
  }
  return scanner.failAt(field.offset, `\`${key}\` must be a string or an array of strings.`);
}

function optionalList(fields: Map<string, Field>, key: string, scanner: Scanner): string[] {
  const field = fields.get(key);
  if (field === undefined || field.value === null) return [];
  return stringList(field, key, scanner);
}

function optionalString(
  fields: Map<string, Field>,
  key: string,
  scanner: Scanner,
): string | undefined {
  const field = fields.get(key);
  if (field === undefined || field.value === null) return undefined;
  if (typeof field.value !== "string")
    return scanner.failAt(field.offset, `\`${key}\` must be a string.`);
  return field.value;
}

function optionalBoolean(
  fields: Map<string, Field>,
  key: string,
  scanner: Scanner,
): boolean | undefined {
  const field = fields.get(key);
  if (field === undefined) return undefined;
  if (typeof field.value !== "boolean") {
    return scanner.failAt(field.offset, `\`${key}\` must be \`true\` or \`false\`.`);
  }
  return field.value;
}

// Character tests by code: a regular expression per character is the scanner's hot spot.
const identStart = { test: (ch: string) => isIdentStart(ch.charCodeAt(0)) };
const identPart = { test: (ch: string) => isIdentPart(ch.charCodeAt(0)) };

// After these words an expression starts, so a `/` begins a regular expression, not a division.
const expressionKeywords = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

/** What a word leaves as the last significant token: `(` where an expression may start. */
function afterWord(word: string): string {
  return expressionKeywords.has(word) ? "(" : "a";
}

function isIdentStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36;
}

function isIdentPart(code: number): boolean {
  return isIdentStart(code) || (code >= 48 && code <= 57);
}

/**
 * A small hand-written scanner: enough of JavaScript's lexical grammar (strings, template
 * literals, comments, regular expressions, nesting) to walk one object literal. A full parser
 * would cost more to load than reading ten thousand headers takes.
 */
class Scanner {
  private pos = 0;
  private lineStarts: number[] | undefined;

  /**
   * How many header keys this file can have: once they are all read, the rest of the object
   * (`up`, `down`) need not be scanned. The optional keys count only if their names occur.
   */
  readonly expectedKeys: number;

  constructor(
    private readonly text: string,
    private readonly file: () => string,
  ) {
    let optional = 0;
    for (const key of ["transactional", "replaces"]) if (text.includes(key)) optional++;
    this.expectedKeys = headerKeys.size - 2 + optional;
  }

  lineAt(offset: number): number {
    if (this.lineStarts === undefined) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++)
        if (this.text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts = starts;
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private fail(problem: string, offset = this.pos): never {
    throw new BadMigrationFileError(this.file(), this.lineAt(offset), problem);
  }

  /** Fails with the line of `offset`. */
  failAt(offset: number, problem: string): never {
    return this.fail(problem, offset);
  }

  /** Finds the `{` that opens the migration object: after `defineMigration(` or `export default`. */
  findObjectStart(): number {
    this.pos = 0;
    let previous = "(";
    while (this.pos < this.text.length) {
      this.skipTrivia();
      const ch = this.text[this.pos];
      if (ch === undefined) break;
      if (ch === '"' || ch === "'" || ch === "`") {
        this.skipString();
        previous = "a";
        continue;
      }
      if (ch === "/" && this.regexAllowedAfter(previous)) {
        this.skipRegex();
        previous = "a";
        continue;
      }
      if (identStart.test(ch)) {
        const start = this.pos;
        const word = this.readIdentifier();
        previous = afterWord(word);
        if (word === "defineMigration") {
          this.skipTrivia();
          if (this.text[this.pos] === "(") {
            this.pos++;
            this.skipTrivia();
            if (this.text[this.pos] !== "{") {
              this.fail("`defineMigration(...)` must be given an object literal.");
            }
            return this.pos;
          }
        } else if (word === "export") {
          this.skipTrivia();
          const save = this.pos;
          if (this.readIdentifier() === "default") {
            this.skipTrivia();
            if (this.text[this.pos] === "{") return this.pos;
          } else {
            this.pos = save;
          }
        }
        if (this.pos === start) this.pos++;
        continue;
      }
      previous = ch;
      this.pos++;
    }
    this.fail("no `export default defineMigration({ ... })` found.", 0);
  }

  /** Reads the header keys of the object literal starting at `start`, skipping everything else. */
  readHeaderFields(start: number): Map<string, Field> {
    const fields = new Map<string, Field>();
    this.pos = start + 1;
    for (;;) {
      this.skipTrivia();
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail("the migration object is not closed.", start);
      if (ch === "}") return fields;
      if (ch === ",") {
        this.pos++;
        continue;
      }
      if (ch === "." && this.text.startsWith("...", this.pos)) {
        this.fail(
          "spread (`...`) is not allowed in a migration object: write the header fields out.",
        );
      }
      const keyOffset = this.pos;
      let key: string;
      if (ch === '"' || ch === "'") {
        key = this.readStringLiteral();
      } else if (identStart.test(ch)) {
        key = this.readIdentifier();
        // `async up(op) {}` and `get x() {}`: the real key follows the modifier.
        this.skipTrivia();
        if (
          (key === "async" || key === "get" || key === "set") &&
          identStart.test(this.text[this.pos] ?? "")
        ) {
          key = this.readIdentifier();
        }
      } else if (ch === "[") {
        this.fail("computed keys are not allowed in a migration object.");
      } else {
        this.fail(`unexpected \`${ch}\` in the migration object.`);
      }
      this.skipTrivia();
      const next = this.text[this.pos];
      if (next === "(" || next === "<") {
        // A method: skip its parameters and body.
        this.skipValue();
        continue;
      }
      if (next === "," || next === "}") {
        if (headerKeys.has(key)) {
          this.fail(
            `\`${key}\` must be written as \`${key}: <literal>\`, not as a shorthand.`,
            keyOffset,
          );
        }
        continue;
      }
      if (next !== ":") this.fail(`expected \`:\` after \`${key}\`.`);
      this.pos++;
      this.skipTrivia();
      if (headerKeys.has(key)) {
        if (fields.has(key)) this.fail(`\`${key}\` is given twice.`, keyOffset);
        const valueOffset = this.pos;
        const value = this.readLiteral(key);
        this.skipTrivia();
        // Tolerate `as const` after a literal.
        if (
          this.text.startsWith("as", this.pos) &&
          !identPart.test(this.text[this.pos + 2] ?? "")
        ) {
          this.pos += 2;
          this.skipTrivia();
          if (this.readIdentifier() !== "const")
            this.fail(`\`${key}\` must be a literal.`, valueOffset);
          this.skipTrivia();
        }
        const after = this.text[this.pos];
        if (after !== "," && after !== "}") {
          this.fail(
            `\`${key}\` must be a literal (a string, null, or an array of strings) so retort can read the revision graph without running the file.`,
            valueOffset,
          );
        }
        fields.set(key, { value, offset: keyOffset });
        if (fields.size === this.expectedKeys) return fields;
      } else {
        this.skipValue();
      }
    }
  }

  private readLiteral(key: string): Literal {
    const ch = this.text[this.pos];
    const offset = this.pos;
    const notLiteral = (): never =>
      this.fail(
        `\`${key}\` must be a literal (a string, null, or an array of strings) so retort can read the revision graph without running the file.`,
        offset,
      );
    if (ch === '"' || ch === "'") return this.readStringLiteral();
    if (ch === "`") {
      const value = this.readTemplateWithoutSubstitutions();
      return value ?? notLiteral();
    }
    if (ch === "[") {
      this.pos++;
      const items: Literal[] = [];
      for (;;) {
        this.skipTrivia();
        const c = this.text[this.pos];
        if (c === "]") {
          this.pos++;
          return items;
        }
        if (c === ",") {
          this.pos++;
          continue;
        }
        if (c === undefined) notLiteral();
        items.push(this.readLiteral(key));
      }
    }
    if (ch !== undefined && (identStart.test(ch) || ch === "-" || /[0-9]/.test(ch))) {
      const start = this.pos;
      if (ch === "-") this.pos++;
      while (this.pos < this.text.length && identPart.test(this.text[this.pos]!)) this.pos++;
      if (this.text[this.pos] === ".") {
        this.pos++;
        while (this.pos < this.text.length && identPart.test(this.text[this.pos]!)) this.pos++;
      }
      const word = this.text.slice(start, this.pos);
      if (word === "null") return null;
      if (word === "true") return true;
      if (word === "false") return false;
      if (word === "undefined") return null;
      const n = Number(word);
      if (word !== "" && Number.isFinite(n)) return n;
      this.pos = start;
    }
    return notLiteral();
  }

  private readIdentifier(): string {
    const start = this.pos;
    while (this.pos < this.text.length && identPart.test(this.text[this.pos]!)) this.pos++;
    return this.text.slice(start, this.pos);
  }

  private readStringLiteral(): string {
    const quote = this.text[this.pos];
    const start = this.pos;
    this.pos++;
    let out = "";
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined || ch === "\n") this.fail("a string is not closed.", start);
      this.pos++;
      if (ch === quote) return out;
      if (ch === "\\") {
        out += this.readEscape();
        continue;
      }
      out += ch;
    }
  }

  private readEscape(): string {
    const ch = this.text[this.pos++];
    switch (ch) {
      case "n":
        return "\n";
      case "t":
        return "\t";
      case "r":
        return "\r";
      case "b":
        return "\b";
      case "f":
        return "\f";
      case "v":
        return "\v";
      case "0":
        return "\0";
      case "\n":
        return "";
      case "x": {
        const hex = this.text.slice(this.pos, this.pos + 2);
        this.pos += 2;
        return String.fromCharCode(Number.parseInt(hex, 16));
      }
      case "u": {
        if (this.text[this.pos] === "{") {
          const end = this.text.indexOf("}", this.pos);
          const hex = this.text.slice(this.pos + 1, end);
          this.pos = end + 1;
          return String.fromCodePoint(Number.parseInt(hex, 16));
        }
        const hex = this.text.slice(this.pos, this.pos + 4);
        this.pos += 4;
        return String.fromCharCode(Number.parseInt(hex, 16));
      }
      default:
        return ch ?? "";
    }
  }

  /** A template literal's text, or `undefined` if it has `${...}` substitutions. */
  private readTemplateWithoutSubstitutions(): string | undefined {
    const start = this.pos;
    this.pos++;
    let out = "";
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail("a template literal is not closed.", start);
      this.pos++;
      if (ch === "`") return out;
      if (ch === "\\") {
        out += this.readEscape();
        continue;
      }
      if (ch === "$" && this.text[this.pos] === "{") return undefined;
      out += ch;
    }
  }

  private skipTrivia(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xfeff) {
        this.pos++;
      } else if (code === 47 /* / */ && text.charCodeAt(this.pos + 1) === 47) {
        const end = text.indexOf("\n", this.pos);
        this.pos = end === -1 ? text.length : end + 1;
      } else if (code === 47 && text.charCodeAt(this.pos + 1) === 42 /* * */) {
        const end = text.indexOf("*/", this.pos + 2);
        if (end === -1) this.fail("a comment is not closed.");
        this.pos = end + 2;
      } else {
        return;
      }
    }
  }

  private skipString(): void {
    const quote = this.text[this.pos];
    if (quote === "`") {
      this.skipTemplate();
      return;
    }
    const start = this.pos;
    this.pos++;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail("a string is not closed.", start);
      this.pos++;
      if (ch === "\\") this.pos++;
      else if (ch === quote) return;
    }
  }

  private skipTemplate(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail("a template literal is not closed.", start);
      this.pos++;
      if (ch === "\\") this.pos++;
      else if (ch === "`") return;
      else if (ch === "$" && this.text[this.pos] === "{") {
        this.pos++;
        this.skipBalanced("}");
      }
    }
  }

  /** Skips until the matching `close`, which is consumed. */
  private skipBalanced(close: string): void {
    const stack = [close];
    let lastSignificant = "(";
    while (stack.length > 0) {
      this.skipTrivia();
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail("the migration object is not closed.");
      if (ch === '"' || ch === "'" || ch === "`") {
        this.skipString();
        lastSignificant = "a";
        continue;
      }
      if (ch === "/" && this.regexAllowedAfter(lastSignificant)) {
        this.skipRegex();
        lastSignificant = "a";
        continue;
      }
      if (identStart.test(ch)) {
        lastSignificant = afterWord(this.readIdentifier());
        continue;
      }
      this.pos++;
      if (ch === "(") stack.push(")");
      else if (ch === "[") stack.push("]");
      else if (ch === "{") stack.push("}");
      else if (ch === ")" || ch === "]" || ch === "}") {
        if (stack.pop() !== ch) this.fail(`unbalanced \`${ch}\`.`, this.pos - 1);
      }
      lastSignificant = identPart.test(ch) ? "a" : ch;
    }
  }

  /** Skips one property value (or a method's parameters and body) up to the next `,` or `}`. */
  private skipValue(): void {
    let lastSignificant = "(";
    for (;;) {
      this.skipTrivia();
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail("the migration object is not closed.");
      if (ch === "," || ch === "}") return;
      if (ch === '"' || ch === "'" || ch === "`") {
        this.skipString();
        lastSignificant = "a";
        continue;
      }
      if (ch === "/" && this.regexAllowedAfter(lastSignificant)) {
        this.skipRegex();
        lastSignificant = "a";
        continue;
      }
      if (identStart.test(ch)) {
        lastSignificant = afterWord(this.readIdentifier());
        continue;
      }
      this.pos++;
      if (ch === "(") this.skipBalanced(")");
      else if (ch === "[") this.skipBalanced("]");
      else if (ch === "{") {
        this.skipBalanced("}");
        // A method body ends the property; an object literal value may be followed by more.
      } else if (ch === ")" || ch === "]") this.fail(`unbalanced \`${ch}\`.`, this.pos - 1);
      lastSignificant = identPart.test(ch) ? "a" : ch;
    }
  }

  // A `/` starts a regular expression where an expression may begin, not after a value.
  private regexAllowedAfter(previous: string): boolean {
    return !(previous === "a" || previous === ")" || previous === "]" || previous === "}");
  }

  private skipRegex(): void {
    const start = this.pos;
    this.pos++;
    let inClass = false;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined || ch === "\n") this.fail("a regular expression is not closed.", start);
      this.pos++;
      if (ch === "\\") this.pos++;
      else if (ch === "[") inClass = true;
      else if (ch === "]") inClass = false;
      else if (ch === "/" && !inClass) break;
    }
    while (this.pos < this.text.length && identPart.test(this.text[this.pos]!)) this.pos++;
  }
}
