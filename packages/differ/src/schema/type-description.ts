import type { CollationName, ObjectName } from "@retort/core";
import type { QualifiedName } from "./schema-description";

// Domains, composite types and range types as the schema description holds them. Types are
// spelled as `normalizeType` prints them (user types qualified); expressions are the server's
// (`pg_get_constraintdef`, `pg_get_expr`), the models' spelled by it before comparing
// (`canonicalDomains`).

/** A named check of a domain. */
export interface DomainCheckDescription {
  name: string;
  /** The expression over `VALUE`, without the `CHECK (...)` wrapper. */
  expression: string;
  /** Added `NOT VALID` and not validated since (`convalidated` false). */
  notValid?: true;
}

/** `CREATE DOMAIN`. */
export interface DomainDescription {
  schema: string;
  name: string;
  /** The base type, normalized. */
  type: string;
  /** Set when the base type lives outside `pg_catalog` (an enum, another domain). */
  userType: QualifiedName | null;
  notNull: boolean;
  /** The normalized default expression, or `null`. */
  default: string | null;
  /** Only when it differs from the base type's. */
  collation: CollationName | null;
  /** Sorted by name. */
  checks: DomainCheckDescription[];
  comment: string | null;
  /** Models only: the previous name. */
  renamedFrom: string | null;
}

/** One attribute of a composite type. */
export interface TypeAttributeDescription {
  name: string;
  type: string;
  userType: QualifiedName | null;
  collation: CollationName | null;
  /** Models only: the attribute's previous name. */
  renamedFrom: string | null;
}

/** `CREATE TYPE ... AS (...)`. */
export interface CompositeTypeDescription {
  schema: string;
  name: string;
  /** In attribute order. */
  attributes: TypeAttributeDescription[];
  comment: string | null;
  /** Models only: the previous name. */
  renamedFrom: string | null;
}

/** `CREATE TYPE ... AS RANGE`. Options left at PostgreSQL's default are `null`. */
export interface RangeTypeDescription {
  schema: string;
  name: string;
  subtype: string;
  userType: QualifiedName | null;
  /** Only a non-default operator class. */
  subtypeOpclass: ObjectName | null;
  /** Only a collation other than the subtype's. */
  collation: CollationName | null;
  canonical: ObjectName | null;
  subtypeDiff: ObjectName | null;
  /** Only a name other than PostgreSQL's default (`range` -> `multirange`, or `_multirange`). */
  multirangeName: QualifiedName | null;
  comment: string | null;
  /** Models only: the previous name. */
  renamedFrom: string | null;
}

/**
 * PostgreSQL's name for a range's multirange when none is given: the first `range` in the name
 * becomes `multirange`, else `_multirange` is appended (truncated to 63 bytes like any name).
 */
export function defaultMultirangeName(range: string): string {
  const at = range.indexOf("range");
  return at >= 0
    ? `${range.slice(0, at)}multirange${range.slice(at + "range".length)}`
    : `${range}_multirange`;
}
