import { quoteLiteral } from "@retort/core";
import { jsonbText, normalizeDefault } from "../schema/normalize-default";
import { tokenizeSql } from "../schema/normalize-expression";
import { normalizeType } from "../schema/normalize-type";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type { ColumnDescription, IdentityDescription } from "../schema/schema-description";
import { objectNameSource } from "./object-name-source";
import { numberOrString, stringLiteral, valueLiteral } from "./typescript-source";

/** What the table renderer decided about a column before its builder is written. */
export interface ColumnBuilderContext {
  /** The export of the enum the column uses, when the models declare it. */
  enumExport: string | null;
  /** `c.serial()` (and its siblings) instead of an integer with a `nextval` default. */
  isSerial: boolean;
  /** `.primaryKey()` on the column (a one-column key with PostgreSQL's name). */
  isInlinePrimaryKey: boolean;
  /** Part of a primary key declared on the table: `NOT NULL` is implied. */
  isInPrimaryKey: boolean;
  /** Chained calls the table renderer adds after the column's own (`.unique()`, `.check(...)`). */
  constraints: string[];
  /** The key in the columns object; `.name(...)` is added when it differs from the real name. */
  key: string;
}

/** How the models spell a `pg_catalog` type, and the SQL type that spelling gives. */
interface TypeCall {
  call: string;
  sqlType: string;
  /** What `.default(value)` accepts in TypeScript. */
  values: "number" | "big" | "string" | "boolean" | "json" | "jsonb" | "none" | "any";
}

const plainTypes: Record<string, [string, TypeCall["values"]]> = {
  smallint: ["smallint", "number"],
  integer: ["integer", "number"],
  bigint: ["bigint", "big"],
  numeric: ["numeric", "big"],
  real: ["real", "number"],
  "double precision": ["doublePrecision", "number"],
  text: ["text", "string"],
  "character varying": ["varchar", "string"],
  boolean: ["boolean", "boolean"],
  date: ["date", "string"],
  interval: ["interval", "string"],
  uuid: ["uuid", "string"],
  json: ["json", "json"],
  jsonb: ["jsonb", "jsonb"],
  bytea: ["bytea", "none"],
  inet: ["inet", "string"],
  cidr: ["cidr", "string"],
  macaddr: ["macaddr", "string"],
  macaddr8: ["macaddr8", "string"],
};

const timeCalls: Record<string, string> = {
  "time without time zone": "time",
  "time with time zone": "timetz",
  "timestamp without time zone": "timestamp",
  "timestamp with time zone": "timestamptz",
};

/** The builder call for a `pg_catalog` type (element type, without `[]`). */
function typeCall(element: string): TypeCall {
  const plain = plainTypes[element];
  if (plain) return { call: `c.${plain[0]}()`, sqlType: element, values: plain[1] };
  let m = /^numeric\((\d+),(-?\d+)\)$/.exec(element);
  if (m) {
    const args = m[2] === "0" ? m[1]! : `${m[1]}, ${m[2]}`;
    return { call: `c.numeric(${args})`, sqlType: `numeric(${m[1]},${m[2]})`, values: "big" };
  }
  m = /^character varying\((\d+)\)$/.exec(element);
  if (m) return { call: `c.varchar(${m[1]})`, sqlType: element, values: "string" };
  m = /^character\((\d+)\)$/.exec(element);
  if (m) {
    const call = m[1] === "1" ? "c.char()" : `c.char(${m[1]})`;
    return { call, sqlType: element, values: "string" };
  }
  m = /^(time|timestamp)(?:\((\d+)\))? (with|without) time zone$/.exec(element);
  if (m) {
    const name = timeCalls[`${m[1]} ${m[3]} time zone`]!;
    return { call: `c.${name}(${m[2] ?? ""})`, sqlType: element, values: "string" };
  }
  return { call: `c.type(${stringLiteral(element)})`, sqlType: element, values: "any" };
}

const integerBounds: Record<string, [string, string]> = {
  smallint: ["-32768", "32767"],
  integer: ["-2147483648", "2147483647"],
  bigint: ["-9223372036854775808", "9223372036854775807"],
};

/**
 * The identity options that differ from the sequence defaults `describeModels` applies (the
 * `CREATE SEQUENCE` rules), so `generatedAlwaysAsIdentity()` stays bare in the common case.
 */
function identityOptions(identity: IdentityDescription, type: string): string {
  const bounds = integerBounds[type] ?? integerBounds.bigint!;
  const ascending = !identity.increment.startsWith("-");
  const parts: string[] = [];
  if (identity.start !== (ascending ? identity.min : identity.max)) {
    parts.push(`start: ${numberOrString(identity.start)}`);
  }
  if (identity.increment !== "1") parts.push(`increment: ${numberOrString(identity.increment)}`);
  if (identity.min !== (ascending ? "1" : bounds[0])) {
    parts.push(`min: ${numberOrString(identity.min)}`);
  }
  if (identity.max !== (ascending ? bounds[1] : "-1")) {
    parts.push(`max: ${numberOrString(identity.max)}`);
  }
  if (identity.cache !== "1") parts.push(`cache: ${numberOrString(identity.cache)}`);
  if (identity.cycle) parts.push("cycle: true");
  if (identity.sequence) parts.push(`sequenceName: ${stringLiteral(identity.sequence.name)}`);
  return parts.length === 0 ? "" : `{ ${parts.join(", ")} }`;
}

/** `array_out` text of an empty array: the only array default written as a value. */
const emptyArray = "'{}'";

/** The SQL `describeModels` writes for `.default(value)` (its `literalDefault`), for the values tried here. */
function literalSql(value: unknown, type: string, isArray: boolean): string {
  const base = type.replace(/\[\]$/, "");
  if (base === "jsonb" && !isArray) return quoteLiteral(jsonbText(value));
  if (base === "json" && !isArray) return quoteLiteral(JSON.stringify(value));
  if (Array.isArray(value)) return emptyArray;
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  return quoteLiteral(String(value));
}

/** Values `.default(value)` could be given for a default, most readable first. */
function defaultCandidates(text: string, values: TypeCall["values"], isArray: boolean): unknown[] {
  if (isArray) return text === emptyArray ? [[]] : [];
  const tokens = tokenizeSql(text);
  const only = tokens.length === 1 ? tokens[0]! : null;
  const quoted = only?.kind === "string" && only.text.startsWith("'") ? only.text : null;
  const content = quoted === null ? null : quoted.slice(1, -1).replaceAll("''", "'");
  const isNumber = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text);
  switch (values) {
    case "boolean":
      return text === "true" ? [true] : text === "false" ? [false] : [];
    case "number":
      return isNumber ? [Number(text)] : [];
    case "big":
      return isNumber ? [Number(text), text] : [];
    case "string":
      return content === null ? [] : [content];
    case "json":
    case "jsonb": {
      if (content === null) return [];
      try {
        const parsed: unknown = JSON.parse(content);
        // `null` would mean "no default" to `.default()`.
        return parsed === null ? [] : [parsed];
      } catch {
        return [];
      }
    }
    case "any":
      return content !== null ? [content] : isNumber ? [Number(text)] : [];
    case "none":
      return [];
  }
}

/** A column's type or default as the models write it. */
interface Rendering {
  call: string;
  /** The models may not give back exactly what the catalog says: worth a warning. */
  isInexact: boolean;
}

interface TypeRendering extends Rendering {
  values: TypeCall["values"];
}

/**
 * Columns repeat the same few types and defaults (`c.bigint()`, `.default(0)`), so each is worked
 * out once per process. Bounded, for long-lived processes.
 */
const typeRenderings = new Map<string, TypeRendering>();
const defaultRenderings = new Map<string, Rendering>();
const cacheLimit = 10_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(key, value);
  return value;
}

/** The builder call for a `pg_catalog` type, `c.type(...)` when the DSL's own would not give it back. */
function renderType(element: string): TypeRendering {
  const known = typeRenderings.get(element);
  if (known !== undefined) return known;
  let call = typeCall(element);
  if (call.values !== "any" && normalizeType(call.sqlType) !== element) {
    call = { call: `c.type(${stringLiteral(element)})`, sqlType: element, values: "any" };
  }
  return remember(typeRenderings, element, {
    call: call.call,
    values: call.values,
    isInexact: normalizeType(element) !== element,
  });
}

/** `.default(value)` when it describes back to exactly `column.default`, else `.defaultSql(...)`. */
function renderDefault(
  text: string,
  type: string,
  values: TypeCall["values"],
  isArray: boolean,
): Rendering {
  const key = `${values}\u0000${type}\u0000${text}`;
  const known = defaultRenderings.get(key);
  if (known !== undefined) return known;
  for (const value of defaultCandidates(text, values, isArray)) {
    if (typeof value === "number" && !Number.isFinite(value)) continue;
    if (normalizeDefault(literalSql(value, type, isArray), type) === text) {
      return remember(defaultRenderings, key, {
        call: `.default(${valueLiteral(value)})`,
        isInexact: false,
      });
    }
  }
  return remember(defaultRenderings, key, {
    call: `.defaultSql(${stringLiteral(text)})`,
    isInexact: normalizeDefault(text, type) !== text,
  });
}

/**
 * The column builder chain for one column, as its parts: `c`, `.timestamptz(3)`, `.notNull()`,
 * `.defaultSql("now()")`, `.name("created_at")`.
 */
export function renderColumnBuilder(
  column: ColumnDescription,
  context: ColumnBuilderContext,
  where: string,
  warnings: string[],
): string[] {
  const isArray = column.type.endsWith("[]");
  const element = isArray ? column.type.slice(0, -2) : column.type;
  let base: string;
  let values: TypeCall["values"];
  if (context.isSerial) {
    const name =
      element === "smallint" ? "smallserial" : element === "bigint" ? "bigserial" : "serial";
    base = `c.${name}()`;
    values = "none";
  } else if (
    context.enumExport !== null &&
    column.userType !== null &&
    quoteQualifiedAsNeeded(column.userType.schema, column.userType.name) === element
  ) {
    base = `c.enum(${context.enumExport})`;
    values = "string";
  } else {
    const type = renderType(element);
    if (type.isInexact) {
      warnings.push(
        `${where}: the type ${element} may not compare equal once written in the models.`,
      );
    }
    base = type.call;
    values = type.values;
  }
  const chain: string[] = [base];
  if (isArray) chain.push(".array()");
  if (context.isInlinePrimaryKey) chain.push(".primaryKey()");
  const impliedNotNull =
    context.isSerial ||
    context.isInlinePrimaryKey ||
    context.isInPrimaryKey ||
    column.identity !== null;
  if (!column.nullable && !impliedNotNull) chain.push(".notNull()");
  if (column.identity) {
    const method = column.identity.always
      ? "generatedAlwaysAsIdentity"
      : "generatedByDefaultAsIdentity";
    chain.push(`.${method}(${identityOptions(column.identity, element)})`);
  }
  if (column.generated) {
    const options = column.generated.stored ? "" : ", { stored: false }";
    chain.push(`.generatedAlwaysAs(${stringLiteral(column.generated.expression)}${options})`);
  }
  if (column.default !== null && !context.isSerial) {
    const rendered = renderDefault(column.default, column.type, values, isArray);
    if (rendered.isInexact) {
      warnings.push(
        `${where}: the default ${column.default} may not compare equal once written in the models.`,
      );
    }
    chain.push(rendered.call);
  }
  chain.push(...context.constraints);
  if (column.collation !== null) chain.push(`.collate(${objectNameSource(column.collation)})`);
  if (column.comment !== null) chain.push(`.comment(${stringLiteral(column.comment)})`);
  if (column.statistics !== undefined) chain.push(`.statistics(${column.statistics})`);
  if (context.key !== column.name) chain.push(`.name(${stringLiteral(column.name)})`);
  // `c.text()` -> `c`, `.text()`: the chain breaks before each call when the line is too long.
  return [chain[0]!.slice(0, 1), chain[0]!.slice(1), ...chain.slice(1)];
}
