import { BadOperationError } from "../ops/bad-operation-error";
import { quoteLiteral } from "./quote-literal";

const identifierChar = /[A-Za-z0-9_$\u0080-\uffff]/;
const dollarTag = /\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/y;
const placeholder = /\$(\d+)/y;

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
  let i = 0;
  let highest = 0;
  const n = sql.length;
  const copyUntil = (end: number) => {
    out += sql.slice(i, end);
    i = end;
  };
  while (i < n) {
    const c = sql[i];
    const next = sql[i + 1];
    if (c === "'") {
      // E'...' strings honour backslash escapes; the E must start a token.
      const prev = sql[i - 1];
      const escapes =
        (prev === "E" || prev === "e") && (i < 2 || !identifierChar.test(sql[i - 2] ?? ""));
      let j = i + 1;
      while (j < n) {
        if (escapes && sql[j] === "\\") j += 2;
        else if (sql[j] === "'" && sql[j + 1] === "'") j += 2;
        else if (sql[j] === "'") break;
        else j++;
      }
      copyUntil(Math.min(j + 1, n));
    } else if (c === '"') {
      let j = i + 1;
      while (j < n) {
        if (sql[j] === '"' && sql[j + 1] === '"') j += 2;
        else if (sql[j] === '"') break;
        else j++;
      }
      copyUntil(Math.min(j + 1, n));
    } else if (c === "-" && next === "-") {
      const end = sql.indexOf("\n", i);
      copyUntil(end === -1 ? n : end);
    } else if (c === "/" && next === "*") {
      // Block comments nest in PostgreSQL.
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql[j] === "/" && sql[j + 1] === "*") {
          depth++;
          j += 2;
        } else if (sql[j] === "*" && sql[j + 1] === "/") {
          depth--;
          j += 2;
        } else j++;
      }
      copyUntil(j);
    } else if (c === "$" && (i === 0 || !identifierChar.test(sql[i - 1] ?? ""))) {
      dollarTag.lastIndex = i;
      const tag = dollarTag.exec(sql);
      placeholder.lastIndex = i;
      const param = placeholder.exec(sql);
      if (tag !== null) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        copyUntil(close === -1 ? n : close + tag[0].length);
      } else if (param !== null) {
        const index = Number(param[1]);
        if (index < 1 || index > params.length) {
          throw new BadOperationError(
            `The SQL uses $${param[1]} but ${params.length} parameter(s) were given.`,
            { hint: "pass one parameter per placeholder, $1 first", details: { sql } },
          );
        }
        highest = Math.max(highest, index);
        const literal = quoteLiteral(params[index - 1]);
        // A negative number after "-" would start a comment ("x - -1" is fine, "x--1" is not).
        out += literal.startsWith("-") ? `(${literal})` : literal;
        i += param[0].length;
      } else {
        copyUntil(i + 1);
      }
    } else {
      copyUntil(i + 1);
    }
  }
  if (highest !== params.length) {
    throw new BadOperationError(
      `${params.length} parameter(s) were given but the SQL uses placeholders up to $${highest}.`,
      { hint: "remove the unused parameters, or use them as $n in the SQL", details: { sql } },
    );
  }
  return out;
}
