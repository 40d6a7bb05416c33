const schemaBrand = Symbol.for("retort.schema");

/** Options of {@link schema}. */
export interface SchemaModelOptions {
  /** `COMMENT ON SCHEMA`. */
  comment?: string;
}

/** A schema declared in the models (one that holds a table needs no declaration). */
export interface SchemaModel<Name extends string = string> {
  readonly [schemaBrand]: true;
  readonly name: Name;
  readonly comment: string | null;
}

/** Whether `value` is a {@link SchemaModel}. */
export function isSchemaModel(value: unknown): value is SchemaModel {
  return typeof value === "object" && value !== null && schemaBrand in value;
}

/**
 * Declares a schema: created even while nothing is in it yet, and its comment kept. A schema
 * that holds a model is created without it; declare it for the comment. Declaring one also
 * manages its comment: without `comment`, autogenerate removes one found in the database.
 *
 * @example
 * ```ts
 * export const billing = schema("billing", { comment: "invoices and payments" });
 * // CREATE SCHEMA "billing"
 * // COMMENT ON SCHEMA "billing" IS 'invoices and payments'
 * ```
 */
export function schema<const Name extends string>(
  name: Name,
  options: SchemaModelOptions = {},
): SchemaModel<Name> {
  return Object.freeze({
    [schemaBrand]: true as const,
    name,
    comment: options.comment ?? null,
  });
}
