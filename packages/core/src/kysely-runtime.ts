import { loadKysely } from "./runtime/execute-raw";

// kysely's runtime for retort's own packages (the differ's catalog reads, the drivers' dialects),
// taken from `loadKysely` rather than a static `import "kysely"`: the CLI hands `loadKysely` the
// project's kysely bundled into one file, which loads in a tenth of the time of its 280 modules
// and, on Node 20, without a module-hooks thread. A program importing retort gets its own
// `kysely`, as a static import would give it. An entry of its own, apart from core's index, so
// that the commands that never connect (`heads`, `--sql`) do not wait for kysely. Each class is
// also a type here, as the import it replaces gave it.
const kysely = await loadKysely();

export const sql = kysely.sql;
export const PostgresDialect = kysely.PostgresDialect;
export type PostgresDialect = import("kysely").PostgresDialect;
export const CompiledQuery = kysely.CompiledQuery;
export type CompiledQuery = import("kysely").CompiledQuery;
export const PostgresAdapter = kysely.PostgresAdapter;
export type PostgresAdapter = import("kysely").PostgresAdapter;
export const PostgresIntrospector = kysely.PostgresIntrospector;
export type PostgresIntrospector = import("kysely").PostgresIntrospector;
export const PostgresQueryCompiler = kysely.PostgresQueryCompiler;
export type PostgresQueryCompiler = import("kysely").PostgresQueryCompiler;
