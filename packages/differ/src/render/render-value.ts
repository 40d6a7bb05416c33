import { BadOperationError } from "@retort/core";

/** Lines of generated source stay within this width when they can. */
export const maxLineWidth = 100;

const lineSeparators = /[\u2028\u2029]/;

/**
 * A string as a TypeScript literal: `JSON.stringify` (double quotes, every control character
 * escaped) plus the two line separators JSON leaves raw, so that the text can also sit in a
 * `//` comment without ending it.
 *
 * @example
 * ```ts
 * sourceString('Weird "name"; drop table x'); // "Weird \"name\"; drop table x"
 * ```
 */
export function sourceString(text: string): string {
  const json = JSON.stringify(text);
  // One test, not two replacements over every string: a baseline writes tens of thousands.
  return lineSeparators.test(json)
    ? json.replaceAll("\u2028", "\\u2028").replaceAll("\u2029", "\\u2029")
    : json;
}

function sourceKey(key: string): string {
  // `__proto__: x` in an object literal sets the prototype instead of a property; a computed
  // key makes an own property, as a column named `__proto__` must be.
  if (key === "__proto__") return `[${sourceString(key)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : sourceString(key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isExpandable(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isPlainObject(value) && entries(value).length > 0;
}

function entries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, field]) => field !== undefined);
}

function renderScalar(value: unknown): string {
  switch (typeof value) {
    case "string":
      return sourceString(value);
    case "number":
      if (Object.is(value, -0)) return "-0";
      return Number.isNaN(value) ? "Number.NaN" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    default:
      break;
  }
  if (value === null) return "null";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? "new Date(Number.NaN)"
      : `new Date(${sourceString(value.toISOString())})`;
  }
  if (value instanceof Uint8Array) return `new Uint8Array([${[...value].join(", ")}])`;
  throw new BadOperationError(
    `Cannot write ${typeof value === "function" ? "a function" : "this value"} into migration source.`,
    { hint: "autogenerate writes plain data only; write this step by hand" },
  );
}

/** The value on one line. */
function renderInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(renderInline).join(", ")}]`;
  if (isPlainObject(value)) {
    const fields = entries(value);
    if (fields.length === 0) return "{}";
    return `{ ${fields.map(([key, field]) => `${sourceKey(key)}: ${renderInline(field)}`).join(", ")} }`;
  }
  return renderScalar(value);
}

/**
 * {@link renderInline}, or `undefined` as soon as the text is longer than `budget`: a table's
 * definition would otherwise be written out whole at every level only to learn it does not fit.
 */
function renderInlineWithin(value: unknown, budget: number): string | undefined {
  if (budget < 0) return undefined;
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) {
    const text = renderScalar(value);
    return text.length <= budget ? text : undefined;
  }
  // Indexes and keys, not an array of pairs: this runs again at every level of a table's
  // definition that does not fit, thousands of times in a baseline.
  const record = value as Record<string, unknown>;
  const keys = isArray ? undefined : Object.keys(record);
  const count = keys === undefined ? (value as unknown[]).length : keys.length;
  const [open, close] = isArray ? ["[", "]"] : ["{ ", " }"];
  const parts: string[] = [];
  let length = open.length + close.length - 2;
  for (let i = 0; i < count; i++) {
    const key = keys?.[i];
    const field = key === undefined ? (value as unknown[])[i] : record[key];
    if (key !== undefined && field === undefined) continue;
    const head = key === undefined ? "" : `${sourceKey(key)}: `;
    length += 2 + head.length;
    const text = renderInlineWithin(field, budget - length);
    if (text === undefined) return undefined;
    length += text.length;
    if (length > budget) return undefined;
    parts.push(head + text);
  }
  if (parts.length === 0) return isArray ? "[]" : "{}";
  return `${open}${parts.join(", ")}${close}`;
}

/** An array or object over several lines, its items indented two spaces deeper than `indent`. */
export function renderExpanded(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item) => `${inner}${renderValue(item, inner, inner.length)},\n`);
    return `[\n${items.join("")}${indent}]`;
  }
  const fields = entries(value as Record<string, unknown>).map(([key, field]) => {
    const prefix = `${inner}${sourceKey(key)}: `;
    return `${prefix}${renderValue(field, inner, prefix.length)},\n`;
  });
  return `{\n${fields.join("")}${indent}}`;
}

/**
 * A value as TypeScript source that evaluates to an equal value: strings through
 * `JSON.stringify`, bigints as `1n`, dates and byte arrays through their constructors, arrays
 * and plain objects on one line when they fit in {@link maxLineWidth} from `column`, else one
 * item per line with trailing commas, indented two spaces from `indent`. Fields that are
 * `undefined` are left out. Throws for functions and class instances, which have no source.
 *
 * @example
 * ```ts
 * renderValue({ type: "text", nullable: false }); // { type: "text", nullable: false }
 * renderValue(9223372036854775807n);            // 9223372036854775807n
 * ```
 */
export function renderValue(value: unknown, indent = "", column = 0): string {
  if (!isExpandable(value)) return renderInline(value);
  // -1 for the comma or parenthesis that follows.
  return renderInlineWithin(value, maxLineWidth - column - 1) ?? renderExpanded(value, indent);
}

/**
 * A call `op.method(arg, ...);`: on one line when it fits, else with its last argument (an
 * object or array) spread over several lines, else one argument per line.
 */
export function renderCall(method: string, args: readonly unknown[]): string {
  const head = `op.${method}(`;
  const last = args[args.length - 1];
  const prefix = `${head}${args
    .slice(0, -1)
    .map((arg) => `${renderInline(arg)}, `)
    .join("")}`;
  if (args.length === 0) return `${head});`;
  // The last argument (a table's whole definition, often) only as far as the line has room.
  const lastInline = renderInlineWithin(last, maxLineWidth - prefix.length - 2);
  if (lastInline !== undefined) return `${prefix}${lastInline});`;
  if (isExpandable(last) && prefix.length + 1 <= maxLineWidth) {
    return `${prefix}${renderExpanded(last, "")});`;
  }
  return `${head}\n${args.map((arg) => `  ${renderValue(arg, "  ", 2)},\n`).join("")});`;
}
