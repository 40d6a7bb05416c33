import type { CollationName } from "@retort/core";
import { badModel } from "./bad-model";
import type { CompositeType } from "./composite-type";
import type { EnumType } from "./enum-type";
import type { RangeType } from "./range-type";
import type { SqlFragment } from "./sql-fragment";

const domainBrand = Symbol.for("retort.domain");

/**
 * A type the models name: SQL text (`"integer"`, `"varchar(20)"`, `"public.citext"`: a type
 * outside `pg_catalog` qualified), or an enum, domain, composite or range type of the models.
 */
export type TypeReference = string | EnumType | Domain | CompositeType | RangeType;

/**
 * A domain check with options: `{ expression: sql\`VALUE > 0\`, notValid: true }` is added
 * `NOT VALID` (the values already in columns of the domain are not checked).
 */
export interface DomainCheck {
  readonly expression: SqlFragment | string;
  /**
   * Added `NOT VALID`. A valid check in the database satisfies it; one `NOT VALID` in the
   * database and valid in the models is validated. Default is `false`.
   */
  readonly notValid?: boolean;
}

/** A check over `VALUE`: its expression, or {@link DomainCheck} for options. */
export type DomainCheckInput = SqlFragment | string | DomainCheck;

/** A domain declared in the models. `T` is its values' TypeScript type, for `c.domain`. */
export interface Domain<Name extends string = string, T = unknown> {
  readonly [domainBrand]: true;
  readonly name: Name;
  readonly schema: string;
  readonly type: TypeReference;
  readonly notNull: boolean;
  readonly default: SqlFragment | string | null;
  /** By constraint name. */
  readonly checks: Readonly<Record<string, DomainCheckInput>>;
  readonly collation: CollationName | null;
  readonly comment: string | null;
  readonly renamedFrom: string | null;
  /** Type-level only: what a column of this domain holds. */
  readonly $value?: T;
}

/** Options of {@link domain}. */
export interface DomainOptions {
  /** The underlying type. */
  type: TypeReference;
  /** Default is `"public"`. */
  schema?: string;
  /** `NOT NULL`. Default is `false`. */
  notNull?: boolean;
  /** The default, an SQL expression: `sql\`0\``. */
  default?: SqlFragment | string;
  /**
   * Checks over `VALUE`, by name: `{ positive: sql\`VALUE > 0\` }`, or
   * `{ positive: { expression: sql\`VALUE > 0\`, notValid: true } }` to add one `NOT VALID`. A list
   * gets PostgreSQL's names (`<domain>_check`, `<domain>_check1`...).
   */
  checks?: Readonly<Record<string, DomainCheckInput>> | readonly DomainCheckInput[];
  collation?: CollationName;
  comment?: string;
  /** The domain's previous name, so autogenerate renames it. */
  renamedFrom?: string;
}

/** Whether `value` is a {@link Domain}. */
export function isDomain(value: unknown): value is Domain {
  return typeof value === "object" && value !== null && domainBrand in value;
}

/** PostgreSQL's names for unnamed domain checks: `<domain>_check`, then `_check1`, `_check2`... */
function namedChecks(
  name: string,
  checks: DomainOptions["checks"],
): Record<string, DomainCheckInput> {
  if (checks === undefined) return {};
  if (!Array.isArray(checks)) return { ...(checks as Record<string, DomainCheckInput>) };
  const named: Record<string, DomainCheckInput> = {};
  (checks as readonly DomainCheckInput[]).forEach((check, k) => {
    named[`${name}_check${k === 0 ? "" : k}`] = check;
  });
  return named;
}

/**
 * Declares `CREATE DOMAIN <schema>.<name> AS <type> ...`: a type with a default, `NOT NULL` and
 * checks, usable as a column's type with `c.domain(...)`. The checks are compared as PostgreSQL
 * prints them, so write them naturally.
 *
 * @example
 * ```ts
 * export const positiveInt = domain<"positive_int", number>("positive_int", {
 *   type: "integer",
 *   notNull: true,
 *   checks: { positive: sql`VALUE > 0` },
 * });
 * export const item = table("item", { quantity: c.domain(positiveInt) });
 * // CREATE DOMAIN public.positive_int AS integer NOT NULL CONSTRAINT positive CHECK (VALUE > 0)
 * ```
 */
export function domain<const Name extends string, T = unknown>(
  name: Name,
  options: DomainOptions,
): Domain<Name, T> {
  if (typeof options !== "object" || options === null || options.type === undefined) {
    throw badModel(
      `Domain "${name}" needs a type.`,
      { domain: name },
      'Write domain(name, { type: "integer", ... }).',
    );
  }
  return Object.freeze({
    [domainBrand]: true as const,
    name,
    schema: options.schema ?? "public",
    type: options.type,
    notNull: options.notNull ?? false,
    default: options.default ?? null,
    checks: Object.freeze(namedChecks(name, options.checks)),
    collation: options.collation ?? null,
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
  });
}
