import { loadKysely } from "@retort/core";

// kysely's runtime from core's `loadKysely`, not a static `import "kysely"`: the CLI hands core
// the project's kysely bundled into one file (see @retort/differ's kysely-runtime.ts).
export const { PostgresDialect } = await loadKysely();
