import type { CollationName, ObjectName } from "@retort/core";
import type { TypeReference } from "./domain";

const rangeBrand = Symbol.for("retort.rangeType");

/** A range type declared in the models. */
export interface RangeType<Name extends string = string> {
  readonly [rangeBrand]: true;
  readonly name: Name;
  readonly schema: string;
  readonly subtype: TypeReference;
  readonly subtypeOpclass: ObjectName | null;
  readonly collation: CollationName | null;
  readonly canonical: ObjectName | null;
  readonly subtypeDiff: ObjectName | null;
  readonly multirangeName: string | null;
  readonly comment: string | null;
  readonly renamedFrom: string | null;
}

/** Options of {@link rangeType}. */
export interface RangeTypeOptions {
  subtype: TypeReference;
  /** Default is `"public"`. */
  schema?: string;
  /** A non-default B-tree operator class of the subtype. */
  subtypeOpclass?: ObjectName;
  collation?: CollationName;
  /** A function `(range) returns range`; PostgreSQL needs it to exist before the type. */
  canonical?: ObjectName;
  /** A function `(subtype, subtype) returns double precision`, e.g. `"float8mi"`. */
  subtypeDiff?: ObjectName;
  /** The multirange's name, in the range's schema. Default is PostgreSQL's. */
  multirangeName?: string;
  comment?: string;
  /** The type's previous name, so autogenerate renames it. */
  renamedFrom?: string;
}

/** Whether `value` is a {@link RangeType}. */
export function isRangeType(value: unknown): value is RangeType {
  return typeof value === "object" && value !== null && rangeBrand in value;
}

/**
 * Declares `CREATE TYPE <schema>.<name> AS RANGE (...)`. PostgreSQL cannot change a range type:
 * a change drops and creates it again, which autogenerate refuses while a column uses it.
 *
 * @example
 * ```ts
 * export const floatRange = rangeType("float_range", { subtype: "double precision", subtypeDiff: "float8mi" });
 * export const reading = table("reading", { span: c.range(floatRange) });
 * // CREATE TYPE public.float_range AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi)
 * ```
 */
export function rangeType<const Name extends string>(
  name: Name,
  options: RangeTypeOptions,
): RangeType<Name> {
  return Object.freeze({
    [rangeBrand]: true as const,
    name,
    schema: options.schema ?? "public",
    subtype: options.subtype,
    subtypeOpclass: options.subtypeOpclass ?? null,
    collation: options.collation ?? null,
    canonical: options.canonical ?? null,
    subtypeDiff: options.subtypeDiff ?? null,
    multirangeName: options.multirangeName ?? null,
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
  });
}
