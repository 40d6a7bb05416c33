import { loadKysely } from "@retort/core";

// kysely's runtime from core's `loadKysely`, not a static `import "kysely"`: the CLI hands core
// the project's kysely bundled into one file (see @retort/differ's kysely-runtime.ts). Each class
// is also a type here, as the import it replaces gave it.
const kysely = await loadKysely();
export const CompiledQuery = kysely.CompiledQuery;
export type CompiledQuery = import("kysely").CompiledQuery;
export const PostgresAdapter = kysely.PostgresAdapter;
export type PostgresAdapter = import("kysely").PostgresAdapter;
export const PostgresIntrospector = kysely.PostgresIntrospector;
export type PostgresIntrospector = import("kysely").PostgresIntrospector;
export const PostgresQueryCompiler = kysely.PostgresQueryCompiler;
export type PostgresQueryCompiler = import("kysely").PostgresQueryCompiler;
