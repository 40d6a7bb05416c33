import type { CollationName } from "@retort/core";
import { badModel } from "./bad-model";
import type { TypeReference } from "./domain";

const compositeBrand = Symbol.for("retort.compositeType");

/** One attribute: its type, or `{ type, collation }`. */
export type AttributeDefinition =
  | TypeReference
  | {
      readonly type: TypeReference;
      readonly collation?: CollationName;
      readonly renamedFrom?: string;
    };

/** A composite type declared in the models. */
export interface CompositeType<Name extends string = string> {
  readonly [compositeBrand]: true;
  readonly name: Name;
  readonly schema: string;
  /** In declaration order. */
  readonly attributes: Readonly<Record<string, AttributeDefinition>>;
  readonly comment: string | null;
  readonly renamedFrom: string | null;
}

/** Options of {@link compositeType}. */
export interface CompositeTypeOptions {
  /** By name, in order. */
  attributes: Readonly<Record<string, AttributeDefinition>>;
  /** Default is `"public"`. */
  schema?: string;
  comment?: string;
  /** The type's previous name, so autogenerate renames it. */
  renamedFrom?: string;
}

/** Whether `value` is a {@link CompositeType}. */
export function isCompositeType(value: unknown): value is CompositeType {
  return typeof value === "object" && value !== null && compositeBrand in value;
}

/**
 * Declares `CREATE TYPE <schema>.<name> AS (...)`. Attributes added, dropped, renamed (with
 * `{ type, renamedFrom }`) or given another type become `ALTER TYPE ... ATTRIBUTE`.
 *
 * @example
 * ```ts
 * export const address = compositeType("address", {
 *   attributes: { street: "text", zip: { type: "text", collation: "C" } },
 * });
 * export const customer = table("customer", { home: c.composite(address) });
 * // CREATE TYPE public.address AS (street text, zip text COLLATE "C")
 * ```
 */
export function compositeType<const Name extends string>(
  name: Name,
  options: CompositeTypeOptions,
): CompositeType<Name> {
  if (typeof options?.attributes !== "object" || Object.keys(options.attributes).length === 0) {
    throw badModel(
      `Composite type "${name}" needs at least one attribute.`,
      { type: name },
      'Write compositeType(name, { attributes: { a: "integer" } }).',
    );
  }
  return Object.freeze({
    [compositeBrand]: true as const,
    name,
    schema: options.schema ?? "public",
    attributes: Object.freeze({ ...options.attributes }),
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
  });
}
