import { quoteLiteral } from "@retort/core";
import { identitySequence } from "../schema/identity-sequence";
import { jsonbText } from "../schema/normalize-default";
import type { IdentityDescription } from "../schema/schema-description";
import { badModel } from "./bad-model";
import type { ColumnDefinition } from "./column-builder";

const integerBounds: Record<string, [string, string]> = {
  smallint: ["-32768", "32767"],
  integer: ["-2147483648", "2147483647"],
  bigint: ["-9223372036854775808", "9223372036854775807"],
};

/** The PostgreSQL-side defaults of an identity column's sequence (`CREATE SEQUENCE` rules). */
export function identityDescription(
  where: { schema: string; table: string; column: string },
  type: string,
  always: boolean,
  options: NonNullable<ColumnDefinition["identity"]>["options"],
  details: Record<string, unknown>,
): IdentityDescription {
  const bounds = integerBounds[type];
  if (!bounds)
    throw badModel(`An identity column must be smallint, integer or bigint, not ${type}.`, details);
  const increment = String(options.increment ?? 1);
  const ascending = !increment.startsWith("-");
  const min = String(options.min ?? (ascending ? 1 : bounds[0]));
  const max = String(options.max ?? (ascending ? bounds[1] : -1));
  return {
    always,
    start: String(options.start ?? (ascending ? min : max)),
    increment,
    min,
    max,
    cache: String(options.cache ?? 1),
    cycle: options.cycle ?? false,
    ...identitySequence(where.schema, where.table, where.column, options.sequenceName),
  };
}

/** `array_out`'s quoting of one element. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (Array.isArray(value)) return arrayLiteral(value);
  const text = value instanceof Date ? value.toISOString() : String(value);
  if (text === "" || /^null$/i.test(text) || /[{}",\\\s]/.test(text)) {
    return `"${text.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
  }
  return text;
}

function arrayLiteral(values: unknown[]): string {
  return `{${values.map(arrayElement).join(",")}}`;
}

/** A model default as SQL, before normalization. */
export function literalDefault(value: unknown, type: string, isArray: boolean): string | null {
  if (value === null || value === undefined) return null;
  const base = type.replace(/\[\]$/, "");
  if (base === "jsonb" && !isArray) return quoteLiteral(jsonbText(value));
  if (base === "json" && !isArray) return quoteLiteral(JSON.stringify(value));
  if (Array.isArray(value)) return quoteLiteral(arrayLiteral(value));
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return quoteLiteral(value.toISOString());
  return quoteLiteral(String(value));
}
