import type { QualifiedName, SchemaDescription } from "../schema/schema-description";

/**
 * What retort manages in a database, as introspection, the comparison, autogenerate and pull
 * all read it: the schemas, the tables left alone, and retort's own tables. Build it from the
 * config with {@link managedScope}; every field is optional so a caller can state only part.
 */
export interface ManagedScope {
  /**
   * The managed schemas: objects elsewhere are neither read, created nor dropped. Default: every
   * schema for introspection; `public` and every schema the models use for the comparison.
   */
  readonly schemas?: readonly string[] | undefined;
  /**
   * Tables never touched: a string matches a table name in any schema, or `"schema.table"`; a
   * RegExp is tested against both `table` and `schema.table`.
   */
  readonly exclude?: readonly (string | RegExp)[] | undefined;
  /** retort's version table, never touched. Default: any table named `retort_version`. */
  readonly versionTable?: QualifiedName | undefined;
  /** retort's history table, never touched. Default: any table named `retort_history`. */
  readonly historyTable?: QualifiedName | undefined;
}

/** The settings {@link managedScope} reads; core's `ResolvedConfig` has them all. */
export interface ManagedScopeConfig {
  readonly schemas?: readonly string[] | undefined;
  readonly exclude?: readonly (string | RegExp)[] | undefined;
  readonly versionTableSchema: string;
  readonly versionTable: string;
  readonly historyTable: string;
}

/**
 * The managed scope a project's config describes: its `schemas`, its `exclude` list, and its
 * version and history tables (both in `versionTableSchema`).
 *
 * @example
 * ```ts
 * const scope = managedScope(await loadConfig());
 * const current = await introspectSchema(db, scope);
 * ```
 */
export function managedScope(config: ManagedScopeConfig): ManagedScope {
  return {
    schemas: config.schemas === undefined ? undefined : [...config.schemas],
    exclude: [...(config.exclude ?? [])],
    versionTable: { schema: config.versionTableSchema, name: config.versionTable },
    historyTable: { schema: config.versionTableSchema, name: config.historyTable },
  };
}

/** Whether a table is retort's own (version, history) or excluded: then it is never touched. */
export function isExcludedTable(scope: ManagedScope, schema: string, name: string): boolean {
  const qualified = `${schema}.${name}`;
  const matches = (table: QualifiedName | undefined, fallback: string) =>
    table ? table.schema === schema && table.name === name : name === fallback;
  if (matches(scope.versionTable, "retort_version")) return true;
  if (matches(scope.historyTable, "retort_history")) return true;
  return (scope.exclude ?? []).some((p) =>
    typeof p === "string" ? p === name || p === qualified : p.test(name) || p.test(qualified),
  );
}

/**
 * The scope with its schemas stated: those it names, else `public` and every schema `target`
 * (the models) uses, so that the database is read and compared over the same schemas.
 */
export function withManagedSchemas(
  scope: ManagedScope,
  target: SchemaDescription,
): ManagedScope & { readonly schemas: readonly string[] } {
  if (scope.schemas !== undefined) return { ...scope, schemas: scope.schemas };
  const schemas = new Set([
    "public",
    ...target.schemas,
    ...target.tables.map((t) => t.schema),
    ...target.enums.map((e) => e.schema),
    ...target.sequences.map((s) => s.schema),
    ...target.functions.map((f) => f.schema),
    ...target.triggers.map((t) => t.schema),
    ...target.extensions.map((e) => e.schema),
    ...target.domains.map((t) => t.schema),
    ...target.compositeTypes.map((t) => t.schema),
    ...target.rangeTypes.map((t) => t.schema),
  ]);
  return { ...scope, schemas: [...schemas] };
}
