import { unquoteIdent } from "../schema/quote-ident";
import { numberOrString, sqlTemplate, stringLiteral } from "./typescript-source";

// `pull` of partitioning: a partitioned table's `partitionBy` option and a partition's
// `partitionOf: { parent, forValues }`, read back from what PostgreSQL prints.

/** Splits `a, f(b, c), 'x,y'` at its top-level commas. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(text.slice(start, k).trim());
      start = k + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== "");
}

/**
 * The `partitionBy` option for `pg_get_partkeydef`'s text: a column by its key, anything else
 * (an expression, a collation or operator class) as SQL. `sql` is added to `dsl` when used.
 */
export function partitionByOption(
  keyDef: string,
  keys: ReadonlyMap<string, string>,
  dsl: Set<string>,
): string {
  const m = /^(RANGE|LIST|HASH) \((.*)\)$/s.exec(keyDef);
  if (!m) {
    dsl.add("sql");
    return `partitionBy: { range: [${sqlTemplate(keyDef)}] }`;
  }
  const parts = splitTopLevel(m[2]!).map((part) => {
    const name = /^(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")$/.test(part) ? unquoteIdent(part) : null;
    if (name !== null && keys.has(name)) return stringLiteral(keys.get(name)!);
    dsl.add("sql");
    return sqlTemplate(part);
  });
  return `partitionBy: { ${m[1]!.toLowerCase()}: [${parts.join(", ")}] }`;
}

/** One value of a bound as PostgreSQL prints it, as TypeScript, or `null` if it is none of these. */
function boundValue(text: string, dsl: Set<string>): string | null {
  if (/^'(?:[^']|'')*'$/.test(text)) return stringLiteral(text.slice(1, -1).replaceAll("''", "'"));
  if (/^-?\d+$/.test(text)) {
    const source = numberOrString(text);
    return source.startsWith('"') ? null : source;
  }
  if (text === "NULL") return "null";
  if (text === "true" || text === "false") return text;
  if (text === "MINVALUE" || text === "MAXVALUE") {
    dsl.add("sql");
    return sqlTemplate(text);
  }
  return null;
}

function boundValues(list: string, dsl: Set<string>): string | null {
  const values = splitTopLevel(list).map((v) => boundValue(v, dsl));
  return values.some((v) => v === null) ? null : `[${values.join(", ")}]`;
}

/** The `forValues` option for `pg_get_expr(relpartbound)`'s text; the text as SQL if unusual. */
export function forValuesOption(bound: string, dsl: Set<string>): string {
  if (bound === "DEFAULT") return `forValues: "default"`;
  const hash = /^FOR VALUES WITH \(modulus (\d+), remainder (\d+)\)$/.exec(bound);
  if (hash) return `forValues: { modulus: ${hash[1]}, remainder: ${hash[2]} }`;
  const list = /^FOR VALUES IN \((.*)\)$/s.exec(bound);
  const values = list ? boundValues(list[1]!, dsl) : null;
  if (values !== null) return `forValues: { in: ${values} }`;
  const range = /^FOR VALUES FROM \((.*)\) TO \((.*)\)$/s.exec(bound);
  const from = range ? boundValues(range[1]!, dsl) : null;
  const to = range ? boundValues(range[2]!, dsl) : null;
  if (from !== null && to !== null) return `forValues: { from: ${from}, to: ${to} }`;
  dsl.add("sql");
  return `forValues: ${sqlTemplate(bound)}`;
}
