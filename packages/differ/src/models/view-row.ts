import type { ColumnType } from "kysely";
import type { ColumnBuilder } from "./column-builder";
import type { QualifiedKey, SelectOf } from "./database-of";
import type { View, ViewColumnMap } from "./view";

/**
 * The row type of a view, keyed by real column names: every column is read-only
 * (`ColumnType<T, never, never>`), and nullable unless declared `.notNull()` (PostgreSQL does not
 * say whether a view's column can be null). A view that declares no columns reads as
 * `Record<string, unknown>`.
 */
export type ViewRowOf<C extends ViewColumnMap> = string extends keyof C
  ? Record<string, ColumnType<unknown, never, never>>
  : {
      [K in keyof C as C[K]["~state"]["name"] extends string
        ? C[K]["~state"]["name"]
        : K]: C[K] extends ColumnBuilder<infer S> ? ColumnType<SelectOf<S>, never, never> : never;
    };

/** The key of a view in Kysely's `Database`, as a table's: `name` in `public`, else `schema.name`. */
export type ViewKeyOf<V> =
  V extends View<infer N, infer S, ViewColumnMap> ? QualifiedKey<N, S> : never;
