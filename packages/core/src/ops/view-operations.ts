// The operation nodes of views and materialized views, kept beside `operation.ts` (which joins
// them into the `Operation` union) so the view family's nodes read together.
import type { SchemaObjectTarget } from "./operation";

/** `WITH CHECK OPTION` of an updatable view. */
export type ViewCheckOption = "local" | "cascaded";

/** What `CREATE VIEW` says beside its name. */
export interface ViewDefinition {
  /** The query, `select ...`, as PostgreSQL runs it. */
  readonly query: string;
  /** `WITH (security_barrier = true)`. Default is `false`. */
  readonly securityBarrier?: boolean | undefined;
  /**
   * `WITH (security_invoker = true)`: the view reads its tables with the privileges and
   * row-level security policies of the user querying it, not its owner's. PostgreSQL 15+.
   * Default is `false`.
   */
  readonly securityInvoker?: boolean | undefined;
  /** `WITH (check_option = local | cascaded)`. Default is none. */
  readonly checkOption?: ViewCheckOption | undefined;
  /** `COMMENT ON VIEW`, set after the view is created. */
  readonly comment?: string | undefined;
}

/**
 * `CREATE [OR REPLACE] VIEW`. `orReplace` replaces a view of that name, which PostgreSQL allows
 * when the new query keeps the old one's columns (names, types, order) and only appends others.
 * `replaces` carries the view as it was, so the reverse puts it back.
 */
export interface CreateViewOperation extends SchemaObjectTarget, ViewDefinition {
  readonly kind: "createView";
  readonly orReplace?: boolean | undefined;
  readonly replaces?: ViewDefinition | undefined;
}

/** `DROP VIEW`. Carries the view's definition when known, so it can be reversed. */
export interface DropViewOperation extends SchemaObjectTarget {
  readonly kind: "dropView";
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: ViewDefinition | undefined;
}

/** What `CREATE MATERIALIZED VIEW` says beside its name. */
export interface MaterializedViewDefinition {
  readonly query: string;
  /** `WITH NO DATA` when `false`: the view is created unpopulated. Default is `true`. */
  readonly withData?: boolean | undefined;
  readonly comment?: string | undefined;
}

/** `CREATE MATERIALIZED VIEW`. Its indexes are `createIndex` operations on it. */
export interface CreateMaterializedViewOperation
  extends SchemaObjectTarget,
    MaterializedViewDefinition {
  readonly kind: "createMaterializedView";
  readonly ifNotExists?: boolean | undefined;
}

/** `DROP MATERIALIZED VIEW`. Carries the definition when known (its rows are computed again). */
export interface DropMaterializedViewOperation extends SchemaObjectTarget {
  readonly kind: "dropMaterializedView";
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: MaterializedViewDefinition | undefined;
}

/** `REFRESH MATERIALIZED VIEW`. Nothing to undo. */
export interface RefreshMaterializedViewOperation extends SchemaObjectTarget {
  readonly kind: "refreshMaterializedView";
  /** `CONCURRENTLY`: readers are not blocked; needs a unique index on the view. */
  readonly concurrently?: boolean | undefined;
  /** `WITH NO DATA` when `false`: empties the view. Default is `true`. */
  readonly withData?: boolean | undefined;
}

/** `ALTER [MATERIALIZED] VIEW ... RENAME TO`. */
export interface RenameViewOperation extends SchemaObjectTarget {
  readonly kind: "renameView";
  readonly newName: string;
  readonly materialized?: boolean | undefined;
}

/** `COMMENT ON [MATERIALIZED] VIEW`. `null` removes the comment. */
export interface SetViewCommentOperation extends SchemaObjectTarget {
  readonly kind: "setViewComment";
  readonly comment: string | null;
  readonly materialized?: boolean | undefined;
  /** The comment before; omitted is read as none. */
  readonly existingComment?: string | null | undefined;
}

/** Every view operation node. */
export type ViewOperation =
  | CreateViewOperation
  | DropViewOperation
  | CreateMaterializedViewOperation
  | DropMaterializedViewOperation
  | RefreshMaterializedViewOperation
  | RenameViewOperation
  | SetViewCommentOperation;
