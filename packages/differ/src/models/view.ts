import { RetortError, type ViewCheckOption } from "@retort/core";
import type { ColumnBuilder, ColumnDefinition, ColumnRef, ColumnState } from "./column-builder";
import type { IndexBuilder } from "./index-builder";
import { checkColumnKey } from "./index-like-key";
import { isSqlFragment, type SqlFragment } from "./sql-fragment";

const viewBrand = Symbol.for("retort.view");

/** The output columns of a view, by key: their types as the query gives them. */
export type ViewColumnMap = Record<string, ColumnBuilder<any>>;

/** A view's column bound to its view, for its indexes: `index().on(v.author_id)`. */
export interface ViewColumn<S extends ColumnState = ColumnState> extends ColumnRef {
  readonly definition: Readonly<ColumnDefinition>;
  /** Type-only. */
  readonly "~state": S;
}

/** The bound columns of a view's column map. */
export type BoundViewColumns<C extends ViewColumnMap> = {
  readonly [K in keyof C]: ViewColumn<C[K]["~state"]>;
};

/** Options of {@link view}. */
export interface ViewOptions<
  Schema extends string = string,
  C extends ViewColumnMap = ViewColumnMap,
> {
  /** Default is `"public"`. */
  schema?: Schema;
  /**
   * The query's output columns and their types, in order, for `DatabaseOf` (and `check`, which
   * reports a type the server infers otherwise). `.name("real_name")` when the key differs.
   * Default is none: the view's rows are typed `Record<string, unknown>`.
   */
  columns?: C;
  /** `WITH (security_barrier = true)`. Default is `false`. */
  securityBarrier?: boolean;
  /**
   * `WITH (security_invoker = true)`: the view reads its tables with the privileges and the
   * row-level security policies of whoever queries it, not those of its owner. Needs PostgreSQL
   * 15 or later. Default is `false`.
   */
  securityInvoker?: boolean;
  /** `WITH (check_option = ...)`. Default is none. */
  checkOption?: ViewCheckOption;
  /** `COMMENT ON VIEW`. */
  comment?: string;
  /** The view's previous name, so autogenerate renames it instead of drop + create. */
  renamedFrom?: string;
}

/** Options of {@link materializedView}. */
export interface MaterializedViewOptions<
  Schema extends string = string,
  C extends ViewColumnMap = ViewColumnMap,
> {
  schema?: Schema;
  columns?: C;
  /** `WITH NO DATA` when `false`: created unpopulated (only when created). Default is `true`. */
  withData?: boolean;
  /**
   * Indexes on the view, as on a table, over its declared columns or expressions:
   * `(v) => [index("post_stats_author").unique().on(v.author_id)]`.
   */
  indexes?: IndexBuilder[] | ((v: BoundViewColumns<C>) => IndexBuilder[]);
  comment?: string;
  renamedFrom?: string;
}

/** A view or materialized view declared in the models. */
export interface View<
  Name extends string = string,
  Schema extends string = string,
  C extends ViewColumnMap = ViewColumnMap,
> {
  readonly [viewBrand]: true;
  readonly name: Name;
  readonly schema: Schema;
  readonly materialized: boolean;
  /** The query as written. */
  readonly query: string;
  /** The declared output columns, bound to the view; empty when none are declared. */
  readonly columns: BoundViewColumns<C>;
  /** Whether `columns` were declared. */
  readonly hasColumns: boolean;
  readonly securityBarrier: boolean;
  readonly securityInvoker: boolean;
  readonly checkOption: ViewCheckOption | null;
  readonly withData: boolean;
  readonly indexes: readonly IndexBuilder[];
  readonly comment: string | null;
  readonly renamedFrom: string | null;
}

/** Any view. */
export type AnyView = View<string, string, ViewColumnMap>;

/** Whether `value` is a {@link View} (plain or materialized). */
export function isView(value: unknown): value is AnyView {
  return typeof value === "object" && value !== null && viewBrand in value;
}

function bindColumns<C extends ViewColumnMap>(
  name: string,
  schema: string,
  columns: C | undefined,
): BoundViewColumns<C> {
  const bound: Record<string, ViewColumn> = {};
  const owner = Object.freeze({ name, schema });
  for (const [key, builder] of Object.entries(columns ?? {})) {
    checkColumnKey(key, { kind: "view", name });
    if (typeof builder !== "object" || builder === null || !("definition" in builder)) {
      throw new RetortError(
        "BAD_MODEL",
        `Column "${key}" of view "${name}" is not a column builder.`,
        {
          hint: "Declare view columns with the column builders, e.g. `c.text()`.",
          details: { view: name, column: key },
        },
      );
    }
    bound[key] = Object.freeze({
      key,
      name: builder.definition.name ?? key,
      table: owner,
      definition: builder.definition,
    }) as ViewColumn;
  }
  return Object.freeze(bound) as BoundViewColumns<C>;
}

function queryText(name: string, query: SqlFragment | string): string {
  const text = isSqlFragment(query) ? query.text : query;
  if (typeof text !== "string" || text.trim() === "") {
    throw new RetortError("BAD_MODEL", `View "${name}" has no query.`, {
      hint: "Pass the query as sql`select ...`.",
      details: { view: name },
    });
  }
  return text;
}

/**
 * Declares a view: `CREATE VIEW <schema>.<name> AS <query>`. The query is SQL, compared with the
 * database's as PostgreSQL prints it (`pg_get_viewdef`), so it may be written freely.
 *
 * @example
 * ```ts
 * export const postSummary = view(
 *   "post_summary",
 *   sql`select p.id, p.title, a.email as author from post p join account a on a.id = p.author_id`,
 *   { columns: { id: c.bigint(), title: c.text(), author: c.text() }, comment: "one row per post" },
 * );
 * // CREATE VIEW public.post_summary AS SELECT p.id, p.title, a.email AS author FROM ...
 * ```
 */
export function view<
  const Name extends string,
  C extends ViewColumnMap = ViewColumnMap,
  const Schema extends string = "public",
>(
  name: Name,
  query: SqlFragment | string,
  options: ViewOptions<Schema, C> = {},
): View<Name, Schema, C> {
  const schema = (options.schema ?? "public") as Schema;
  return Object.freeze({
    [viewBrand]: true as const,
    name,
    schema,
    materialized: false,
    query: queryText(name, query),
    columns: bindColumns(name, schema, options.columns),
    hasColumns: options.columns !== undefined,
    securityBarrier: options.securityBarrier ?? false,
    securityInvoker: options.securityInvoker ?? false,
    checkOption: options.checkOption ?? null,
    withData: true,
    indexes: [],
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
  });
}

/**
 * Declares a materialized view: `CREATE MATERIALIZED VIEW <schema>.<name> AS <query>`, with its
 * indexes. Changing its query re-creates it (PostgreSQL has no `OR REPLACE` for them).
 *
 * @example
 * ```ts
 * export const postStats = materializedView(
 *   "post_stats",
 *   sql`select author_id, count(*) as posts from post group by author_id`,
 *   {
 *     columns: { author_id: c.bigint(), posts: c.bigint() },
 *     indexes: (v) => [index("post_stats_author").unique().on(v.author_id)],
 *   },
 * );
 * ```
 */
export function materializedView<
  const Name extends string,
  C extends ViewColumnMap = ViewColumnMap,
  const Schema extends string = "public",
>(
  name: Name,
  query: SqlFragment | string,
  options: MaterializedViewOptions<Schema, C> = {},
): View<Name, Schema, C> {
  const schema = (options.schema ?? "public") as Schema;
  const columns = bindColumns(name, schema, options.columns);
  const indexes = options.indexes ?? [];
  return Object.freeze({
    [viewBrand]: true as const,
    name,
    schema,
    materialized: true,
    query: queryText(name, query),
    columns,
    hasColumns: options.columns !== undefined,
    securityBarrier: false,
    securityInvoker: false,
    checkOption: null,
    withData: options.withData ?? true,
    indexes: Object.freeze(typeof indexes === "function" ? indexes(columns) : [...indexes]),
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
  });
}
