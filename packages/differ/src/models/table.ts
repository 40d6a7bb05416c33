import { findSourceMap, type SourceMap } from "node:module";
import { fileURLToPath } from "node:url";
import { RetortError } from "@retort/core";
import type { StorageParameterValue } from "../schema/normalize-storage-parameters";
import type { ColumnBuilder, ColumnDefinition, ColumnRef, ColumnState } from "./column-builder";
import type { IndexBuilder } from "./index-builder";
import { checkColumnKey } from "./index-like-key";
import type { PartitionBound, PartitionBy, PartitionOfModel } from "./partition";
import type {
  CheckDefinition,
  ExclusionDefinition,
  ForeignKeyDefinition,
  PrimaryKeyDefinition,
  UniqueDefinition,
} from "./table-constraints";

const tableBrand = Symbol.for("retort.table");

/** The columns of a table, by key. */
export type ColumnMap = Record<string, ColumnBuilder<any>>;

/** A column bound to its table: what `t.x` and `account.columns.x` are. */
export interface Column<S extends ColumnState = ColumnState> extends ColumnRef {
  readonly key: string;
  /** The real column name. */
  readonly name: string;
  readonly table: AnyTable;
  readonly definition: Readonly<ColumnDefinition>;
  /** Type-only. */
  readonly "~state": S;
}

/** The bound columns of a column map. */
export type BoundColumns<C extends ColumnMap> = {
  readonly [K in keyof C]: Column<C[K]["~state"]>;
};

/** Everything declared on a table beside its columns. */
export interface TableExtras {
  primaryKey?: PrimaryKeyDefinition;
  uniques?: UniqueDefinition[];
  checks?: CheckDefinition[];
  foreignKeys?: ForeignKeyDefinition[];
  indexes?: IndexBuilder[];
  exclusions?: ExclusionDefinition[];
}

/** Options of {@link table}. */
export interface TableOptions<Schema extends string = string> {
  /** Default is `"public"`. */
  schema?: Schema;
  /** `COMMENT ON TABLE`. */
  comment?: string;
  /** The table's previous name, so autogenerate renames it instead of drop + create. */
  renamedFrom?: string;
  /**
   * Row-level security: `enabled` applies the table's policies to every role but the owner,
   * `forced` to the owner too. Default is both off.
   */
  rls?: { enabled?: boolean; forced?: boolean };
  /**
   * Storage parameters, `WITH (...)`: `fillfactor`, `autovacuum_*`, and the TOAST table's as
   * `"toast.autovacuum_enabled"`. Default is none.
   */
  with?: Readonly<Record<string, StorageParameterValue>>;
  /** `UNLOGGED`: not written to the WAL, so faster, but emptied after a crash and not replicated. */
  unlogged?: boolean;
  /**
   * What logical replication logs of an updated or deleted row. Default is `"default"` (the
   * primary key); `{ index }` names a unique index (or key constraint) of the table.
   */
  replicaIdentity?: "default" | "full" | "nothing" | { index: string };
  /**
   * The index `CLUSTER` orders the table by, when it names a key constraint's index
   * (`"account_pkey"`); for an index of the models, `.cluster()` on the index says it.
   */
  clusterOn?: string;
  /**
   * Makes it a partitioned table, whose partitions are declared with `partitionOf`: columns by
   * name (or key), or expressions. PostgreSQL cannot change the key of an existing table.
   *
   * @example
   * ```ts
   * table("measurement", { ... }, { partitionBy: { range: ["logged_at"] } });
   * // CREATE TABLE "measurement" (...) PARTITION BY RANGE (logged_at)
   * ```
   */
  partitionBy?: PartitionBy;
  /**
   * Makes it a partition of a partitioned table, declaring its columns (the parent's) and the
   * keys and indexes of its own (not those PostgreSQL copies from the parent): what `pull`
   * writes. `partitionOf(parent, name, ...)` declares one with its parent's columns.
   *
   * @example
   * ```ts
   * table("event_2025", { ... }, (t) => ({ indexes: [index().on(t.kind)] }), {
   *   partitionOf: { parent: event, forValues: { from: ["2025-01-01"], to: ["2026-01-01"] } },
   * });
   * ```
   */
  partitionOf?: { parent: AnyTable; forValues: PartitionBound };
}

/** A table's physical options, as {@link TableOptions} gives them. */
export type TablePhysicalOptions = Pick<
  TableOptions,
  "with" | "unlogged" | "replicaIdentity" | "clusterOn"
>;

/** Where `partitionOf` passes its parent and bound to `table` (not a user option). */
export const partitionOfOption = Symbol("retort.partitionOf");

/** A table declared in the models. */
export interface Table<
  Name extends string = string,
  Schema extends string = string,
  C extends ColumnMap = ColumnMap,
> {
  readonly [tableBrand]: true;
  readonly name: Name;
  readonly schema: Schema;
  readonly columns: BoundColumns<C>;
  readonly comment: string | null;
  readonly renamedFrom: string | null;
  /** Row-level security switches (see {@link TableOptions.rls}). */
  readonly rls: { readonly enabled: boolean; readonly forced: boolean };
  /** The physical options of {@link TableOptions} (`with`, `unlogged`, `replicaIdentity`, `clusterOn`). */
  readonly physical: TablePhysicalOptions;
  /** Set on a partitioned table. */
  readonly partitionBy?: PartitionBy | null;
  /** Set on a partition (see `partitionOf`). */
  readonly partitionOf?: PartitionOfModel | null;
  /** The file whose code called `table(...)`, from the call stack; `null` when unknown. */
  readonly definedIn: string | null;
  /** The constraints and indexes, computed on first call (so they may name later tables). */
  extras(): TableExtras;
}

/** Any table. */
export type AnyTable = Table<string, string, ColumnMap>;

/** Whether `value` is a {@link Table}. */
export function isTable(value: unknown): value is AnyTable {
  return typeof value === "object" && value !== null && tableBrand in value;
}

/** Every table defined since the process started, in order; shared by all copies of retort. */
function registry(): AnyTable[] {
  const key = Symbol.for("retort.table-registry");
  const holder = globalThis as unknown as Record<symbol, AnyTable[] | undefined>;
  holder[key] ??= [];
  return holder[key];
}

/** `partition.ts`, whose `partitionOf` calls `table`: a caller to skip too. */
const partitionFile = (() => {
  try {
    return fileURLToPath(new URL("./partition.ts", import.meta.url));
  } catch {
    return "";
  }
})();

const ownFile = (() => {
  try {
    return fileURLToPath(import.meta.url);
  } catch {
    return import.meta.url;
  }
})();

/** Whether a frame's file is retort's own code (or Node's, or a loader's): not the models. */
function isOwnFrame(file: string, also: readonly string[]): boolean {
  // This file (or the bundle it is part of), Node internals and loaders (vite-node, tsx).
  return (
    file === ownFile ||
    also.includes(file) ||
    file.startsWith("node:") ||
    file.includes("/node_modules/")
  );
}

// Every model's definition asks for the same few frames' files (the models bundle, retort's own).
const paths = new Map<string, string | null>();

function pathOf(file: string): string | null {
  if (!file.startsWith("file://")) return file;
  let path = paths.get(file);
  if (path === undefined) {
    try {
      path = fileURLToPath(file);
    } catch {
      path = null;
    }
    paths.set(file, path);
  }
  return path;
}

/**
 * The file of the first stack frame outside retort's own code: the models file. `also` names
 * more of retort's files to skip (another model builder's own). The stack is taken now and read
 * on the first call of the function returned: the CLI never asks (it knows each model's file
 * from its imports), and reading it (a source map lookup per model) was most of `table(...)`.
 */
export function callerFile(...also: string[]): () => string | null {
  // V8 keeps the frames and formats them when `stack` is first read, with the
  // `Error.prepareStackTrace` of that moment.
  const holder: { stack?: unknown } = {};
  Error.captureStackTrace(holder, callerFile);
  let found: string | null | undefined;
  return () => {
    found ??= fileOfFrames(holder, also);
    return found;
  };
}

function fileOfFrames(holder: { stack?: unknown }, also: readonly string[]): string | null {
  // Node's own stack text maps every frame through the source maps when they are enabled (the
  // CLI enables them): over a second for a thousand models. The raw call sites tell retort's
  // frames from the models' (retort's own are in `ownFile`, or the bundle it is part of), so
  // only the frame found is mapped.
  const format = Error.prepareStackTrace;
  let sites: NodeJS.CallSite[] = [];
  Error.prepareStackTrace = (_error, callSites) => callSites;
  try {
    sites = Array.isArray(holder.stack) ? (holder.stack as NodeJS.CallSite[]) : [];
  } finally {
    if (format === undefined) delete (Error as { prepareStackTrace?: unknown }).prepareStackTrace;
    else Error.prepareStackTrace = format;
  }
  for (const site of sites) {
    const raw = site.getFileName();
    if (raw === undefined || raw === null) continue;
    const file = pathOf(raw);
    if (file === null || isOwnFrame(file, also)) continue;
    const original = originalFile(raw, site);
    if (original !== null && isOwnFrame(original, also)) continue;
    return original ?? file;
  }
  return null;
}

// Node builds a file's SourceMap anew on each findSourceMap (milliseconds for a bundle of models).
const sourceMaps = new Map<string, SourceMap | null>();

/** The source a frame maps to when Node holds a source map for its file, as its stack text names it. */
function originalFile(raw: string, site: NodeJS.CallSite): string | null {
  let map = sourceMaps.get(raw);
  if (map === undefined) {
    map = findSourceMap(raw) ?? null;
    sourceMaps.set(raw, map);
  }
  if (map === null) return null;
  // Asked only now: V8 finds a frame's line by scanning the file's text from the top.
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (line === null || column === null) return null;
  const entry = map.findEntry(line - 1, column - 1) as { originalSource?: string };
  if (entry.originalSource === undefined || entry.originalSource === "") return null;
  return pathOf(entry.originalSource);
}

/**
 * Declares a table. Columns are built with `column` (imported as `c`); constraints and indexes
 * over several columns come from an optional callback that receives the bound columns.
 *
 * @example
 * ```ts
 * export const account = table(
 *   "account",
 *   {
 *     id: c.bigint().primaryKey().generatedAlwaysAsIdentity(),
 *     email: c.text().notNull().unique(),
 *     createdAt: c.timestamptz().notNull().defaultSql("now()").name("created_at"),
 *   },
 *   (t) => ({ indexes: [index().on(t.createdAt)] }),
 *   { schema: "app", comment: "People who sign in" },
 * );
 * // CREATE TABLE app.account (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ...)
 * ```
 */
export function table<
  const Name extends string,
  C extends ColumnMap,
  const Schema extends string = "public",
>(
  name: Name,
  columns: C,
  extras?: ((t: BoundColumns<C>) => TableExtras) | null,
  options?: TableOptions<Schema>,
): Table<Name, Schema, C>;
export function table<
  const Name extends string,
  C extends ColumnMap,
  const Schema extends string = "public",
>(name: Name, columns: C, options: TableOptions<Schema>): Table<Name, Schema, C>;
export function table(
  name: string,
  columns: ColumnMap,
  extrasOrOptions?: ((t: BoundColumns<ColumnMap>) => TableExtras) | TableOptions | null,
  maybeOptions?: TableOptions,
): AnyTable {
  const extrasFn = typeof extrasOrOptions === "function" ? extrasOrOptions : null;
  const options =
    (typeof extrasOrOptions === "object" && extrasOrOptions !== null
      ? extrasOrOptions
      : maybeOptions) ?? {};
  let computed: TableExtras | null = null;
  const definedIn = callerFile(partitionFile);
  const bound: Record<string, Column> = {};
  const result: AnyTable = {
    [tableBrand]: true,
    name,
    schema: options.schema ?? "public",
    columns: bound,
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
    rls: Object.freeze({
      enabled: options.rls?.enabled ?? false,
      forced: options.rls?.forced ?? false,
    }),
    physical: {
      with: options.with,
      unlogged: options.unlogged,
      replicaIdentity: options.replicaIdentity,
      clusterOn: options.clusterOn,
    },
    partitionBy: options.partitionBy ?? null,
    partitionOf:
      (options as { [partitionOfOption]?: PartitionOfModel })[partitionOfOption] ??
      (options.partitionOf === undefined ? null : { ...options.partitionOf, ownColumns: true }),
    get definedIn() {
      return definedIn();
    },
    extras() {
      if (computed === null) computed = extrasFn ? extrasFn(bound) : {};
      return computed;
    },
  };
  const keyOwner = { kind: "table", name };
  for (const [key, builder] of Object.entries(columns)) {
    checkColumnKey(key, keyOwner);
    if (typeof builder !== "object" || builder === null || !("definition" in builder)) {
      throw new RetortError(
        "BAD_MODEL",
        `Column "${key}" of table "${name}" is not a column builder.`,
        {
          hint: "Declare columns with the column builders, e.g. `c.text().notNull()`.",
          details: { table: name, column: key },
        },
      );
    }
    bound[key] = Object.freeze({
      key,
      name: builder.definition.name ?? key,
      table: result,
      definition: builder.definition,
    }) as Column;
  }
  Object.freeze(bound);
  registry().push(result);
  return Object.freeze(result);
}

/** A table and where it was defined. */
export interface DefinedTable {
  table: AnyTable;
  /** From the call stack at definition time; `null` when it could not be read. */
  file: string | null;
}

/**
 * Every table defined by `table(...)` in this process, in definition order, with its file. A
 * models entry imports its files, so after importing it this lists what they define.
 *
 * @example
 * ```ts
 * await import(modelsEntry);
 * definedTables(); // [{ table: account, file: "/app/models/account.ts" }, ...]
 * ```
 */
export function definedTables(): DefinedTable[] {
  return registry().map((t) => ({ table: t, file: t.definedIn }));
}

/**
 * Tables defined (optionally: only in files under `folder`) that the models entry does not
 * export: autogenerate and `check` report them, as the table would otherwise be silently dropped.
 *
 * @example
 * ```ts
 * const models = await import("./app/models/index.ts");
 * unexportedTables(models, { folder: "/repo/app/models" }); // [{ table: draft, file: ".../draft.ts" }]
 * ```
 */
export function unexportedTables(
  models: Record<string, unknown>,
  options: { folder?: string } = {},
): DefinedTable[] {
  const exported = new Set(Object.values(models).filter(isTable));
  const exportedNames = new Set([...exported].map((t) => `${t.schema}.${t.name}`));
  return definedTables().filter(
    ({ table: t, file }) =>
      !exported.has(t) &&
      // A module evaluated twice (test isolation, cache busting) defines equal tables twice.
      !exportedNames.has(`${t.schema}.${t.name}`) &&
      (options.folder === undefined || file?.startsWith(options.folder) === true),
  );
}
