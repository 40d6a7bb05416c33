// Kept by hand: a normalizer over core's lexer (lexSql), not a parser. Comparing what a model says
// with what pg_get_expr prints needs only case folding, spacing, redundant parentheses and the
// casts PostgreSQL adds; a parse-and-deparse round trip (`@pgsql/parser`, `libpg-query`) would
// be exact but loads a WASM build of PostgreSQL's parser, megabytes, into every `check`. Just
// past 500 lines on purpose: the normalizations (parentheses, casts, literals, identifiers)
// share one token stream and its helpers, which splitting would have to export.
import { lexSql, quoteLiteral } from "@retort/core";
import { quoteIdentAsNeeded } from "./quote-ident";

/** One lexical token of a SQL expression. */
export interface SqlToken {
  kind: "string" | "identifier" | "quoted" | "number" | "operator" | "cast" | "punct" | "param";
  text: string;
}

/**
 * Splits a SQL expression into tokens with core's lexer ({@link lexSql}): string literals
 * (`'..'`, `E'..'`, `$tag$..$tag$`), identifiers (lower-cased when unquoted, since PostgreSQL
 * folds them), quoted identifiers (re-quoted only where needed), numbers, operators, `::` and
 * punctuation. Comments and whitespace disappear.
 */
export function tokenizeSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  for (const { kind, start, end } of lexSql(text)) {
    const raw = text.slice(start, end);
    switch (kind) {
      case "space":
      case "comment":
        break;
      case "string":
        if (
          text[start - 1] === "&" &&
          tokens.at(-1)?.text === "&" &&
          tokens.at(-2)?.text === "u" &&
          /(?:^|[^A-Za-z0-9_$\u0080-\uffff])[uU]&$/.test(text.slice(0, start))
        ) {
          // U&'...' is one literal, with escapes of its own: kept whole and as written, not
          // spaced into the operator `u & '...'`.
          tokens.splice(-2, 2, { kind, text: `U&${raw}` });
        } else {
          tokens.push({ kind, text: canonicalString(raw) });
        }
        break;
      case "quoted":
        // Re-quote through quoteIdent so `"email"` and `email` compare equal.
        tokens.push({
          kind,
          text: quoteIdentAsNeeded(
            raw
              .slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined)
              .replaceAll('""', '"'),
          ),
        });
        break;
      case "identifier":
      case "number":
        tokens.push({ kind, text: raw.toLowerCase() });
        break;
      case "operator":
      case "cast":
      case "param":
      case "punct":
        tokens.push({ kind, text: raw });
        break;
    }
  }
  return tokens;
}

const octal = /^[0-7]{1,3}/;
const hex = /^[0-9A-Fa-f]{1,2}/;

/**
 * The value of an `E'...'` literal's inside, or null where it is not plain text: an escape
 * PostgreSQL refuses, or a byte escape of NUL or above ASCII (a piece of UTF-8, not a character).
 */
function unescapeString(inside: string): string | null {
  let value = "";
  for (let k = 0; k < inside.length; k++) {
    const ch = inside[k]!;
    if (ch === "'") {
      value += "'";
      k++; // '' (the lexer ends the literal at a lone ')
      continue;
    }
    if (ch !== "\\") {
      value += ch;
      continue;
    }
    const rest = inside.slice(k + 1);
    const simple = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" }[rest[0] ?? ""];
    const byte =
      rest[0] === "x" ? hex.exec(rest.slice(1))?.[0] : (octal.exec(rest)?.[0] ?? undefined);
    if (simple !== undefined) {
      value += simple;
      k++;
    } else if (byte !== undefined) {
      const code = Number.parseInt(byte, rest[0] === "x" ? 16 : 8);
      if (code === 0 || code > 0x7f) return null;
      value += String.fromCharCode(code);
      k += byte.length + (rest[0] === "x" ? 1 : 0);
    } else if (rest[0] === "u" || rest[0] === "U") {
      const length = rest[0] === "u" ? 4 : 8;
      const digits = rest.slice(1, 1 + length);
      if (digits.length !== length || !/^[0-9A-Fa-f]+$/.test(digits)) return null;
      const point = Number.parseInt(digits, 16);
      if (point === 0 || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) return null;
      value += String.fromCodePoint(point);
      k += 1 + length;
    } else if (rest.length > 0) {
      value += rest[0];
      k++;
    } else return null;
  }
  return value;
}

/**
 * The text a string literal (`'...'`, `E'...'`, `$tag$...$tag$`) stands for, or null for
 * anything else, or a literal whose escapes this does not read.
 *
 * @example
 * ```ts
 * stringLiteralValue("E'it\\'s'"); // it's
 * ```
 */
export function stringLiteralValue(raw: string): string | null {
  let value: string | null = null;
  if (raw[0] === "'") {
    if (raw.length >= 2 && raw.endsWith("'")) value = raw.slice(1, -1).replaceAll("''", "'");
  } else if ((raw[0] === "e" || raw[0] === "E") && raw[1] === "'") {
    if (raw.length >= 3 && raw.endsWith("'")) value = unescapeString(raw.slice(2, -1));
  } else if (raw[0] === "$") {
    const tag = /^\$[^$]*\$/.exec(raw)?.[0];
    if (tag !== undefined && raw.length >= 2 * tag.length && raw.endsWith(tag)) {
      value = raw.slice(tag.length, -tag.length);
    }
  }
  return value === null || value.includes("\0") ? null : value;
}

/**
 * A string literal in one spelling per value, as {@link quoteLiteral} writes it: `E'\\'`,
 * `'\'` and `$$\$$` are the same text, and the catalog prints the second whatever the model
 * wrote. A literal that is not closed, or whose escapes this does not read, is kept as written.
 */
function canonicalString(raw: string): string {
  const value = stringLiteralValue(raw);
  return value === null ? raw : quoteLiteral(value);
}

function matchingClose(tokens: SqlToken[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "punct") continue;
    if (t.text === "(") depth++;
    else if (t.text === ")") {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

function isAtom(t: SqlToken): boolean {
  return (
    t.kind === "string" || t.kind === "number" || t.kind === "identifier" || t.kind === "quoted"
  );
}

function stripParentheses(tokens: SqlToken[]): SqlToken[] {
  // Outer parentheses around the whole expression: PostgreSQL adds them (`(a > 0)`), people don't.
  while (
    tokens.length >= 2 &&
    tokens[0]!.text === "(" &&
    tokens[0]!.kind === "punct" &&
    matchingClose(tokens, 0) === tokens.length - 1
  ) {
    tokens = tokens.slice(1, -1);
  }
  // Parentheses around a single atom, as in PostgreSQL's `(0)::numeric`, unless they are a call.
  const out: SqlToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const inner = tokens[k + 1];
    const close = tokens[k + 2];
    const prev = out[out.length - 1];
    if (
      t.kind === "punct" &&
      t.text === "(" &&
      inner !== undefined &&
      isAtom(inner) &&
      close?.kind === "punct" &&
      close.text === ")" &&
      !(prev && (prev.kind === "identifier" || prev.kind === "quoted" || prev.text === ")"))
    ) {
      out.push(inner);
      k += 2;
    } else {
      out.push(t);
    }
  }
  return out;
}

/** Renders tokens with one canonical spacing. */
export function renderTokens(tokens: SqlToken[]): string {
  let out = "";
  let prev: SqlToken | undefined;
  let unaryPending = false;
  for (const t of tokens) {
    let space = prev !== undefined;
    if (prev) {
      if (prev.kind === "punct" && (prev.text === "(" || prev.text === "[" || prev.text === "."))
        space = false;
      if (prev.kind === "cast") space = false;
      if (t.kind === "cast") space = false;
      if (t.kind === "punct" && [")", "]", ",", ".", "[", ";"].includes(t.text)) space = false;
      if (
        t.kind === "punct" &&
        t.text === "(" &&
        (prev.kind === "identifier" || prev.kind === "quoted")
      )
        space = false;
      if (unaryPending) space = false;
    }
    unaryPending =
      t.kind === "operator" &&
      (t.text === "-" || t.text === "+") &&
      (prev === undefined ||
        prev.kind === "operator" ||
        prev.kind === "cast" ||
        (prev.kind === "punct" && prev.text !== ")" && prev.text !== "]"));
    out += (space ? " " : "") + t.text;
    prev = t;
  }
  return out;
}

/**
 * Tables of one catalog repeat their checks, predicates and defaults (`deleted_at IS NULL`,
 * `now()`), so each is normalized once. Bounded, for long-lived processes.
 */
const normalizedExpressions = new Map<string, string>();
const cacheLimit = 10_000;

/**
 * Normalizes a SQL expression so that the text a person wrote and the text PostgreSQL prints
 * back (`pg_get_expr`, `pg_get_constraintdef`, `pg_get_indexdef`) compare equal in the common
 * cases: case of unquoted words, whitespace, comments, outer parentheses, parentheses around a
 * single literal, needless identifier quotes.
 *
 * It does not parse SQL: PostgreSQL also adds parentheses around every operator and implicit
 * casts (`price > 0` is printed `(price > (0)::numeric)` for a numeric column), so comparisons
 * of check and generated expressions stay best-effort.
 *
 * @example
 * ```ts
 * normalizeExpression("(deleted_at IS NULL)"); // deleted_at is null
 * normalizeExpression('lower( "email" )');     // lower(email)
 * ```
 */
export function normalizeExpression(expression: string): string {
  let normalized = normalizedExpressions.get(expression);
  if (normalized === undefined) {
    normalized = renderTokens(stripParentheses(tokenizeSql(expression)));
    if (normalizedExpressions.size >= cacheLimit) normalizedExpressions.clear();
    normalizedExpressions.set(expression, normalized);
  }
  return normalized;
}

const isPunct = (t: SqlToken | undefined, text: string) => t?.kind === "punct" && t.text === text;
const isBooleanWord = (t: SqlToken) =>
  t.kind === "identifier" && (t.text === "and" || t.text === "or");

/**
 * Whether an expression as `pg_get_expr` prints it without `pretty` (every boolean operation in
 * parentheses) holds an AND directly under an AND, or an OR under an OR, as
 * `a AND (b AND c)` stores it. Linear in the text: a view's query runs to thousands of tokens
 * and hundreds of groups, and scanning each group from its start cost pull 75 ms on MusicBrainz.
 */
function hasNestedBoolean(plain: string): boolean {
  // No `and` or `or` word, no boolean operation: most expressions, not tokenized for nothing.
  if (!/\b(?:and|or)\b/i.test(plain)) return false;
  const tokens = tokenizeSql(plain);
  const n = tokens.length;
  // For each `(`: the index of its `)`, and the first boolean word directly inside the group
  // (the group's operator). The whole text is the group opened at -1, closed at n.
  const closeOf = new Int32Array(n).fill(-1);
  const operatorOf = new Map<number, string>();
  const open: number[] = [-1];
  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (isPunct(t, "(")) open.push(k);
    else if (isPunct(t, ")")) {
      // pg_get_expr prints balanced parentheses; an unbalanced text keeps its pretty form.
      if (open.length === 1) return false;
      closeOf[open.pop()!] = k;
    } else if (isBooleanWord(t) && !operatorOf.has(open.at(-1)!)) {
      operatorOf.set(open.at(-1)!, t.text);
    }
  }
  if (open.length !== 1) return false;
  for (const [group, op] of operatorOf) {
    const close = group === -1 ? n : closeOf[group]!;
    // The operands are the runs between the group's own operators (nested groups skipped
    // whole): one that is a whole group with the same operator is the nesting pretty loses.
    let start = group + 1;
    for (let k = start; k <= close; ) {
      if (k === close || (tokens[k]!.kind === "identifier" && tokens[k]!.text === op)) {
        if (
          isPunct(tokens[start], "(") &&
          closeOf[start] === k - 1 &&
          operatorOf.get(start) === op
        ) {
          return true;
        }
        start = k + 1;
        k++;
      } else k = isPunct(tokens[k], "(") ? closeOf[k]! + 1 : k + 1;
    }
  }
  return false;
}

/**
 * The text to keep of a stored expression, from `pg_get_expr` with and without `pretty`: the
 * pretty one, unless pretty printing dropped parentheses that give the expression its shape.
 * PostgreSQL prints `a AND (b AND c)` as `a AND b AND c`, which it parses back as one AND of
 * three, so a check or predicate recreated from the pretty text would not be the same
 * (pg_dump would differ); the plain text keeps every parenthesis.
 *
 * @example
 * ```ts
 * faithfulExpression("a > 0 AND b > 0", "((a > 0) AND (b > 0))");
 * // "a > 0 AND b > 0"
 * faithfulExpression("a > 0 AND b > 0 AND c > 0", "((a > 0) AND ((b > 0) AND (c > 0)))");
 * // "((a > 0) AND ((b > 0) AND (c > 0)))"
 * ```
 */
export function faithfulExpression(pretty: string, plain: string): string {
  return hasNestedBoolean(plain) ? plain : pretty;
}

/**
 * The identifiers an expression mentions (unquoted and lower-cased as PostgreSQL folds them),
 * in order of first appearance, without words followed by `(` (function names).
 *
 * @example
 * ```ts
 * expressionIdentifiers("lower(email) <> '' and age > 0"); // ["email", "and", "age"]
 * ```
 */
export function expressionIdentifiers(expression: string): readonly string[] {
  let identifiers = identifiersOf.get(expression);
  if (identifiers === undefined) {
    identifiers = identifiersIn(expression);
    if (identifiersOf.size >= cacheLimit) identifiersOf.clear();
    identifiersOf.set(expression, identifiers);
  }
  return identifiers;
}

// Tables repeat their unnamed checks (`qty >= 0`), each named after the columns it mentions.
const identifiersOf = new Map<string, readonly string[]>();

function identifiersIn(expression: string): string[] {
  const tokens = tokenizeSql(expression);
  // Kept in order, looked up in a set: a view's query mentions hundreds of names.
  const seen: string[] = [];
  const known = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.kind !== "identifier" && t.kind !== "quoted") return;
    const next = tokens[k + 1];
    if (next?.kind === "punct" && next.text === "(") return;
    const prev = tokens[k - 1];
    if (prev?.kind === "cast") return;
    const name =
      t.kind === "quoted" && t.text.startsWith('"')
        ? t.text.slice(1, -1).replaceAll('""', '"')
        : t.text;
    if (!known.has(name)) {
      known.add(name);
      seen.push(name);
    }
  });
  return seen;
}

// Casts PostgreSQL adds on its own when it stores an expression (`'x'::text`, `0::numeric`,
// `(name)::text` on a varchar column): dropping them on both sides lets `note <> ''` in a model
// compare equal to the `note <> ''::text` the catalog prints. A cast to a text type never
// changes a comparison's meaning; a numeric one can (`x::integer > 2` truncates), so it is
// dropped only from a number literal. An array cast is always kept.
const textCastTypes = new Set([
  "text",
  "varchar",
  "character varying",
  "bpchar",
  "character",
  "name",
]);
const numericCastTypes = new Set([
  "numeric",
  "integer",
  "int4",
  "bigint",
  "int8",
  "smallint",
  "int2",
  "real",
  "double precision",
]);

function isNumberLiteral(tokens: readonly SqlToken[], end: number): boolean {
  const last = tokens[end];
  if (last?.kind === "number") return true;
  return last?.text === ")" && tokens[end - 1]?.kind === "number" && tokens[end - 2]?.text === "(";
}

/**
 * An expression as the comparison sees it: normalized, and without the casts PostgreSQL adds
 * when it stores an expression. Only for comparing; never rendered.
 *
 * @example
 * ```ts
 * castInsensitiveExpression("(note <> ''::text)"); // note <> ''
 * castInsensitiveExpression("lower((email)::text)"); // lower(email)
 * ```
 */
export function castInsensitiveExpression(expression: string): string {
  let insensitive = castInsensitiveExpressions.get(expression);
  if (insensitive === undefined) {
    insensitive = castInsensitiveText(expression);
    if (castInsensitiveExpressions.size >= cacheLimit) castInsensitiveExpressions.clear();
    castInsensitiveExpressions.set(expression, insensitive);
  }
  return insensitive;
}

// Asked of both sides' every check and index expression, by autogenerate and the comparison:
// each text is read once, as normalizeExpression's. Bounded, for long-lived processes.
const castInsensitiveExpressions = new Map<string, string>();

function castInsensitiveText(expression: string): string {
  const tokens = tokenizeSql(expression);
  const out: SqlToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === "cast") {
      let j = k + 1;
      const words: string[] = [];
      while (
        tokens[j]?.kind === "identifier" &&
        (words.length === 0 || tokens[j]!.text === "varying" || tokens[j]!.text === "precision")
      ) {
        words.push(tokens[j]!.text);
        j++;
      }
      const type = words.join(" ");
      if (
        textCastTypes.has(type) ||
        (numericCastTypes.has(type) && isNumberLiteral(out, out.length - 1))
      ) {
        if (tokens[j]?.text === "(") j = matchingClose(tokens, j) + 1;
        if (tokens[j]?.text !== "[") {
          k = j - 1;
          continue;
        }
      }
    }
    out.push(token);
  }
  return renderTokens(stripParentheses(out));
}

/**
 * `schema.name` pairs a SQL text mentions, as `schema\0name` keys (names unquoted).
 *
 * @example
 * ```ts
 * qualifiedReferences('SELECT * FROM app."Order" o'); // Set { "app\u0000Order" }
 * ```
 */
export function qualifiedReferences(text: string): Set<string> {
  const tokens = tokenizeSql(text);
  const found = new Set<string>();
  const nameOf = (k: number): string | null => {
    const t = tokens[k];
    if (t?.kind === "identifier") return t.text;
    if (t?.kind === "quoted")
      return t.text.startsWith('"') ? t.text.slice(1, -1).replaceAll('""', '"') : t.text;
    return null;
  };
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k + 1]?.text !== ".") continue;
    const schema = nameOf(k);
    const name = nameOf(k + 2);
    if (schema !== null && name !== null) found.add(`${schema}\u0000${name}`);
  }
  return found;
}
