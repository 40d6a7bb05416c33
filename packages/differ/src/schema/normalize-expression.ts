import { quoteIdentAsNeeded } from "./quote-ident";

/** One lexical token of a SQL expression. */
export interface SqlToken {
  kind: "string" | "identifier" | "quoted" | "number" | "operator" | "cast" | "punct" | "param";
  text: string;
}

const operatorChars = "+-*/<>=~!@#%^&|`?";

/**
 * Splits a SQL expression into tokens: string literals (`'..'`, `E'..'`, `$tag$..$tag$`),
 * identifiers (lower-cased when unquoted, since PostgreSQL folds them), quoted identifiers,
 * numbers, operators, `::` and punctuation. Comments and whitespace disappear.
 */
export function tokenizeSql(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "-" && next === "-") {
      while (i < n && text[i] !== "\n") i++;
    } else if (ch === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? n : end + 2;
    } else if (ch === "'" || ((ch === "e" || ch === "E") && next === "'")) {
      const escaped = ch !== "'";
      let j = escaped ? i + 2 : i + 1;
      while (j < n) {
        if (escaped && text[j] === "\\") j += 2;
        else if (text[j] === "'" && text[j + 1] === "'") j += 2;
        else if (text[j] === "'") break;
        else j++;
      }
      const body = text.slice(i, j + 1);
      tokens.push({ kind: "string", text: escaped ? `E${body.slice(1)}` : body });
      i = j + 1;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (text[j] === '"' && text[j + 1] === '"') j += 2;
        else if (text[j] === '"') break;
        else j++;
      }
      // Re-quote through quoteIdent so `"email"` and `email` compare equal.
      const name = text.slice(i + 1, j).replaceAll('""', '"');
      tokens.push({ kind: "quoted", text: quoteIdentAsNeeded(name) });
      i = j + 1;
    } else if (ch === "$" && /[A-Za-z_$]/.test(next ?? "")) {
      const tag = /^\$[A-Za-z_0-9]*\$/.exec(text.slice(i));
      if (tag) {
        const end = text.indexOf(tag[0], i + tag[0].length);
        const stop = end < 0 ? n : end + tag[0].length;
        tokens.push({ kind: "string", text: text.slice(i, stop) });
        i = stop;
      } else {
        tokens.push({ kind: "operator", text: ch });
        i++;
      }
    } else if (ch === "$" && /[0-9]/.test(next ?? "")) {
      const m = /^\$[0-9]+/.exec(text.slice(i))!;
      tokens.push({ kind: "param", text: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(next ?? ""))) {
      const m = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i))!;
      tokens.push({ kind: "number", text: m[0].toLowerCase() });
      i += m[0].length;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(ch)) {
      const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(text.slice(i))!;
      tokens.push({ kind: "identifier", text: m[0].toLowerCase() });
      i += m[0].length;
    } else if (ch === ":" && next === ":") {
      tokens.push({ kind: "cast", text: "::" });
      i += 2;
    } else if (operatorChars.includes(ch)) {
      let j = i;
      while (j < n && operatorChars.includes(text[j]!)) {
        if ((text[j] === "-" && text[j + 1] === "-") || (text[j] === "/" && text[j + 1] === "*")) {
          break;
        }
        j++;
      }
      if (j === i) j++;
      // PostgreSQL's lexer: a multi-character operator may end in + or - only if it contains one
      // of ~!@#%^&|`? (so `a>-1` is `a > -1`).
      while (j - i > 1 && /[+-]$/.test(text.slice(i, j)) && !/[~!@#%^&|`?]/.test(text.slice(i, j)))
        j--;
      tokens.push({ kind: "operator", text: text.slice(i, j) });
      i = j;
    } else {
      tokens.push({ kind: "punct", text: ch });
      i++;
    }
  }
  return tokens;
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

/**
 * The identifiers an expression mentions (unquoted and lower-cased as PostgreSQL folds them),
 * in order of first appearance, without words followed by `(` (function names).
 *
 * @example
 * ```ts
 * expressionIdentifiers("lower(email) <> '' and age > 0"); // ["email", "and", "age"]
 * ```
 */
export function expressionIdentifiers(expression: string): string[] {
  const tokens = tokenizeSql(expression);
  const seen: string[] = [];
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
    if (!seen.includes(name)) seen.push(name);
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
