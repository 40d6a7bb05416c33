// Over 500 lines: the operation node types of every kind in one union, the contract both
// interpreters (the SQL renderer and the migration source writer) read; families with many kinds
// (routines, views, policies, privileges, partitions, types) keep theirs in files of their own.
import type { Kysely } from "kysely";
import type {
  CollationName,
  ColumnDefault,
  ColumnDefinition,
  ColumnType,
  IdentityDefinition,
  LiteralValue,
  SequenceNumber,
  SequenceOptions,
} from "./column-definition";
import type {
  CheckDefinition,
  ExclusionDefinition,
  ForeignKeyDefinition,
  IndexElement,
  PrimaryKeyDefinition,
  UniqueDefinition,
} from "./constraint-definition";
import type { PartitionOperation } from "./partition-operations";
import type { PolicyOperation } from "./policy-operation";
import type { PrivilegeOperation } from "./privilege-operation";
import type { RoutineOperation } from "./routine-operation";

export type * from "./partition-operations";
export type * from "./policy-operation";
export type * from "./privilege-operation";
export type * from "./routine-operation";
export type * from "./type-operations";

import type { NamespaceOperation } from "./namespace-operations";
import type { TypeOperation } from "./type-operations";
import type { ViewOperation } from "./view-operations";

// Every node names its object with `schema` (optional: omitted means unqualified, resolved by
// `search_path`) and a name. Nodes are frozen plain data so two interpreters can read them:
// the SQL renderer (`sql/`) and the autogenerate source writer (differ).

/** Where a table lives. */
export interface TableTarget {
  readonly schema?: string | undefined;
  readonly table: string;
}

/** `CREATE TABLE`. */
export interface CreateTableOperation extends TableTarget {
  readonly kind: "createTable";
  /** In table order. */
  readonly columns: readonly ColumnDefinition[];
  readonly primaryKey?: PrimaryKeyDefinition | undefined;
  readonly uniques?: readonly UniqueDefinition[] | undefined;
  readonly checks?: readonly CheckDefinition[] | undefined;
  readonly foreignKeys?: readonly ForeignKeyDefinition[] | undefined;
  readonly exclusions?: readonly ExclusionDefinition[] | undefined;
  readonly comment?: string | undefined;
  readonly ifNotExists?: boolean | undefined;
  /** A partitioned table's key, the text after `PARTITION BY`: `RANGE (created_at)`. */
  readonly partitionBy?: string | undefined;
  /** `CREATE UNLOGGED TABLE`. Default is `false`. */
  readonly unlogged?: boolean | undefined;
  /** Storage parameters, `WITH (fillfactor = 70)`; `toast.`-prefixed names set the TOAST table's. */
  readonly with?: Readonly<Record<string, string | number | boolean>> | undefined;
}

/** `DROP TABLE`. Carries the table's definition when known, so it can be reversed. */
export interface DropTableOperation extends TableTarget {
  readonly kind: "dropTable";
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly definition?: CreateTableOperation | undefined;
}

/** `ALTER TABLE ... RENAME TO`. The table stays in its schema. */
export interface RenameTableOperation extends TableTarget {
  readonly kind: "renameTable";
  readonly newName: string;
}

/** `ALTER TABLE ... ADD COLUMN`. */
export interface AddColumnOperation extends TableTarget {
  readonly kind: "addColumn";
  readonly column: ColumnDefinition;
  readonly ifNotExists?: boolean | undefined;
}

/** `ALTER TABLE ... DROP COLUMN`. Carries the column's definition when known. */
export interface DropColumnOperation extends TableTarget {
  readonly kind: "dropColumn";
  readonly column: string;
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly definition?: ColumnDefinition | undefined;
}

/** `ALTER TABLE ... RENAME COLUMN`. */
export interface RenameColumnOperation extends TableTarget {
  readonly kind: "renameColumn";
  readonly column: string;
  readonly newName: string;
}

/**
 * `ALTER TABLE ... ALTER COLUMN`, one or several changes of one column. A field left
 * `undefined` is not changed; `null` removes (default, identity, comment). The `existing*`
 * fields describe the column before the change; they render nothing and let
 * {@link reverseOperation} undo it, as Alembic's `existing_type` and friends do.
 */
export interface AlterColumnOperation extends TableTarget {
  readonly kind: "alterColumn";
  readonly column: string;
  readonly type?: ColumnType | undefined;
  /** `USING expression` for the type change. */
  readonly using?: string | undefined;
  readonly nullable?: boolean | undefined;
  /** A value sets the default; `null` drops it. */
  readonly default?: ColumnDefault | undefined;
  /**
   * A definition adds identity (`ADD GENERATED ... AS IDENTITY`), or when `existingIdentity`
   * is given changes it (`SET GENERATED ...`, `SET INCREMENT BY ...`); `null` drops it.
   */
  readonly identity?: IdentityDefinition | null | undefined;
  /** `null` removes the comment. */
  readonly comment?: string | null | undefined;
  /** Needs `type` or `existingType`: PostgreSQL changes collation through `TYPE ... COLLATE`. */
  readonly collation?: CollationName | undefined;
  readonly existingType?: ColumnType | undefined;
  readonly existingNullable?: boolean | undefined;
  /** `null`: the column had no default. */
  readonly existingDefault?: ColumnDefault | undefined;
  readonly existingIdentity?: IdentityDefinition | null | undefined;
  readonly existingComment?: string | null | undefined;
  readonly existingCollation?: CollationName | undefined;
  /** `SET STATISTICS n`: the planner's statistics target; `null` goes back to the default. */
  readonly statistics?: number | null | undefined;
  /** `null`: the column had the default target. */
  readonly existingStatistics?: number | null | undefined;
}

/** `CREATE INDEX`. The index lives in its table's schema. */
export interface CreateIndexOperation extends TableTarget {
  readonly kind: "createIndex";
  readonly name: string;
  readonly elements: readonly IndexElement[];
  readonly unique?: boolean | undefined;
  /** `USING method` (`btree`, `gin`, `gist`, `hash`, `brin`, ...). */
  readonly method?: string | undefined;
  readonly include?: readonly string[] | undefined;
  /** A partial index: `WHERE predicate`. */
  readonly where?: string | undefined;
  /** Runs outside a transaction. */
  readonly concurrently?: boolean | undefined;
  readonly ifNotExists?: boolean | undefined;
  /** `NULLS NOT DISTINCT` (PostgreSQL 15+), unique indexes only. */
  readonly nullsNotDistinct?: boolean | undefined;
  /** Storage parameters: `WITH (fillfactor = 70, deduplicate_items = false)`. */
  readonly with?: Readonly<Record<string, string | number | boolean>> | undefined;
}

/** `DROP INDEX`. Carries the index's definition when known. */
export interface DropIndexOperation {
  readonly kind: "dropIndex";
  /** The index's schema (its table's). */
  readonly schema?: string | undefined;
  readonly name: string;
  readonly concurrently?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: CreateIndexOperation | undefined;
}

/** `ALTER INDEX ... RENAME TO`. */
export interface RenameIndexOperation {
  readonly kind: "renameIndex";
  readonly schema?: string | undefined;
  readonly name: string;
  readonly newName: string;
}

/** `ALTER SEQUENCE ... RENAME TO`. */
export interface RenameSequenceOperation {
  readonly kind: "renameSequence";
  readonly schema?: string | undefined;
  readonly name: string;
  readonly newName: string;
}

/** `ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY`. */
export interface AddPrimaryKeyOperation extends TableTarget, PrimaryKeyDefinition {
  readonly kind: "addPrimaryKey";
  readonly name: string;
}

/** `ALTER TABLE ... ADD CONSTRAINT ... UNIQUE`. */
export interface AddUniqueOperation extends TableTarget, UniqueDefinition {
  readonly kind: "addUnique";
  readonly name: string;
  /** `UNIQUE USING INDEX`: an existing unique index becomes the constraint. */
  readonly usingIndex?: string | undefined;
}

/** `ALTER TABLE ... ADD CONSTRAINT ... CHECK`. */
export interface AddCheckOperation extends TableTarget, CheckDefinition {
  readonly kind: "addCheck";
  readonly name: string;
  /** `NOT VALID`: existing rows are not checked until `validateConstraint`. */
  readonly notValid?: boolean | undefined;
}

/** `ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY`. */
export interface AddForeignKeyOperation extends TableTarget, ForeignKeyDefinition {
  readonly kind: "addForeignKey";
  readonly name: string;
  /** `NOT VALID`: existing rows are not checked until `validateConstraint`. */
  readonly notValid?: boolean | undefined;
}

/** `ALTER TABLE ... ADD CONSTRAINT ... EXCLUDE`. */
export interface AddExclusionOperation extends TableTarget, ExclusionDefinition {
  readonly kind: "addExclusion";
  readonly name: string;
}

/** Any operation that adds a constraint to an existing table. */
export type AddConstraintOperation =
  | AddPrimaryKeyOperation
  | AddUniqueOperation
  | AddCheckOperation
  | AddForeignKeyOperation
  | AddExclusionOperation;

/** `ALTER TABLE ... DROP CONSTRAINT`. Carries the constraint's definition when known. */
export interface DropConstraintOperation extends TableTarget {
  readonly kind: "dropConstraint";
  readonly name: string;
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly definition?: AddConstraintOperation | undefined;
}

/** `ALTER TABLE ... VALIDATE CONSTRAINT`. */
export interface ValidateConstraintOperation extends TableTarget {
  readonly kind: "validateConstraint";
  readonly name: string;
}

/** `ALTER TABLE ... RENAME CONSTRAINT`. */
export interface RenameConstraintOperation extends TableTarget {
  readonly kind: "renameConstraint";
  readonly name: string;
  readonly newName: string;
}

/** `CREATE SCHEMA`. */
export interface CreateSchemaOperation {
  readonly kind: "createSchema";
  readonly name: string;
  readonly ifNotExists?: boolean | undefined;
  /** The owning role: `AUTHORIZATION "role"`. */
  readonly authorization?: string | undefined;
}

/** `DROP SCHEMA`. */
export interface DropSchemaOperation {
  readonly kind: "dropSchema";
  readonly name: string;
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  /** Kept so the reverse can recreate the schema with its owner. */
  readonly authorization?: string | undefined;
}

/** `ALTER SCHEMA ... RENAME TO`. */
export interface RenameSchemaOperation {
  readonly kind: "renameSchema";
  readonly name: string;
  readonly newName: string;
}

/** Where a type, sequence or other schema object lives. */
export interface SchemaObjectTarget {
  readonly schema?: string | undefined;
  readonly name: string;
}

/** `CREATE TYPE ... AS ENUM`. */
export interface CreateEnumOperation extends SchemaObjectTarget {
  readonly kind: "createEnum";
  readonly values: readonly string[];
}

/**
 * `ALTER TYPE ... ADD VALUE`. PostgreSQL cannot remove an enum value, so this has no reverse.
 * Before PostgreSQL 12 it cannot run inside a transaction block; from 12 on it can, but the
 * new value cannot be used until that transaction commits.
 */
export interface AddEnumValueOperation extends SchemaObjectTarget {
  readonly kind: "addEnumValue";
  readonly value: string;
  readonly before?: string | undefined;
  readonly after?: string | undefined;
  readonly ifNotExists?: boolean | undefined;
}

/** `ALTER TYPE ... RENAME VALUE` (PostgreSQL 10+). */
export interface RenameEnumValueOperation extends SchemaObjectTarget {
  readonly kind: "renameEnumValue";
  readonly value: string;
  readonly newValue: string;
}

/** `ALTER TYPE ... RENAME TO`. */
export interface RenameEnumOperation extends SchemaObjectTarget {
  readonly kind: "renameEnum";
  readonly newName: string;
}

/** `DROP TYPE`. Carries the enum's values when known, so it can be reversed. */
export interface DropEnumOperation extends SchemaObjectTarget {
  readonly kind: "dropEnum";
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly values?: readonly string[] | undefined;
}

/** The column that owns a sequence: dropping the column drops the sequence. */
export interface SequenceOwner {
  readonly schema?: string | undefined;
  readonly table: string;
  readonly column: string;
}

/** Options of `CREATE SEQUENCE` / `ALTER SEQUENCE`. */
export interface SequenceDefinition extends SequenceOptions {
  /** `smallint`, `integer` or `bigint`. */
  readonly as?: "smallint" | "integer" | "bigint" | undefined;
  /** `null` renders `OWNED BY NONE`. */
  readonly ownedBy?: SequenceOwner | null | undefined;
}

/** `CREATE SEQUENCE`. */
export interface CreateSequenceOperation extends SchemaObjectTarget, SequenceDefinition {
  readonly kind: "createSequence";
  readonly ifNotExists?: boolean | undefined;
}

/** `ALTER SEQUENCE`. `existing` describes the options before, for the reverse. */
export interface AlterSequenceOperation extends SchemaObjectTarget, SequenceDefinition {
  readonly kind: "alterSequence";
  /** `true` renders `RESTART`; a number renders `RESTART WITH n`. */
  readonly restart?: true | SequenceNumber | undefined;
  readonly existing?: SequenceDefinition | undefined;
}

/** `DROP SEQUENCE`. Carries the sequence's definition when known. */
export interface DropSequenceOperation extends SchemaObjectTarget {
  readonly kind: "dropSequence";
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: CreateSequenceOperation | undefined;
}

/** `CREATE EXTENSION`. */
export interface CreateExtensionOperation {
  readonly kind: "createExtension";
  readonly name: string;
  /** `WITH SCHEMA "schema"`: where the extension's objects go. */
  readonly schema?: string | undefined;
  readonly version?: string | undefined;
  readonly ifNotExists?: boolean | undefined;
  /** Also installs the extensions it depends on. */
  readonly cascade?: boolean | undefined;
}

/** `DROP EXTENSION`. */
export interface DropExtensionOperation {
  readonly kind: "dropExtension";
  readonly name: string;
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** Kept so the reverse can recreate the extension where it was. */
  readonly schema?: string | undefined;
  readonly version?: string | undefined;
}

/** `REPLICA IDENTITY`: what a table logs of an updated or deleted row for logical replication. */
export type ReplicaIdentity = "default" | "full" | "nothing" | { readonly index: string };

/**
 * `ALTER TABLE` of the table's physical settings, all in one statement: storage parameters
 * (`SET (...)`, `RESET (...)`), `SET LOGGED | UNLOGGED`, `REPLICA IDENTITY` and `CLUSTER ON`.
 * A field left `undefined` is not changed. The `existing*` fields describe the table before the
 * change; they render nothing and let {@link reverseOperation} undo it.
 */
export interface AlterTableOperation extends TableTarget {
  readonly kind: "alterTable";
  /** `SET (name = value, ...)`; `toast.`-prefixed names set the TOAST table's. */
  readonly with?: Readonly<Record<string, string | number | boolean>> | undefined;
  /** `RESET (name, ...)`: back to PostgreSQL's default. */
  readonly reset?: readonly string[] | undefined;
  /** `SET UNLOGGED` (`true`) or `SET LOGGED` (`false`); either rewrites the table. */
  readonly unlogged?: boolean | undefined;
  readonly replicaIdentity?: ReplicaIdentity | undefined;
  /** `CLUSTER ON` the index; `null` is `SET WITHOUT CLUSTER`. */
  readonly clusterOn?: string | null | undefined;
  /** The values before of the parameters set or reset; one left out was not set. */
  readonly existingWith?: Readonly<Record<string, string | number | boolean>> | undefined;
  readonly existingUnlogged?: boolean | undefined;
  readonly existingReplicaIdentity?: ReplicaIdentity | undefined;
  readonly existingClusterOn?: string | null | undefined;
}

/** `COMMENT ON TABLE`. `null` removes the comment. */
export interface SetTableCommentOperation extends TableTarget {
  readonly kind: "setTableComment";
  readonly comment: string | null;
  /** The comment before; omitted is read as none, as Alembic does. */
  readonly existingComment?: string | null | undefined;
}

/** `COMMENT ON INDEX`; the index lives in its table's schema. `null` removes the comment. */
export interface SetIndexCommentOperation {
  readonly kind: "setIndexComment";
  readonly schema?: string | undefined;
  readonly name: string;
  readonly comment: string | null;
  /** The comment before; omitted is read as none, as Alembic does. */
  readonly existingComment?: string | null | undefined;
}

/**
 * `COMMENT ON CONSTRAINT name ON table`, on a table's constraint. `null` removes the comment.
 */
export interface SetConstraintCommentOperation extends TableTarget {
  readonly kind: "setConstraintComment";
  readonly name: string;
  readonly comment: string | null;
  /** The comment before; omitted is read as none, as Alembic does. */
  readonly existingComment?: string | null | undefined;
}

/**
 * `ALTER INDEX ... ALTER COLUMN n SET STATISTICS m`: the statistics target of an index's
 * expression column (PostgreSQL allows it on no other). `null` goes back to the default.
 */
export interface SetIndexStatisticsOperation {
  readonly kind: "setIndexStatistics";
  readonly schema?: string | undefined;
  readonly name: string;
  /** The index column's number, from 1, as PostgreSQL counts them. */
  readonly column: number;
  readonly statistics: number | null;
  /** The target before; omitted is read as the default. */
  readonly existingStatistics?: number | null | undefined;
}

/** `COMMENT ON COLUMN`. `null` removes the comment. */
export interface SetColumnCommentOperation extends TableTarget {
  readonly kind: "setColumnComment";
  readonly column: string;
  readonly comment: string | null;
  /** The comment before; omitted is read as none, as Alembic does. */
  readonly existingComment?: string | null | undefined;
}

/** Raw SQL, with optional positional parameters `$1..$n`. */
export interface ExecuteOperation {
  readonly kind: "execute";
  readonly sql: string;
  readonly params?: readonly LiteralValue[] | undefined;
  /** `false` runs it outside any transaction (`VACUUM`, `CREATE DATABASE`). Default is `true`. */
  readonly transactional?: boolean | undefined;
}

/** `INSERT` of literal rows. Columns are the union of the rows' keys; a missing key is `DEFAULT`. */
export interface BulkInsertOperation extends TableTarget {
  readonly kind: "bulkInsert";
  readonly rows: readonly Readonly<Record<string, LiteralValue>>[];
}

/** What an `op.run` step receives. */
export interface RunContext {
  /** Bound to the migration's transaction (or session, for a non-transactional migration). */
  readonly db: Kysely<any>;
  /** The `-x key=value` arguments of the command line (`retort upgrade head -x seed=yes`). */
  readonly x: Readonly<Record<string, string>>;
}

/** A TypeScript step run online with a Kysely instance. It cannot be rendered offline. */
export interface RunOperation {
  readonly kind: "run";
  readonly fn: (context: RunContext) => Promise<void> | void;
}

/** Every operation a migration can record, discriminated by `kind`. */
export type Operation =
  | CreateTableOperation
  | DropTableOperation
  | RenameTableOperation
  | AddColumnOperation
  | DropColumnOperation
  | RenameColumnOperation
  | AlterColumnOperation
  | CreateIndexOperation
  | DropIndexOperation
  | RenameIndexOperation
  | RenameSequenceOperation
  | AddPrimaryKeyOperation
  | AddUniqueOperation
  | AddCheckOperation
  | AddForeignKeyOperation
  | AddExclusionOperation
  | DropConstraintOperation
  | ValidateConstraintOperation
  | RenameConstraintOperation
  | CreateSchemaOperation
  | DropSchemaOperation
  | RenameSchemaOperation
  | CreateEnumOperation
  | AddEnumValueOperation
  | RenameEnumValueOperation
  | RenameEnumOperation
  | DropEnumOperation
  | CreateSequenceOperation
  | AlterSequenceOperation
  | DropSequenceOperation
  | CreateExtensionOperation
  | DropExtensionOperation
  | SetTableCommentOperation
  | SetColumnCommentOperation
  | AlterTableOperation
  | SetIndexCommentOperation
  | SetConstraintCommentOperation
  | SetIndexStatisticsOperation
  | ViewOperation
  | ExecuteOperation
  | BulkInsertOperation
  | RunOperation
  | RoutineOperation
  | NamespaceOperation
  | PolicyOperation
  | PrivilegeOperation
  | PartitionOperation
  | TypeOperation;

/** The `kind` of an {@link Operation}. */
export type OperationKind = Operation["kind"];

/** The operation node of one kind. */
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;
