import type { ColumnType, Selectable } from "kysely";
import type { ColumnBuilder, ColumnState } from "./column-builder";
import type { ColumnMap, Table } from "./table";
import type { View, ViewColumnMap } from "./view";
import type { ViewKeyOf, ViewRowOf } from "./view-row";

/** What a select gives for a column: its type, or `| null` unless it is `.notNull()`. */
export type SelectOf<S extends ColumnState> = S["notNull"] extends true
  ? S["select"]
  : S["select"] | null;
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

/** How {@link DatabaseOf} names things: as SQL does, or camelCased for Kysely's `CamelCasePlugin`. */
export interface DatabaseOfOptions {
  /** Keys as `CamelCasePlugin` shows them: `created_at` -> `createdAt`, `user_profile` -> `userProfile`. */
  readonly camelCase?: boolean;
}

/** `snake_case` -> `snakeCase`, as Kysely's `CamelCasePlugin` maps it: each `_` goes, the next letter is upper case. */
export type SnakeToCamel<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${SnakeToCamel<Capitalize<Tail>>}`
  : S;

type KeyAs<K extends string, O extends DatabaseOfOptions> = O["camelCase"] extends true
  ? SnakeToCamel<K>
  : K;

/** An object type with its keys as {@link DatabaseOfOptions} says. */
type KeysAs<T, O extends DatabaseOfOptions> = O["camelCase"] extends true
  ? { [K in keyof T as KeyAs<K & string, O>]: T[K] }
  : T;

/**
 * The Kysely table type of a table's columns (each a `ColumnType`), keyed by real column names
 * (what SQL sees), or camelCased.
 */
export type KyselyTableOf<C extends ColumnMap, O extends DatabaseOfOptions = {}> = {
  [K in keyof C as KeyAs<
    C[K]["~state"]["name"] extends string ? C[K]["~state"]["name"] : K & string,
    O
  >]: C[K] extends ColumnBuilder<infer S> ? KyselyColumnOf<S> : never;
};

/**
 * The row a `select *` of a table returns (Kysely's `Selectable` of its table type).
 *
 * @example
 * ```ts
 * import type { RowOf } from "retort";
 * import type { account } from "./models/account";
 * function greet(row: RowOf<typeof account>) { return `hello ${row.email}`; }
 * // camelCased for CamelCasePlugin: RowOf<typeof account, { camelCase: true }>
 * ```
 */
export type RowOf<T, O extends DatabaseOfOptions = {}> =
  T extends Table<string, string, infer C> ? Selectable<KyselyTableOf<C, O>> : never;

/** The key of a table in Kysely's `Database`: `name` in `public`, else `schema.name` (as kysely-codegen). */
export type TableKeyOf<T> =
  T extends Table<infer N, infer S, ColumnMap> ? QualifiedKey<N, S> : never;

/** A relation's key in Kysely's `Database` (as kysely-codegen writes it): `name` in `public`, else `schema.name`. */
export type QualifiedKey<N extends string, S extends string> = S extends "public" ? N : `${S}.${N}`;

/**
 * Kysely's `Database` type from the models module, with no code generation: every exported
 * table, view and materialized view (read-only rows), keyed as `"account"` (public) or
 * `"app.account"`, other exports ignored. With `{ camelCase: true }`, tables, views and columns
 * are keyed as Kysely's `CamelCasePlugin` shows them.
 *
 * @example
 * ```ts
 * import type { Kysely } from "kysely";
 * import * as models from "./models";
 * export type Database = DatabaseOf<typeof models>;
 * declare const db: Kysely<Database>;
 * const rows = await db.selectFrom("app.account").select(["id", "email"]).execute();
 * // with new Kysely({ dialect, plugins: [new CamelCasePlugin()] }):
 * export type CamelDatabase = DatabaseOf<typeof models, { camelCase: true }>;
 * ```
 */
export type DatabaseOf<M, O extends DatabaseOfOptions = {}> = {
  [K in keyof M as M[K] extends Table<string, string, ColumnMap>
    ? KeyAs<TableKeyOf<M[K]>, O>
    : M[K] extends View<string, string, ViewColumnMap>
      ? KeyAs<ViewKeyOf<M[K]>, O>
      : never]: M[K] extends Table<string, string, infer C>
    ? KyselyTableOf<C, O>
    : M[K] extends View<string, string, infer C>
      ? KeysAs<ViewRowOf<C>, O>
      : never;
};
