import { RetortError } from "@retort/core";
import type { ColumnRef } from "./column-builder";

const sequenceBrand = Symbol.for("retort.sequence");

/** A number of a sequence: a bigint, a safe integer, or its decimal text. */
export type SequenceValue = number | bigint | string;

/** Options of {@link sequence}; left out, each is what `CREATE SEQUENCE` picks. */
export interface SequenceModelOptions {
  /** Default is `"public"`. */
  schema?: string;
  /** The sequence's type. Default is `"bigint"`. */
  as?: "smallint" | "integer" | "bigint";
  start?: SequenceValue;
  /** Default is `1`; a negative increment counts down. */
  increment?: SequenceValue;
  minValue?: SequenceValue;
  maxValue?: SequenceValue;
  /** How many values a session takes at once. Default is `1`. */
  cache?: SequenceValue;
  /** Start again at the other end once a bound is reached. Default is `false`. */
  cycle?: boolean;
  /** `OWNED BY` a column (`account.columns.number`): the sequence is dropped with it. */
  ownedBy?: ColumnRef;
  /** `COMMENT ON SEQUENCE`. */
  comment?: string;
  /** The sequence's previous name, so autogenerate renames it instead of drop + create. */
  renamedFrom?: string;
}

/** A free-standing sequence declared in the models. */
export interface SequenceModel<Name extends string = string> {
  readonly [sequenceBrand]: true;
  readonly name: Name;
  readonly schema: string;
  readonly dataType: "smallint" | "integer" | "bigint";
  /** Every option as decimal text, `null` where PostgreSQL's default applies. */
  readonly start: string | null;
  readonly increment: string;
  readonly minValue: string | null;
  readonly maxValue: string | null;
  readonly cache: string;
  readonly cycle: boolean;
  readonly ownedBy: {
    readonly table: string;
    readonly schema: string;
    readonly column: string;
  } | null;
  readonly comment: string | null;
  readonly renamedFrom: string | null;
}

/** Whether `value` is a {@link SequenceModel}. */
export function isSequenceModel(value: unknown): value is SequenceModel {
  return typeof value === "object" && value !== null && sequenceBrand in value;
}

function decimal(name: string, option: string, value: SequenceValue | undefined): string | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  if (!/^-?\d+$/.test(text) || (typeof value === "number" && !Number.isSafeInteger(value))) {
    throw new RetortError(
      "BAD_MODEL",
      `The ${option} of sequence "${name}" must be a whole number, not ${JSON.stringify(String(value))}.`,
      {
        hint: "Pass an integer, a bigint (9223372036854775807n) or its decimal text.",
        details: { sequence: name, option },
      },
    );
  }
  return BigInt(text).toString();
}

/**
 * Declares a free-standing sequence (a serial or identity column's sequence belongs to the
 * column: declare the column instead). Every option is compared with the database; the current
 * value never is, so autogenerate never resets it.
 *
 * @example
 * ```ts
 * export const invoiceNumber = sequence("invoice_number", {
 *   schema: "billing",
 *   start: 1000,
 *   cache: 20,
 *   ownedBy: invoice.columns.number,
 * });
 * // CREATE SEQUENCE "billing"."invoice_number" START WITH 1000 CACHE 20
 * // ALTER SEQUENCE "billing"."invoice_number" OWNED BY "billing"."invoice"."number"
 * ```
 */
export function sequence<const Name extends string>(
  name: Name,
  options: SequenceModelOptions = {},
): SequenceModel<Name> {
  const schema = options.schema ?? "public";
  const owner = options.ownedBy;
  if (owner !== undefined && owner.table.schema !== schema) {
    throw new RetortError(
      "BAD_MODEL",
      `Sequence ${schema}.${name} cannot be owned by ${owner.table.schema}.${owner.table.name}.${owner.name}: PostgreSQL wants the table in the sequence's schema.`,
      {
        hint: `Declare the sequence with schema: "${owner.table.schema}".`,
        details: { sequence: `${schema}.${name}`, ownedBy: owner.name },
      },
    );
  }
  return Object.freeze({
    [sequenceBrand]: true as const,
    name,
    schema,
    dataType: options.as ?? "bigint",
    start: decimal(name, "start", options.start),
    increment: decimal(name, "increment", options.increment) ?? "1",
    minValue: decimal(name, "minValue", options.minValue),
    maxValue: decimal(name, "maxValue", options.maxValue),
    cache: decimal(name, "cache", options.cache) ?? "1",
    cycle: options.cycle ?? false,
    ownedBy:
      owner === undefined
        ? null
        : Object.freeze({
            table: owner.table.name,
            schema: owner.table.schema,
            column: owner.name,
          }),
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
  });
}
