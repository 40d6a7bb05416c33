import { RetortError } from "@retort/core";

const enumBrand = Symbol.for("retort.enum");

/** An enum type declared in the models. */
export interface EnumType<
  Name extends string = string,
  Values extends readonly string[] = readonly string[],
  Schema extends string = string,
> {
  readonly [enumBrand]: true;
  readonly name: Name;
  readonly schema: Schema;
  readonly values: Values;
  readonly comment: string | null;
}

/** Options of {@link enumType}. */
export interface EnumTypeOptions<Schema extends string> {
  /** Default is `"public"`. */
  schema?: Schema;
  comment?: string;
}

/** Whether `value` is an {@link EnumType}. */
export function isEnumType(value: unknown): value is EnumType {
  return typeof value === "object" && value !== null && enumBrand in value;
}

/**
 * Declares `CREATE TYPE <schema>.<name> AS ENUM (...)`. Labels keep their order, which is the
 * enum's sort order in PostgreSQL.
 *
 * @example
 * ```ts
 * export const mood = enumType("mood", ["happy", "sad"]);
 * export const account = table("account", { mood: c.enum(mood).notNull() });
 * // CREATE TYPE public.mood AS ENUM ('happy', 'sad')
 * ```
 */
export function enumType<
  const Name extends string,
  const Values extends readonly [string, ...string[]],
  const Schema extends string = "public",
>(
  name: Name,
  values: Values,
  options: EnumTypeOptions<Schema> = {},
): EnumType<Name, Values, Schema> {
  if (new Set(values).size !== values.length) {
    throw new RetortError("BAD_MODEL", `Enum "${name}" lists a value twice.`, {
      details: { enum: name, values },
    });
  }
  return Object.freeze({
    [enumBrand]: true as const,
    name,
    schema: (options.schema ?? "public") as Schema,
    values,
    comment: options.comment ?? null,
  });
}
