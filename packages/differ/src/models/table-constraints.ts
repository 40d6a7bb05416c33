import type { CollationName, ObjectName } from "@retort/core";
import type { ReferentialAction } from "../schema/schema-description";
import { badModel } from "./bad-model";
import type { ColumnRef } from "./column-builder";
import { isSqlFragment, type SqlFragment } from "./sql-fragment";

/** `PRIMARY KEY (...)` declared on the table. */
export interface PrimaryKeyDefinition {
  readonly kind: "primaryKey";
  readonly name: string | null;
  readonly columns: readonly ColumnRef[];
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  readonly comment?: string;
}

/** `UNIQUE (...)` declared on the table. */
export interface UniqueDefinition {
  readonly kind: "unique";
  readonly name: string | null;
  readonly columns: readonly ColumnRef[];
  readonly include: readonly ColumnRef[];
  readonly nullsNotDistinct: boolean;
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  readonly comment?: string;
}

/** `CHECK (...)` declared on the table. */
export interface CheckDefinition {
  readonly kind: "check";
  readonly name: string | null;
  readonly expression: string;
  readonly noInherit: boolean;
  /** Added `NOT VALID`: rows already there are not checked. */
  readonly notValid: boolean;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  readonly comment?: string;
}

/** `FOREIGN KEY (...) REFERENCES ...` declared on the table. */
export interface ForeignKeyDefinition {
  readonly kind: "foreignKey";
  readonly name: string | null;
  readonly columns: readonly ColumnRef[];
  readonly references: () => readonly ColumnRef[];
  readonly onDelete: ReferentialAction;
  readonly onDeleteColumns: readonly ColumnRef[];
  readonly onUpdate: ReferentialAction;
  readonly match: "simple" | "full";
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  /** Added `NOT VALID`: rows already there are not checked. */
  readonly notValid: boolean;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  readonly comment?: string;
}

/** One element of an index or exclusion constraint. */
export interface IndexElementInput {
  column?: ColumnRef;
  expression?: SqlFragment | string;
  order?: "asc" | "desc";
  /** Default: `"first"` for `desc`, `"last"` for `asc`, as in PostgreSQL. */
  nulls?: "first" | "last";
  /**
   * `"text_pattern_ops"`, or with its schema for one outside `pg_catalog`:
   * `{ schema: "public", name: "gin_trgm_ops" }`.
   */
  opclass?: ObjectName;
  /** The operator class's parameters: `{ siglen: 32 }`. */
  opclassOptions?: Record<string, string | number>;
  /** As {@link ColumnBuilder.collate}. */
  collation?: CollationName;
}

/** `EXCLUDE USING ... (...)` declared on the table. */
export interface ExclusionDefinition {
  readonly kind: "exclusion";
  readonly name: string | null;
  readonly using: string;
  readonly elements: readonly (IndexElementInput & { operator: string })[];
  readonly include: readonly ColumnRef[];
  readonly where: string | null;
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  /** `COMMENT ON CONSTRAINT`; absent when none. */
  readonly comment?: string;
}

/** `{ comment }`, or nothing when there is none (definitions without one stay as they were). */
function commentField(comment: string | undefined): { comment?: string } {
  return comment === undefined ? {} : { comment };
}

function isColumnRef(value: unknown): value is ColumnRef {
  return typeof value === "object" && value !== null && "key" in value && "table" in value;
}

/**
 * A composite (or single) primary key.
 *
 * @example
 * ```ts
 * (t) => ({ primaryKey: primaryKey(t.tenantId, t.id) })
 * (t) => ({ primaryKey: primaryKey({ name: "membership_pk", columns: [t.groupId, t.userId] }) })
 * (t) => ({ primaryKey: primaryKey({ columns: [t.id], comment: "surrogate key" }) })
 * ```
 *
 * Each constraint takes a `comment` (`COMMENT ON CONSTRAINT`) in its options object.
 */
export function primaryKey(
  ...args: ColumnRef[] | [{ name?: string; columns: ColumnRef[]; comment?: string }]
): PrimaryKeyDefinition {
  const first = args[0];
  if (first !== undefined && !isColumnRef(first)) {
    return {
      kind: "primaryKey",
      name: first.name ?? null,
      columns: first.columns,
      ...commentField(first.comment),
    };
  }
  return { kind: "primaryKey", name: null, columns: args as ColumnRef[] };
}

/** Options of {@link unique}. */
export interface UniqueOptions {
  name?: string;
  columns: ColumnRef[];
  include?: ColumnRef[];
  nullsNotDistinct?: boolean;
  deferrable?: boolean;
  initiallyDeferred?: boolean;
  /** `COMMENT ON CONSTRAINT`: what the constraint is for. */
  comment?: string;
}

/**
 * A unique constraint over one or more columns; the name defaults to `<table>_<cols>_key`.
 *
 * @example
 * ```ts
 * (t) => ({ uniques: [unique(t.tenantId, t.email), unique({ columns: [t.slug], nullsNotDistinct: true })] })
 * ```
 */
export function unique(...args: ColumnRef[] | [UniqueOptions]): UniqueDefinition {
  const first = args[0];
  const options: UniqueOptions =
    first !== undefined && !isColumnRef(first) ? first : { columns: args as ColumnRef[] };
  return {
    kind: "unique",
    name: options.name ?? null,
    columns: options.columns,
    include: options.include ?? [],
    nullsNotDistinct: options.nullsNotDistinct ?? false,
    deferrable: options.deferrable ?? false,
    initiallyDeferred: options.initiallyDeferred ?? false,
    ...commentField(options.comment),
  };
}

/**
 * A check constraint. Without a name PostgreSQL calls it `<table>_<col>_check` when the
 * expression mentions exactly one column, else `<table>_check`.
 *
 * @example
 * ```ts
 * (t) => ({ checks: [check(sql`${t.price} >= 0`, { name: "price_not_negative" })] })
 * ```
 *
 * `notValid: true` adds it `NOT VALID` (rows already there are not checked, so adding it to a
 * large table takes no scan); a constraint that is `NOT VALID` in the database and no longer in
 * the models is validated by the next autogenerate (`ALTER TABLE ... VALIDATE CONSTRAINT`).
 * A valid constraint in the database satisfies a `notValid` one in the models.
 */
export function check(
  expression: SqlFragment | string,
  options: { name?: string; noInherit?: boolean; notValid?: boolean; comment?: string } = {},
): CheckDefinition {
  // `check("name", sql\`...\`)` reads as a name then a condition, and would make the name the
  // condition: type-checking catches it, the bundler that loads the models does not.
  if (isSqlFragment(options)) {
    throw badModel(
      `check(${JSON.stringify(typeof expression === "string" ? expression : expression.text)}, sql\`...\`): the condition comes first, and the name goes in the options.`,
      { check: typeof expression === "string" ? expression : expression.text },
      'write check(sql`<condition>`, { name: "<name>" }).',
    );
  }
  return {
    kind: "check",
    name: options.name ?? null,
    expression: typeof expression === "string" ? expression : expression.text,
    noInherit: options.noInherit ?? false,
    notValid: options.notValid ?? false,
    ...commentField(options.comment),
  };
}

/** Options of {@link foreignKey}. */
export interface ForeignKeyOptions {
  name?: string;
  columns: ColumnRef[];
  /** The referenced columns, given lazily so tables may refer to each other in any order. */
  references: () => ColumnRef[];
  /** Default is `"no action"`. */
  onDelete?: ReferentialAction;
  /**
   * With `onDelete: "set null"` or `"set default"`, only these of `columns` are set
   * (PostgreSQL 15+): `ON DELETE SET NULL (owner_id)` keeps a tenant key. Default: all.
   */
  onDeleteColumns?: ColumnRef[];
  /** Default is `"no action"`. */
  onUpdate?: ReferentialAction;
  /** Default is `"simple"`. */
  match?: "simple" | "full";
  deferrable?: boolean;
  initiallyDeferred?: boolean;
  /** Added `NOT VALID`, as in {@link check}. Default is `false`. */
  notValid?: boolean;
  /** `COMMENT ON CONSTRAINT`: what the constraint is for. */
  comment?: string;
}

/**
 * A (composite) foreign key; the name defaults to `<table>_<cols>_fkey`.
 *
 * @example
 * ```ts
 * (t) => ({
 *   foreignKeys: [
 *     foreignKey({ columns: [t.tenantId, t.ownerId], references: () => [account.columns.tenantId, account.columns.id], onDelete: "cascade" }),
 *   ],
 * })
 * ```
 */
export function foreignKey(options: ForeignKeyOptions): ForeignKeyDefinition {
  return {
    kind: "foreignKey",
    name: options.name ?? null,
    columns: options.columns,
    references: options.references,
    onDelete: options.onDelete ?? "no action",
    onDeleteColumns: options.onDeleteColumns ?? [],
    onUpdate: options.onUpdate ?? "no action",
    match: options.match ?? "simple",
    deferrable: options.deferrable ?? false,
    initiallyDeferred: options.initiallyDeferred ?? false,
    notValid: options.notValid ?? false,
    ...commentField(options.comment),
  };
}

/** Options of {@link exclude}. */
export interface ExclusionOptions {
  name?: string;
  /** Default is `"gist"`. */
  using?: string;
  elements: (IndexElementInput & { operator: string })[];
  include?: ColumnRef[];
  where?: SqlFragment | string;
  deferrable?: boolean;
  initiallyDeferred?: boolean;
  /** `COMMENT ON CONSTRAINT`: what the constraint is for. */
  comment?: string;
}

/**
 * An exclusion constraint; the name defaults to `<table>_<cols>_excl`.
 *
 * @example
 * ```ts
 * (t) => ({ exclusions: [exclude({ elements: [{ column: t.room, operator: "=" }, { column: t.during, operator: "&&" }] })] })
 * // EXCLUDE USING gist (room WITH =, during WITH &&)   -- room needs btree_gist
 * ```
 */
export function exclude(options: ExclusionOptions): ExclusionDefinition {
  return {
    kind: "exclusion",
    name: options.name ?? null,
    using: options.using ?? "gist",
    elements: options.elements,
    include: options.include ?? [],
    where:
      options.where === undefined
        ? null
        : typeof options.where === "string"
          ? options.where
          : options.where.text,
    deferrable: options.deferrable ?? false,
    initiallyDeferred: options.initiallyDeferred ?? false,
    ...commentField(options.comment),
  };
}
