import type { IndexDescription } from "./schema-description";

/** One output column of a view: its name and type, as `format_type` prints it (see columns). */
export interface ViewColumnDescription {
  name: string;
  type: string;
}

/** A relation a view reads, and which of its columns, from `pg_depend`. */
export interface ViewDependency {
  schema: string;
  name: string;
  /** The columns read, sorted; empty when the view reads the relation as a whole. */
  columns: string[];
}

/** A view or materialized view. */
export interface ViewDescription {
  schema: string;
  name: string;
  materialized: boolean;
  /**
   * The query as PostgreSQL prints it (`pg_get_viewdef(oid, true)` with `search_path` set to
   * `pg_catalog`, so every name is qualified). From the models: as written, until autogenerate
   * has the server print it (see `canonicalViews`).
   */
  definition: string;
  /**
   * The output columns in order, as the server infers them. From the models: as declared (or
   * none) until the server printed the view; then what it inferred.
   */
  columns: ViewColumnDescription[];
  securityBarrier: boolean;
  /** `security_invoker` (PostgreSQL 15+): always `false` for a materialized view. */
  securityInvoker: boolean;
  checkOption: "local" | "cascaded" | null;
  /**
   * A materialized view is populated (`relispopulated`); from the models, whether it is created
   * `WITH DATA`. Never compared: a `REFRESH` changes it, not a migration.
   */
  withData: boolean;
  /** A materialized view's indexes, sorted by name; always empty for a view. */
  indexes: IndexDescription[];
  comment: string | null;
  /** Models only: the view's previous name. */
  renamedFrom: string | null;
  /**
   * The tables and views it reads, sorted, from `pg_depend`; empty when it reads none. `null`
   * when unknown: models the server has not printed (see `canonicalViews`), whose `columns` are
   * then only as declared too. Never compared: it orders drops and creates, and tells which
   * views a column change takes down.
   */
  dependsOn: ViewDependency[] | null;
}
