import { BadOperationError } from "./bad-operation-error";
import type {
  CollationName,
  ColumnDefault,
  ColumnDefinition,
  ColumnReference,
  ColumnType,
  ForeignKeyMatch,
  IdentityDefinition,
  IdentityGeneration,
  LiteralValue,
  ReferentialAction,
  SequenceNumber,
} from "./column-definition";
import type {
  CheckDefinition,
  Deferrability,
  ExclusionDefinition,
  ExclusionElement,
  ForeignKeyDefinition,
  IndexElement,
  PrimaryKeyDefinition,
  UniqueDefinition,
} from "./constraint-definition";
import { defineOperation } from "./define-operation";
import type {
  AddCheckOperation,
  AddColumnOperation,
  AddConstraintOperation,
  AddEnumValueOperation,
  AddExclusionOperation,
  AddForeignKeyOperation,
  AddPrimaryKeyOperation,
  AddUniqueOperation,
  AlterColumnOperation,
  AlterSequenceOperation,
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
  RenameColumnOperation,
  RenameConstraintOperation,
  RenameEnumOperation,
  RenameEnumValueOperation,
  RenameIndexOperation,
  RenameSchemaOperation,
  RenameTableOperation,
  RunContext,
  RunOperation,
  SequenceDefinition,
  SetColumnCommentOperation,
  SetTableCommentOperation,
  ValidateConstraintOperation,
} from "./operation";

/** A column as a migration writes it: a {@link ColumnDefinition} without its name, with shorthands. */
export interface ColumnInput {
  readonly type: ColumnType;
  /** Default is `true`. */
  readonly nullable?: boolean | undefined;
  /** `{ sql: "now()" }` for an expression, anything else is a literal. */
  readonly default?: ColumnDefault | undefined;
  /** `"always"`, `"byDefault"`, or a definition with sequence options. */
  readonly identity?: IdentityGeneration | IdentityDefinition | undefined;
  /** `GENERATED ALWAYS AS (expression) STORED`. */
  readonly generated?: string | { readonly expression: string } | undefined;
  readonly primaryKey?: boolean | undefined;
  readonly unique?: boolean | undefined;
  readonly references?: ColumnReference | undefined;
  readonly comment?: string | undefined;
  readonly collation?: CollationName | undefined;
}

/** Options of every operation on an object that lives in a schema. */
export interface SchemaOptions {
  /** Omitted: unqualified, resolved by `search_path`. */
  readonly schema?: string | undefined;
}

/** Options of {@link Operations.createTable}. */
export interface CreateTableOptions extends SchemaOptions {
  /** Column name to column, in table order. */
  readonly columns: Readonly<Record<string, ColumnInput>>;
  /** The primary key columns, or a definition; or mark columns with `primaryKey: true`. */
  readonly primaryKey?: readonly string[] | PrimaryKeyDefinition | undefined;
  readonly uniques?: readonly (readonly string[] | UniqueDefinition)[] | undefined;
  /** Check expressions, or definitions with a name. */
  readonly checks?: readonly (string | CheckDefinition)[] | undefined;
  readonly foreignKeys?: readonly ForeignKeyDefinition[] | undefined;
  readonly exclusions?: readonly ExclusionDefinition[] | undefined;
  readonly comment?: string | undefined;
  readonly ifNotExists?: boolean | undefined;
  /**
   * Makes it a partitioned table: the text after `PARTITION BY`, such as `RANGE (created_at)`,
   * `LIST (region)` or `HASH (id)`. Partitions are tables attached with
   * `op.execute("ALTER TABLE ... ATTACH PARTITION ...")`.
   */
  readonly partitionBy?: string | undefined;
}

/** Options of {@link Operations.dropTable}. */
export interface DropTableOptions extends SchemaOptions {
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  /** The table as it was, so the drop can be reversed. */
  readonly definition?: CreateTableOperation | undefined;
}

/** Options of {@link Operations.addColumn}. */
export interface AddColumnOptions extends SchemaOptions {
  readonly ifNotExists?: boolean | undefined;
}

/** Options of {@link Operations.dropColumn}. */
export interface DropColumnOptions extends SchemaOptions {
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  /** The column as it was, so the drop can be reversed. */
  readonly definition?: ColumnInput | undefined;
}

/** Changes of {@link Operations.alterColumn}; see {@link AlterColumnOperation}. */
export interface AlterColumnOptions extends SchemaOptions {
  readonly type?: ColumnType | undefined;
  readonly using?: string | undefined;
  readonly nullable?: boolean | undefined;
  /** A value sets the default, `null` drops it. */
  readonly default?: ColumnDefault | undefined;
  /** A generation or definition adds (or with `existingIdentity`, changes) identity; `null` drops it. */
  readonly identity?: IdentityGeneration | IdentityDefinition | null | undefined;
  readonly comment?: string | null | undefined;
  readonly collation?: CollationName | undefined;
  readonly existingType?: ColumnType | undefined;
  readonly existingNullable?: boolean | undefined;
  readonly existingDefault?: ColumnDefault | undefined;
  readonly existingIdentity?: IdentityGeneration | IdentityDefinition | null | undefined;
  readonly existingComment?: string | null | undefined;
  readonly existingCollation?: CollationName | undefined;
}

/** Options of {@link Operations.createIndex}. */
export interface CreateIndexOptions extends SchemaOptions {
  readonly unique?: boolean | undefined;
  readonly method?: string | undefined;
  readonly include?: readonly string[] | undefined;
  readonly where?: string | undefined;
  readonly concurrently?: boolean | undefined;
  readonly ifNotExists?: boolean | undefined;
  readonly nullsNotDistinct?: boolean | undefined;
}

/** Options of {@link Operations.dropIndex}. */
export interface DropIndexOptions extends SchemaOptions {
  readonly concurrently?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: CreateIndexOperation | undefined;
}

/** Options of {@link Operations.addPrimaryKey}. */
export interface AddPrimaryKeyOptions extends SchemaOptions, Deferrability {
  readonly include?: readonly string[] | undefined;
}

/** Options of {@link Operations.addUnique}. */
export interface AddUniqueOptions extends AddPrimaryKeyOptions {
  readonly nullsNotDistinct?: boolean | undefined;
}

/** Options of {@link Operations.addCheck}. */
export interface AddCheckOptions extends SchemaOptions {
  readonly noInherit?: boolean | undefined;
  readonly notValid?: boolean | undefined;
}

/** Options of {@link Operations.addForeignKey}. */
export interface AddForeignKeyOptions extends SchemaOptions, Deferrability {
  /** The referenced table's schema. Omitted: unqualified. */
  readonly referencedSchema?: string | undefined;
  readonly onDelete?: ReferentialAction | undefined;
  readonly onUpdate?: ReferentialAction | undefined;
  readonly match?: ForeignKeyMatch | undefined;
  readonly notValid?: boolean | undefined;
}

/** Options of {@link Operations.addExclusion}. */
export interface AddExclusionOptions extends SchemaOptions, Deferrability {
  readonly method?: string | undefined;
  readonly include?: readonly string[] | undefined;
  readonly where?: string | undefined;
}

/** Options of {@link Operations.dropConstraint}. */
export interface DropConstraintOptions extends SchemaOptions {
  readonly cascade?: boolean | undefined;
  readonly ifExists?: boolean | undefined;
  readonly definition?: AddConstraintOperation | undefined;
}

/** Options of {@link Operations.createSequence}. */
export interface CreateSequenceOptions extends SchemaOptions, SequenceDefinition {
  readonly ifNotExists?: boolean | undefined;
}

/** Options of {@link Operations.alterSequence}. */
export interface AlterSequenceOptions extends SchemaOptions, SequenceDefinition {
  readonly restart?: true | SequenceNumber | undefined;
  readonly existing?: SequenceDefinition | undefined;
}

const sequenceKeys = [
  "as",
  "increment",
  "minValue",
  "maxValue",
  "start",
  "cache",
  "cycle",
  "ownedBy",
];
const deferrableKeys = ["deferrable", "initiallyDeferred"];
const columnKeys = [
  "type",
  "nullable",
  "default",
  "identity",
  "generated",
  "primaryKey",
  "unique",
  "references",
  "comment",
  "collation",
];

function toIdentity(
  value: IdentityGeneration | IdentityDefinition | null | undefined,
): IdentityDefinition | null | undefined {
  if (value === "always" || value === "byDefault") return { generation: value };
  return value;
}

function toIndexElement(element: string | IndexElement): IndexElement {
  return typeof element === "string" ? { column: element } : element;
}

function toColumn(name: string, input: ColumnInput): ColumnDefinition {
  const identity = toIdentity(input.identity) ?? undefined;
  return {
    ...input,
    name,
    identity,
    generated:
      typeof input.generated === "string" ? { expression: input.generated } : input.generated,
  };
}

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
export class Operations {
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

  // Rejects misspelled option names (`nulable`), which would otherwise be silently ignored.
  #checkKeys(where: string, value: unknown, allowed: readonly string[]): void {
    if (value === undefined) return;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new BadOperationError(`${where} must be an object.`);
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        throw new BadOperationError(`${where} has an unknown option "${key}".`, {
          hint: `the options are: ${allowed.join(", ")}`,
        });
      }
    }
  }

  #column(where: string, name: string, input: ColumnInput): ColumnDefinition {
    this.#checkKeys(`${where} column "${name}"`, input, columnKeys);
    if (input === undefined)
      throw new BadOperationError(`${where}: column "${name}" needs a definition.`);
    return toColumn(name, input);
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
    const where = `op.createTable(${JSON.stringify(table)})`;
    this.#checkKeys(where, options, [
      "schema",
      "columns",
      "primaryKey",
      "uniques",
      "checks",
      "foreignKeys",
      "exclusions",
      "comment",
      "ifNotExists",
      "partitionBy",
    ]);
    const columnInputs = options?.columns;
    if (
      typeof columnInputs !== "object" ||
      columnInputs === null ||
      Object.keys(columnInputs).length === 0
    ) {
      throw new BadOperationError(`${where}: a table needs at least one column.`, {
        hint: 'pass columns: { id: { type: "bigint", identity: "always", primaryKey: true } }',
      });
    }
    const primaryKey = options.primaryKey;
    return this.add<CreateTableOperation>({
      kind: "createTable",
      schema: options.schema,
      table,
      columns: Object.entries(columnInputs).map(([name, input]) =>
        this.#column(where, name, input),
      ),
      primaryKey: Array.isArray(primaryKey)
        ? { columns: primaryKey as readonly string[] }
        : (primaryKey as PrimaryKeyDefinition | undefined),
      uniques: options.uniques?.map((unique) =>
        Array.isArray(unique)
          ? { columns: unique as readonly string[] }
          : (unique as UniqueDefinition),
      ),
      checks: options.checks?.map(
        (check): CheckDefinition => (typeof check === "string" ? { expression: check } : check),
      ),
      foreignKeys: options.foreignKeys,
      exclusions: options.exclusions,
      comment: options.comment,
      ifNotExists: options.ifNotExists,
      partitionBy: options.partitionBy,
    });
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
    this.#checkKeys(`op.dropTable(${JSON.stringify(table)})`, options, [
      "schema",
      "cascade",
      "ifExists",
      "definition",
    ]);
    return this.add<DropTableOperation>({ kind: "dropTable", table, ...options });
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
    this.#checkKeys(`op.renameTable(${JSON.stringify(table)})`, options, ["schema"]);
    return this.add<RenameTableOperation>({
      kind: "renameTable",
      schema: options.schema,
      table,
      newName,
    });
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
    const where = `op.addColumn(${JSON.stringify(table)}, ${JSON.stringify(column)})`;
    this.#checkKeys(where, options, ["schema", "ifNotExists"]);
    return this.add<AddColumnOperation>({
      kind: "addColumn",
      schema: options.schema,
      table,
      column: this.#column(where, column, input),
      ifNotExists: options.ifNotExists,
    });
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
    const where = `op.dropColumn(${JSON.stringify(table)}, ${JSON.stringify(column)})`;
    this.#checkKeys(where, options, ["schema", "cascade", "ifExists", "definition"]);
    return this.add<DropColumnOperation>({
      kind: "dropColumn",
      schema: options.schema,
      table,
      column,
      cascade: options.cascade,
      ifExists: options.ifExists,
      definition:
        options.definition === undefined
          ? undefined
          : this.#column(where, column, options.definition),
    });
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
    this.#checkKeys(
      `op.renameColumn(${JSON.stringify(table)}, ${JSON.stringify(column)})`,
      options,
      ["schema"],
    );
    return this.add<RenameColumnOperation>({
      kind: "renameColumn",
      schema: options.schema,
      table,
      column,
      newName,
    });
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
    this.#checkKeys(
      `op.alterColumn(${JSON.stringify(table)}, ${JSON.stringify(column)})`,
      changes,
      [
        "schema",
        "type",
        "using",
        "nullable",
        "default",
        "identity",
        "comment",
        "collation",
        "existingType",
        "existingNullable",
        "existingDefault",
        "existingIdentity",
        "existingComment",
        "existingCollation",
      ],
    );
    return this.add<AlterColumnOperation>({
      kind: "alterColumn",
      ...changes,
      table,
      column,
      identity: toIdentity(changes?.identity),
      existingIdentity: toIdentity(changes?.existingIdentity),
    });
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
    this.#checkKeys(`op.createIndex(${JSON.stringify(name)}, ${JSON.stringify(table)})`, options, [
      "schema",
      "unique",
      "method",
      "include",
      "where",
      "concurrently",
      "ifNotExists",
      "nullsNotDistinct",
    ]);
    if (!Array.isArray(elements)) {
      throw new BadOperationError(
        `op.createIndex(${JSON.stringify(name)}, ${JSON.stringify(table)}): columns must be an array.`,
      );
    }
    return this.add<CreateIndexOperation>({
      kind: "createIndex",
      schema: options.schema,
      name,
      table,
      elements: elements.map(toIndexElement),
      unique: options.unique,
      method: options.method,
      include: options.include,
      where: options.where,
      concurrently: options.concurrently,
      ifNotExists: options.ifNotExists,
      nullsNotDistinct: options.nullsNotDistinct,
    });
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
    this.#checkKeys(`op.dropIndex(${JSON.stringify(name)})`, options, [
      "schema",
      "concurrently",
      "ifExists",
      "cascade",
      "definition",
    ]);
    return this.add<DropIndexOperation>({ kind: "dropIndex", name, ...options });
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
    this.#checkKeys(`op.renameIndex(${JSON.stringify(name)})`, options, ["schema"]);
    return this.add<RenameIndexOperation>({
      kind: "renameIndex",
      schema: options.schema,
      name,
      newName,
    });
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
    this.#checkKeys(
      `op.addPrimaryKey(${JSON.stringify(name)}, ${JSON.stringify(table)})`,
      options,
      ["schema", "include", ...deferrableKeys],
    );
    return this.add<AddPrimaryKeyOperation>({
      kind: "addPrimaryKey",
      name,
      table,
      columns,
      ...options,
    });
  }

  /**
   * Adds a unique constraint.
   *
   * @example
   * ```ts
   * op.addUnique("account_email_key", "account", ["email"], { nullsNotDistinct: true });
   * // ALTER TABLE "account" ADD CONSTRAINT "account_email_key" UNIQUE NULLS NOT DISTINCT ("email")
   * ```
   */
  addUnique(
    name: string,
    table: string,
    columns: readonly string[],
    options: AddUniqueOptions = {},
  ): AddUniqueOperation {
    this.#checkKeys(`op.addUnique(${JSON.stringify(name)}, ${JSON.stringify(table)})`, options, [
      "schema",
      "include",
      "nullsNotDistinct",
      ...deferrableKeys,
    ]);
    return this.add<AddUniqueOperation>({ kind: "addUnique", name, table, columns, ...options });
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
    this.#checkKeys(`op.addCheck(${JSON.stringify(name)}, ${JSON.stringify(table)})`, options, [
      "schema",
      "noInherit",
      "notValid",
    ]);
    return this.add<AddCheckOperation>({ kind: "addCheck", name, table, expression, ...options });
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
    this.#checkKeys(
      `op.addForeignKey(${JSON.stringify(name)}, ${JSON.stringify(table)})`,
      options,
      [
        "schema",
        "referencedSchema",
        "onDelete",
        "onUpdate",
        "match",
        "notValid",
        ...deferrableKeys,
      ],
    );
    const { referencedSchema, ...rest } = options;
    return this.add<AddForeignKeyOperation>({
      kind: "addForeignKey",
      name,
      table,
      columns,
      references: { schema: referencedSchema, table: referencedTable, columns: referencedColumns },
      ...rest,
    });
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
    this.#checkKeys(`op.addExclusion(${JSON.stringify(name)}, ${JSON.stringify(table)})`, options, [
      "schema",
      "method",
      "include",
      "where",
      ...deferrableKeys,
    ]);
    return this.add<AddExclusionOperation>({
      kind: "addExclusion",
      name,
      table,
      elements,
      ...options,
    });
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
    this.#checkKeys(
      `op.dropConstraint(${JSON.stringify(name)}, ${JSON.stringify(table)})`,
      options,
      ["schema", "cascade", "ifExists", "definition"],
    );
    return this.add<DropConstraintOperation>({ kind: "dropConstraint", name, table, ...options });
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
    this.#checkKeys(`op.validateConstraint(${JSON.stringify(name)})`, options, ["schema"]);
    return this.add<ValidateConstraintOperation>({
      kind: "validateConstraint",
      schema: options.schema,
      name,
      table,
    });
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
    this.#checkKeys(`op.renameConstraint(${JSON.stringify(name)})`, options, ["schema"]);
    return this.add<RenameConstraintOperation>({
      kind: "renameConstraint",
      schema: options.schema,
      name,
      table,
      newName,
    });
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
  createSchema(
    name: string,
    options: { readonly ifNotExists?: boolean; readonly authorization?: string } = {},
  ): CreateSchemaOperation {
    this.#checkKeys(`op.createSchema(${JSON.stringify(name)})`, options, [
      "ifNotExists",
      "authorization",
    ]);
    return this.add<CreateSchemaOperation>({ kind: "createSchema", name, ...options });
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
  dropSchema(
    name: string,
    options: {
      readonly cascade?: boolean;
      readonly ifExists?: boolean;
      readonly authorization?: string;
    } = {},
  ): DropSchemaOperation {
    this.#checkKeys(`op.dropSchema(${JSON.stringify(name)})`, options, [
      "cascade",
      "ifExists",
      "authorization",
    ]);
    return this.add<DropSchemaOperation>({ kind: "dropSchema", name, ...options });
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
    return this.add<RenameSchemaOperation>({ kind: "renameSchema", name, newName });
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
    this.#checkKeys(`op.createEnum(${JSON.stringify(name)})`, options, ["schema"]);
    return this.add<CreateEnumOperation>({
      kind: "createEnum",
      schema: options.schema,
      name,
      values,
    });
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
    options: SchemaOptions & {
      readonly before?: string;
      readonly after?: string;
      readonly ifNotExists?: boolean;
    } = {},
  ): AddEnumValueOperation {
    this.#checkKeys(`op.addEnumValue(${JSON.stringify(name)})`, options, [
      "schema",
      "before",
      "after",
      "ifNotExists",
    ]);
    return this.add<AddEnumValueOperation>({ kind: "addEnumValue", name, value, ...options });
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
    this.#checkKeys(`op.renameEnumValue(${JSON.stringify(name)})`, options, ["schema"]);
    return this.add<RenameEnumValueOperation>({
      kind: "renameEnumValue",
      schema: options.schema,
      name,
      value,
      newValue,
    });
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
    this.#checkKeys(`op.renameEnum(${JSON.stringify(name)})`, options, ["schema"]);
    return this.add<RenameEnumOperation>({
      kind: "renameEnum",
      schema: options.schema,
      name,
      newName,
    });
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
  dropEnum(
    name: string,
    options: SchemaOptions & {
      readonly ifExists?: boolean;
      readonly cascade?: boolean;
      readonly values?: readonly string[];
    } = {},
  ): DropEnumOperation {
    this.#checkKeys(`op.dropEnum(${JSON.stringify(name)})`, options, [
      "schema",
      "ifExists",
      "cascade",
      "values",
    ]);
    return this.add<DropEnumOperation>({ kind: "dropEnum", name, ...options });
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
    this.#checkKeys(`op.createSequence(${JSON.stringify(name)})`, options, [
      "schema",
      "ifNotExists",
      ...sequenceKeys,
    ]);
    return this.add<CreateSequenceOperation>({ kind: "createSequence", name, ...options });
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
    this.#checkKeys(`op.alterSequence(${JSON.stringify(name)})`, options, [
      "schema",
      "restart",
      "existing",
      ...sequenceKeys,
    ]);
    return this.add<AlterSequenceOperation>({ kind: "alterSequence", name, ...options });
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
  dropSequence(
    name: string,
    options: SchemaOptions & {
      readonly ifExists?: boolean;
      readonly cascade?: boolean;
      readonly definition?: CreateSequenceOperation;
    } = {},
  ): DropSequenceOperation {
    this.#checkKeys(`op.dropSequence(${JSON.stringify(name)})`, options, [
      "schema",
      "ifExists",
      "cascade",
      "definition",
    ]);
    return this.add<DropSequenceOperation>({ kind: "dropSequence", name, ...options });
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
  createExtension(
    name: string,
    options: SchemaOptions & {
      readonly version?: string;
      readonly ifNotExists?: boolean;
      readonly cascade?: boolean;
    } = {},
  ): CreateExtensionOperation {
    this.#checkKeys(`op.createExtension(${JSON.stringify(name)})`, options, [
      "schema",
      "version",
      "ifNotExists",
      "cascade",
    ]);
    return this.add<CreateExtensionOperation>({ kind: "createExtension", name, ...options });
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
  dropExtension(
    name: string,
    options: SchemaOptions & {
      readonly ifExists?: boolean;
      readonly cascade?: boolean;
      readonly version?: string;
    } = {},
  ): DropExtensionOperation {
    this.#checkKeys(`op.dropExtension(${JSON.stringify(name)})`, options, [
      "schema",
      "version",
      "ifExists",
      "cascade",
    ]);
    return this.add<DropExtensionOperation>({ kind: "dropExtension", name, ...options });
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
    options: SchemaOptions & { readonly existingComment?: string | null } = {},
  ): SetTableCommentOperation {
    this.#checkKeys(`op.setTableComment(${JSON.stringify(table)})`, options, [
      "schema",
      "existingComment",
    ]);
    return this.add<SetTableCommentOperation>({
      kind: "setTableComment",
      table,
      comment,
      ...options,
    });
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
    options: SchemaOptions & { readonly existingComment?: string | null } = {},
  ): SetColumnCommentOperation {
    this.#checkKeys(`op.setColumnComment(${JSON.stringify(table)})`, options, [
      "schema",
      "existingComment",
    ]);
    return this.add<SetColumnCommentOperation>({
      kind: "setColumnComment",
      table,
      column,
      comment,
      ...options,
    });
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
    options: { readonly transactional?: boolean } = {},
  ): ExecuteOperation {
    this.#checkKeys("op.execute()", options, ["transactional"]);
    return this.add<ExecuteOperation>({ kind: "execute", sql, params, ...options });
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
    this.#checkKeys(`op.bulkInsert(${JSON.stringify(table)})`, options, ["schema"]);
    return this.add<BulkInsertOperation>({
      kind: "bulkInsert",
      schema: options.schema,
      table,
      rows,
    });
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
    return this.add<RunOperation>({ kind: "run", fn });
  }
}
