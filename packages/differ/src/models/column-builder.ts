import type { CollationName } from "@retort/core";
import type { ReferentialAction } from "../schema/schema-description";
import type { CompositeType } from "./composite-type";
import type { Domain } from "./domain";
import type { EnumType } from "./enum-type";
import type { RangeType } from "./range-type";
import { rawSql, type SqlFragment } from "./sql-fragment";

/**
 * What a column's TypeScript type depends on; read by `DatabaseOf`.
 * - `select`: the value a query returns; `insert`: the value an insert or update accepts.
 * - `notNull`: `false` adds `| null`.
 * - `generated`: `"default"` makes the column optional on insert (a default, serial, identity by
 *   default); `"always"` forbids writing it (identity always, generated column).
 * - `name`: the real column name when it differs from the key (`.name("created_at")`).
 */
export interface ColumnState {
  select: unknown;
  insert: unknown;
  notNull: boolean;
  generated: "no" | "default" | "always";
  name: string | undefined;
}

/** A new state with some properties replaced. */
export type Patch<S extends ColumnState, P extends Partial<ColumnState>> = {
  [K in keyof ColumnState]: K extends keyof P ? P[K] : S[K];
};

/** Initial state of a column holding `Select` (returned) and `Insert` (accepted). */
export type Initial<Select, Insert = Select> = {
  select: Select;
  insert: Insert;
  notNull: false;
  generated: "no";
  name: undefined;
};

/** Options of `GENERATED ... AS IDENTITY (...)`; omitted ones take PostgreSQL's defaults. */
export interface IdentityOptions {
  start?: number | bigint | string;
  increment?: number | bigint | string;
  min?: number | bigint | string;
  max?: number | bigint | string;
  cache?: number | bigint | string;
  cycle?: boolean;
  /**
   * `SEQUENCE NAME`: the sequence's name (in the table's schema) when not `<table>_<column>_seq`,
   * as a table renamed since keeps it.
   */
  sequenceName?: string;
}

/** A foreign key declared on a column. */
export interface ReferenceOptions {
  name?: string;
  onDelete?: ReferentialAction;
  onUpdate?: ReferentialAction;
  match?: "simple" | "full";
  deferrable?: boolean;
  initiallyDeferred?: boolean;
  /** Added `NOT VALID`, as in `check`. Default is `false`. */
  notValid?: boolean;
  /** `COMMENT ON CONSTRAINT` on the foreign key. */
  comment?: string;
}

/** Anything with a resolved column name and owning table: a bound column. */
export interface ColumnRef {
  readonly key: string;
  readonly name: string;
  readonly table: { readonly name: string; readonly schema: string };
}

/** The runtime definition a {@link ColumnBuilder} accumulates. Plain data, read by `describeModels`. */
export interface ColumnDefinition {
  /** Normalized-or-not SQL type of the element (without `[]`); for an enum, `null`. */
  sqlType: string;
  enumType: EnumType | null;
  /** A domain, composite or range type of the models; `null` otherwise. */
  userTypeModel: Domain | CompositeType | RangeType | null;
  isArray: boolean;
  serial: boolean;
  notNull: boolean;
  primaryKey: boolean;
  unique: { name: string | null; nullsNotDistinct: boolean; comment?: string } | null;
  default: { kind: "value"; value: unknown } | { kind: "sql"; fragment: SqlFragment } | null;
  identity: { always: boolean; options: IdentityOptions } | null;
  generated: { expression: string; stored: boolean } | null;
  references: { target: () => ColumnRef; options: ReferenceOptions } | null;
  checks: { expression: string; name: string | null; notValid: boolean; comment?: string }[];
  comment: string | null;
  collation: CollationName | null;
  name: string | null;
  renamedFrom: string | null;
  /** `SET STATISTICS n`; `null` for the default target. */
  statistics?: number | null;
}

const builderBrand = Symbol.for("retort.column-builder");

/**
 * A column being declared. Every method returns a new builder, so a builder can be shared
 * between tables. The type parameter tracks what `DatabaseOf` needs.
 *
 * @example
 * ```ts
 * c.text().notNull().unique();
 * c.bigint().primaryKey().generatedAlwaysAsIdentity();
 * c.timestamptz().notNull().defaultSql("now()").name("created_at");
 * ```
 */
export class ColumnBuilder<S extends ColumnState = ColumnState> {
  readonly [builderBrand] = true;
  /** Type-only: the state `DatabaseOf` reads. */
  declare readonly "~state": S;
  readonly definition: Readonly<ColumnDefinition>;

  constructor(definition: ColumnDefinition) {
    this.definition = Object.freeze(definition);
  }

  private with<T extends ColumnState>(patch: Partial<ColumnDefinition>): ColumnBuilder<T> {
    return new ColumnBuilder<T>({ ...this.definition, ...patch });
  }

  /** `NOT NULL`. Columns are nullable unless told, as in SQL. */
  notNull(): ColumnBuilder<Patch<S, { notNull: true }>> {
    return this.with({ notNull: true });
  }

  /** `PRIMARY KEY` (implies `NOT NULL`). Several columns marked form a composite key, in order. */
  primaryKey(): ColumnBuilder<Patch<S, { notNull: true }>> {
    return this.with({ primaryKey: true, notNull: true });
  }

  /**
   * `UNIQUE`; the name defaults to PostgreSQL's `<table>_<column>_key`. `comment` is the
   * constraint's (`COMMENT ON CONSTRAINT`).
   */
  unique(
    options: { name?: string; nullsNotDistinct?: boolean; comment?: string } = {},
  ): ColumnBuilder<S> {
    return this.with({
      unique: {
        name: options.name ?? null,
        nullsNotDistinct: options.nullsNotDistinct ?? false,
        ...(options.comment === undefined ? {} : { comment: options.comment }),
      },
    });
  }

  /**
   * `DEFAULT`: a value rendered as a literal of the column's type, or `sql` for an expression.
   *
   * @example
   * ```ts
   * c.text().notNull().default("draft");       // DEFAULT 'draft'
   * c.text().array().default([]);              // DEFAULT '{}'
   * c.timestamptz().default(sql`now()`);       // DEFAULT now()
   * ```
   */
  default(
    value: S["insert"] | SqlFragment,
  ): ColumnBuilder<
    Patch<S, { generated: S["generated"] extends "always" ? "always" : "default" }>
  > {
    const isFragment =
      typeof value === "object" && value !== null && Symbol.for("retort.sql") in value;
    return this.with({
      default: isFragment
        ? { kind: "sql", fragment: value as SqlFragment }
        : { kind: "value", value },
    });
  }

  /** `DEFAULT <expression>`, the expression given as SQL text: `.defaultSql("now()")`. */
  defaultSql(
    expression: string,
  ): ColumnBuilder<
    Patch<S, { generated: S["generated"] extends "always" ? "always" : "default" }>
  > {
    return this.with({ default: { kind: "sql", fragment: rawSql(expression) } });
  }

  /** `GENERATED ALWAYS AS IDENTITY (...)`: never written by the application (implies `NOT NULL`). */
  generatedAlwaysAsIdentity(
    options: IdentityOptions = {},
  ): ColumnBuilder<Patch<S, { notNull: true; generated: "always" }>> {
    return this.with({ identity: { always: true, options }, notNull: true });
  }

  /** `GENERATED BY DEFAULT AS IDENTITY (...)` (implies `NOT NULL`). */
  generatedByDefaultAsIdentity(
    options: IdentityOptions = {},
  ): ColumnBuilder<Patch<S, { notNull: true; generated: "default" }>> {
    return this.with({ identity: { always: false, options }, notNull: true });
  }

  /**
   * `GENERATED ALWAYS AS (expression) STORED`. Pass `{ stored: false }` for a virtual column
   * (PostgreSQL 18+).
   */
  generatedAlwaysAs(
    expression: string | SqlFragment,
    options: { stored?: boolean } = {},
  ): ColumnBuilder<Patch<S, { generated: "always" }>> {
    const text = typeof expression === "string" ? expression : expression.text;
    return this.with({ generated: { expression: text, stored: options.stored ?? true } });
  }

  /**
   * `REFERENCES`: a foreign key to one column of another (or the same) table, given lazily so
   * tables may refer to each other in any order.
   *
   * @example
   * ```ts
   * authorId: c.bigint().notNull().references(() => account.columns.id, { onDelete: "cascade" }),
   * ```
   */
  references(target: () => ColumnRef, options: ReferenceOptions = {}): ColumnBuilder<S> {
    return this.with({ references: { target, options } });
  }

  /**
   * `CHECK (expression)`; the name defaults to PostgreSQL's `<table>_<column>_check`.
   * `notValid: true` adds it `NOT VALID`, as the table-level `check`; `comment` is the
   * constraint's (`COMMENT ON CONSTRAINT`).
   */
  check(
    expression: string | SqlFragment,
    options: { name?: string; notValid?: boolean; comment?: string } = {},
  ): ColumnBuilder<S> {
    const text = typeof expression === "string" ? expression : expression.text;
    return this.with({
      checks: [
        ...this.definition.checks,
        {
          expression: text,
          name: options.name ?? null,
          notValid: options.notValid ?? false,
          ...(options.comment === undefined ? {} : { comment: options.comment }),
        },
      ],
    });
  }

  /** `COMMENT ON COLUMN`. */
  comment(text: string): ColumnBuilder<S> {
    return this.with({ comment: text });
  }

  /**
   * `COLLATE "<collation>"`: a name in `pg_catalog`, or a collation of your own with its schema.
   *
   * @example
   * ```ts
   * code: c.text().collate("C"),
   * name: c.text().collate({ schema: "app", name: "bytewise" }),
   * ```
   */
  collate(collation: CollationName): ColumnBuilder<S> {
    return this.with({ collation });
  }

  /**
   * The planner's statistics target for this column (`ALTER COLUMN ... SET STATISTICS n`,
   * 0 to 10000): more for a skewed column the planner misjudges. Default is the server's
   * `default_statistics_target`.
   *
   * @example
   * ```ts
   * tenantId: c.bigint().notNull().statistics(1000),
   * ```
   */
  statistics(target: number): ColumnBuilder<S> {
    return this.with({ statistics: target });
  }

  /** The real column name, when it differs from the key in the table's object. */
  name<const N extends string>(name: N): ColumnBuilder<Patch<S, { name: N }>> {
    return this.with({ name });
  }

  /** The column's previous name, so autogenerate renames it instead of dropping and adding. */
  renamedFrom(previousName: string): ColumnBuilder<S> {
    return this.with({ renamedFrom: previousName });
  }

  /** An array of this type (`text[]`). PostgreSQL does not enforce dimensions. */
  array(): ColumnBuilder<Patch<S, { select: S["select"][]; insert: S["insert"][] }>> {
    return this.with({ isArray: true });
  }

  /** Overrides the TypeScript type, e.g. `c.jsonb().$type<Settings>()` or a branded id. */
  $type<T, I = T>(): ColumnBuilder<Patch<S, { select: T; insert: I }>> {
    return this as unknown as ColumnBuilder<Patch<S, { select: T; insert: I }>>;
  }
}

/** Whether `value` is a {@link ColumnBuilder}. */
export function isColumnBuilder(value: unknown): value is ColumnBuilder {
  return typeof value === "object" && value !== null && builderBrand in value;
}

function builder<Select, Insert = Select>(
  sqlType: string,
  patch: Partial<ColumnDefinition> = {},
): ColumnBuilder<Initial<Select, Insert>> {
  return new ColumnBuilder({
    sqlType,
    enumType: null,
    userTypeModel: null,
    isArray: false,
    serial: false,
    notNull: false,
    primaryKey: false,
    unique: null,
    default: null,
    identity: null,
    generated: null,
    references: null,
    checks: [],
    comment: null,
    collation: null,
    name: null,
    renamedFrom: null,
    ...patch,
  });
}

type Serial<T, I> = Patch<Initial<T, I>, { notNull: true; generated: "default" }>;

function serial<T, I>(sqlType: string): ColumnBuilder<Serial<T, I>> {
  return builder<T, I>(sqlType, { serial: true, notNull: true }) as unknown as ColumnBuilder<
    Serial<T, I>
  >;
}

function precision(type: string, p: number | undefined, suffix = ""): string {
  return p === undefined ? `${type}${suffix}` : `${type}(${p})${suffix}`;
}

/** What a `bigint`/`numeric` column accepts: PostgreSQL returns these as strings (no precision loss). */
export type BigIntInput = string | number | bigint;

/**
 * Column builders, one per PostgreSQL type; usually imported as `c`.
 *
 * TypeScript types follow what node-postgres and PGlite return by default: `bigint` and
 * `numeric` are strings, timestamps and dates are `Date`, json is `unknown` unless typed.
 *
 * @example
 * ```ts
 * import { column as c } from "retort";
 * const price = c.numeric(10, 2).notNull();   // numeric(10,2) NOT NULL, string in TypeScript
 * ```
 */
export const column = {
  smallint: () => builder<number>("smallint"),
  integer: () => builder<number>("integer"),
  bigint: () => builder<string, BigIntInput>("bigint"),
  /** `serial`: integer, `NOT NULL`, default `nextval` of an owned `<table>_<column>_seq`. */
  smallserial: () => serial<number, number>("smallint"),
  serial: () => serial<number, number>("integer"),
  bigserial: () => serial<string, BigIntInput>("bigint"),
  /** `numeric`, `numeric(p)` (scale 0) or `numeric(p, s)`. */
  numeric: (p?: number, s?: number) =>
    builder<string, BigIntInput>(p === undefined ? "numeric" : `numeric(${p},${s ?? 0})`),
  real: () => builder<number>("real"),
  doublePrecision: () => builder<number>("double precision"),
  text: () => builder<string>("text"),
  varchar: (length?: number) => builder<string>(precision("character varying", length)),
  char: (length = 1) => builder<string>(`character(${length})`),
  boolean: () => builder<boolean>("boolean"),
  date: () => builder<Date, Date | string>("date"),
  time: (p?: number) => builder<string>(precision("time", p, " without time zone")),
  timetz: (p?: number) => builder<string>(precision("time", p, " with time zone")),
  timestamp: (p?: number) =>
    builder<Date, Date | string>(precision("timestamp", p, " without time zone")),
  timestamptz: (p?: number) =>
    builder<Date, Date | string>(precision("timestamp", p, " with time zone")),
  /** Drivers differ (node-postgres returns an object, PGlite a string): refine with `$type`. */
  interval: () => builder<unknown, string>("interval"),
  uuid: () => builder<string>("uuid"),
  json: <T = unknown>() => builder<T>("json"),
  jsonb: <T = unknown>() => builder<T>("jsonb"),
  bytea: () => builder<Uint8Array>("bytea"),
  inet: () => builder<string>("inet"),
  cidr: () => builder<string>("cidr"),
  macaddr: () => builder<string>("macaddr"),
  macaddr8: () => builder<string>("macaddr8"),
  /** A column of an enum declared with `enumType`. */
  enum: <const E extends EnumType>(type: E) => builder<E["values"][number]>("", { enumType: type }),
  /** A column of a domain declared with `domain`; its values are the domain's `T`. */
  domain: <const D extends Domain>(type: D) =>
    builder<D extends Domain<string, infer T> ? T : unknown>("", { userTypeModel: type }),
  /** A column of a composite type declared with `compositeType`: refine its value with `$type`. */
  composite: (type: CompositeType) => builder<unknown, string>("", { userTypeModel: type }),
  /** A column of a range type declared with `rangeType`: ranges are text like `[1,5)`. */
  range: (type: RangeType) => builder<string>("", { userTypeModel: type }),
  /**
   * Any other type, by its SQL name: `c.type<string>("citext")`. A type outside `pg_catalog` must
   * be schema-qualified (`"public.citext"`) to compare equal with the catalog.
   */
  type: <T = unknown>(sqlType: string) => builder<T>(sqlType),
};
