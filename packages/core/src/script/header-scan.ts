// Why a hand-written scanner beside Babel: `heads` and `history` on a fresh checkout read every
// migration's header, and on 10,000 files Babel's parse (plus loading Babel itself) was most of
// the command. This scanner reads only what a generated migration holds: one
// `export default defineMigration({ ... })` (or `export default { ... }`) whose header fields are
// plain literals. It is deliberately timid: whenever it cannot be sure it reads the file exactly
// as Babel would (a `/` that is not a comment, since it could start a regular expression; a
// string with an unusual escape; a default export of another shape; a duplicate or non-literal
// header field; any field that would fail validation), it answers `undefined` and the caller
// parses the file with Babel, which also gives the precise error. Tests hold the two to the
// same answers on the files they both read.
//
// It reads the text in one pass and makes no object per token: the token it stands on is a few
// numbers in the scanner, and only header values become strings. A list of token objects for
// every file was, with the garbage collection it caused, most of a cold `heads`.
import type { HeaderField, HeaderLiteral } from "./migration-header";
import { otherLineEnd, Unsure, unsure } from "./source-tokens";

// Token kinds.
const END = 0;
const PUNCT = 1;
const IDENT = 2;
const STRING = 3;
const TEMPLATE = 4;
const NUMBER = 5;

// Open groups, by the character code that opened them; a template's `${` is its own kind.
const PAREN = 40;
const BRACKET = 91;
const BRACE = 123;
const SUBSTITUTION = 36;

// How a string's or template's value is read from its text.
const RAW = 0;
const JSON_ESCAPES = 1;
const NO_VALUE = 2;

// Character codes, not regular expressions: the scanner looks at every character of 10,000
// files on a cold start.
const isIdentStart = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isIdentPart = (code: number): boolean => isIdentStart(code) || isDigit(code);
// The escapes JSON shares with JavaScript, so `JSON.parse` decodes them as JavaScript would.
const jsonSafeString = /^(?:[^\\"\n\r\u2028\u2029]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*$/;
const plainNumber = /^\d+(\.\d+)?$/;

/** The header fields one scan found, by key: a list as long as the keys, not a map per file. */
export class ScannedFields {
  constructor(
    private readonly keys: readonly string[],
    private readonly found: readonly (HeaderField<number> | undefined)[],
  ) {}

  get(key: string): HeaderField<number> | undefined {
    const at = this.keys.indexOf(key);
    return at < 0 ? undefined : this.found[at];
  }
}

/**
 * The header fields of a migration's text, read without a parser, or `undefined` when the
 * scanner cannot be sure it reads them as Babel would (the caller then parses the file).
 * `headerKeys` are the fields to read; every other property is skipped. Each field's `node` is
 * the offset of its key in the text.
 *
 * @example
 * ```ts
 * const fields = scanHeaderFields(text, ["revision", "downRevision"]);
 * fields?.get("revision")?.value; // "3f2a9c1b7d4e"
 * ```
 */
export function scanHeaderFields(
  text: string,
  headerKeys: readonly string[],
): ScannedFields | undefined {
  // As the tokenizer: a comment ended by a lone `\r`, U+2028 or U+2029 would hide what follows.
  if (otherLineEnd.test(text)) return undefined;
  try {
    return new HeaderScanner(text).fields(headerKeys);
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

/** One pass over one text; its state is the token it stands on. */
class HeaderScanner {
  /** Where the next token is looked for. */
  #at = 0;
  /** The open groups, innermost last. */
  readonly #groups: number[] = [];

  kind = END;
  start = 0;
  end = 0;
  /** A punctuator's character code. */
  code = 0;
  /** How many groups enclose the token; a bracket counts as outside the group it opens or closes. */
  depth = 0;
  /** How a string's or template's value is read ({@link RAW}, {@link JSON_ESCAPES}, {@link NO_VALUE}). */
  valueKind = RAW;

  constructor(private readonly text: string) {
    if (text.startsWith("#!")) {
      const lineEnd = text.indexOf("\n");
      this.#at = lineEnd < 0 ? text.length : lineEnd;
    }
  }

  /** The header fields of the one top-level `export default` object. */
  fields(headerKeys: readonly string[]): ScannedFields {
    let fields: ScannedFields | undefined;
    this.next();
    while (this.kind !== END) {
      if (this.kind !== IDENT || this.depth !== 0 || !this.is("export")) {
        this.next();
        continue;
      }
      this.next();
      if (this.kind !== IDENT || !this.is("default")) continue; // not consumed: look at it
      if (fields !== undefined) unsure();
      this.next();
      if (this.kind === IDENT && this.is("defineMigration")) {
        this.next();
        if (!this.isPunct(PAREN)) unsure();
        this.next();
      }
      if (!this.isPunct(BRACE)) unsure();
      fields = this.object(headerKeys);
      this.next();
    }
    if (this.#groups.length > 0) unsure();
    return fields ?? unsure();
  }

  /** Reads the object whose `{` is the current token, up to its `}` (then the current token). */
  private object(headerKeys: readonly string[]): ScannedFields {
    const found: (HeaderField<number> | undefined)[] = new Array(headerKeys.length).fill(undefined);
    const outside = this.depth;
    const inside = outside + 1;
    this.next();
    while (!(this.isPunct(125) && this.depth === outside)) {
      const keyKind = this.kind;
      const keyStart = this.start;
      const name =
        keyKind === IDENT
          ? this.text.slice(this.start, this.end)
          : keyKind === STRING
            ? (this.stringValue() ?? unsure())
            : unsure();
      // One native search of ten keys: most of 10,000 files run before the JIT compiles this.
      const key = headerKeys.indexOf(name);
      const isModifier =
        keyKind === IDENT && (name === "async" || name === "get" || name === "set");
      this.next();
      if (key >= 0) {
        if (!this.isPunct(58) || found[key] !== undefined) unsure();
        this.next();
        found[key] = { value: this.literal(), node: keyStart };
      } else {
        // `async`, `get`, `set`, `*` would make the next token the key: let Babel read those.
        if (isModifier && this.kind === IDENT) unsure();
        // Code (`up(op) {...}`, `down: async (op) => {...}`): skip to the property's end.
        if (!(this.isPunct(44) && this.depth === inside) && !this.isPunct(125)) {
          // From the start of the token after the key, as if it had not been read (a bracket it
          // opened is opened again), character by character: no token is needed there.
          this.#at = this.start;
          this.#groups.length = this.depth;
          this.#skipCode(inside);
          this.next();
        }
      }
      if (this.isPunct(44) && this.depth === inside) this.next();
      else if (!(this.isPunct(125) && this.depth === outside)) unsure();
    }
    return new ScannedFields(headerKeys, found);
  }

  /** The literal starting at the current token, which it leaves past it (and an `as const`). */
  private literal(): HeaderLiteral {
    let value: HeaderLiteral;
    const kind = this.kind;
    if (kind === STRING) {
      value = this.stringValue() ?? unsure();
    } else if (kind === TEMPLATE) {
      value = this.valueKind === RAW ? this.text.slice(this.start + 1, this.end - 1) : unsure();
    } else if (kind === NUMBER) {
      value = this.number();
    } else if (kind === IDENT) {
      if (this.is("null") || this.is("undefined")) value = null;
      else if (this.is("true")) value = true;
      else if (this.is("false")) value = false;
      else return unsure();
    } else if (this.isPunct(45)) {
      this.next();
      if (this.kind !== NUMBER) unsure();
      value = -this.number();
    } else if (this.isPunct(BRACKET)) {
      const outside = this.depth;
      const items: HeaderLiteral[] = [];
      this.next();
      while (!(this.isPunct(93) && this.depth === outside)) {
        items.push(this.literal());
        if (this.isPunct(44)) this.next();
        else if (!this.isPunct(93)) unsure();
      }
      value = items;
    } else {
      return unsure();
    }
    this.next();
    if (this.kind === IDENT && this.is("as")) {
      this.next();
      if (this.kind !== IDENT || !this.is("const")) unsure();
      this.next();
    }
    return value;
  }

  private number(): number {
    const text = this.text.slice(this.start, this.end);
    return plainNumber.test(text) ? Number(text) : unsure();
  }

  /** A string token's value, or `undefined` when the scanner does not decode its escapes. */
  private stringValue(): string | undefined {
    const raw = this.text.slice(this.start + 1, this.end - 1);
    if (this.valueKind === RAW) return raw;
    if (this.valueKind === JSON_ESCAPES && jsonSafeString.test(raw)) {
      return JSON.parse(`"${raw}"`) as string;
    }
    return undefined;
  }

  /** Whether the current token is the identifier `word` (compared in place, no string made). */
  private is(word: string): boolean {
    return this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }

  private isPunct(code: number): boolean {
    return this.kind === PUNCT && this.code === code;
  }

  /** Moves to the next token, skipping space and comments. */
  next(): void {
    const text = this.text;
    const length = text.length;
    let i = this.#at;
    for (;;) {
      if (i >= length) {
        this.kind = END;
        this.start = this.end = this.#at = length;
        this.depth = this.#groups.length;
        return;
      }
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) {
        i++;
      } else if (c === 47) {
        i = afterComment(text, i);
      } else {
        break;
      }
    }
    const c = text.charCodeAt(i);
    this.start = i;
    this.depth = this.#groups.length;
    if (c === 34 || c === 39) {
      let escaped = false;
      let j = i + 1;
      for (;;) {
        if (j >= length) unsure();
        const d = text.charCodeAt(j);
        if (d === c) break;
        // A line break ends the string in JavaScript (an error Babel names).
        if (d === 10 || d === 13) unsure();
        if (d === 92) {
          escaped = true;
          j += 2;
        } else {
          j++;
        }
      }
      this.kind = STRING;
      this.valueKind = !escaped ? RAW : c === 34 ? JSON_ESCAPES : NO_VALUE;
      this.#at = this.end = j + 1;
    } else if (c === 96) {
      this.template(i + 1, true);
    } else if (isIdentStart(c)) {
      let j = i + 1;
      while (j < length && isIdentPart(text.charCodeAt(j))) j++;
      this.kind = IDENT;
      this.#at = this.end = j;
    } else if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      // `\w` and `.`: digits, letters, `_` (a separator), `.`.
      let j = i + 1;
      for (; j < length; j++) {
        const d = text.charCodeAt(j);
        if (!(isIdentPart(d) || d === 46) || d === 36) break;
      }
      this.kind = NUMBER;
      this.#at = this.end = j;
    } else if (c > 127) {
      unsure();
    } else {
      const groups = this.#groups;
      if (c === 123 || c === 40 || c === 91) {
        groups.push(c);
      } else if (c === 125 || c === 41 || c === 93) {
        const open = groups.pop();
        if (open === SUBSTITUTION && c === 125) {
          this.depth = groups.length;
          this.template(i + 1, false);
          return;
        }
        if (open !== (c === 125 ? BRACE : c === 41 ? PAREN : BRACKET)) unsure();
        this.depth = groups.length;
      }
      this.kind = PUNCT;
      this.code = c;
      this.#at = this.end = i + 1;
    }
  }

  /**
   * Moves to the next `,` or `}` (not read) that is `depth` groups deep: the end of an object
   * property that is code. The same rules as {@link HeaderScanner.next} (strings, templates,
   * comments, brackets matched, no `/` that is not a comment, ASCII only) without making tokens
   * of the words and numbers in between, which are most of a migration's text.
   */
  #skipCode(depth: number): void {
    const text = this.text;
    const length = text.length;
    const groups = this.#groups;
    let i = this.#at;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 125) {
        if (groups.length === depth) break;
        if (c === 125) {
          const open = groups.pop();
          if (open === SUBSTITUTION) {
            this.template(i + 1, false);
            i = this.#at;
            continue;
          }
          if (open !== BRACE) unsure();
        }
        i++;
      } else if (c === 34 || c === 39 || c === 96) {
        // A string or a template: read as a token is.
        this.#at = i;
        this.next();
        i = this.#at;
      } else if (c === 47) {
        i = afterComment(text, i);
      } else if (c === 123 || c === 40 || c === 91) {
        groups.push(c);
        i++;
      } else if (c === 41 || c === 93) {
        if (groups.pop() !== (c === 41 ? PAREN : BRACKET)) unsure();
        i++;
      } else if (c > 127) {
        unsure();
      } else {
        i++;
      }
    }
    this.#at = i;
  }

  /**
   * Reads a template from `from` (past its backtick, or past the `}` ending a substitution) to
   * its end or its next `${`. Only a whole template without escapes has a value: a piece of one
   * with substitutions is never a header literal.
   */
  private template(from: number, whole: boolean): void {
    const text = this.text;
    const length = text.length;
    let plain = whole;
    let j = from;
    for (;;) {
      if (j >= length) unsure();
      const d = text.charCodeAt(j);
      if (d === 92) {
        plain = false;
        j += 2;
        continue;
      }
      // Cooked values normalise line ends.
      if (d === 13) plain = false;
      if (d === 96) {
        this.#at = this.end = j + 1;
        break;
      }
      if (d === 36 && text.charCodeAt(j + 1) === 123) {
        this.#groups.push(SUBSTITUTION);
        plain = false;
        this.#at = this.end = j + 2;
        break;
      }
      j++;
    }
    this.kind = TEMPLATE;
    this.valueKind = plain ? RAW : NO_VALUE;
  }
}

/**
 * Where the comment starting at `i` (a `/`) ends. A `/` that starts no comment is division or a
 * regular expression, which only a parser tells apart: the scanner is unsure, as it is about a
 * comment that never ends.
 */
function afterComment(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next === 47) {
    const lineEnd = text.indexOf("\n", i + 2);
    return lineEnd < 0 ? text.length : lineEnd;
  }
  if (next === 42) {
    const end = text.indexOf("*/", i + 2);
    if (end >= 0) return end + 2;
  }
  return unsure();
}
