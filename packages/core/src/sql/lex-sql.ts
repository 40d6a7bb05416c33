// retort's one SQL lexer, hand-written on purpose: what retort needs is PostgreSQL's lexical
// grammar only (where strings, quoted names, dollar quotes, comments and `$n` placeholders begin
// and end), over text of any statement kind (functions, triggers, policies) and as PostgreSQL
// prints it back. The parsers on npm either bring a WASM build of PostgreSQL's own parser
// (`@pgsql/parser`, `libpg-query`: megabytes to load on the CLI's start-up path) or cover a
// subset of the grammar and reject the rest (`pgsql-ast-parser`), and none gives back the
// lexemes with their offsets, which inline parameters and the differ's normalizer both need.

/** What a run of SQL text is, as PostgreSQL's lexer sees it. */
export type SqlLexemeKind =
  | "space"
  | "comment"
  /** `'...'`, `E'...'` (backslash escapes) or `$tag$...$tag$`. */
  | "string"
  /** An unquoted word: a keyword or a name, as written (not yet folded to lower case). */
  | "identifier"
  /** A `"quoted"` name, quotes included. */
  | "quoted"
  | "number"
  | "operator"
  /** `::` */
  | "cast"
  /** `$1`, `$2`... */
  | "param"
  /** `(`, `)`, `,`, `;`, `[`, `]`, `.`, `:` and anything else of one character. */
  | "punct";

/** One lexeme: `sql.slice(start, end)` is its text. */
export interface SqlLexeme {
  readonly kind: SqlLexemeKind;
  readonly start: number;
  readonly end: number;
}

const dollarTag = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
const placeholder = /\$[0-9]+/y;
const number = /(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/y;
const operatorChars = "+-*/<>=~!@#%^&|`?";

// Character tests by code: a regular expression per character is a lexer's hot spot.
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)))
  );
}
function isIdentifierStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code >= 128;
}
function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57) || code === 36;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function match(pattern: RegExp, sql: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(sql) ? pattern.lastIndex : -1;
}

/** The end of a string or quoted name opened at `at` by `quote`; `''` (or `""`) doubles it. */
function quotedEnd(sql: string, at: number, quote: string, backslashEscapes: boolean): number {
  let j = at;
  while (j < sql.length) {
    const ch = sql[j];
    if (backslashEscapes && ch === "\\") j += 2;
    else if (ch === quote && sql[j + 1] === quote) j += 2;
    else if (ch === quote) return j + 1;
    else j++;
  }
  // Unclosed: the rest of the text, as PostgreSQL would report it.
  return sql.length;
}

/** The lexeme starting at `i`. */
function next(sql: string, i: number): SqlLexeme {
  const code = sql.charCodeAt(i);
  const ch = sql[i]!;
  const after = sql[i + 1];
  const lexeme = (kind: SqlLexemeKind, end: number): SqlLexeme => ({ kind, start: i, end });
  if (isSpace(code)) {
    let j = i + 1;
    while (j < sql.length && isSpace(sql.charCodeAt(j))) j++;
    return lexeme("space", j);
  }
  if ((ch === "e" || ch === "E") && after === "'") {
    return lexeme("string", quotedEnd(sql, i + 2, "'", true));
  }
  if (isIdentifierStart(code)) {
    let j = i + 1;
    while (j < sql.length && isIdentifierPart(sql.charCodeAt(j))) j++;
    return lexeme("identifier", j);
  }
  if (isDigit(code) || (ch === "." && isDigit(sql.charCodeAt(i + 1)))) {
    return lexeme("number", match(number, sql, i));
  }
  if (ch === "'") return lexeme("string", quotedEnd(sql, i + 1, "'", false));
  if (ch === '"') return lexeme("quoted", quotedEnd(sql, i + 1, '"', false));
  if (ch === "-" && after === "-") {
    const end = sql.indexOf("\n", i);
    return lexeme("comment", end === -1 ? sql.length : end);
  }
  if (ch === "/" && after === "*") {
    // Block comments nest in PostgreSQL.
    let depth = 1;
    let j = i + 2;
    while (j < sql.length && depth > 0) {
      if (sql[j] === "/" && sql[j + 1] === "*") {
        depth++;
        j += 2;
      } else if (sql[j] === "*" && sql[j + 1] === "/") {
        depth--;
        j += 2;
      } else j++;
    }
    return lexeme("comment", Math.min(j, sql.length));
  }
  if (ch === "$") {
    const tagEnd = match(dollarTag, sql, i);
    if (tagEnd !== -1) {
      const close = sql.indexOf(sql.slice(i, tagEnd), tagEnd);
      return lexeme("string", close === -1 ? sql.length : close + (tagEnd - i));
    }
    const paramEnd = match(placeholder, sql, i);
    if (paramEnd !== -1) return lexeme("param", paramEnd);
    return lexeme("operator", i + 1);
  }
  if (ch === ":" && after === ":") return lexeme("cast", i + 2);
  if (operatorChars.includes(ch)) {
    let j = i;
    while (j < sql.length && operatorChars.includes(sql[j]!)) {
      // A comment starts inside what would otherwise be one operator.
      if ((sql[j] === "-" && sql[j + 1] === "-") || (sql[j] === "/" && sql[j + 1] === "*")) break;
      j++;
    }
    if (j === i) j++;
    // PostgreSQL's lexer: a multi-character operator may end in + or - only if it contains one
    // of ~!@#%^&|`? (so `a>-1` is `a > -1`).
    if (j - i > 1 && !/[~!@#%^&|`?]/.test(sql.slice(i, j))) {
      while (j - i > 1 && (sql[j - 1] === "+" || sql[j - 1] === "-")) j--;
    }
    return lexeme("operator", j);
  }
  return lexeme("punct", i + 1);
}

/**
 * Splits SQL text into lexemes, as PostgreSQL's lexer would: strings (`'..'`, `E'..'`,
 * `$tag$..$tag$`), quoted names, nested block comments and line comments, numbers, words,
 * operators, `::`, `$n` placeholders and punctuation. White space and comments are lexemes too,
 * so the text is exactly the lexemes' texts joined. Unclosed strings, names and comments run to
 * the end of the text.
 *
 * @example
 * ```ts
 * lexSql("a = $1 -- x").map((l) => l.kind);
 * // ["identifier", "space", "operator", "space", "param", "space", "comment"]
 * ```
 */
export function lexSql(sql: string): SqlLexeme[] {
  const lexemes: SqlLexeme[] = [];
  for (let i = 0; i < sql.length; ) {
    const lexeme = next(sql, i);
    lexemes.push(lexeme);
    i = lexeme.end;
  }
  return lexemes;
}
