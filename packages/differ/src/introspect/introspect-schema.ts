// Over 500 lines: introspectSchema reads every catalog family in one snapshot (over up to three
// sessions: catalog-session) and assembles them into one description (tables need their columns,
// keys, indexes, partitions, settings and policies joined by oid); each family's query lives in
// its own catalog-*.ts file.
import { type ObjectName, RetortError } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { identitySequence } from "../schema/identity-sequence";
import { normalizeDefault } from "../schema/normalize-default";
import { faithfulExpression, normalizeExpression } from "../schema/normalize-expression";
import { parseReloptions, storageParametersField } from "../schema/normalize-storage-parameters";
import { normalizeType } from "../schema/normalize-type";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type {
  ColumnDescription,
  ExclusionDescription,
  IndexDescription,
  IndexElementDescription,
  ReferentialAction,
  SchemaDescription,
  TableDescription,
  UnmanagedKind,
} from "../schema/schema-description";
import { emptySchema } from "../schema/schema-description";
import { sortSchemaDescription } from "../schema/sort-schema-description";
import type { ViewDescription } from "../schema/view-description";
import { isExcludedTable, type ManagedScope } from "../scope/managed-scope";
import {
  type ConstraintRow,
  constraintsQuery,
  type IndexRow,
  indexesQuery,
  readConstraints,
  readIndexes,
  type TableFilter,
} from "./catalog-constraints";
import { type IntrospectDependenciesOptions, readDependencyEdges } from "./catalog-dependencies";
import { functionsQuery, triggersQuery } from "./catalog-functions";
import {
  defaultPrivilegeRowsQuery,
  describeGrants,
  grantRowsQuery,
  isManagedGrant,
  withoutExcludedTables,
} from "./catalog-grants";
import { extensionsQuery, schemaCommentsQuery, sequencesQuery } from "./catalog-namespaces";
import { partitioning } from "./catalog-partitions";
import { policiesQuery, rowSecurityQuery } from "./catalog-policies";
import { type CatalogSnapshot, inCatalogSession, inCatalogSnapshot } from "./catalog-session";
import { expressionText, rowsOf, serverVersionNum, type UnmanagedRow } from "./catalog-sql";
import { applyTableSettings, tableSettingsQuery } from "./catalog-table-settings";
import { columnsQuery, readSchemas, tablesQuery } from "./catalog-tables";
import { enumsQuery } from "./catalog-types";
import {
  unmanagedObjectsQuery,
  unmanagedPrivilegesQuery,
  unmanagedQuery,
  unmanagedSettingsQuery,
} from "./catalog-unmanaged";
import { compositeTypesQuery, domainsQuery, rangeTypesQuery } from "./catalog-user-types";
import { describeViewRows, readViews, viewsQuery } from "./catalog-views";
import { isPreviousToolTable } from "./detect-previous-tool";
import type { CatalogDependency } from "./object-key";

/** Options of {@link introspectSchema}: the managed scope (schemas read, tables left out). */
export type IntrospectSchemaOptions = ManagedScope;

const actions: Record<string, ReferentialAction> = {
  a: "no action",
  r: "restrict",
  c: "cascade",
  n: "set null",
  d: "set default",
};
const matches: Record<string, "simple" | "full" | "partial"> = {
  s: "simple",
  f: "full",
  p: "partial",
};

/** A collation as the description holds it: `pg_catalog`'s by name, others with their schema. */
/** A collation or operator class: by its name when it is in `pg_catalog`, else with its schema. */
function objectName(name: string | null, schema: string | null): ObjectName | null {
  if (name === null) return null;
  return schema === null ? name : { schema, name };
}

/**
 * An operator class's parameters from an index column's `attoptions` (`name=value` items joined
 * by U+0001). Names PostgreSQL reserves (`pg_...`) are a server's own bookkeeping, not options.
 */
function opclassOptions(joined: string | null): Record<string, string> | null {
  if (joined === null || joined === "") return null;
  const options: Record<string, string> = {};
  for (const item of joined.split("\u0001")) {
    const at = item.indexOf("=");
    const name = item.slice(0, at);
    if (!name.startsWith("pg_")) options[name] = item.slice(at + 1);
  }
  return Object.keys(options).length === 0 ? null : options;
}

function indexElements(index: IndexRow, count: number): IndexElementDescription[] {
  const elements: IndexElementDescription[] = [];
  for (let k = 0; k < count; k++) {
    const column = index.columns[k] ?? null;
    const option = index.options?.[k] ?? 0;
    // indoption bits: 1 = DESC, 2 = NULLS FIRST (only meaningful for ordered access methods).
    elements.push({
      column,
      expression: column === null ? normalizeExpression(index.definitions?.[k] ?? "") : null,
      descending: (option & 1) !== 0,
      nullsFirst: (option & 2) !== 0,
      opclass: objectName(index.opclasses?.[k] ?? null, index.opclass_schemas?.[k] ?? null),
      opclassOptions: opclassOptions(index.opclass_options?.[k] ?? null),
      collation: objectName(index.collations?.[k] ?? null, index.collation_schemas?.[k] ?? null),
    });
  }
  return elements;
}

function includeColumns(index: IndexRow): string[] {
  return index.columns
    .slice(index.key_count)
    .map((c, k) => c ?? index.definitions?.[index.key_count + k] ?? "");
}

/**
 * Reads the schema of a live database from `pg_catalog` into a {@link SchemaDescription}, in
 * one query per kind of object, inside one repeatable-read snapshot. When `db` offers side
 * sessions (as the `Migrator` does on `withConnection` for `pg` and `postgres.js`) and is not a
 * transaction, the queries run over three sessions sharing that snapshot, as one statement each.
 *
 * Read: the schemas of `scope` (default: all). Left out: system schemas (`pg_catalog`,
 * `information_schema`, `pg_toast`, `pg_temp_*`), objects owned by extensions, the tables
 * `scope` excludes and retort's own (and their triggers and policies), sequences owned by a
 * column, indexes that back a constraint (they are described by the constraint) and NOT NULL
 * constraints (nullability is on the column).
 * Event triggers belong to no schema: one is read when the function it executes is in a schema
 * read. What the models cannot declare (collations, rules, operators, partitioning, `UNLOGGED`,
 * `INHERITS`...) is listed in `unmanaged`, with the SQL that recreates it when retort can print it.
 * Works on PostgreSQL 12+ and PGlite; `NULLS NOT DISTINCT` is read from PostgreSQL 15.
 *
 * @example
 * ```ts
 * const actual = await introspectSchema(db, { schemas: ["public", "app"] });
 * actual.tables.find((t) => t.name === "account")?.columns.map((c) => c.name);
 * ```
 */
export async function introspectSchema(
  db: Kysely<any>,
  scope: ManagedScope = {},
): Promise<SchemaDescription> {
  try {
    return await inCatalogSnapshot(db, (snapshot) => read(snapshot, scope));
  } catch (error) {
    throw introspectionFailed(error);
  }
}

/**
 * {@link introspectSchema} and `introspectDependencies` in one snapshot, the dependencies read
 * beside the schema (on a side session when there are some): what `pull --baseline` reads.
 * `options.schemas` are the dependencies' schemas, as `introspectDependencies` takes them.
 *
 * @example
 * ```ts
 * const { schema, dependencies } = await introspectWithDependencies(db, managedScope(config));
 * renderBaseline(schema, { dependencies });
 * ```
 */
export async function introspectWithDependencies(
  db: Kysely<any>,
  scope: ManagedScope = {},
  options: IntrospectDependenciesOptions = {},
): Promise<{ schema: SchemaDescription; dependencies: CatalogDependency[] }> {
  try {
    return await inCatalogSnapshot(db, async (snapshot) => {
      let dependencies: CatalogDependency[] = [];
      const schema = await read(snapshot, scope, async (trx, version) => {
        dependencies = await readDependencyEdges(trx, options.schemas, version);
      });
      return { schema, dependencies };
    });
  } catch (error) {
    throw introspectionFailed(error);
  }
}

/**
 * {@link introspectSchema}, with the schemas that exist in its snapshot (`scope.schemas` is
 * matched against them): what a read started ahead of the models (`prefetchCatalog`) needs to
 * tell whether it read the schemas the comparison manages. `onStarted` is called once every
 * query is on its way to the server. `pickSchemas`, when given, chooses the schemas to read
 * among those that exist, in place of `scope.schemas`; `scope` is returned with its choice.
 */
export async function introspectSchemaAndSchemas(
  db: Kysely<any>,
  scope: ManagedScope,
  onStarted?: () => void,
  pickSchemas?: (existing: readonly string[]) => readonly string[],
): Promise<{ schema: SchemaDescription; existing: readonly string[]; scope: ManagedScope }> {
  let existing: readonly string[] = [];
  let chosen = scope;
  try {
    const schema = await inCatalogSnapshot(db, (snapshot) =>
      read(
        snapshot,
        scope,
        undefined,
        (names) => {
          existing = names;
          if (pickSchemas !== undefined) chosen = { ...scope, schemas: pickSchemas(names) };
          return chosen.schemas;
        },
        onStarted,
      ),
    );
    return { schema, existing, scope: chosen };
  } catch (error) {
    throw introspectionFailed(error);
  }
}

function introspectionFailed(error: unknown): RetortError {
  return new RetortError(
    "INTROSPECTION_FAILED",
    `Could not read the database schema: ${(error as Error).message}`,
    {
      cause: error,
      hint: "The role needs to read pg_catalog; check the connection and the server version (12+).",
    },
  );
}

/**
 * The description of `scope`; `also` is one more read (given the server's version), run first
 * among the reads of the snapshot, `onSchemas` is told the schemas that exist and answers those
 * to read (`scope.schemas` by default; `undefined`: all of them), and `onStarted` is told when
 * every read is on its way (see {@link CatalogSnapshot.all}).
 */
async function read(
  snapshot: CatalogSnapshot,
  scope: ManagedScope,
  also: (db: Kysely<any>, version: number) => Promise<void> = async () => {},
  onSchemas: (existing: readonly string[]) => readonly string[] | undefined = () => scope.schemas,
  onStarted?: () => void,
): Promise<SchemaDescription> {
  const { db } = snapshot;
  const existing = (await readSchemas(db)).rows.map((r) => r.name);
  const managed = onSchemas(existing);
  const schemas = managed ? existing.filter((s) => managed.includes(s)) : existing;
  const version = await serverVersionNum(db);
  // Longest first (as measured on MusicBrainz), so that sessions reading in parallel end
  // together; on one session the order does not matter.
  const [
    ,
    unmanagedPrivileges,
    unmanagedSettings,
    unmanagedObjects,
    constraints,
    indexes,
    columns,
    triggers,
    unmanagedRows,
    tables,
    grantRows,
    tableSettings,
    functions,
    views,
    policies,
    domains,
    sequences,
    compositeTypes,
    rangeTypes,
    rowSecurity,
    enums,
    extensions,
    schemaComments,
    defaultPrivilegeRows,
  ] = await snapshot.all(
    [
      (db) => also(db, version),
      rowsOf(unmanagedPrivilegesQuery(schemas, version)),
      rowsOf(unmanagedSettingsQuery(schemas, version)),
      rowsOf(unmanagedObjectsQuery(schemas)),
      rowsOf(constraintsQuery(schemas, version)),
      rowsOf(indexesQuery(schemas, version >= 150000)),
      rowsOf(columnsQuery(schemas, version)),
      triggersQuery(schemas, version),
      rowsOf(unmanagedQuery(schemas, version)),
      rowsOf(tablesQuery(schemas)),
      rowsOf(grantRowsQuery(schemas, version)),
      tableSettingsQuery(schemas),
      functionsQuery(schemas, version),
      { query: viewsQuery(schemas), map: describeViewRows },
      policiesQuery(schemas),
      domainsQuery(schemas),
      sequencesQuery(schemas),
      compositeTypesQuery(schemas),
      rangeTypesQuery(schemas, version),
      rowSecurityQuery(schemas),
      enumsQuery(schemas),
      extensionsQuery(schemas),
      schemaCommentsQuery(schemas),
      rowsOf(defaultPrivilegeRowsQuery(schemas)),
    ],
    onStarted,
  );
  const grants = describeGrants(grantRows, defaultPrivilegeRows);
  // Each kind comes from one query, which orders it: the concatenation keeps that order.
  const unmanaged = [
    ...unmanagedRows,
    ...unmanagedPrivileges,
    ...unmanagedSettings,
    ...unmanagedObjects,
  ].filter((u) => !isManagedGrant(u, grants.unmanagedNames));

  const columnNames = new Map<string, string[]>();
  for (const c of columns) {
    const names = columnNames.get(c.table_oid);
    if (names === undefined) columnNames.set(c.table_oid, [c.name]);
    else names.push(c.name);
  }
  // Another migration tool's tables are never models (recognised by name and columns, so an
  // application's table that only shares a name stays).
  const kept = tables.filter(
    (t) =>
      !isExcludedTable(scope, t.schema, t.name) &&
      !isPreviousToolTable(t.schema, t.name, columnNames.get(t.oid) ?? []),
  );
  const isKept = new Set(kept);
  const excludedNames = new Set(
    tables.filter((t) => !isKept.has(t)).map((t) => `${t.schema}.${t.name}`),
  );
  const byOid = new Map<string, TableDescription>();
  for (const t of kept) {
    byOid.set(t.oid, {
      ...emptyTable(t.schema, t.name, t.comment),
      ...(rowSecurity.has(t.oid) ? { rowSecurity: rowSecurity.get(t.oid)! } : {}),
      ...partitioning(t),
    });
  }

  // Column settings and privileges: unmanaged, one ALTER TABLE per table, one GRANT per grantee.
  const columnExtras: UnmanagedRow[] = [];
  const keepColumnGrant = (u: UnmanagedRow) => !isManagedGrant(u, grants.unmanagedNames);
  const settings = new Map<string, string[]>();
  for (const c of columns) {
    const table = byOid.get(c.table_oid);
    if (!table) continue;
    if (c.settings !== null) {
      const list = settings.get(c.table_oid) ?? [];
      if (list.length === 0) settings.set(c.table_oid, list);
      list.push(c.settings);
    }
    (c.grants ?? []).forEach((statement, k) => {
      const row = {
        kind: "grant",
        schema: table.schema,
        name: c.grant_names?.[k] ?? statement,
        table: table.name,
        definition: statement,
      };
      if (keepColumnGrant(row)) columnExtras.push(row);
    });
    const type =
      c.user_type_schema !== null && c.user_type_name !== null
        ? `${quoteQualifiedAsNeeded(c.user_type_schema, c.user_type_name)}${c.user_type_modifier ?? ""}${c.is_array ? "[]" : ""}`
        : normalizeType(c.type);
    const isGenerated = c.generated !== "";
    const column: ColumnDescription = {
      name: c.name,
      type,
      userType:
        c.user_type_schema !== null && c.user_type_name !== null
          ? { schema: c.user_type_schema, name: c.user_type_name }
          : null,
      nullable: !c.not_null,
      default:
        c.default_expr !== null && !isGenerated ? normalizeDefault(c.default_expr, type) : null,
      identity:
        c.identity !== "" && c.seq_start !== null
          ? {
              always: c.identity === "a",
              start: c.seq_start,
              increment: c.seq_increment ?? "1",
              min: c.seq_min ?? "1",
              max: c.seq_max ?? "",
              cache: c.seq_cache ?? "1",
              cycle: c.seq_cycle ?? false,
              ...identitySequence(table.schema, table.name, c.name, c.seq_name),
            }
          : null,
      // attgenerated: 's' stored (PostgreSQL 12+), 'v' virtual (PostgreSQL 18+).
      generated:
        isGenerated && c.default_expr !== null
          ? { expression: normalizeExpression(c.default_expr), stored: c.generated === "s" }
          : null,
      collation: objectName(c.collation, c.collation_schema),
      comment: c.comment,
      renamedFrom: null,
    };
    table.columns.push(column);
  }

  for (const [oid, actions] of settings) {
    const table = byOid.get(oid)!;
    columnExtras.push({
      kind: "column settings",
      schema: table.schema,
      name: table.name,
      table: table.name,
      definition: `ALTER TABLE ${quoteQualifiedAsNeeded(table.schema, table.name)} ${actions.join(", ")}`,
    });
  }

  const indexByOid = new Map(indexes.map((i) => [i.oid, i]));
  const constraintIndexes = new Set<string>();
  for (const con of constraints) {
    const table = byOid.get(con.table_oid);
    if (!table) continue;
    describeConstraint(table, con, indexByOid.get(con.index_oid));
    if (con.type === "p" || con.type === "u" || con.type === "x")
      constraintIndexes.add(con.index_oid);
  }

  for (const i of indexes) {
    // A materialized view's indexes are the view's (readIndexes reads them with the tables').
    const table = byOid.get(i.table_oid) ?? views.get(i.table_oid);
    if (!table || constraintIndexes.has(i.oid)) continue;
    // A table's index carries its comment; a materialized view's stays SQL (catalog-relations).
    const comment = i.comment !== null && byOid.has(i.table_oid) ? { comment: i.comment } : {};
    // So do its expression columns' statistics targets.
    const statistics =
      i.statistics !== null && byOid.has(i.table_oid) ? { statistics: { ...i.statistics } } : {};
    table.indexes.push({ ...describeIndex(i), ...comment, ...statistics });
  }

  applyTableSettings(tableSettings, byOid);
  const described = [...byOid.values()];
  const usedSchemas = new Set(schemas);
  usedSchemas.delete("public");
  return sortSchemaDescription({
    schemas: [...usedSchemas],
    enums: enums.map((e) => ({
      schema: e.schema,
      name: e.name,
      values: e.values,
      comment: e.comment,
    })),
    tables: described,
    sequences: sequences.map((s) => ({
      schema: s.schema,
      name: s.name,
      dataType: s.data_type,
      start: s.start,
      increment: s.increment,
      min: s.min,
      max: s.max,
      cache: s.cache,
      cycle: s.cycle,
      ownedBy:
        s.owner_table === null || s.owner_column === null
          ? null
          : { table: s.owner_table, column: s.owner_column },
      comment: s.comment,
      renamedFrom: null,
    })),
    functions,
    triggers: triggers
      .filter((t) => byOid.has(t.tableOid))
      .map(({ tableOid: _oid, ...trigger }) => trigger),
    views: [...views.values()],
    policies: policies
      .filter((p) => byOid.has(p.tableOid))
      .map(({ tableOid: _oid, ...policy }) => policy),
    domains,
    compositeTypes,
    rangeTypes,
    unmanaged: [...unmanaged, ...columnExtras]
      .filter((u) => u.table === null || !excludedNames.has(`${u.schema}.${u.table}`))
      .map((u) => ({
        kind: u.kind as UnmanagedKind,
        schema: u.schema,
        name: u.name,
        table: u.table,
        definition: u.definition,
      })),
    extensions: extensions.map((x) => ({ name: x.name, schema: x.schema, version: x.version })),
    schemaComments,
    privileges: withoutExcludedTables(grants.privileges, excludedNames),
  });
}

function describeIndex(i: IndexRow): IndexDescription {
  return {
    name: i.name,
    unique: i.unique,
    method: i.method,
    elements: indexElements(i, i.key_count),
    include: includeColumns(i),
    where:
      i.predicate === null
        ? null
        : normalizeExpression(faithfulExpression(i.predicate, i.predicate_plain ?? i.predicate)),
    nullsNotDistinct: i.nulls_not_distinct,
    ...storageParametersField(parseReloptions(i.storage_parameters)),
  };
}

/**
 * Only the views and materialized views of `schemas` (with their indexes), as
 * {@link introspectSchema} describes them: what `canonicalViews` reads back, without reading
 * every table again.
 *
 * @example
 * ```ts
 * const views = await introspectViews(trx, ["public"]);
 * ```
 */
export async function introspectViews(
  db: Kysely<any>,
  schemas: string[],
): Promise<ViewDescription[]> {
  return inCatalogSession(db, async (trx) => {
    const views = describeViewRows((await readViews(trx, schemas)).rows);
    if ([...views.values()].some((v) => v.materialized)) {
      const version = await serverVersionNum(trx);
      for (const i of (await readIndexes(trx, schemas, version >= 150000, true)).rows) {
        views.get(i.table_oid)?.indexes.push(describeIndex(i));
      }
    }
    return sortSchemaDescription({ ...emptySchema, views: [...views.values()] }).views;
  });
}

/**
 * The checks and indexes of `tables` (schema and name each), as {@link introspectSchema}
 * describes them, and their columns' defaults as `pg_get_expr` prints them (before
 * `normalizeDefault`, which needs the column's type): what `canonicalExpressions` reads back of
 * its probe tables, without reading every other object of their schemas again.
 *
 * @example
 * ```ts
 * const [probe] = await introspectChecksAndIndexes(trx, [{ schema: "public", name: "probe" }]);
 * ```
 */
export async function introspectChecksAndIndexes(
  db: Kysely<any>,
  tables: NonNullable<TableFilter>,
): Promise<
  (Pick<TableDescription, "schema" | "name" | "checks" | "indexes"> & {
    defaults: Map<string, string>;
  })[]
> {
  if (tables.length === 0) return [];
  return inCatalogSession(db, async (trx) => {
    const version = await serverVersionNum(trx);
    const schemas = [...new Set(tables.map((t) => t.schema))];
    const { rows } = await sql<{ oid: string; schema: string; name: string }>`
      select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and (n.nspname, c.relname) in
        (select * from unnest(${tables.map((t) => t.schema)}::text[], ${tables.map((t) => t.name)}::text[]))`.execute(
      trx,
    );
    const byOid = new Map<string, TableDescription>();
    const defaults = new Map<string, Map<string, string>>();
    for (const t of rows) {
      byOid.set(t.oid, emptyTable(t.schema, t.name, null));
      defaults.set(t.oid, new Map());
    }
    if (rows.length > 0) {
      // Printed as columnsQuery prints a default, so that normalizeDefault reads it the same.
      const read = await sql<{ table_oid: string; name: string; default_expr: string }>`
        select ad.adrelid::text as table_oid, a.attname::text as name,
               ${expressionText(sql`ad.adbin`, sql`ad.adrelid`, true)} as default_expr
        from pg_attrdef ad
        join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
        where ad.adrelid = any(${rows.map((t) => t.oid)}::oid[]) and a.attgenerated = ''`.execute(
        trx,
      );
      for (const d of read.rows) defaults.get(d.table_oid)?.set(d.name, d.default_expr);
    }
    const indexes = (await readIndexes(trx, schemas, version >= 150000, false, tables)).rows;
    const indexByOid = new Map(indexes.map((i) => [i.oid, i]));
    const constraintIndexes = new Set<string>();
    for (const con of (await readConstraints(trx, schemas, version, tables)).rows) {
      const table = byOid.get(con.table_oid);
      if (!table) continue;
      describeConstraint(table, con, indexByOid.get(con.index_oid));
      if (con.type === "p" || con.type === "u" || con.type === "x")
        constraintIndexes.add(con.index_oid);
    }
    for (const i of indexes) {
      const table = byOid.get(i.table_oid);
      if (!table || constraintIndexes.has(i.oid)) continue;
      const comment = i.comment === null ? {} : { comment: i.comment };
      const statistics = i.statistics === null ? {} : { statistics: { ...i.statistics } };
      table.indexes.push({ ...describeIndex(i), ...comment, ...statistics });
    }
    return [...byOid].map(([oid, { schema, name, checks, indexes }]) => ({
      schema,
      name,
      checks,
      indexes,
      defaults: defaults.get(oid)!,
    }));
  });
}

function describeConstraint(
  table: TableDescription,
  con: ConstraintRow,
  index: IndexRow | undefined,
): void {
  const deferrable = { deferrable: con.deferrable, initiallyDeferred: con.deferred };
  const comment = con.comment === null ? {} : { comment: con.comment };
  switch (con.type) {
    case "p":
      table.primaryKey = {
        name: con.name,
        columns: index ? index.columns.slice(0, index.key_count).map((c) => c ?? "") : con.columns,
        ...deferrable,
        ...comment,
      };
      return;
    case "u":
      table.uniques.push({
        name: con.name,
        columns: index ? index.columns.slice(0, index.key_count).map((c) => c ?? "") : con.columns,
        include: index ? includeColumns(index) : [],
        nullsNotDistinct: index?.nulls_not_distinct ?? false,
        ...deferrable,
        ...comment,
      });
      return;
    case "f":
      table.foreignKeys.push({
        name: con.name,
        columns: con.columns,
        refSchema: con.ref_schema ?? "",
        refTable: con.ref_table ?? "",
        refColumns: con.ref_columns ?? [],
        onUpdate: actions[con.on_update] ?? "no action",
        onDelete: actions[con.on_delete] ?? "no action",
        match: matches[con.match] ?? "simple",
        ...deferrable,
        ...(con.on_delete_columns?.length ? { onDeleteColumns: con.on_delete_columns } : {}),
        ...(con.not_valid ? { notValid: true } : {}),
        ...comment,
      });
      return;
    case "c":
      table.checks.push({
        name: con.name,
        expression: normalizeExpression(
          faithfulExpression(con.check_expr ?? "", con.check_expr_plain ?? ""),
        ),
        noInherit: con.no_inherit,
        ...(con.not_valid ? { notValid: true } : {}),
        ...comment,
      });
      return;
    case "x": {
      const elements = index ? indexElements(index, index.key_count) : [];
      const exclusion: ExclusionDescription = {
        name: con.name,
        method: index?.method ?? "gist",
        elements: elements.map((e, k) => ({ ...e, operator: con.operators?.[k] ?? "=" })),
        include: index ? includeColumns(index) : [],
        where: index?.predicate
          ? normalizeExpression(
              faithfulExpression(index.predicate, index.predicate_plain ?? index.predicate),
            )
          : null,
        ...deferrable,
        ...comment,
      };
      table.exclusions.push(exclusion);
      return;
    }
    default:
      return;
  }
}

/** A table as its own catalog row describes it, before its columns, keys and indexes are read. */
function emptyTable(schema: string, name: string, comment: string | null): TableDescription {
  return {
    schema,
    name,
    columns: [],
    primaryKey: null,
    uniques: [],
    checks: [],
    foreignKeys: [],
    indexes: [],
    exclusions: [],
    comment,
    renamedFrom: null,
  };
}
