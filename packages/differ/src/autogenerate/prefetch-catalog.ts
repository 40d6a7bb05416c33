import type { Kysely } from "kysely";
import { introspectSchemaAndSchemas } from "../introspect/introspect-schema";
import type { QualifiedName, SchemaDescription } from "../schema/schema-description";
import type { ManagedScope } from "../scope/managed-scope";

/**
 * A catalog read started before the models are loaded (see {@link prefetchCatalog}); pass it to
 * `checkModels` or `autogenerate` as `prefetched`.
 */
export interface CatalogPrefetch {
  /**
   * The description, the schemas that existed in its snapshot, and the scope it read (with
   * `pickSchemas`, the schemas it chose).
   */
  readonly read: Promise<{
    schema: SchemaDescription;
    existing: readonly string[];
    scope: ManagedScope;
  }>;
  /**
   * Settles once every query of the read is on its way to the server (or the read has ended):
   * from then on the server reads without waiting for this process, which can load the models.
   */
  readonly started: Promise<void>;
}

/**
 * Starts reading the catalog over `scope` on `db`, to be compared once the models are loaded:
 * the server reads while this process imports the models, instead of after. The managed schemas
 * are only known from the models, so `scope.schemas` is a guess (the last run's); the comparison
 * uses the read only when it covers exactly the schemas it manages, and reads again otherwise.
 * Nothing else may run on `db` until the comparison has taken the read: it holds `db`'s
 * transaction. A failed read is not reported here; the comparison's own read reports it.
 * Without a last run to go by, `pickSchemas` guesses from the schemas that exist (told once the
 * read has them, in its snapshot), in place of `scope.schemas`.
 *
 * @example
 * ```ts
 * const prefetched = prefetchCatalog(db, { ...managedScope(config), schemas: ["public"] });
 * // Or, with no last run to go by: the schemas that exist and that the models name.
 * // prefetchCatalog(db, managedScope(config), (existing) => existing.filter(isNamed));
 * await prefetched.started;
 * const models = await import("./models/index.ts");
 * const { isEmpty } = await checkModels({ db, models, ...managedScope(config), prefetched });
 * ```
 */
export function prefetchCatalog(
  db: Kysely<any>,
  scope: ManagedScope,
  pickSchemas?: (existing: readonly string[]) => readonly string[],
): CatalogPrefetch {
  let onStarted!: () => void;
  const started = new Promise<void>((resolve) => {
    onStarted = resolve;
  });
  const read = introspectSchemaAndSchemas(db, scope, onStarted, pickSchemas);
  read.then(onStarted, onStarted);
  return { read, started };
}

const sameName = (a: QualifiedName | undefined, b: QualifiedName | undefined) =>
  a?.schema === b?.schema && a?.name === b?.name;

const patterns = (scope: ManagedScope) => (scope.exclude ?? []).map(String).join("\0");

/**
 * The prefetched description, when its read is the one `introspectSchema(db, managed)` would
 * have made in the same snapshot: the same schemas among those that exist, the same tables left
 * out. Otherwise (or when it failed) `undefined`. Always waits for the read to end, so that the
 * session is free afterwards.
 */
export async function takePrefetched(
  prefetch: CatalogPrefetch,
  managed: ManagedScope & { readonly schemas: readonly string[] },
): Promise<SchemaDescription | undefined> {
  const result = await prefetch.read.catch(() => undefined);
  if (result === undefined) return undefined;
  const read = result.scope;
  const among = (schemas: readonly string[] | undefined) =>
    result.existing.filter((s) => schemas === undefined || schemas.includes(s)).join("\0");
  const same =
    among(read.schemas) === among(managed.schemas) &&
    patterns(read) === patterns(managed) &&
    sameName(read.versionTable, managed.versionTable) &&
    sameName(read.historyTable, managed.historyTable);
  return same ? result.schema : undefined;
}
