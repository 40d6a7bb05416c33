// The tokens of a migration's text, for the checksum scanner (checksum-scan.ts), which reads a
// generated migration's whole program without Babel. Timid in the same way: anything it does not
// handle with certainty (a `/` that is not a comment, since it could start a regular expression;
// an unclosed string or bracket; non-ASCII code) throws {@link Unsure}, and the caller parses the
// file with Babel.

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
/** A line terminator other than `\n` and `\r\n`. */
export const otherLineEnd = /\r(?!\n)|[\u2028\u2029]/;
// The escapes JSON shares with JavaScript, so `JSON.parse` decodes them as JavaScript would.
const jsonSafeString = /^(?:[^\\"\n\r\u2028\u2029]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*$/;

/**
 * Splits `text` into tokens, dropping comments; throws {@link Unsure} on anything it does not
 * handle with certainty (a `/` outside a comment, an unclosed string or bracket, non-ASCII code).
 */
export function tokenize(text: string): Token[] {
  // Line ends other than `\n` and `\r\n` (a lone `\r`, U+2028, U+2029) end a `//` comment
  // and count as lines for Babel and Node; this counts `\n` alone.
  if (otherLineEnd.test(text)) unsure();
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
