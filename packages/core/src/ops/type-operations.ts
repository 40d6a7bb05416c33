// The operation nodes of domains, composite types and range types, kept beside `operation.ts`
// (which joins them into the `Operation` union) so the type family's nodes read together.
import type { CollationName, ColumnType, ObjectName } from "./column-definition";
import type { SchemaObjectTarget } from "./operation";

/** A named `CHECK` of a domain; `expression` is SQL over `VALUE`. */
export interface DomainCheck {
  readonly name: string;
  /** `VALUE > 0`, without the `CHECK (...)` around it. */
  readonly expression: string;
  /**
   * `NOT VALID`: added by an `ALTER DOMAIN` right after `CREATE DOMAIN`, which has no such
   * clause. Default is `false`.
   */
  readonly notValid?: boolean | undefined;
}

/** What `CREATE DOMAIN` says beside its name. */
export interface DomainDefinition {
  /** The underlying type. */
  readonly type: ColumnType;
  /** `NOT NULL`. Default is `false`. */
  readonly notNull?: boolean | undefined;
  /** The `DEFAULT` expression, SQL as written. */
  readonly default?: string | undefined;
  readonly collation?: CollationName | undefined;
  readonly checks?: readonly DomainCheck[] | undefined;
  /** `COMMENT ON DOMAIN`, set after the domain is created. */
  readonly comment?: string | undefined;
}

/** `CREATE DOMAIN`. */
export interface CreateDomainOperation extends SchemaObjectTarget, DomainDefinition {
  readonly kind: "createDomain";
}

/** `DROP DOMAIN`. Carries the definition when known, so it can be reversed. */
export interface DropDomainOperation extends SchemaObjectTarget {
  readonly kind: "dropDomain";
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: DomainDefinition | undefined;
}

/**
 * `ALTER DOMAIN ... SET/DROP DEFAULT`, `SET/DROP NOT NULL`. `default: null` drops the default;
 * `existingDefault` (the default before) makes it reversible.
 */
export interface AlterDomainOperation extends SchemaObjectTarget {
  readonly kind: "alterDomain";
  readonly default?: string | null | undefined;
  readonly existingDefault?: string | null | undefined;
  readonly notNull?: boolean | undefined;
}

/** `ALTER DOMAIN ... ADD CONSTRAINT ... CHECK (...) [NOT VALID]`. */
export interface AddDomainCheckOperation extends SchemaObjectTarget {
  readonly kind: "addDomainCheck";
  readonly constraint: string;
  readonly expression: string;
  /** Existing values are not checked until `validateDomainConstraint`. Default is `false`. */
  readonly notValid?: boolean | undefined;
}

/** `ALTER DOMAIN ... DROP CONSTRAINT`. `expression` (the check) makes it reversible. */
export interface DropDomainConstraintOperation extends SchemaObjectTarget {
  readonly kind: "dropDomainConstraint";
  readonly constraint: string;
  readonly ifExists?: boolean | undefined;
  readonly expression?: string | undefined;
  /** The check was `NOT VALID`, so the reverse adds it back so. */
  readonly notValid?: boolean | undefined;
}

/** `ALTER DOMAIN ... VALIDATE CONSTRAINT`. Nothing to undo. */
export interface ValidateDomainConstraintOperation extends SchemaObjectTarget {
  readonly kind: "validateDomainConstraint";
  readonly constraint: string;
}

/** One attribute of a composite type. */
export interface TypeAttribute {
  readonly name: string;
  readonly type: ColumnType;
  readonly collation?: CollationName | undefined;
}

/** `CREATE TYPE ... AS (...)`. */
export interface CreateCompositeTypeOperation extends SchemaObjectTarget {
  readonly kind: "createCompositeType";
  /** In order. */
  readonly attributes: readonly TypeAttribute[];
  readonly comment?: string | undefined;
}

/** `DROP TYPE` of a composite type. `attributes` makes it reversible. */
export interface DropCompositeTypeOperation extends SchemaObjectTarget {
  readonly kind: "dropCompositeType";
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly attributes?: readonly TypeAttribute[] | undefined;
  readonly comment?: string | undefined;
}

/** `ALTER TYPE ... ADD ATTRIBUTE`. */
export interface AddTypeAttributeOperation extends SchemaObjectTarget {
  readonly kind: "addTypeAttribute";
  readonly attribute: TypeAttribute;
}

/** `ALTER TYPE ... DROP ATTRIBUTE`. `existing` (the attribute) makes it reversible. */
export interface DropTypeAttributeOperation extends SchemaObjectTarget {
  readonly kind: "dropTypeAttribute";
  readonly attribute: string;
  readonly existing?: TypeAttribute | undefined;
}

/** `ALTER TYPE ... RENAME ATTRIBUTE ... TO`. */
export interface RenameTypeAttributeOperation extends SchemaObjectTarget {
  readonly kind: "renameTypeAttribute";
  readonly attribute: string;
  readonly newName: string;
}

/** `ALTER TYPE ... ALTER ATTRIBUTE ... TYPE`. `existingType` makes it reversible. */
export interface AlterTypeAttributeOperation extends SchemaObjectTarget {
  readonly kind: "alterTypeAttribute";
  readonly attribute: string;
  readonly type: ColumnType;
  readonly collation?: CollationName | undefined;
  readonly existingType?: ColumnType | undefined;
  readonly existingCollation?: CollationName | undefined;
}

/** What `CREATE TYPE ... AS RANGE` says beside its name. */
export interface RangeTypeDefinition {
  readonly subtype: ColumnType;
  readonly subtypeOpclass?: ObjectName | undefined;
  readonly collation?: CollationName | undefined;
  /** A function `(range) returns range`; it must exist before, so the type exists as a shell. */
  readonly canonical?: ObjectName | undefined;
  /** A function `(subtype, subtype) returns double precision`, created before the type. */
  readonly subtypeDiff?: ObjectName | undefined;
  /** Default is PostgreSQL's: the range's name with `range` replaced by `multirange`. */
  readonly multirangeName?: ObjectName | undefined;
  readonly comment?: string | undefined;
}

/** `CREATE TYPE ... AS RANGE (...)`. */
export interface CreateRangeTypeOperation extends SchemaObjectTarget, RangeTypeDefinition {
  readonly kind: "createRangeType";
}

/** `DROP TYPE` of a range type. `definition` makes it reversible. */
export interface DropRangeTypeOperation extends SchemaObjectTarget {
  readonly kind: "dropRangeType";
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: RangeTypeDefinition | undefined;
}

/** `ALTER TYPE|DOMAIN ... RENAME TO`, for a composite type, a range type or a domain. */
export interface RenameTypeOperation extends SchemaObjectTarget {
  readonly kind: "renameType";
  readonly newName: string;
  /** `ALTER DOMAIN`: PostgreSQL refuses `ALTER TYPE` on a domain. Default is `false`. */
  readonly domain?: boolean | undefined;
}

/** `COMMENT ON TYPE|DOMAIN`. `null` removes the comment. */
export interface SetTypeCommentOperation extends SchemaObjectTarget {
  readonly kind: "setTypeComment";
  readonly comment: string | null;
  /** `COMMENT ON DOMAIN`. Default is `false`. */
  readonly domain?: boolean | undefined;
  /** The comment before; omitted is read as none. */
  readonly existingComment?: string | null | undefined;
}

/** Every operation node of domains, composite and range types. */
export type TypeOperation =
  | CreateDomainOperation
  | DropDomainOperation
  | AlterDomainOperation
  | AddDomainCheckOperation
  | DropDomainConstraintOperation
  | ValidateDomainConstraintOperation
  | CreateCompositeTypeOperation
  | DropCompositeTypeOperation
  | AddTypeAttributeOperation
  | DropTypeAttributeOperation
  | RenameTypeAttributeOperation
  | AlterTypeAttributeOperation
  | CreateRangeTypeOperation
  | DropRangeTypeOperation
  | RenameTypeOperation
  | SetTypeCommentOperation;
