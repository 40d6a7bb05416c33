import { quoteLiteral } from "@retort/core";
import {
  normalizeExpression,
  renderTokens,
  type SqlToken,
  stringLiteralValue,
  tokenizeSql,
} from "./normalize-expression";
import { normalizeType, typeWithoutModifiers } from "./normalize-type";
import { quoteQualifiedAsNeeded } from "./quote-ident";

const numericTypes = new Set([
  "smallint",
  "integer",
  "bigint",
  "numeric",
  "real",
  "double precision",
]);
const numberPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const trueWords = new Set(["t", "true", "y", "yes", "on", "1"]);
const falseWords = new Set(["f", "false", "n", "no", "off", "0"]);

function unwrapParens(tokens: SqlToken[]): SqlToken[] {
  while (tokens[0]?.text === "(" && tokens[tokens.length - 1]?.text === ")") {
    let depth = 0;
    let closesAtEnd = true;
    for (let k = 0; k < tokens.length; k++) {
      if (tokens[k]!.text === "(") depth++;
      if (tokens[k]!.text === ")") depth--;
      if (depth === 0 && k < tokens.length - 1) closesAtEnd = false;
    }
    if (!closesAtEnd) break;
    tokens = tokens.slice(1, -1);
  }
  return tokens;
}

/**
 * Most columns of a catalog share a handful of defaults (`now()`, `0`, `false`) and
 * introspection normalizes every column's, so each is normalized once per column type. Bounded,
 * for long-lived processes.
 */
const normalizedDefaults = new Map<string, string>();
const cacheLimit = 10_000;

/**
 * Normalizes a column default so that what the models say and what `pg_get_expr(adbin)` prints
 * compare equal. Beyond {@link normalizeExpression}, for a lone literal:
 *
 * - a cast to the column's own type is dropped: PostgreSQL stores `'x'` on a text column as
 *   `'x'::text`, on `varchar(n)` as `'x'::character varying`, on `char(n)` as `'x'::bpchar`, on
 *   an enum as `'happy'::public.mood`, on `text[]` as `'{}'::text[]`;
 * - on a numeric column (`smallint` .. `double precision`) a number is printed bare whatever its
 *   quoting or cast: PostgreSQL prints `0` but `'-1'::integer`, `'5000000000'::bigint`,
 *   `'-2.5'::numeric` on a real column, `'0'::numeric` when the default was written `'0'`;
 * - on a boolean column `'t'`, `'yes'`, `'on'`... become `true`/`false`.
 *
 * Constants PostgreSQL evaluates when the default is created (a `timestamptz` literal is stored
 * in the server's time zone, a `jsonb` literal re-spaced with sorted keys) are not re-evaluated:
 * the models must spell them as PostgreSQL prints them (`jsonbLiteral` helps for jsonb).
 *
 * @example
 * ```ts
 * normalizeDefault("'x'::text", "text");                 // 'x'
 * normalizeDefault("'-1'::integer", "bigint");           // -1
 * normalizeDefault("CURRENT_TIMESTAMP", "timestamp with time zone"); // current_timestamp
 * ```
 */
export function normalizeDefault(expression: string, columnType: string): string {
  const key = `${columnType}\u0000${expression}`;
  let normalized = normalizedDefaults.get(key);
  if (normalized === undefined) {
    normalized = normalizeDefaultText(expression, columnType);
    if (normalizedDefaults.size >= cacheLimit) normalizedDefaults.clear();
    normalizedDefaults.set(key, normalized);
  }
  return normalized;
}

function normalizeDefaultText(expression: string, columnType: string): string {
  const type = normalizeType(columnType);
  const bareType = typeWithoutModifiers(type);
  let tokens = unwrapParens(tokenizeSql(expression));
  const castAt = tokens.findIndex((t) => t.kind === "cast");
  let castType: string | null = null;
  if (castAt > 0 && tokens.slice(castAt + 1).every((t) => t.kind !== "cast")) {
    castType = typeWithoutModifiers(normalizeType(renderTokens(tokens.slice(castAt + 1))));
    tokens = unwrapParens(tokens.slice(0, castAt));
  } else if (castAt >= 0) {
    return normalizeExpression(expression);
  }
  let literal: { kind: "string" | "number"; value: string } | null = null;
  const text = tokens.length === 1 && tokens[0]!.kind === "string" ? tokens[0]!.text : null;
  const value = text === null ? null : stringLiteralValue(text);
  if (value !== null) {
    literal = { kind: "string", value };
  } else if (tokens.length === 1 && tokens[0]!.kind === "number") {
    literal = { kind: "number", value: tokens[0]!.text };
  } else if (
    tokens.length === 2 &&
    tokens[0]!.kind === "operator" &&
    (tokens[0]!.text === "-" || tokens[0]!.text === "+") &&
    tokens[1]!.kind === "number"
  ) {
    literal = { kind: "number", value: `${tokens[0]!.text === "-" ? "-" : ""}${tokens[1]!.text}` };
  }
  if (literal === null) return normalizeExpression(expression);

  const isNumericColumn = numericTypes.has(bareType);
  const castMatches =
    castType === null ||
    castType === bareType ||
    (castType === "bpchar" && bareType === "character") ||
    (isNumericColumn && numericTypes.has(castType));
  if (!castMatches) return normalizeExpression(expression);

  if (isNumericColumn && numberPattern.test(literal.value)) {
    return literal.value.replace(/^\+/, "").toLowerCase();
  }
  if (bareType === "boolean" && literal.kind === "string") {
    const word = literal.value.trim().toLowerCase();
    if (trueWords.has(word)) return "true";
    if (falseWords.has(word)) return "false";
  }
  return literal.kind === "string" ? quoteLiteral(literal.value) : literal.value;
}

/**
 * The default PostgreSQL gives a `serial` column: `nextval('<schema>.<sequence>'::regclass)`, as
 * `pg_get_expr` prints it with an empty search path (so the sequence is always qualified).
 *
 * @example
 * ```ts
 * serialDefault("public", "account_id_seq"); // nextval('public.account_id_seq'::regclass)
 * ```
 */
export function serialDefault(schema: string, sequence: string): string {
  return `nextval(${quoteLiteral(quoteQualifiedAsNeeded(schema, sequence))}::regclass)`;
}

const encoder = new TextEncoder();

/**
 * A JSON value printed the way `jsonb_out` prints it: `", "` and `": "` separators, object keys
 * sorted shorter first then bytewise, duplicate keys resolved to the last. A `jsonb` default in
 * the models compares equal to the catalog only when written this way.
 *
 * @example
 * ```ts
 * jsonbText({ bb: 1, a: [1, 2] }); // {"a": [1, 2], "bb": 1}
 * ```
 */
export function jsonbText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(jsonbText).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort((a, b) => {
      const ab = encoder.encode(a);
      const bb = encoder.encode(b);
      if (ab.length !== bb.length) return ab.length - bb.length;
      for (let k = 0; k < ab.length; k++) if (ab[k] !== bb[k]) return ab[k]! - bb[k]!;
      return 0;
    });
    const record = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}: ${jsonbText(record[k])}`).join(", ")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
