import type { ColumnType } from "kysely";
import type { ColumnBuilder, ColumnState } from "./column-builder";
import type { ColumnMap, Table } from "./table";
import type { View, ViewColumnMap } from "./view";
import type { ViewKeyOf, ViewRowOf } from "./view-row";

type SelectOf<S extends ColumnState> = S["notNull"] extends true ? S["select"] : S["select"] | null;
type InsertOf<S extends ColumnState> = S["notNull"] extends true ? S["insert"] : S["insert"] | null;

/**
 * The Kysely column type of one column: `ColumnType<select, insert, update>`, where a column with
 * a default (or serial, or identity by default) is optional on insert (`Generated<T>`) and one
 * PostgreSQL always computes (identity always, generated column) cannot be written
 * (`GeneratedAlways<T>`).
 */
export type KyselyColumnOf<S extends ColumnState> = S["generated"] extends "always"
  ? ColumnType<SelectOf<S>, never, never>
  : S["generated"] extends "default"
    ? ColumnType<SelectOf<S>, InsertOf<S> | undefined, InsertOf<S>>
    : ColumnType<SelectOf<S>, InsertOf<S>, InsertOf<S>>;

/** The row type of a table, keyed by real column names (what SQL sees). */
export type RowOf<C extends ColumnMap> = {
  [K in keyof C as C[K]["~state"]["name"] extends string
    ? C[K]["~state"]["name"]
    : K]: C[K] extends ColumnBuilder<infer S> ? KyselyColumnOf<S> : never;
};

/** The key of a table in Kysely's `Database`: `name` in `public`, else `schema.name` (as kysely-codegen). */
export type TableKeyOf<T> =
  T extends Table<infer N, infer S, ColumnMap> ? (S extends "public" ? N : `${S}.${N}`) : never;

/**
 * Kysely's `Database` type from the models module, with no code generation: every exported
 * table, view and materialized view (read-only rows), keyed as `"account"` (public) or
 * `"app.account"`, other exports ignored.
 *
 * @example
 * ```ts
 * import type { Kysely } from "kysely";
 * import * as models from "./models";
 * export type Database = DatabaseOf<typeof models>;
 * declare const db: Kysely<Database>;
 * const rows = await db.selectFrom("app.account").select(["id", "email"]).execute();
 * ```
 */
export type DatabaseOf<M> = {
  [K in keyof M as M[K] extends Table<string, string, ColumnMap>
    ? TableKeyOf<M[K]>
    : M[K] extends View<string, string, ViewColumnMap>
      ? ViewKeyOf<M[K]>
      : never]: M[K] extends Table<string, string, infer C>
    ? RowOf<C>
    : M[K] extends View<string, string, infer C>
      ? ViewRowOf<C>
      : never;
};
