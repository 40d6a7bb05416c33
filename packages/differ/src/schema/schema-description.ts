// Over 500 lines: the schema description is the one shared data contract of the differ (models,
// introspection, comparison and pull all read it); the families added later keep their types in
// files of their own (routine-, view-, policy-, privilege-, type-description.ts).
import type { CollationName, ObjectName } from "@retort/core";
import type { FunctionDescription, TriggerDescription } from "./routine-description";

export type { FunctionDescription, TriggerDescription } from "./routine-description";

import type { PolicyDescription, RowSecurityDescription } from "./policy-description";
import { noPrivileges, type PrivilegesDescription } from "./privilege-description";
import type { ViewDescription } from "./view-description";

export type { PolicyDescription, RowSecurityDescription } from "./policy-description";
export type * from "./privilege-description";

import type {
  CompositeTypeDescription,
  DomainDescription,
  RangeTypeDescription,
} from "./type-description";

export type {
  CompositeTypeDescription,
  DomainCheckDescription,
  DomainDescription,
  RangeTypeDescription,
  TypeAttributeDescription,
} from "./type-description";

/**
 * The schema description: one plain-data picture of a database schema, produced both from the
 * models ({@link describeModels}) and from a live database ({@link introspectSchema}), and read by
 * the comparison (autogenerate, `check`), the model source writer (`pull`) and the baseline.
 *
 * Rules that make the two sources compare equal with a deep-equality check:
 * - Everything is JSON: no classes, no `undefined`. An absent value is `null`, an absent list `[]`.
 * - Lists of named things are sorted by name (tables and enums by schema then name); columns keep
 *   their declared order, index and key columns keep their positional order.
 * - Types go through `normalizeType`, defaults through `normalizeDefault`, other SQL expressions
 *   through `normalizeExpression`; names left out in the models get PostgreSQL's own generated
 *   name (`defaultConstraintName`).
 * - SQL text appears only where SQL is the value (defaults, checks, index expressions and
 *   predicates, generated expressions, unmanaged definitions).
 * - Numbers that may exceed 2^53 (sequence bounds) are decimal strings.
 *
 * Hints that only the models can give (`renamedFrom`) sit on the objects they concern; introspection
 * always sets them to `null`, and the comparison must not count them as differences.
 *
 * @module
 */

/** A schema-qualified name. */
export interface QualifiedName {
  schema: string;
  name: string;
}

/** A whole schema. */
export interface SchemaDescription {
  /**
   * Schemas that hold managed objects or were declared, sorted, without `public` (always assumed
   * to exist; never created or dropped by retort).
   */
  schemas: string[];
  enums: EnumDescription[];
  tables: TableDescription[];
  /** Free-standing sequences. A sequence owned by a column (serial, identity) is not listed. */
  sequences: SequenceDescription[];
  /** Functions and procedures, sorted by schema, name and identity arguments. */
  functions: FunctionDescription[];
  /** Triggers on tables, sorted by schema, table and name. */
  triggers: TriggerDescription[];
  /** Views and materialized views, sorted by schema then name. */
  views: ViewDescription[];
  /** Row-level security policies, sorted by schema, table and name. */
  policies: PolicyDescription[];
  /** Domains, sorted by schema then name. */
  domains: DomainDescription[];
  /** Composite types (not a table's row type), sorted by schema then name. */
  compositeTypes: CompositeTypeDescription[];
  /** Range types, sorted by schema then name. */
  rangeTypes: RangeTypeDescription[];
  /** Objects retort reads but does not manage; sorted by kind, schema, name. */
  unmanaged: UnmanagedObject[];
  /** Extensions installed in a managed schema, sorted by name. */
  extensions: ExtensionDescription[];
  /** Comments on schemas (`COMMENT ON SCHEMA`), sorted by schema; a schema without one is absent. */
  schemaComments: SchemaCommentDescription[];
  /** Grants and default privileges of the roles the models name. */
  privileges: PrivilegesDescription;
}

/**
 * A database with nothing in it: what `diffSchemas` starts from to create everything, and what
 * a downgrade to base leaves.
 *
 * @example
 * ```ts
 * const { upgrade } = diffSchemas(emptySchema, describeModels(models)); // creates every table
 * ```
 */
export const emptySchema: SchemaDescription = Object.freeze({
  schemas: [],
  enums: [],
  tables: [],
  sequences: [],
  functions: [],
  triggers: [],
  views: [],
  policies: [],
  domains: [],
  compositeTypes: [],
  rangeTypes: [],
  unmanaged: [],
  extensions: [],
  schemaComments: [],
  privileges: noPrivileges,
});

/** `CREATE TYPE ... AS ENUM`. */
export interface EnumDescription {
  schema: string;
  name: string;
  /** Labels in their sort order. */
  values: string[];
  comment: string | null;
}

/** An ordinary or partitioned table. */
export interface TableDescription {
  schema: string;
  name: string;
  /** In declaration (attnum) order; dropped columns never appear. */
  columns: ColumnDescription[];
  primaryKey: PrimaryKeyDescription | null;
  uniques: UniqueDescription[];
  checks: CheckDescription[];
  foreignKeys: ForeignKeyDescription[];
  /** Indexes that do not back a constraint (those are described by the constraint). */
  indexes: IndexDescription[];
  exclusions: ExclusionDescription[];
  comment: string | null;
  /** Models only: the table's previous name, so autogenerate renames instead of drop + create. */
  renamedFrom: string | null;
  /** `ENABLE` / `FORCE ROW LEVEL SECURITY`; absent when both are off. */
  rowSecurity?: RowSecurityDescription;
  /**
   * Storage parameters of the table (`fillfactor`, `autovacuum_*`) and, prefixed `toast.`, of
   * its TOAST table, values as PostgreSQL prints them; absent when none. The physical settings
   * below are absent when at PostgreSQL's default, so a table without them reads as before.
   */
  storageParameters?: Record<string, string> | undefined;
  /** `UNLOGGED`. */
  unlogged?: true | undefined;
  /** `REPLICA IDENTITY`, when not `DEFAULT`. */
  replicaIdentity?: "full" | "nothing" | { index: string } | undefined;
  /** The index (of the table, or of one of its key constraints) it is `CLUSTER`ed on. */
  clusterOn?: string | undefined;
  /**
   * A partitioned table's key as `pg_get_partkeydef` prints it: `RANGE (created_at)`,
   * `LIST (lower(region))`. Absent on a table that is not partitioned.
   */
  partitionBy?: string;
  /** Absent on a table that is not a partition. */
  partitionOf?: PartitionOfDescription;
}

/** Where a partition is attached: its parent and its bound. */
export interface PartitionOfDescription {
  schema: string;
  table: string;
  /**
   * As `pg_get_expr(relpartbound)` prints it: `FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')`,
   * `FOR VALUES IN ('eu')`, `FOR VALUES WITH (modulus 4, remainder 0)` or `DEFAULT`.
   */
  bound: string;
}

/** One column. */
export interface ColumnDescription {
  name: string;
  /**
   * The normalized type as `format_type` prints it with an empty search path: `integer`,
   * `character varying(20)`, `numeric(10,2)`, `timestamp(3) with time zone`, `text[]`. A type
   * outside `pg_catalog` (enum, domain, extension type) is always schema-qualified and quoted as
   * needed: `public.mood`, `app."Mood"[]`. Array dimensions collapse to one `[]`, as in PostgreSQL.
   */
  type: string;
  /** Set when the (element) type lives outside `pg_catalog`, e.g. an enum; for ordering DDL. */
  userType: QualifiedName | null;
  nullable: boolean;
  /**
   * The normalized default expression (`normalizeDefault`), or `null`. A serial column is an
   * integer column whose default is `nextval('<schema>.<table>_<column>_seq'::regclass)`.
   */
  default: string | null;
  identity: IdentityDescription | null;
  generated: GeneratedDescription | null;
  /**
   * Only when it differs from the type's default collation. A collation in `pg_catalog` is its
   * name (`"C"`, `"en_US.utf8"`), any other `{ schema, name }`.
   */
  collation: CollationName | null;
  comment: string | null;
  /** Models only: the column's previous name. */
  renamedFrom: string | null;
  /** `SET STATISTICS n`; absent for the default target. */
  statistics?: number | undefined;
}

/** `GENERATED { ALWAYS | BY DEFAULT } AS IDENTITY (...)`; sequence numbers as decimal strings. */
export interface IdentityDescription {
  always: boolean;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  /**
   * The identity's sequence, only when its name is not `<table>_<column>_seq` (a renamed table
   * keeps its sequence's name); always in the table's schema.
   */
  sequence?: QualifiedName;
}

/** `GENERATED ALWAYS AS (expression) { STORED | VIRTUAL }`. Virtual exists from PostgreSQL 18. */
export interface GeneratedDescription {
  expression: string;
  stored: boolean;
}

/** Options every constraint may carry. */
export interface DeferrableDescription {
  deferrable: boolean;
  initiallyDeferred: boolean;
}

export interface PrimaryKeyDescription extends DeferrableDescription {
  name: string;
  columns: string[];
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  comment?: string | undefined;
}

export interface UniqueDescription extends DeferrableDescription {
  name: string;
  columns: string[];
  /** `INCLUDE (...)` columns of the backing index. */
  include: string[];
  /** `NULLS NOT DISTINCT` (PostgreSQL 15+). */
  nullsNotDistinct: boolean;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  comment?: string | undefined;
}

export interface CheckDescription {
  name: string;
  /** Normalized expression without the `CHECK (...)` wrapper. */
  expression: string;
  noInherit: boolean;
  /**
   * Added `NOT VALID` and never validated: rows from before may break it. From the models: to be
   * added so. Comparisons pair constraints without it, then validate one that is not valid in
   * the database and valid in the models (a valid one satisfies a `NOT VALID` model).
   */
  notValid?: true;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  comment?: string | undefined;
}

/** The referential action codes of `pg_constraint.confupdtype` / `confdeltype`, spelled out. */
export type ReferentialAction = "no action" | "restrict" | "cascade" | "set null" | "set default";

export interface ForeignKeyDescription extends DeferrableDescription {
  name: string;
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
  onUpdate: ReferentialAction;
  onDelete: ReferentialAction;
  match: "simple" | "full" | "partial";
  /**
   * `ON DELETE SET NULL (...)` / `SET DEFAULT (...)`: the columns set, when only some of the key's
   * (PostgreSQL 15+); absent for all of them.
   */
  onDeleteColumns?: string[];
  /** As {@link CheckDescription.notValid}. */
  notValid?: true;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  comment?: string | undefined;
}

/** One key column or expression of an index or exclusion constraint. */
export interface IndexElementDescription {
  /** The column name, or `null` for an expression. */
  column: string | null;
  /** The normalized expression, or `null` for a plain column. */
  expression: string | null;
  descending: boolean;
  /** Explicit even when it is the default (`NULLS FIRST` for `DESC`, `NULLS LAST` for `ASC`). */
  nullsFirst: boolean;
  /**
   * Only when not the type's default operator class for the access method, or when it has
   * parameters; with its schema when not in `pg_catalog` (`{ schema: "public", name:
   * "gin_trgm_ops" }`).
   */
  opclass: ObjectName | null;
  /** The operator class's parameters (`{ siglen: "32" }`), or `null` for none. */
  opclassOptions: Record<string, string> | null;
  /** Only when it differs from the column's collation; as a column's collation. */
  collation: CollationName | null;
}

export interface IndexDescription {
  name: string;
  unique: boolean;
  /** Access method: `btree`, `hash`, `gin`, `gist`, `brin`, `spgist`... */
  method: string;
  elements: IndexElementDescription[];
  include: string[];
  /** Normalized partial-index predicate, or `null`. */
  where: string | null;
  nullsNotDistinct: boolean;
  /**
   * Storage parameters (`WITH (fillfactor = 70)`), values as PostgreSQL prints them
   * (`{ fillfactor: "70" }`); absent when none.
   */
  storageParameters?: Record<string, string> | undefined;
  /** `COMMENT ON INDEX`, on a table's own index; absent when none. */
  comment?: string | undefined;
  /**
   * Statistics targets of expression columns set away from the default, by index column
   * number from 1 (`{ 2: 1000 }`), on a table's own index; absent when none.
   */
  statistics?: Record<number, number> | undefined;
}

export interface ExclusionElementDescription extends IndexElementDescription {
  /** The operator, e.g. `=` or `&&`. */
  operator: string;
}

export interface ExclusionDescription extends DeferrableDescription {
  name: string;
  method: string;
  elements: ExclusionElementDescription[];
  include: string[];
  where: string | null;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  comment?: string | undefined;
}

export interface SequenceDescription {
  schema: string;
  name: string;
  /** `smallint`, `integer` or `bigint`. */
  dataType: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  /**
   * `OWNED BY` a column of a table in the sequence's schema (the sequence goes when the column
   * does). A sequence that the owning column's default reads is that column's serial instead.
   */
  ownedBy: { table: string; column: string } | null;
  comment: string | null;
  /** Models only: the sequence's previous name. */
  renamedFrom: string | null;
}

/** `CREATE EXTENSION`: where its objects live, and its version when it matters. */
export interface ExtensionDescription {
  name: string;
  schema: string;
  /** From the database, the installed version; from the models, `null` unless pinned. */
  version: string | null;
}

/** `COMMENT ON SCHEMA`. */
export interface SchemaCommentDescription {
  name: string;
  comment: string;
}

/** The kinds of object retort reads but never creates, alters or drops. */
export type UnmanagedKind =
  | "view"
  | "materialized view"
  /**
   * A foreign table, and (database-wide, in the schema of the first foreign table that uses
   * them) its server, the server's wrapper when no extension created it, and its user mappings,
   * named `role SERVER server`, without their `password` option (the name then ends with
   * ` (password left out)`).
   */
  | "foreign table"
  | "foreign server"
  | "foreign data wrapper"
  | "user mapping"
  | "function"
  | "procedure"
  | "aggregate"
  | "trigger"
  | "policy"
  | "domain"
  | "composite type"
  | "range type"
  | "extension"
  | "collation"
  | "rule"
  | "statistics"
  /** An index on a materialized view (indexes on tables are part of the table). */
  | "index"
  /** Database-wide; its schema is the schema of the function it executes. */
  | "event trigger"
  | "operator"
  | "text search configuration"
  | "text search dictionary"
  | "text search parser"
  | "text search template"
  /**
   * Table properties the models cannot declare, on the table named `table`: the definition of
   * an `"unlogged table"` is `ALTER TABLE ... SET UNLOGGED` (no longer read: `unlogged` is a
   * table model option, as are a table's replica identity, storage parameters, clustering and
   * columns' statistics targets), of an `"inheritance"`
   * `ALTER TABLE child INHERIT parent`, of a `"partition"`
   * `ALTER TABLE parent ATTACH PARTITION child FOR VALUES ...`, and of a `"partitioned table"`
   * its `PARTITION BY ...` clause (a clause, not a statement: the baseline never runs it).
   */
  | "unlogged table"
  | "inheritance"
  /** `ALTER TABLE ... OF type`: a table created `OF` a composite type. */
  | "typed table"
  | "partitioned table"
  | "partition"
  /**
   * On a partition, what it holds as a copy of its parent's: an index attached to the parent's
   * index (`name`; the definition is `CREATE INDEX` or, for a key, `ALTER TABLE ... ADD
   * CONSTRAINT`), and a check constraint (`partition check`). PostgreSQL would create them on
   * ATTACH PARTITION under names of its own; the baseline creates them first to keep the names.
   */
  | "partition index"
  | "partition check"
  /**
   * Table settings, on the table named `table`; the definition is one `ALTER TABLE`:
   * `ENABLE`/`FORCE ROW LEVEL SECURITY`, `REPLICA IDENTITY ...`, and the columns'
   * `SET STATISTICS`, `SET STORAGE`, `SET (...)` and `SET COMPRESSION`.
   */
  | "row security"
  | "replica identity"
  | "column settings"
  /**
   * `ALTER VIEW ... ALTER COLUMN ... SET DEFAULT ...` for the column `name` of the view `table`:
   * what an `INSERT` through the view (or its `INSTEAD OF` trigger or rule) gets by default.
   */
  | "view default"
  /** `ALTER TABLE|INDEX|MATERIALIZED VIEW ... SET (...)`; `table` is the table of an index. */
  | "storage parameters"
  /**
   * `ALTER SEQUENCE ... AS ... INCREMENT BY ...` for a sequence a column of `table` owns (a
   * serial's), whose options are not the ones it gets when created with the column.
   */
  | "owned sequence"
  /**
   * `ALTER SEQUENCE ... SET LOGGED|UNLOGGED` for a sequence whose persistence is not what the
   * baseline gives it (that of the table that owns it, `table`; logged for any other).
   */
  | "sequence persistence"
  /** `ALTER TABLE ... CLUSTER ON` the index `name` of `table`. */
  | "cluster"
  /** `ALTER INDEX ... ALTER COLUMN n SET STATISTICS m` for the index `name` of `table`. */
  | "index statistics"
  /**
   * One `GRANT` or `REVOKE` measured against the object's default privileges; `name` is the
   * object, the action and the grantee: `TABLE app.account GRANT reader`.
   */
  | "grant"
  /** One `ALTER DEFAULT PRIVILEGES ... GRANT|REVOKE`. */
  | "default privileges"
  /**
   * A comment on an object that has no kind here (schema, index, sequence, constraint, a view's
   * column); `name` is what follows `COMMENT ON`.
   */
  | "comment"
  /** Database-wide; its schema is that of a table it publishes (`public` for all tables). */
  | "publication"
  /** Database-wide; its schema is the first in scope among its types' and function's. */
  | "cast"
  | "conversion"
  /**
   * `name` is the name and access method: `int4_abs_ops USING btree`. A family's definition
   * is `CREATE OPERATOR FAMILY`, then `ALTER OPERATOR FAMILY ... ADD` for its loose members.
   */
  | "operator class"
  | "operator family"
  /** Named without a definition: the baseline notes it, never creates it. */
  | "base type"
  /**
   * An object of a kind retort does not know, in a schema it reads; `name` is PostgreSQL's own
   * description (`pg_describe_object`), such as `access method app.fast`.
   */
  | "other object";

/** An object outside the managed kinds, kept so `pull` can reproduce it and `check` can warn. */
export interface UnmanagedObject {
  kind: UnmanagedKind;
  /** Schema of the object (for an extension: the schema it was installed in). */
  schema: string;
  /**
   * For routines the name with identity arguments: `touch(integer, text)`; for operators the
   * operator with its argument types: `===(integer, integer)` (`NONE` for a prefix operator).
   */
  name: string;
  /**
   * For triggers, policies, rules, statistics, materialized view indexes and table properties:
   * the table (or view) they belong to, in `schema`.
   */
  table: string | null;
  /**
   * SQL that recreates it when PostgreSQL can print it (`pg_get_viewdef`, `pg_get_functiondef`...).
   * A comment on the object follows as a last statement, `\nCOMMENT ON ... IS '...';`.
   */
  definition: string | null;
}
