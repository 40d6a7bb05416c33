import { BadOperationError } from "../ops/bad-operation-error";

/** An object made by `{...}` or `Object.create(null)`: data, not a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A character that makes a string literal more than the text between two quotes. */
const special = /['\\\0]/;

function quoteString(text: string): string {
  // Most literals (revisions, checksums, names) hold none: an offline script quotes thousands.
  if (!special.test(text)) return `'${text}'`;
  if (text.includes("\0")) {
    throw new BadOperationError(
      `The string literal ${JSON.stringify(text)} contains a NUL character.`,
      {
        hint: "PostgreSQL text cannot hold NUL; store bytes in a bytea column (pass a Uint8Array)",
      },
    );
  }
  const quoted = text.replaceAll("'", "''");
  if (!text.includes("\\")) return `'${quoted}'`;
  // A backslash in '...' is ordinary text only while standard_conforming_strings is on; under
  // off, `\'` would end the literal early. E'...' with backslashes doubled reads the same
  // either way, as PostgreSQL's own quote_literal does.
  return `E'${quoted.replaceAll("\\", "\\\\")}'`;
}

/**
 * Renders a value as a PostgreSQL literal: strings quoted with `'` doubled (as `E'...'` with
 * backslashes doubled when they hold one, so the text reads the same whatever
 * `standard_conforming_strings` is), numbers and bigints as digits, `true`/`false`, `NULL`,
 * dates as ISO text, bytes as `E'\\x...'::bytea`,
 * plain objects and arrays as their JSON text. Non-finite numbers become `'NaN'`,
 * `'Infinity'`, `'-Infinity'`, which numeric and float columns accept.
 *
 * @example
 * ```ts
 * quoteLiteral("it's");             // 'it''s'
 * quoteLiteral(42);                 // 42
 * quoteLiteral({ a: 1 });           // '{"a":1}'
 * quoteLiteral("a\\b");             // E'a\\b'
 * quoteLiteral(new Uint8Array([1])); // E'\\x01'::bytea
 * ```
 */
export function quoteLiteral(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  switch (typeof value) {
    case "string":
      return quoteString(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return value.toString();
    case "number":
      if (Number.isFinite(value)) return Object.is(value, -0) ? "0" : String(value);
      return quoteString(Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    default:
      break;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new BadOperationError("An invalid Date cannot be rendered as an SQL literal.");
    }
    return quoteString(value.toISOString());
  }
  if (value instanceof Uint8Array) {
    const hex = Array.from(value, (byte) => byte.toString(16).padStart(2, "0")).join("");
    return `E'\\\\x${hex}'::bytea`;
  }
  if (Array.isArray(value) || isPlainObject(value)) return quoteString(JSON.stringify(value));
  throw new BadOperationError(
    `A ${typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value} cannot be rendered as an SQL literal.`,
    { hint: "pass a string, number, bigint, boolean, null, Date, Uint8Array, or plain JSON data" },
  );
}

/**
 * Converts a value for binding as a query parameter, so online and offline (`--sql`) runs
 * see the same value: dates become ISO text, bigints decimal text, plain objects and arrays
 * their JSON text; bytes are bound as they are (drivers send them as `bytea`).
 */
export function toParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value) || isPlainObject(value)) return JSON.stringify(value);
  return value;
}
