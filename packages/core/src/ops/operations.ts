// The `op` API: one documented method per operation kind, each a one-line call into the kind's
// entry in `kinds/`. The file is long because every method carries its TSDoc and example; the
// facts (option keys, how arguments become a node) live in the entries.
import { checkOptionKeys } from "./check-option-keys";
import type { ColumnType, LiteralValue } from "./column-definition";
import type { ColumnInput } from "./column-input";
import type { ExclusionElement, IndexElement } from "./constraint-definition";
import { defineOperation } from "./define-operation";
import type { AddCheckOptions } from "./kinds/add-check";
import type { AddColumnOptions } from "./kinds/add-column";
import type { AddEnumValueOptions } from "./kinds/add-enum-value";
import type { AddExclusionOptions } from "./kinds/add-exclusion";
import type { AddForeignKeyOptions } from "./kinds/add-foreign-key";
import type { AddPrimaryKeyOptions } from "./kinds/add-primary-key";
import type { AddUniqueOptions } from "./kinds/add-unique";
import type { AlterColumnOptions } from "./kinds/alter-column";
import type { AlterExtensionOptions } from "./kinds/alter-extension";
import type { AlterPolicyOptions } from "./kinds/alter-policy";
import type { AlterSequenceOptions } from "./kinds/alter-sequence";
import type { AlterTableOptions } from "./kinds/alter-table";
import type { AttachPartitionOptions } from "./kinds/attach-partition";
import type {
  AlterTypeAttributeOptions,
  CreateCompositeTypeOptions,
  DropCompositeTypeOptions,
  DropTypeAttributeOptions,
} from "./kinds/composite-type-kinds";
import type { CreateExtensionOptions } from "./kinds/create-extension";
import type { CreateFunctionOptions } from "./kinds/create-function";
import type { CreateIndexOptions } from "./kinds/create-index";
import type { CreateMaterializedViewOptions } from "./kinds/create-materialized-view";
import type { CreatePolicyOptions } from "./kinds/create-policy";
import type { CreateSchemaOptions } from "./kinds/create-schema";
import type { CreateSequenceOptions } from "./kinds/create-sequence";
import type { CreateTableOptions } from "./kinds/create-table";
import type { CreateTriggerOptions } from "./kinds/create-trigger";
import type { CreateViewOptions } from "./kinds/create-view";
import type { DefaultPrivilegeOptions } from "./kinds/default-privileges";
import type { DetachPartitionOptions } from "./kinds/detach-partition";
import type {
  AddDomainCheckOptions,
  AlterDomainOptions,
  CreateDomainOptions,
  DropDomainConstraintOptions,
  DropDomainOptions,
} from "./kinds/domain-kinds";
import type { DropColumnOptions } from "./kinds/drop-column";
import type { DropConstraintOptions } from "./kinds/drop-constraint";
import type { DropEnumOptions } from "./kinds/drop-enum";
import type { DropExtensionOptions } from "./kinds/drop-extension";
import type { DropFunctionOptions } from "./kinds/drop-function";
import type { DropIndexOptions } from "./kinds/drop-index";
import type { DropMaterializedViewOptions } from "./kinds/drop-materialized-view";
import type { DropPolicyOptions } from "./kinds/drop-policy";
import type { DropSchemaOptions } from "./kinds/drop-schema";
import type { DropSequenceOptions } from "./kinds/drop-sequence";
import type { DropTableOptions } from "./kinds/drop-table";
import type { DropTriggerOptions } from "./kinds/drop-trigger";
import type { DropViewOptions } from "./kinds/drop-view";
import type { ExecuteOptions } from "./kinds/execute";
import type { PrivilegeOptions } from "./kinds/grant";
import type {
  CreateRangeTypeOptions,
  DropRangeTypeOptions,
  RenameTypeOptions,
  SetTypeCommentOptions,
} from "./kinds/range-type-kinds";
import type { RefreshMaterializedViewOptions } from "./kinds/refresh-materialized-view";
import type { RenameViewOptions } from "./kinds/rename-view";
import type { SetFunctionCommentOptions } from "./kinds/set-function-comment";
import type { SetIndexStatisticsOptions } from "./kinds/set-index-statistics";
import type { SetSchemaCommentOptions } from "./kinds/set-schema-comment";
import type { SetSequenceCommentOptions } from "./kinds/set-sequence-comment";
import type { SetCommentOptions } from "./kinds/set-table-comment";
import type { SetViewCommentOptions } from "./kinds/set-view-comment";
import type {
  AlterExtensionOperation,
  SetSchemaCommentOperation,
  SetSequenceCommentOperation,
} from "./namespace-operations";
import type {
  AddCheckOperation,
  AddColumnOperation,
  AddEnumValueOperation,
  AddExclusionOperation,
  AddForeignKeyOperation,
  AddPrimaryKeyOperation,
  AddUniqueOperation,
  AlterColumnOperation,
  AlterSequenceOperation,
  AlterTableOperation,
  BulkInsertOperation,
  CreateEnumOperation,
  CreateExtensionOperation,
  CreateIndexOperation,
  CreateSchemaOperation,
  CreateSequenceOperation,
  CreateTableOperation,
  DropColumnOperation,
  DropConstraintOperation,
  DropEnumOperation,
  DropExtensionOperation,
  DropIndexOperation,
  DropSchemaOperation,
  DropSequenceOperation,
  DropTableOperation,
  ExecuteOperation,
  Operation,
  OperationKind,
  OperationOf,
  RenameColumnOperation,
  RenameConstraintOperation,
  RenameEnumOperation,
  RenameEnumValueOperation,
  RenameIndexOperation,
  RenameSchemaOperation,
  RenameSequenceOperation,
  RenameTableOperation,
  RunContext,
  RunOperation,
  SetColumnCommentOperation,
  SetConstraintCommentOperation,
  SetIndexCommentOperation,
  SetIndexStatisticsOperation,
  SetTableCommentOperation,
  ValidateConstraintOperation,
} from "./operation";
import type { OperationKindSpec } from "./operation-kind-spec";
import { operationKinds } from "./operation-kinds";
import type { AttachPartitionOperation, DetachPartitionOperation } from "./partition-operations";
import type {
  AlterPolicyOperation,
  CreatePolicyOperation,
  DisableRowSecurityOperation,
  DropPolicyOperation,
  EnableRowSecurityOperation,
  ForceRowSecurityOperation,
  NoForceRowSecurityOperation,
  RenamePolicyOperation,
  SetPolicyCommentOperation,
} from "./policy-operation";
import type {
  DefaultPrivilegeObjects,
  GrantDefaultPrivilegesOperation,
  GrantOperation,
  PrivilegeObject,
  RevokeDefaultPrivilegesOperation,
  RevokeOperation,
} from "./privilege-operation";

import type {
  CreateFunctionOperation,
  CreateTriggerOperation,
  DropFunctionOperation,
  DropTriggerOperation,
  RenameFunctionOperation,
  SetFunctionCommentOperation,
  SetTriggerCommentOperation,
} from "./routine-operation";
import type { SchemaOptions } from "./schema-options";
import type {
  AddDomainCheckOperation,
  AddTypeAttributeOperation,
  AlterDomainOperation,
  AlterTypeAttributeOperation,
  CreateCompositeTypeOperation,
  CreateDomainOperation,
  CreateRangeTypeOperation,
  DropCompositeTypeOperation,
  DropDomainConstraintOperation,
  DropDomainOperation,
  DropRangeTypeOperation,
  DropTypeAttributeOperation,
  RenameTypeAttributeOperation,
  RenameTypeOperation,
  SetTypeCommentOperation,
  TypeAttribute,
  ValidateDomainConstraintOperation,
} from "./type-operations";
import type {
  CreateMaterializedViewOperation,
  CreateViewOperation,
  DropMaterializedViewOperation,
  DropViewOperation,
  RefreshMaterializedViewOperation,
  RenameViewOperation,
  SetViewCommentOperation,
} from "./view-operations";

/** A recorder method per operation kind: `Operations` implements it, so none can be missing. */
type OperationRecorder = { readonly [K in OperationKind]: (...args: never[]) => OperationOf<K> };

/**
 * The `op` a migration's `up(op)` and `down(op)` receive. Each method checks its arguments,
 * appends one frozen {@link Operation} to {@link Operations.operations}, and returns it; the
 * runner then renders and executes them in order (or prints them with `--sql`).
 *
 * @example
 * ```ts
 * up(op) {
 *   op.createTable("account", {
 *     columns: {
 *       id: { type: "bigint", identity: "always", primaryKey: true },
 *       email: { type: "text", nullable: false, unique: true },
 *     },
 *   });
 *   // CREATE TABLE "account" (
 *   //     "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
 *   //     "email" text NOT NULL UNIQUE,
 *   //     CONSTRAINT "account_pkey" PRIMARY KEY ("id")
 *   // )
 * }
 * ```
 */
export class Operations implements OperationRecorder {
  readonly #operations: Operation[] = [];

  /** The operations recorded so far, in order. */
  get operations(): readonly Operation[] {
    return Object.freeze([...this.#operations]);
  }

  /**
   * Appends an operation node built elsewhere (by autogenerate, or by `reverseOperation`),
   * after validating and freezing it.
   *
   * @example
   * ```ts
   * op.add({ kind: "renameTable", table: "account", newName: "user_account" });
   * // ALTER TABLE "account" RENAME TO "user_account"
   * ```
   */
  add<T extends Operation>(operation: T): T {
    const node = defineOperation(operation);
    this.#operations.push(node);
    return node;
  }

  // A method's arguments become a node as its kind's entry says: its option keys are checked
  // (a misspelled `nulable` would otherwise be ignored), then `record` builds the node, or the
  // positional fields and the options object make it.
  #record<K extends OperationKind>(kind: K, args: readonly unknown[]): OperationOf<K> {
    const spec = operationKinds[kind] as unknown as OperationKindSpec<OperationOf<K>>;
    const named = args.slice(0, spec.named).map((arg) => JSON.stringify(arg));
    const where = `op.${kind}(${named.join(", ")})`;
    const optionsAt = spec.optionsAt ?? spec.positional.length;
    if (spec.options !== undefined) checkOptionKeys(where, args[optionsAt], spec.options);
    if (spec.record !== undefined) return this.add(spec.record(args, where));
    const fields = Object.fromEntries(spec.positional.map((field, index) => [field, args[index]]));
    const options = spec.options === undefined ? {} : (args[optionsAt] as object | undefined);
    return this.add({ kind, ...fields, ...options } as unknown as OperationOf<K>);
  }

  /**
   * Creates a table. Columns keep the order of `columns`; columns marked `primaryKey` form
   * one primary key named `<table>_pkey`; comments become `COMMENT ON` statements.
   *
   * @example
   * ```ts
   * op.createTable("account", {
   *   schema: "app",
   *   columns: { id: { type: "bigint", identity: "always", primaryKey: true }, email: { type: "text", nullable: false } },
   *   checks: [{ name: "email_has_at", expression: "position('@' in email) > 0" }],
   * });
   * // CREATE TABLE "app"."account" (
   * //     "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
   * //     "email" text NOT NULL,
   * //     CONSTRAINT "account_pkey" PRIMARY KEY ("id"),
   * //     CONSTRAINT "email_has_at" CHECK (position('@' in email) > 0)
   * // )
   * ```
   */
  createTable(table: string, options: CreateTableOptions): CreateTableOperation {
    return this.#record("createTable", [table, options]);
  }

  /**
   * Drops a table. Pass `definition` (the `createTable` node) to make it reversible.
   *
   * @example
   * ```ts
   * op.dropTable("account", { schema: "app", cascade: true });
   * // DROP TABLE "app"."account" CASCADE
   * ```
   */
  dropTable(table: string, options: DropTableOptions = {}): DropTableOperation {
    return this.#record("dropTable", [table, options]);
  }

  /**
   * Renames a table within its schema.
   *
   * @example
   * ```ts
   * op.renameTable("account", "user_account");
   * // ALTER TABLE "account" RENAME TO "user_account"
   * ```
   */
  renameTable(table: string, newName: string, options: SchemaOptions = {}): RenameTableOperation {
    return this.#record("renameTable", [table, newName, options]);
  }

  /**
   * Adds a column.
   *
   * @example
   * ```ts
   * op.addColumn("account", "name", { type: "text", nullable: false, default: "" });
   * // ALTER TABLE "account" ADD COLUMN "name" text NOT NULL DEFAULT ''
   * ```
   */
  addColumn(
    table: string,
    column: string,
    input: ColumnInput,
    options: AddColumnOptions = {},
  ): AddColumnOperation {
    return this.#record("addColumn", [table, column, input, options]);
  }

  /**
   * Drops a column. Pass `definition` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropColumn("account", "name", { ifExists: true });
   * // ALTER TABLE "account" DROP COLUMN IF EXISTS "name"
   * ```
   */
  dropColumn(table: string, column: string, options: DropColumnOptions = {}): DropColumnOperation {
    return this.#record("dropColumn", [table, column, options]);
  }

  /**
   * Renames a column.
   *
   * @example
   * ```ts
   * op.renameColumn("account", "name", "full_name");
   * // ALTER TABLE "account" RENAME COLUMN "name" TO "full_name"
   * ```
   */
  renameColumn(
    table: string,
    column: string,
    newName: string,
    options: SchemaOptions = {},
  ): RenameColumnOperation {
    return this.#record("renameColumn", [table, column, newName, options]);
  }

  /**
   * Changes a column's type, nullability, default, identity, comment or collation, in one
   * `ALTER TABLE`. Pass `existing*` so the change can be reversed.
   *
   * @example
   * ```ts
   * op.alterColumn("account", "name", { type: "varchar(200)", using: "name::varchar(200)", nullable: true, default: null, existingType: "text" });
   * // ALTER TABLE "account"
   * //     ALTER COLUMN "name" TYPE varchar(200) USING name::varchar(200),
   * //     ALTER COLUMN "name" DROP NOT NULL,
   * //     ALTER COLUMN "name" DROP DEFAULT
   * ```
   */
  alterColumn(table: string, column: string, changes: AlterColumnOptions): AlterColumnOperation {
    return this.#record("alterColumn", [table, column, changes]);
  }

  /**
   * Changes a table's physical settings in one `ALTER TABLE`: storage parameters (`with` sets,
   * `reset` returns to the default), `unlogged` (`SET UNLOGGED`/`SET LOGGED`, which rewrites the
   * table), `replicaIdentity` and `clusterOn` (an index, or `null` for none). Pass `existing*` so
   * the change can be reversed.
   *
   * @example
   * ```ts
   * op.alterTable("event", { with: { fillfactor: 70 }, replicaIdentity: "full", existingWith: {} });
   * // ALTER TABLE "event"
   * //     SET (fillfactor = '70'),
   * //     REPLICA IDENTITY FULL
   * ```
   */
  alterTable(table: string, changes: AlterTableOptions): AlterTableOperation {
    return this.#record("alterTable", [table, changes]);
  }

  /**
   * Creates an index on columns (strings) or expressions (`{ expression }`). The index lives
   * in its table's schema.
   *
   * @example
   * ```ts
   * op.createIndex("account_email_idx", "account", ["email"], { unique: true, where: "deleted_at IS NULL", include: ["name"], concurrently: true });
   * // CREATE UNIQUE INDEX CONCURRENTLY "account_email_idx" ON "account" ("email") INCLUDE ("name") WHERE deleted_at IS NULL
   * ```
   */
  createIndex(
    name: string,
    table: string,
    elements: readonly (string | IndexElement)[],
    options: CreateIndexOptions = {},
  ): CreateIndexOperation {
    return this.#record("createIndex", [name, table, elements, options]);
  }

  /**
   * Drops an index; `schema` is the index's (its table's) schema.
   *
   * @example
   * ```ts
   * op.dropIndex("account_email_idx", { concurrently: true, ifExists: true });
   * // DROP INDEX CONCURRENTLY IF EXISTS "account_email_idx"
   * ```
   */
  dropIndex(name: string, options: DropIndexOptions = {}): DropIndexOperation {
    return this.#record("dropIndex", [name, options]);
  }

  /**
   * Renames an index.
   *
   * @example
   * ```ts
   * op.renameIndex("account_email_idx", "account_email_key");
   * // ALTER INDEX "account_email_idx" RENAME TO "account_email_key"
   * ```
   */
  renameIndex(name: string, newName: string, options: SchemaOptions = {}): RenameIndexOperation {
    return this.#record("renameIndex", [name, newName, options]);
  }

  /**
   * Renames a sequence.
   *
   * @example
   * ```ts
   * op.renameSequence("customer_id_seq", "client_id_seq");
   * // ALTER SEQUENCE "customer_id_seq" RENAME TO "client_id_seq"
   * ```
   */
  renameSequence(
    name: string,
    newName: string,
    options: SchemaOptions = {},
  ): RenameSequenceOperation {
    return this.#record("renameSequence", [name, newName, options]);
  }

  /**
   * Adds a primary key.
   *
   * @example
   * ```ts
   * op.addPrimaryKey("account_pkey", "account", ["id"]);
   * // ALTER TABLE "account" ADD CONSTRAINT "account_pkey" PRIMARY KEY ("id")
   * ```
   */
  addPrimaryKey(
    name: string,
    table: string,
    columns: readonly string[],
    options: AddPrimaryKeyOptions = {},
  ): AddPrimaryKeyOperation {
    return this.#record("addPrimaryKey", [name, table, columns, options]);
  }

  /**
   * Adds a unique constraint.
   *
   * @example
   * ```ts
   * op.addUnique("account_email_key", "account", ["email"], { nullsNotDistinct: true });
   * // ALTER TABLE "account" ADD CONSTRAINT "account_email_key" UNIQUE NULLS NOT DISTINCT ("email")
   * op.addUnique("account_email_key", "account", ["email"], { usingIndex: "account_email_key" });
   * // ALTER TABLE "account" ADD CONSTRAINT "account_email_key" UNIQUE USING INDEX "account_email_key"
   * ```
   */
  addUnique(
    name: string,
    table: string,
    columns: readonly string[],
    options: AddUniqueOptions = {},
  ): AddUniqueOperation {
    return this.#record("addUnique", [name, table, columns, options]);
  }

  /**
   * Adds a check constraint.
   *
   * @example
   * ```ts
   * op.addCheck("price_positive", "product", "price > 0", { notValid: true });
   * // ALTER TABLE "product" ADD CONSTRAINT "price_positive" CHECK (price > 0) NOT VALID
   * ```
   */
  addCheck(
    name: string,
    table: string,
    expression: string,
    options: AddCheckOptions = {},
  ): AddCheckOperation {
    return this.#record("addCheck", [name, table, expression, options]);
  }

  /**
   * Adds a foreign key. An empty `referencedColumns` references the primary key.
   *
   * @example
   * ```ts
   * op.addForeignKey("post_author_fk", "post", ["author_id"], "account", ["id"], { onDelete: "cascade", deferrable: true, notValid: true });
   * // ALTER TABLE "post" ADD CONSTRAINT "post_author_fk" FOREIGN KEY ("author_id") REFERENCES "account" ("id") ON DELETE CASCADE DEFERRABLE NOT VALID
   * ```
   */
  addForeignKey(
    name: string,
    table: string,
    columns: readonly string[],
    referencedTable: string,
    referencedColumns: readonly string[],
    options: AddForeignKeyOptions = {},
  ): AddForeignKeyOperation {
    return this.#record("addForeignKey", [
      name,
      table,
      columns,
      referencedTable,
      referencedColumns,
      options,
    ]);
  }

  /**
   * Adds an exclusion constraint.
   *
   * @example
   * ```ts
   * op.addExclusion("booking_no_overlap", "booking", [{ column: "room_id", operator: "=" }, { column: "during", operator: "&&" }], { method: "gist" });
   * // ALTER TABLE "booking" ADD CONSTRAINT "booking_no_overlap" EXCLUDE USING "gist" ("room_id" WITH =, "during" WITH &&)
   * ```
   */
  addExclusion(
    name: string,
    table: string,
    elements: readonly ExclusionElement[],
    options: AddExclusionOptions = {},
  ): AddExclusionOperation {
    return this.#record("addExclusion", [name, table, elements, options]);
  }

  /**
   * Drops a constraint. Pass `definition` (the add node) to make it reversible.
   *
   * @example
   * ```ts
   * op.dropConstraint("post_author_fk", "post");
   * // ALTER TABLE "post" DROP CONSTRAINT "post_author_fk"
   * ```
   */
  dropConstraint(
    name: string,
    table: string,
    options: DropConstraintOptions = {},
  ): DropConstraintOperation {
    return this.#record("dropConstraint", [name, table, options]);
  }

  /**
   * Validates a constraint added with `notValid`, checking the existing rows.
   *
   * @example
   * ```ts
   * op.validateConstraint("post_author_fk", "post");
   * // ALTER TABLE "post" VALIDATE CONSTRAINT "post_author_fk"
   * ```
   */
  validateConstraint(
    name: string,
    table: string,
    options: SchemaOptions = {},
  ): ValidateConstraintOperation {
    return this.#record("validateConstraint", [name, table, options]);
  }

  /**
   * Renames a constraint.
   *
   * @example
   * ```ts
   * op.renameConstraint("post_author_fk", "post", "post_account_fk");
   * // ALTER TABLE "post" RENAME CONSTRAINT "post_author_fk" TO "post_account_fk"
   * ```
   */
  renameConstraint(
    name: string,
    table: string,
    newName: string,
    options: SchemaOptions = {},
  ): RenameConstraintOperation {
    return this.#record("renameConstraint", [name, table, newName, options]);
  }

  /**
   * Creates a schema.
   *
   * @example
   * ```ts
   * op.createSchema("app", { ifNotExists: true, authorization: "app_owner" });
   * // CREATE SCHEMA IF NOT EXISTS "app" AUTHORIZATION "app_owner"
   * ```
   */
  createSchema(name: string, options: CreateSchemaOptions = {}): CreateSchemaOperation {
    return this.#record("createSchema", [name, options]);
  }

  /**
   * Drops a schema.
   *
   * @example
   * ```ts
   * op.dropSchema("app", { cascade: true });
   * // DROP SCHEMA "app" CASCADE
   * ```
   */
  dropSchema(name: string, options: DropSchemaOptions = {}): DropSchemaOperation {
    return this.#record("dropSchema", [name, options]);
  }

  /**
   * Renames a schema.
   *
   * @example
   * ```ts
   * op.renameSchema("app", "core");
   * // ALTER SCHEMA "app" RENAME TO "core"
   * ```
   */
  renameSchema(name: string, newName: string): RenameSchemaOperation {
    return this.#record("renameSchema", [name, newName]);
  }

  /**
   * Creates an enum type.
   *
   * @example
   * ```ts
   * op.createEnum("mood", ["happy", "sad"], { schema: "app" });
   * // CREATE TYPE "app"."mood" AS ENUM ('happy', 'sad')
   * ```
   */
  createEnum(
    name: string,
    values: readonly string[],
    options: SchemaOptions = {},
  ): CreateEnumOperation {
    return this.#record("createEnum", [name, values, options]);
  }

  /**
   * Adds a value to an enum. Irreversible: PostgreSQL cannot remove an enum value. On
   * PostgreSQL 12+ it runs inside the migration's transaction, but the value cannot be used
   * until that transaction commits; on older servers mark the migration `transactional: false`.
   *
   * @example
   * ```ts
   * op.addEnumValue("mood", "meh", { after: "happy", ifNotExists: true });
   * // ALTER TYPE "mood" ADD VALUE IF NOT EXISTS 'meh' AFTER 'happy'
   * ```
   */
  addEnumValue(
    name: string,
    value: string,
    options: AddEnumValueOptions = {},
  ): AddEnumValueOperation {
    return this.#record("addEnumValue", [name, value, options]);
  }

  /**
   * Renames an enum value (PostgreSQL 10+).
   *
   * @example
   * ```ts
   * op.renameEnumValue("mood", "sad", "blue");
   * // ALTER TYPE "mood" RENAME VALUE 'sad' TO 'blue'
   * ```
   */
  renameEnumValue(
    name: string,
    value: string,
    newValue: string,
    options: SchemaOptions = {},
  ): RenameEnumValueOperation {
    return this.#record("renameEnumValue", [name, value, newValue, options]);
  }

  /**
   * Renames an enum type.
   *
   * @example
   * ```ts
   * op.renameEnum("mood", "feeling");
   * // ALTER TYPE "mood" RENAME TO "feeling"
   * ```
   */
  renameEnum(name: string, newName: string, options: SchemaOptions = {}): RenameEnumOperation {
    return this.#record("renameEnum", [name, newName, options]);
  }

  /**
   * Drops an enum type. Pass `values` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropEnum("mood", { ifExists: true, values: ["happy", "sad"] });
   * // DROP TYPE IF EXISTS "mood"
   * ```
   */
  dropEnum(name: string, options: DropEnumOptions = {}): DropEnumOperation {
    return this.#record("dropEnum", [name, options]);
  }

  /**
   * Creates a sequence.
   *
   * @example
   * ```ts
   * op.createSequence("invoice_number", { as: "bigint", start: 1000, increment: 1 });
   * // CREATE SEQUENCE "invoice_number" AS bigint INCREMENT BY 1 START WITH 1000
   * ```
   */
  createSequence(name: string, options: CreateSequenceOptions = {}): CreateSequenceOperation {
    return this.#record("createSequence", [name, options]);
  }

  /**
   * Changes a sequence. Pass `existing` (its options before) to make it reversible.
   *
   * @example
   * ```ts
   * op.alterSequence("invoice_number", { increment: 10, restart: 5000 });
   * // ALTER SEQUENCE "invoice_number" INCREMENT BY 10 RESTART WITH 5000
   * ```
   */
  alterSequence(name: string, options: AlterSequenceOptions): AlterSequenceOperation {
    return this.#record("alterSequence", [name, options]);
  }

  /**
   * Drops a sequence. Pass `definition` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropSequence("invoice_number", { ifExists: true });
   * // DROP SEQUENCE IF EXISTS "invoice_number"
   * ```
   */
  dropSequence(name: string, options: DropSequenceOptions = {}): DropSequenceOperation {
    return this.#record("dropSequence", [name, options]);
  }

  /**
   * Installs an extension.
   *
   * @example
   * ```ts
   * op.createExtension("pgcrypto", { ifNotExists: true, schema: "ext" });
   * // CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "ext"
   * ```
   */
  createExtension(name: string, options: CreateExtensionOptions = {}): CreateExtensionOperation {
    return this.#record("createExtension", [name, options]);
  }

  /**
   * Removes an extension.
   *
   * @example
   * ```ts
   * op.dropExtension("pgcrypto", { ifExists: true });
   * // DROP EXTENSION IF EXISTS "pgcrypto"
   * ```
   */
  dropExtension(name: string, options: DropExtensionOptions = {}): DropExtensionOperation {
    return this.#record("dropExtension", [name, options]);
  }

  /**
   * Sets or removes (`null`) a sequence's comment. Pass `existingComment` to make it reversible.
   *
   * @example
   * ```ts
   * op.setSequenceComment("invoice_number", "one per invoice", { schema: "billing" });
   * // COMMENT ON SEQUENCE "billing"."invoice_number" IS 'one per invoice'
   * ```
   */
  setSequenceComment(
    name: string,
    comment: string | null,
    options: SetSequenceCommentOptions = {},
  ): SetSequenceCommentOperation {
    return this.#record("setSequenceComment", [name, comment, options]);
  }

  /**
   * Sets or removes (`null`) a schema's comment. Pass `existingComment` to make it reversible.
   *
   * @example
   * ```ts
   * op.setSchemaComment("billing", "invoices and payments");
   * // COMMENT ON SCHEMA "billing" IS 'invoices and payments'
   * ```
   */
  setSchemaComment(
    name: string,
    comment: string | null,
    options: SetSchemaCommentOptions = {},
  ): SetSchemaCommentOperation {
    return this.#record("setSchemaComment", [name, comment, options]);
  }

  /**
   * Updates an installed extension to another version and/or moves its objects to another
   * schema. Pass `existing` to make it reversible.
   *
   * @example
   * ```ts
   * op.alterExtension("hstore", { version: "1.8", existing: { version: "1.7" } });
   * // ALTER EXTENSION "hstore" UPDATE TO '1.8'
   * ```
   */
  alterExtension(name: string, options: AlterExtensionOptions): AlterExtensionOperation {
    return this.#record("alterExtension", [name, options]);
  }

  /**
   * Sets (or with `null`, removes) a table's comment.
   *
   * @example
   * ```ts
   * op.setTableComment("account", "People who sign in");
   * // COMMENT ON TABLE "account" IS 'People who sign in'
   * ```
   */
  setTableComment(
    table: string,
    comment: string | null,
    options: SetCommentOptions = {},
  ): SetTableCommentOperation {
    return this.#record("setTableComment", [table, comment, options]);
  }

  /**
   * Sets (or with `null`, removes) an index's comment.
   *
   * @example
   * ```ts
   * op.setIndexComment("account_email_idx", "login lookups", { schema: "app" });
   * // COMMENT ON INDEX "app"."account_email_idx" IS 'login lookups'
   * ```
   */
  setIndexComment(
    name: string,
    comment: string | null,
    options: SetCommentOptions = {},
  ): SetIndexCommentOperation {
    return this.#record("setIndexComment", [name, comment, options]);
  }

  /**
   * Sets (or with `null`, removes) the comment of a table's constraint (primary key, unique,
   * check, foreign key or exclusion).
   *
   * @example
   * ```ts
   * op.setConstraintComment("account", "account_email_key", "one account per address");
   * // COMMENT ON CONSTRAINT "account_email_key" ON "account" IS 'one account per address'
   * ```
   */
  setConstraintComment(
    table: string,
    name: string,
    comment: string | null,
    options: SetCommentOptions = {},
  ): SetConstraintCommentOperation {
    return this.#record("setConstraintComment", [table, name, comment, options]);
  }

  /**
   * Sets (or with `null`, resets to the default) the statistics target of an index's expression
   * column, numbered from 1 as PostgreSQL counts the index's columns.
   *
   * @example
   * ```ts
   * op.setIndexStatistics("account_email_lower_idx", 1, 1000, { schema: "app" });
   * // ALTER INDEX "app"."account_email_lower_idx" ALTER COLUMN 1 SET STATISTICS 1000
   * ```
   */
  setIndexStatistics(
    name: string,
    column: number,
    statistics: number | null,
    options: SetIndexStatisticsOptions = {},
  ): SetIndexStatisticsOperation {
    return this.#record("setIndexStatistics", [name, column, statistics, options]);
  }

  /**
   * Sets (or with `null`, removes) a column's comment.
   *
   * @example
   * ```ts
   * op.setColumnComment("account", "email", null);
   * // COMMENT ON COLUMN "account"."email" IS NULL
   * ```
   */
  setColumnComment(
    table: string,
    column: string,
    comment: string | null,
    options: SetCommentOptions = {},
  ): SetColumnCommentOperation {
    return this.#record("setColumnComment", [table, column, comment, options]);
  }

  /**
   * Creates a view. `orReplace` replaces one of that name (PostgreSQL allows it when the query
   * keeps the old columns and only appends others); pass `replaces` (the view before) to make
   * that reversible.
   *
   * @example
   * ```ts
   * op.createView("post_summary", "select id, title from post", { securityBarrier: true });
   * // CREATE VIEW "post_summary" WITH (security_barrier = true) AS select id, title from post
   * op.createView("my_posts", "select id from post", { securityInvoker: true });
   * // CREATE VIEW "my_posts" WITH (security_invoker = true) AS select id from post
   * ```
   */
  createView(name: string, query: string, options: CreateViewOptions = {}): CreateViewOperation {
    return this.#record("createView", [name, query, options]);
  }

  /**
   * Drops a view. Pass `definition` (its query and options) to make it reversible.
   *
   * @example
   * ```ts
   * op.dropView("post_summary", { ifExists: true });
   * // DROP VIEW IF EXISTS "post_summary"
   * ```
   */
  dropView(name: string, options: DropViewOptions = {}): DropViewOperation {
    return this.#record("dropView", [name, options]);
  }

  /**
   * Creates a materialized view, populated unless `withData: false`. Its indexes are
   * `op.createIndex(name, view, ...)`.
   *
   * @example
   * ```ts
   * op.createMaterializedView("post_stats", "select author_id, count(*) as posts from post group by 1");
   * // CREATE MATERIALIZED VIEW "post_stats" AS select author_id, count(*) as posts from post group by 1
   * ```
   */
  createMaterializedView(
    name: string,
    query: string,
    options: CreateMaterializedViewOptions = {},
  ): CreateMaterializedViewOperation {
    return this.#record("createMaterializedView", [name, query, options]);
  }

  /**
   * Drops a materialized view. Pass `definition` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropMaterializedView("post_stats");
   * // DROP MATERIALIZED VIEW "post_stats"
   * ```
   */
  dropMaterializedView(
    name: string,
    options: DropMaterializedViewOptions = {},
  ): DropMaterializedViewOperation {
    return this.#record("dropMaterializedView", [name, options]);
  }

  /**
   * Computes a materialized view's rows again. Its reverse does nothing.
   *
   * @example
   * ```ts
   * op.refreshMaterializedView("post_stats", { concurrently: true });
   * // REFRESH MATERIALIZED VIEW CONCURRENTLY "post_stats"
   * ```
   */
  refreshMaterializedView(
    name: string,
    options: RefreshMaterializedViewOptions = {},
  ): RefreshMaterializedViewOperation {
    return this.#record("refreshMaterializedView", [name, options]);
  }

  /**
   * Renames a view (`materialized: true` for a materialized view).
   *
   * @example
   * ```ts
   * op.renameView("post_summary", "post_digest");
   * // ALTER VIEW "post_summary" RENAME TO "post_digest"
   * ```
   */
  renameView(name: string, newName: string, options: RenameViewOptions = {}): RenameViewOperation {
    return this.#record("renameView", [name, newName, options]);
  }

  /**
   * Sets or removes (`null`) a view's comment. Pass `existingComment` to make it reversible.
   *
   * @example
   * ```ts
   * op.setViewComment("post_summary", "one row per post");
   * // COMMENT ON VIEW "post_summary" IS 'one row per post'
   * ```
   */
  setViewComment(
    name: string,
    comment: string | null,
    options: SetViewCommentOptions = {},
  ): SetViewCommentOperation {
    return this.#record("setViewComment", [name, comment, options]);
  }

  /**
   * Runs raw SQL, with optional positional parameters bound to `$1..$n` (inlined as escaped
   * literals in `--sql` output). Irreversible.
   *
   * @example
   * ```ts
   * op.execute("UPDATE account SET name = $1 WHERE name IS NULL", ["anonymous"]);
   * // online:  UPDATE account SET name = $1 WHERE name IS NULL  -- params ["anonymous"]
   * // offline: UPDATE account SET name = 'anonymous' WHERE name IS NULL
   * ```
   */
  execute(
    sql: string,
    params?: readonly LiteralValue[],
    options: ExecuteOptions = {},
  ): ExecuteOperation {
    return this.#record("execute", [sql, params, options]);
  }

  /**
   * Inserts rows. The columns are the union of the rows' keys; a row without a key gets
   * `DEFAULT`. Irreversible.
   *
   * @example
   * ```ts
   * op.bulkInsert("account", [{ email: "a@example.com" }, { email: "b@example.com", name: "B" }]);
   * // INSERT INTO "account" ("email", "name") VALUES
   * //     ($1, DEFAULT),
   * //     ($2, $3)
   * ```
   */
  bulkInsert(
    table: string,
    rows: readonly Readonly<Record<string, LiteralValue>>[],
    options: SchemaOptions = {},
  ): BulkInsertOperation {
    return this.#record("bulkInsert", [table, rows, options]);
  }

  /**
   * Runs TypeScript with a Kysely instance bound to the migration's transaction. It cannot be
   * rendered offline (`--sql` fails on it); use `execute` for steps that must appear there.
   *
   * @example
   * ```ts
   * op.run(async ({ db }) => {
   *   await db.updateTable("account").set({ active: true }).execute();
   * });
   * ```
   */
  run(fn: (context: RunContext) => Promise<void> | void): RunOperation {
    return this.#record("run", [fn]);
  }

  /**
   * Creates a function, or with `procedure: true` a procedure. The body is sent verbatim between
   * dollar quotes whose tag does not occur in it. `orReplace` (with `replaced`, the definition
   * before, to be reversible) replaces one of the same signature and result.
   *
   * @example
   * ```ts
   * op.createFunction("touch", { arguments: "", returns: "trigger", language: "plpgsql",
   *   body: "begin new.updated_at := now(); return new; end" });
   * // CREATE FUNCTION "touch"() RETURNS trigger LANGUAGE "plpgsql"
   * //     AS $function$begin new.updated_at := now(); return new; end$function$
   * ```
   */
  createFunction(name: string, options: CreateFunctionOptions): CreateFunctionOperation {
    return this.#record("createFunction", [name, options]);
  }

  /**
   * Drops the function (or procedure) of these identity argument types. Pass `definition` to
   * make it reversible.
   *
   * @example
   * ```ts
   * op.dropFunction("add", "integer, integer", { schema: "app" });
   * // DROP FUNCTION "app"."add"(integer, integer)
   * ```
   */
  dropFunction(
    name: string,
    argumentTypes: string,
    options: DropFunctionOptions = {},
  ): DropFunctionOperation {
    return this.#record("dropFunction", [name, argumentTypes, options]);
  }

  /**
   * Renames the function (or procedure) of these identity argument types.
   *
   * @example
   * ```ts
   * op.renameFunction("add", "integer, integer", "sum2");
   * // ALTER FUNCTION "add"(integer, integer) RENAME TO "sum2"
   * ```
   */
  renameFunction(
    name: string,
    argumentTypes: string,
    newName: string,
    options: SchemaOptions & { procedure?: boolean | undefined } = {},
  ): RenameFunctionOperation {
    return this.#record("renameFunction", [name, argumentTypes, newName, options]);
  }

  /**
   * Sets (or with `null`, removes) a function's or procedure's comment.
   *
   * @example
   * ```ts
   * op.setFunctionComment("add", "integer, integer", "adds two numbers");
   * // COMMENT ON FUNCTION "add"(integer, integer) IS 'adds two numbers'
   * ```
   */
  setFunctionComment(
    name: string,
    argumentTypes: string,
    comment: string | null,
    options: SetFunctionCommentOptions = {},
  ): SetFunctionCommentOperation {
    return this.#record("setFunctionComment", [name, argumentTypes, comment, options]);
  }

  /**
   * Creates a trigger on a table.
   *
   * @example
   * ```ts
   * op.createTrigger("post", "post_touch", { timing: "before", events: ["update"],
   *   forEach: "row", function: { name: "touch" } });
   * // CREATE TRIGGER "post_touch" BEFORE UPDATE ON "post" FOR EACH ROW EXECUTE FUNCTION "touch"()
   * ```
   */
  createTrigger(
    table: string,
    name: string,
    options: CreateTriggerOptions,
  ): CreateTriggerOperation {
    return this.#record("createTrigger", [table, name, options]);
  }

  /**
   * Drops a trigger. Pass `definition` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropTrigger("post", "post_touch");
   * // DROP TRIGGER "post_touch" ON "post"
   * ```
   */
  dropTrigger(table: string, name: string, options: DropTriggerOptions = {}): DropTriggerOperation {
    return this.#record("dropTrigger", [table, name, options]);
  }

  /**
   * Sets (or with `null`, removes) a trigger's comment.
   *
   * @example
   * ```ts
   * op.setTriggerComment("post", "post_touch", "keeps updated_at");
   * // COMMENT ON TRIGGER "post_touch" ON "post" IS 'keeps updated_at'
   * ```
   */
  setTriggerComment(
    table: string,
    name: string,
    comment: string | null,
    options: SetCommentOptions = {},
  ): SetTriggerCommentOperation {
    return this.#record("setTriggerComment", [table, name, comment, options]);
  }

  /**
   * Creates a row-level security policy on a table. Without `to`, it applies to every role;
   * without `as` it is permissive, without `for` it covers every command.
   *
   * @example
   * ```ts
   * op.createPolicy("post", "own_posts", { for: "select", to: ["authenticated"],
   *   using: "author_id = auth.uid()" });
   * // CREATE POLICY "own_posts" ON "post" FOR SELECT TO "authenticated" USING (author_id = auth.uid())
   * ```
   */
  createPolicy(
    table: string,
    name: string,
    options: CreatePolicyOptions = {},
  ): CreatePolicyOperation {
    return this.#record("createPolicy", [table, name, options]);
  }

  /**
   * Drops a policy. Pass `definition` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropPolicy("post", "own_posts");
   * // DROP POLICY "own_posts" ON "post"
   * ```
   */
  dropPolicy(table: string, name: string, options: DropPolicyOptions = {}): DropPolicyOperation {
    return this.#record("dropPolicy", [table, name, options]);
  }

  /**
   * Changes a policy's roles, `USING` or `WITH CHECK` in place. Pass the `existing*` values to
   * make it reversible.
   *
   * @example
   * ```ts
   * op.alterPolicy("post", "own_posts", { to: ["authenticated", "admin"], existingTo: ["authenticated"] });
   * // ALTER POLICY "own_posts" ON "post" TO "authenticated", "admin"
   * ```
   */
  alterPolicy(table: string, name: string, options: AlterPolicyOptions): AlterPolicyOperation {
    return this.#record("alterPolicy", [table, name, options]);
  }

  /**
   * Renames a policy.
   *
   * @example
   * ```ts
   * op.renamePolicy("post", "own_posts", "read_own_posts");
   * // ALTER POLICY "own_posts" ON "post" RENAME TO "read_own_posts"
   * ```
   */
  renamePolicy(
    table: string,
    name: string,
    newName: string,
    options: SchemaOptions = {},
  ): RenamePolicyOperation {
    return this.#record("renamePolicy", [table, name, newName, options]);
  }

  /**
   * Sets (or with `null`, removes) a policy's comment.
   *
   * @example
   * ```ts
   * op.setPolicyComment("post", "own_posts", "authors read their drafts");
   * // COMMENT ON POLICY "own_posts" ON "post" IS 'authors read their drafts'
   * ```
   */
  setPolicyComment(
    table: string,
    name: string,
    comment: string | null,
    options: SetCommentOptions = {},
  ): SetPolicyCommentOperation {
    return this.#record("setPolicyComment", [table, name, comment, options]);
  }

  /**
   * Turns row-level security on: only rows a policy allows are visible (to roles other than the
   * owner, unless forced).
   *
   * @example
   * ```ts
   * op.enableRowSecurity("post");
   * // ALTER TABLE "post" ENABLE ROW LEVEL SECURITY
   * ```
   */
  enableRowSecurity(table: string, options: SchemaOptions = {}): EnableRowSecurityOperation {
    return this.#record("enableRowSecurity", [table, options]);
  }

  /**
   * Turns row-level security off (the policies stay, unused).
   *
   * @example
   * ```ts
   * op.disableRowSecurity("post");
   * // ALTER TABLE "post" DISABLE ROW LEVEL SECURITY
   * ```
   */
  disableRowSecurity(table: string, options: SchemaOptions = {}): DisableRowSecurityOperation {
    return this.#record("disableRowSecurity", [table, options]);
  }

  /**
   * Holds the table's owner to its policies too.
   *
   * @example
   * ```ts
   * op.forceRowSecurity("post");
   * // ALTER TABLE "post" FORCE ROW LEVEL SECURITY
   * ```
   */
  forceRowSecurity(table: string, options: SchemaOptions = {}): ForceRowSecurityOperation {
    return this.#record("forceRowSecurity", [table, options]);
  }

  /**
   * Lets the table's owner past its policies again.
   *
   * @example
   * ```ts
   * op.noForceRowSecurity("post");
   * // ALTER TABLE "post" NO FORCE ROW LEVEL SECURITY
   * ```
   */
  noForceRowSecurity(table: string, options: SchemaOptions = {}): NoForceRowSecurityOperation {
    return this.#record("noForceRowSecurity", [table, options]);
  }

  /**
   * Grants privileges on a table (or some of its columns), sequence, schema or routine to
   * roles (`"public"` is everyone). Reversed by the same `revoke`.
   *
   * @example
   * ```ts
   * op.grant({ type: "table", schema: "app", name: "account" }, ["select"], ["reader"]);
   * // GRANT SELECT ON TABLE "app"."account" TO "reader"
   * ```
   */
  grant(
    on: PrivilegeObject,
    privileges: readonly string[],
    roles: readonly string[],
    options: PrivilegeOptions = {},
  ): GrantOperation {
    return this.#record("grant", [on, privileges, roles, options]);
  }

  /**
   * Revokes privileges (with `grantOptionOnly`, only their grant option). Pass
   * `withGrantOption` when the roles held it, so the reverse grants it back.
   *
   * @example
   * ```ts
   * op.revoke({ type: "sequence", name: "ticket_no" }, ["usage"], ["reader"]);
   * // REVOKE USAGE ON SEQUENCE "ticket_no" FROM "reader"
   * ```
   */
  revoke(
    on: PrivilegeObject,
    privileges: readonly string[],
    roles: readonly string[],
    options: PrivilegeOptions = {},
  ): RevokeOperation {
    return this.#record("revoke", [on, privileges, roles, options]);
  }

  /**
   * Grants privileges on the objects a role creates from now on.
   *
   * @example
   * ```ts
   * op.grantDefaultPrivileges("tables", ["select"], ["reader"], { forRole: "app", inSchema: "app" });
   * // ALTER DEFAULT PRIVILEGES FOR ROLE "app" IN SCHEMA "app" GRANT SELECT ON TABLES TO "reader"
   * ```
   */
  grantDefaultPrivileges(
    on: DefaultPrivilegeObjects,
    privileges: readonly string[],
    roles: readonly string[],
    options: DefaultPrivilegeOptions = {},
  ): GrantDefaultPrivilegesOperation {
    return this.#record("grantDefaultPrivileges", [on, privileges, roles, options]);
  }

  /**
   * Revokes default privileges granted by `grantDefaultPrivileges`.
   *
   * @example
   * ```ts
   * op.revokeDefaultPrivileges("tables", ["select"], ["reader"], { forRole: "app" });
   * // ALTER DEFAULT PRIVILEGES FOR ROLE "app" REVOKE SELECT ON TABLES FROM "reader"
   * ```
   */
  revokeDefaultPrivileges(
    on: DefaultPrivilegeObjects,
    privileges: readonly string[],
    roles: readonly string[],
    options: DefaultPrivilegeOptions = {},
  ): RevokeDefaultPrivilegesOperation {
    return this.#record("revokeDefaultPrivileges", [on, privileges, roles, options]);
  }

  /**
   * Attaches an existing table as a partition of a partitioned table. The table needs the
   * parent's columns; PostgreSQL scans it to prove every row fits the bound (a `CHECK`
   * constraint with the same condition, added and validated beforehand, spares the scan) and
   * attaches or builds the partition's copies of the parent's indexes and keys.
   *
   * @example
   * ```ts
   * op.attachPartition("measurement", "measurement_2025", "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
   * // ALTER TABLE "measurement" ATTACH PARTITION "measurement_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
   * ```
   */
  attachPartition(
    table: string,
    partition: string,
    bound: string,
    options: AttachPartitionOptions = {},
  ): AttachPartitionOperation {
    return this.#record("attachPartition", [table, partition, bound, options]);
  }

  /**
   * Detaches a partition: it stays as a plain table with its rows, which the partitioned table
   * no longer shows. Pass `bound` so that `down` can attach it again.
   *
   * @example
   * ```ts
   * op.detachPartition("measurement", "measurement_2024", { bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')" });
   * // ALTER TABLE "measurement" DETACH PARTITION "measurement_2024"
   * ```
   */
  detachPartition(
    table: string,
    partition: string,
    options: DetachPartitionOptions = {},
  ): DetachPartitionOperation {
    return this.#record("detachPartition", [table, partition, options]);
  }

  /**
   * Creates a domain: a type with constraints (`checks` are SQL over `VALUE`).
   *
   * @example
   * ```ts
   * op.createDomain("positive_int", "integer", { notNull: true, checks: [{ name: "positive", expression: "VALUE > 0" }] });
   * // CREATE DOMAIN "positive_int" AS integer NOT NULL CONSTRAINT "positive" CHECK (VALUE > 0)
   * ```
   */
  createDomain(
    name: string,
    type: ColumnType,
    options: CreateDomainOptions = {},
  ): CreateDomainOperation {
    return this.#record("createDomain", [name, type, options]);
  }

  /**
   * Drops a domain. Pass `definition` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropDomain("positive_int", { definition: { type: "integer" } });
   * // DROP DOMAIN "positive_int"
   * ```
   */
  dropDomain(name: string, options: DropDomainOptions = {}): DropDomainOperation {
    return this.#record("dropDomain", [name, options]);
  }

  /**
   * Changes a domain's default (`null` drops it) or `NOT NULL`. Pass `existingDefault` to make a
   * default change reversible.
   *
   * @example
   * ```ts
   * op.alterDomain("positive_int", { default: "1", notNull: false });
   * // ALTER DOMAIN "positive_int" SET DEFAULT 1; ALTER DOMAIN "positive_int" DROP NOT NULL
   * ```
   */
  alterDomain(name: string, options: AlterDomainOptions): AlterDomainOperation {
    return this.#record("alterDomain", [name, options]);
  }

  /**
   * Adds a `CHECK` to a domain; `notValid` skips existing values until validated.
   *
   * @example
   * ```ts
   * op.addDomainCheck("positive_int", "small", "VALUE < 1000");
   * // ALTER DOMAIN "positive_int" ADD CONSTRAINT "small" CHECK (VALUE < 1000)
   * ```
   */
  addDomainCheck(
    name: string,
    constraint: string,
    expression: string,
    options: AddDomainCheckOptions = {},
  ): AddDomainCheckOperation {
    return this.#record("addDomainCheck", [name, constraint, expression, options]);
  }

  /**
   * Drops a domain's constraint. Pass `expression` (the check) to make it reversible.
   *
   * @example
   * ```ts
   * op.dropDomainConstraint("positive_int", "small", { expression: "VALUE < 1000" });
   * // ALTER DOMAIN "positive_int" DROP CONSTRAINT "small"
   * ```
   */
  dropDomainConstraint(
    name: string,
    constraint: string,
    options: DropDomainConstraintOptions = {},
  ): DropDomainConstraintOperation {
    return this.#record("dropDomainConstraint", [name, constraint, options]);
  }

  /**
   * Checks the existing values against a constraint added `notValid`.
   *
   * @example
   * ```ts
   * op.validateDomainConstraint("positive_int", "small");
   * // ALTER DOMAIN "positive_int" VALIDATE CONSTRAINT "small"
   * ```
   */
  validateDomainConstraint(
    name: string,
    constraint: string,
    options: SchemaOptions = {},
  ): ValidateDomainConstraintOperation {
    return this.#record("validateDomainConstraint", [name, constraint, options]);
  }

  /**
   * Creates a composite type.
   *
   * @example
   * ```ts
   * op.createCompositeType("address", [{ name: "street", type: "text" }, { name: "zip", type: "text" }]);
   * // CREATE TYPE "address" AS ("street" text, "zip" text)
   * ```
   */
  createCompositeType(
    name: string,
    attributes: readonly TypeAttribute[],
    options: CreateCompositeTypeOptions = {},
  ): CreateCompositeTypeOperation {
    return this.#record("createCompositeType", [name, attributes, options]);
  }

  /**
   * Drops a composite type. Pass `attributes` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropCompositeType("address", { attributes: [{ name: "street", type: "text" }] });
   * // DROP TYPE "address"
   * ```
   */
  dropCompositeType(
    name: string,
    options: DropCompositeTypeOptions = {},
  ): DropCompositeTypeOperation {
    return this.#record("dropCompositeType", [name, options]);
  }

  /**
   * Adds an attribute to a composite type.
   *
   * @example
   * ```ts
   * op.addTypeAttribute("address", { name: "city", type: "text" });
   * // ALTER TYPE "address" ADD ATTRIBUTE "city" text
   * ```
   */
  addTypeAttribute(
    name: string,
    attribute: TypeAttribute,
    options: SchemaOptions = {},
  ): AddTypeAttributeOperation {
    return this.#record("addTypeAttribute", [name, attribute, options]);
  }

  /**
   * Drops an attribute of a composite type. Pass `existing` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropTypeAttribute("address", "city", { existing: { name: "city", type: "text" } });
   * // ALTER TYPE "address" DROP ATTRIBUTE "city"
   * ```
   */
  dropTypeAttribute(
    name: string,
    attribute: string,
    options: DropTypeAttributeOptions = {},
  ): DropTypeAttributeOperation {
    return this.#record("dropTypeAttribute", [name, attribute, options]);
  }

  /**
   * Renames an attribute of a composite type.
   *
   * @example
   * ```ts
   * op.renameTypeAttribute("address", "zip", "postcode");
   * // ALTER TYPE "address" RENAME ATTRIBUTE "zip" TO "postcode"
   * ```
   */
  renameTypeAttribute(
    name: string,
    attribute: string,
    newName: string,
    options: SchemaOptions = {},
  ): RenameTypeAttributeOperation {
    return this.#record("renameTypeAttribute", [name, attribute, newName, options]);
  }

  /**
   * Changes the type of a composite type's attribute. Pass `existingType` to make it reversible.
   *
   * @example
   * ```ts
   * op.alterTypeAttribute("address", "zip", "varchar(10)", { existingType: "text" });
   * // ALTER TYPE "address" ALTER ATTRIBUTE "zip" TYPE varchar(10)
   * ```
   */
  alterTypeAttribute(
    name: string,
    attribute: string,
    type: ColumnType,
    options: AlterTypeAttributeOptions = {},
  ): AlterTypeAttributeOperation {
    return this.#record("alterTypeAttribute", [name, attribute, type, options]);
  }

  /**
   * Creates a range type over `subtype`.
   *
   * @example
   * ```ts
   * op.createRangeType("float_range", "double precision", { subtypeDiff: { schema: "pg_catalog", name: "float8mi" } });
   * // CREATE TYPE "float_range" AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = "pg_catalog"."float8mi")
   * ```
   */
  createRangeType(
    name: string,
    subtype: ColumnType,
    options: CreateRangeTypeOptions = {},
  ): CreateRangeTypeOperation {
    return this.#record("createRangeType", [name, subtype, options]);
  }

  /**
   * Drops a range type (and its multirange). Pass `definition` to make it reversible.
   *
   * @example
   * ```ts
   * op.dropRangeType("float_range", { definition: { subtype: "double precision" } });
   * // DROP TYPE "float_range"
   * ```
   */
  dropRangeType(name: string, options: DropRangeTypeOptions = {}): DropRangeTypeOperation {
    return this.#record("dropRangeType", [name, options]);
  }

  /**
   * Renames a composite type, a range type or (with `domain: true`) a domain.
   *
   * @example
   * ```ts
   * op.renameType("address", "postal_address");
   * // ALTER TYPE "address" RENAME TO "postal_address"
   * ```
   */
  renameType(name: string, newName: string, options: RenameTypeOptions = {}): RenameTypeOperation {
    return this.#record("renameType", [name, newName, options]);
  }

  /**
   * Sets (or with `null`, removes) the comment of a type or (with `domain: true`) a domain.
   *
   * @example
   * ```ts
   * op.setTypeComment("address", "where we ship");
   * // COMMENT ON TYPE "address" IS 'where we ship'
   * ```
   */
  setTypeComment(
    name: string,
    comment: string | null,
    options: SetTypeCommentOptions = {},
  ): SetTypeCommentOperation {
    return this.#record("setTypeComment", [name, comment, options]);
  }
}
