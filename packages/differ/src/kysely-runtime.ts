import { loadKysely } from "@retort/core";

// kysely's `sql` for the catalog reads and probes, taken from core's `loadKysely` rather than a
// static `import "kysely"`: the CLI hands core the project's kysely bundled into one file, which
// loads in a tenth of the time of its 280 modules without a loader thread (Node 20). A program
// importing the differ gets its own `kysely`, as a static import would give it.
export const { sql } = await loadKysely();
