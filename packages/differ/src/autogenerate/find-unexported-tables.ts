import { resolve, sep } from "node:path";
import { unexportedTables } from "../models/table";

/** A table some models file defines but the models entry does not export. */
export interface UnexportedTable {
  schema: string;
  name: string;
  /** The file that defines it. */
  file: string;
}

/**
 * Tables defined by files under `modelsDir` that the models entry does not export. Autogenerate
 * would read them as absent and drop them, so `revision --autogenerate` and `check` name them.
 * Call it after importing the models entry (which imports the files).
 *
 * @example
 * ```ts
 * const models = await import("/repo/app/models/index.ts");
 * findUnexportedTables("/repo/app/models", models);
 * // [{ schema: "public", name: "draft", file: "/repo/app/models/draft.ts" }]
 * ```
 */
export function findUnexportedTables(
  modelsDir: string,
  exported: Record<string, unknown>,
): UnexportedTable[] {
  // With the separator, `app/models` does not also match `app/models-old/`.
  const folder = resolve(modelsDir) + sep;
  return unexportedTables(exported, { folder }).map(({ table, file }) => ({
    schema: table.schema,
    name: table.name,
    file: file ?? "",
  }));
}
