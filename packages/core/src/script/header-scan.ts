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
import type { HeaderField, HeaderLiteral } from "./migration-header";

export interface Token {
  readonly kind: "punct" | "ident" | "string" | "template" | "number";
  readonly text: string;
  /** A string's or template's value, or `undefined` when the scanner did not decode it. */
  readonly value?: string | undefined;
  /** The line the token starts on (1-based), for parity with Babel's positions. */
  readonly line: number;
  /** The offset in the text of a punctuator (`=>` is two, next to each other) or a string. */
  readonly start?: number;
  /** For `(`, `[` and `{`: the index of the token that closes it (set when it is read). */
  close?: number;
}

/** The scanner gave up: the caller reads the file with Babel. */
export class Unsure extends Error {}

export const unsure = (): never => {
  throw new Unsure();
};

// Character codes, not regular expressions: the tokenizer looks at every character of 10,000
// files on a cold start.
const isIdentStart = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isIdentPart = (code: number): boolean => isIdentStart(code) || isDigit(code);
// The escapes JSON shares with JavaScript, so `JSON.parse` decodes them as JavaScript would.
const jsonSafeString = /^(?:[^\\"\n\r\u2028\u2029]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*$/;

/**
 * Splits `text` into tokens, dropping comments; throws {@link Unsure} on anything it does not
 * handle with certainty (a `/` outside a comment, an unclosed string or bracket, non-ASCII code).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // What each open `{` is: a block/object (`{`) or a template substitution (`${`).
  const braces: ("{" | "${")[] = [];
  const brackets: string[] = [];
  // The token index of each open bracket, to record where it closes.
  const openers: number[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  if (text.startsWith("#!")) {
    while (i < n && text[i] !== "\n") i++;
  }
  const readTemplate = (start: number, startLine: number): void => {
    // `i` is just past the opening backtick or the `}` closing a substitution.
    let hasEscape = false;
    const from = i;
    while (i < n) {
      const c = text[i]!;
      if (c === "\\") {
        hasEscape = true;
        i += 2;
        continue;
      }
      if (c === "\n") line++;
      if (c === "\r") hasEscape = true; // cooked values normalise line ends
      if (c === "`") {
        tokens.push({
          kind: "template",
          text: text.slice(start, i + 1),
          value: hasEscape || text[start] !== "`" ? undefined : text.slice(from, i),
          line: startLine,
        });
        i++;
        return;
      }
      if (c === "$" && text[i + 1] === "{") {
        // A template with substitutions is never a header literal: its pieces carry no value.
        tokens.push({ kind: "template", text: text.slice(start, i), value: undefined, line });
        braces.push("${");
        i += 2;
        return;
      }
      i++;
    }
    unsure();
  };
  while (i < n) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") {
      i++;
    } else if (c === "/") {
      const next = text[i + 1];
      if (next === "/") {
        while (i < n && text[i] !== "\n") i++;
      } else if (next === "*") {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) unsure();
        for (let j = i; j < end; j++) if (text[j] === "\n") line++;
        i = end + 2;
      } else {
        // Division or a regular expression: telling them apart needs a parser.
        unsure();
      }
    } else if (c === '"' || c === "'") {
      const start = i;
      let hasEscape = false;
      i++;
      while (i < n && text[i] !== c) {
        if (text[i] === "\n") unsure();
        if (text[i] === "\\") {
          hasEscape = true;
          i++;
        }
        i++;
      }
      if (i >= n) unsure();
      const raw = text.slice(start + 1, i);
      let value: string | undefined = raw;
      if (hasEscape) {
        value =
          c === '"' && jsonSafeString.test(raw) ? (JSON.parse(`"${raw}"`) as string) : undefined;
      }
      tokens.push({ kind: "string", text: text.slice(start, i + 1), value, line, start });
      i++;
    } else if (c === "`") {
      const start = i;
      i++;
      readTemplate(start, line);
    } else if (isIdentStart(text.charCodeAt(i))) {
      const start = i;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      tokens.push({ kind: "ident", text: text.slice(start, i), line, start });
    } else if (isDigit(text.charCodeAt(i)) || (c === "." && isDigit(text.charCodeAt(i + 1)))) {
      const start = i;
      // `\w` and `.`: digits, letters, `_` (a separator), `.`.
      for (let code = text.charCodeAt(i); i < n; code = text.charCodeAt(++i)) {
        if (!(isIdentPart(code) || code === 46) || code === 36) break;
      }
      tokens.push({ kind: "number", text: text.slice(start, i), line });
    } else if (c.charCodeAt(0) > 127) {
      unsure();
    } else {
      if (c === "{") {
        braces.push("{");
        brackets.push("{");
        openers.push(tokens.length);
      } else if (c === "}") {
        const top = braces.pop();
        if (top === undefined) unsure();
        if (top === "${") {
          const start = i;
          i++;
          readTemplate(start, line);
          continue;
        }
        if (brackets.pop() !== "{") unsure();
        tokens[openers.pop()!]!.close = tokens.length;
      } else if (c === "(" || c === "[") {
        brackets.push(c);
        openers.push(tokens.length);
      } else if (c === ")" || c === "]") {
        if (brackets.pop() !== (c === ")" ? "(" : "[")) unsure();
        tokens[openers.pop()!]!.close = tokens.length;
      }
      tokens.push({ kind: "punct", text: c, line, start: i, close: -1 });
      i++;
    }
  }
  if (braces.length > 0 || brackets.length > 0) unsure();
  return tokens;
}

const opening = new Set(["(", "[", "{"]);

/** Whether `token` is the punctuation `text` (a template piece's text may look like one). */
const isPunct = (token: Token | undefined, text: string): boolean =>
  token?.kind === "punct" && token.text === text;

/** The literal at `tokens[at]` and the index after it; `as const` after it is allowed. */
function readLiteral(tokens: readonly Token[], at: number): [HeaderLiteral, number] {
  const token = tokens[at] ?? unsure();
  let value: HeaderLiteral;
  let next = at + 1;
  if (token.kind === "string" || token.kind === "template") {
    value = token.value ?? unsure();
  } else if (token.kind === "number") {
    value = /^\d+(\.\d+)?$/.test(token.text) ? Number(token.text) : unsure();
  } else if (token.kind === "ident") {
    if (token.text === "null" || token.text === "undefined") value = null;
    else if (token.text === "true") value = true;
    else if (token.text === "false") value = false;
    else return unsure();
  } else if (isPunct(token, "-")) {
    const [number, after] = readLiteral(tokens, at + 1);
    if (typeof number !== "number" || tokens[at + 1]?.kind !== "number") unsure();
    return [-(number as number), after];
  } else if (isPunct(token, "[")) {
    const items: HeaderLiteral[] = [];
    while (!isPunct(tokens[next], "]")) {
      const [item, after] = readLiteral(tokens, next);
      items.push(item);
      next = after;
      if (isPunct(tokens[next], ",")) next++;
      else if (!isPunct(tokens[next], "]")) unsure();
    }
    value = items;
    next++;
  } else {
    return unsure();
  }
  if (tokens[next]?.kind === "ident" && tokens[next]?.text === "as") {
    if (tokens[next + 1]?.kind !== "ident" || tokens[next + 1]?.text !== "const") unsure();
    next += 2;
  }
  return [value, next];
}

/** Index just past the balanced group opening at `tokens[at]` (the tokenizer matched them). */
function skipGroup(tokens: readonly Token[], at: number): number {
  const close = tokens[at]?.close;
  return close === undefined || close < 0 ? unsure() : close + 1;
}

/**
 * The header fields of a migration's text, read without a parser, or `undefined` when the
 * scanner cannot be sure it reads them as Babel would (the caller then parses the file).
 * `headerKeys` are the fields to read; every other property is skipped.
 *
 * @example
 * ```ts
 * const fields = scanHeaderFields(text, headerKeys);
 * fields?.get("revision")?.value; // "3f2a9c1b7d4e"
 * ```
 */
export function scanHeaderFields(
  text: string,
  headerKeys: ReadonlySet<string>,
): Map<string, HeaderField<number>> | undefined {
  try {
    return scan(tokenize(text), headerKeys);
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

function scan(
  tokens: readonly Token[],
  headerKeys: ReadonlySet<string>,
): Map<string, HeaderField<number>> {
  // The one `export default` at the top level, followed by `defineMigration({` or `{`.
  let objectAt: number | undefined;
  // Top-level tokens only: a bracket's whole group is stepped over.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "punct") {
      if (token.close !== undefined && token.close >= 0) i = token.close;
      continue;
    }
    if (token.kind !== "ident" || token.text !== "export") continue;
    if (tokens[i + 1]?.kind !== "ident" || tokens[i + 1]?.text !== "default") continue;
    if (objectAt !== undefined) unsure();
    const first = tokens[i + 2];
    if (isPunct(first, "{")) objectAt = i + 2;
    else if (
      first?.kind === "ident" &&
      first.text === "defineMigration" &&
      isPunct(tokens[i + 3], "(") &&
      isPunct(tokens[i + 4], "{")
    )
      objectAt = i + 4;
    else unsure();
  }
  if (objectAt === undefined) return unsure();

  const fields = new Map<string, HeaderField<number>>();
  let at = objectAt + 1;
  while (!isPunct(tokens[at], "}")) {
    const key = tokens[at] ?? unsure();
    const name =
      key.kind === "ident" ? key.text : key.kind === "string" ? (key.value ?? unsure()) : unsure();
    const after = tokens[at + 1] ?? unsure();
    if (headerKeys.has(name)) {
      if (!isPunct(after, ":") || fields.has(name)) unsure();
      const [value, next] = readLiteral(tokens, at + 2);
      fields.set(name, { value, node: key.line });
      at = next;
    } else {
      // `async`, `get`, `set`, `*` would make the next token the key: let Babel read those.
      if (key.kind === "ident" && ["async", "get", "set"].includes(name) && after.kind === "ident")
        unsure();
      // Code (`up(op) {...}`, `down: async (op) => {...}`): skip to the property's end.
      at++;
      while (!isPunct(tokens[at], ",") && !isPunct(tokens[at], "}")) {
        const token = tokens[at] ?? unsure();
        at = token.kind === "punct" && opening.has(token.text) ? skipGroup(tokens, at) : at + 1;
      }
    }
    if (isPunct(tokens[at], ",")) at++;
    else if (!isPunct(tokens[at], "}")) unsure();
  }
  return fields;
}
