import type {
  CollationName,
  ForeignKeyMatch,
  ObjectName,
  ReferentialAction,
} from "./column-definition";

/** `DEFERRABLE` / `INITIALLY DEFERRED`, shared by unique, primary key, foreign key and exclusion constraints. */
export interface Deferrability {
  /** Default is `false` (`NOT DEFERRABLE`, PostgreSQL's default, is not printed). */
  readonly deferrable?: boolean | undefined;
  /** Implies `deferrable`. Default is `false`. */
  readonly initiallyDeferred?: boolean | undefined;
}

/** A table's primary key. */
export interface PrimaryKeyDefinition extends Deferrability {
  /** Omitted in `createTable`: `<table>_pkey`. */
  readonly name?: string | undefined;
  readonly columns: readonly string[];
  /** Non-key columns stored in the index (`INCLUDE`). */
  readonly include?: readonly string[] | undefined;
}

/** A unique constraint. */
export interface UniqueDefinition extends Deferrability {
  /** Omitted in `createTable`: PostgreSQL chooses `<table>_<columns>_key`. */
  readonly name?: string | undefined;
  readonly columns: readonly string[];
  readonly include?: readonly string[] | undefined;
  /** `NULLS NOT DISTINCT` (PostgreSQL 15+): two NULLs conflict. Default is `false`. */
  readonly nullsNotDistinct?: boolean | undefined;
}

/** A check constraint. */
export interface CheckDefinition {
  /** Omitted in `createTable`: PostgreSQL chooses `<table>_<column>_check`. */
  readonly name?: string | undefined;
  /** An SQL boolean expression, pasted as written inside `CHECK (...)`. */
  readonly expression: string;
  /** `NO INHERIT`: not inherited by child tables. Default is `false`. */
  readonly noInherit?: boolean | undefined;
}

/** The table (and columns) a foreign key points at. */
export interface ReferencedTable {
  readonly table: string;
  readonly schema?: string | undefined;
  /** Omitted or empty: the referenced table's primary key. */
  readonly columns?: readonly string[] | undefined;
}

/** A foreign key. */
export interface ForeignKeyDefinition extends Deferrability {
  /** Omitted in `createTable`: PostgreSQL chooses `<table>_<columns>_fkey`. */
  readonly name?: string | undefined;
  readonly columns: readonly string[];
  readonly references: ReferencedTable;
  readonly onDelete?: ReferentialAction | undefined;
  /**
   * With `onDelete` `"set null"` or `"set default"`: only these of the key's columns are set
   * (PostgreSQL 15+), `ON DELETE SET NULL ("a")`. Omitted: all of them.
   */
  readonly onDeleteColumns?: readonly string[] | undefined;
  readonly onUpdate?: ReferentialAction | undefined;
  readonly match?: ForeignKeyMatch | undefined;
}

/** Sort order and operator class of an indexed element. */
export interface IndexElementOptions {
  /** `ASC` or `DESC`. Omitted: PostgreSQL's default (`ASC`). */
  readonly order?: "asc" | "desc" | undefined;
  /** `NULLS FIRST` or `NULLS LAST`. */
  readonly nulls?: "first" | "last" | undefined;
  /**
   * An operator class such as `text_pattern_ops`, or `{ schema: "public", name: "gin_trgm_ops" }`
   * for one an extension or a user created outside `pg_catalog`.
   */
  readonly opclass?: ObjectName | undefined;
  /** The operator class's parameters (PostgreSQL 13+): `{ siglen: "32" }` renders `(siglen = '32')`. */
  readonly opclassOptions?: Readonly<Record<string, string>> | undefined;
  readonly collation?: CollationName | undefined;
}

/** One element of an index: a column, or an expression wrapped in parentheses. */
export type IndexElement =
  | (IndexElementOptions & { readonly column: string; readonly expression?: undefined })
  | (IndexElementOptions & { readonly expression: string; readonly column?: undefined });

/** One element of an exclusion constraint: `"room" WITH =`. */
export type ExclusionElement = IndexElement & {
  /** An operator such as `=` or `&&`, checked to be operator characters only. */
  readonly operator: string;
};

/** An exclusion constraint: `EXCLUDE USING gist ("room" WITH =, "during" WITH &&)`. */
export interface ExclusionDefinition extends Deferrability {
  /** Omitted in `createTable`: PostgreSQL chooses `<table>_<columns>_excl`. */
  readonly name?: string | undefined;
  /** The index method. Omitted: PostgreSQL's default (`btree`). */
  readonly method?: string | undefined;
  readonly elements: readonly ExclusionElement[];
  readonly include?: readonly string[] | undefined;
  /** A partial constraint: `WHERE (predicate)`. */
  readonly where?: string | undefined;
}
