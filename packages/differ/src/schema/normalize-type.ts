import { lexSql } from "@retort/core";
import { quoteIdentAsNeeded, quoteQualifiedAsNeeded, unquoteIdent } from "./quote-ident";

/** Spellings of `pg_catalog` types, mapped to the name `format_type` prints. */
const aliases: Record<string, string> = {
  int: "integer",
  int4: "integer",
  integer: "integer",
  serial: "integer",
  serial4: "integer",
  int2: "smallint",
  smallint: "smallint",
  smallserial: "smallint",
  serial2: "smallint",
  int8: "bigint",
  bigint: "bigint",
  bigserial: "bigint",
  serial8: "bigint",
  float4: "real",
  real: "real",
  float8: "double precision",
  "double precision": "double precision",
  decimal: "numeric",
  numeric: "numeric",
  bool: "boolean",
  boolean: "boolean",
  varchar: "character varying",
  "character varying": "character varying",
  "char varying": "character varying",
  char: "character",
  character: "character",
  varbit: "bit varying",
  "bit varying": "bit varying",
};

const timeTypes: Record<string, [string, string]> = {
  timestamp: ["timestamp", "without time zone"],
  "timestamp without time zone": ["timestamp", "without time zone"],
  timestamptz: ["timestamp", "with time zone"],
  "timestamp with time zone": ["timestamp", "with time zone"],
  time: ["time", "without time zone"],
  "time without time zone": ["time", "without time zone"],
  timetz: ["time", "with time zone"],
  "time with time zone": ["time", "with time zone"],
};

/** Splits `a.b` on dots outside double quotes (and strings, which a type name has none of). */
function splitQualified(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const { kind, start, end } of lexSql(text)) {
    if (kind === "punct" && text.slice(start, end) === ".") {
      parts.push(text.slice(from, start).trim());
      from = end;
    }
  }
  parts.push(text.slice(from).trim());
  return parts;
}

/**
 * A catalog spells the same few types over and over (introspection and pull normalize every
 * column's), so each spelling is normalized once. Bounded, for long-lived processes.
 */
const normalizedTypes = new Map<string, string>();
const cacheLimit = 10_000;

/**
 * Normalizes a column type to the text `format_type(atttypid, atttypmod)` prints when the search
 * path is empty, so a type written in the models and one read from the catalog compare equal.
 *
 * - Aliases: `int4`/`int` -> `integer`, `int8` -> `bigint`, `bool` -> `boolean`,
 *   `varchar(n)` -> `character varying(n)`, `char(n)` -> `character(n)` (bare `char` is
 *   `character(1)`), `timestamptz(3)` -> `timestamp(3) with time zone`, `float8`/`float` ->
 *   `double precision`, `float(p)` -> `real` when p <= 24, `decimal`/`numeric(p)` ->
 *   `numeric(p,0)`.
 * - `serial`/`bigserial`/`smallserial` become their integer type: the sequence and the `nextval`
 *   default are the column's, not the type's (see `serialDefault`).
 * - Arrays: `integer[][]`, `integer[3]`, `integer array` and the internal `_int4` become
 *   `integer[]`; PostgreSQL does not enforce dimensions and prints one pair of brackets.
 * - A schema-qualified name is a user type and is printed quoted as needed (`app."Mood"`),
 *   its modifier kept as written without spaces (`public.geometry(Polygon,4326)`: write it as
 *   `format_type` prints it); `pg_catalog.x` is reduced to `x`. An unqualified unknown name is kept, lower-cased, as a
 *   `pg_catalog` type (enums in the models are always qualified).
 *
 * @example
 * ```ts
 * normalizeType("VARCHAR(20)");      // character varying(20)
 * normalizeType("timestamptz(3)");   // timestamp(3) with time zone
 * normalizeType("_int4");            // integer[]
 * normalizeType("App.Mood[]");       // app.mood[]
 * ```
 */
export function normalizeType(type: string): string {
  let normalized = normalizedTypes.get(type);
  if (normalized === undefined) {
    normalized = normalizeTypeText(type);
    if (normalizedTypes.size >= cacheLimit) normalizedTypes.clear();
    normalizedTypes.set(type, normalized);
  }
  return normalized;
}

function normalizeTypeText(type: string): string {
  let text = type.trim();
  let isArray = false;
  for (;;) {
    const m = /^(.*?)\s*(?:\[\s*\d*\s*\]|\s+array(?:\s*\[\s*\d*\s*\])?)$/i.exec(text);
    if (!m) break;
    isArray = true;
    text = m[1]!;
  }
  const parts = splitQualified(text);
  let base: string;
  if (parts.length > 1) {
    const schema = unquoteIdent(parts[0]!);
    const [nameText, modifier] = splitTypeModifier(parts.slice(1).join("."));
    const name = unquoteIdent(nameText);
    base =
      schema === "pg_catalog"
        ? normalizeBuiltin(`${quoteIdentAsNeeded(name)}${modifier}`)
        : `${quoteQualifiedAsNeeded(schema, name)}${modifier}`;
  } else if (text.startsWith('"')) {
    // `"char"` is a real pg_catalog type distinct from `char`; other quoted names keep their case.
    base = quoteIdentAsNeeded(unquoteIdent(text));
  } else {
    if (/^_[a-z]/i.test(text) && !isArray) {
      // pg_type names of array types (`_int4`), as udt_name and pg_type.typname show them.
      isArray = true;
      text = text.slice(1);
    }
    base = normalizeBuiltin(text);
  }
  return isArray ? `${base}[]` : base;
}

/**
 * A type name and its modifier (`geometry(Polygon, 4326)` -> `geometry`, `(Polygon,4326)`), the
 * modifier without spaces around its commas, as `format_type` prints one; `""` for none.
 *
 * @example
 * ```ts
 * splitTypeModifier("geometry(Polygon, 4326)"); // ["geometry", "(Polygon,4326)"]
 * splitTypeModifier('"Odd(name)"');             // ['"Odd(name)"', ""]
 * ```
 */
export function splitTypeModifier(text: string): [string, string] {
  let end = 0;
  if (text.startsWith('"')) {
    // A quoted name may hold parentheses: the modifier starts after its closing quote.
    end = 1;
    while (end < text.length) {
      if (text[end] === '"' && text[end + 1] === '"') end += 2;
      else if (text[end] === '"') break;
      else end++;
    }
    end++;
  }
  const open = text.indexOf("(", end);
  if (open < 0 || !text.trimEnd().endsWith(")")) return [text, ""];
  const modifier = text
    .slice(open + 1, text.trimEnd().length - 1)
    .split(",")
    .map((part) => part.trim())
    .join(",");
  return [text.slice(0, open).trimEnd(), `(${modifier})`];
}

function normalizeBuiltin(text: string): string {
  const lower = text.toLowerCase().replace(/\s+/g, " ").trim();
  const m = /^([a-z0-9_ "]+?)(?:\s*\(([^)]*)\))?((?:\s+[a-z]+)*)$/.exec(lower);
  if (!m) return lower;
  const name = [m[1]!.trim(), m[3]!.trim()].filter((s) => s !== "").join(" ");
  const args = m[2]?.replace(/\s+/g, "");
  const time = timeTypes[name];
  if (time) return `${time[0]}${args === undefined ? "" : `(${args})`} ${time[1]}`;
  if (name === "float") {
    if (args === undefined) return "double precision";
    return Number(args) <= 24 ? "real" : "double precision";
  }
  const canonical = aliases[name] ?? name;
  if (canonical === "numeric" && args !== undefined && !args.includes(",")) {
    return `numeric(${args},0)`;
  }
  if ((canonical === "character" || canonical === "bit") && args === undefined) {
    return `${canonical}(1)`;
  }
  return args === undefined ? canonical : `${canonical}(${args})`;
}

/**
 * The type without its modifiers or array brackets, as used by casts in default expressions:
 * `character varying(20)` -> `character varying`, `timestamp(3) with time zone` ->
 * `timestamp with time zone`.
 */
export function typeWithoutModifiers(normalizedType: string): string {
  return normalizedType.replace(/\([^)]*\)/, "");
}
