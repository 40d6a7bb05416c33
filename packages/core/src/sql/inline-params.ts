import { BadOperationError } from "../ops/bad-operation-error";
import { lexSql } from "./lex-sql";
import { quoteLiteral } from "./quote-literal";

/**
 * Replaces the positional parameters `$1..$n` of `sql` with escaped literals, for offline
 * (`--sql`) output. Placeholders inside string literals (`'...'`, `E'...'`), quoted
 * identifiers, dollar-quoted strings and comments are left alone, as PostgreSQL's lexer
 * would. Every parameter must be used and every placeholder must have a parameter, as
 * PostgreSQL requires when it binds them online.
 *
 * @example
 * ```ts
 * inlineParams("update account set name = $1 where name = '$1'", ["it's"]);
 * // update account set name = 'it''s' where name = '$1'
 * ```
 */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  let out = "";
  let highest = 0;
  for (const piece of pieces(sql)) {
    if (typeof piece === "string") {
      out += piece;
      continue;
    }
    const { index, text } = piece;
    if (index < 1 || index > params.length) {
      throw new BadOperationError(
        `The SQL uses ${text} but ${params.length} parameter(s) were given.`,
        { hint: "pass one parameter per placeholder, $1 first", details: { sql } },
      );
    }
    highest = Math.max(highest, index);
    const literal = quoteLiteral(params[index - 1]);
    // A negative number after "-" would start a comment ("x - -1" is fine, "x--1" is not).
    out += literal.startsWith("-") ? `(${literal})` : literal;
  }
  if (highest !== params.length) {
    throw new BadOperationError(
      `${params.length} parameter(s) were given but the SQL uses placeholders up to $${highest}.`,
      { hint: "remove the unused parameters, or use them as $n in the SQL", details: { sql } },
    );
  }
  return out;
}

/** A placeholder of {@link pieces}: its number, and its text as written (`$1`, `$01`). */
interface Placeholder {
  readonly index: number;
  readonly text: string;
}

/**
 * `sql` cut at its placeholders: text, and each placeholder. Kept for the last few
 * texts: an offline script of 10,000 migrations inlines the same version-table statement into
 * each, and lexing it every time was most of the time spent on it.
 */
function pieces(sql: string): readonly (string | Placeholder)[] {
  const known = recent.get(sql);
  if (known !== undefined) return known;
  const cut: (string | Placeholder)[] = [];
  let text = "";
  for (const lexeme of lexSql(sql)) {
    const part = sql.slice(lexeme.start, lexeme.end);
    if (lexeme.kind !== "param") {
      text += part;
      continue;
    }
    if (text !== "") cut.push(text);
    text = "";
    cut.push({ index: Number(part.slice(1)), text: part });
  }
  if (text !== "") cut.push(text);
  if (recent.size >= 64) recent.clear();
  recent.set(sql, cut);
  return cut;
}

const recent = new Map<string, readonly (string | Placeholder)[]>();
