import { resolve, sep } from "node:path";
import { isTable, unexportedTables } from "../models/table";
import { isView } from "../models/view";

// Views are dropped alike when the entry forgets them.
const isModel = (value: unknown) => isTable(value) || isView(value);

/** A table some models file defines but the models entry does not export. */
export interface UnexportedTable {
  schema: string;
  name: string;
  /** The file that defines it. */
  file: string;
}

/** A file of the models folder, imported, and what it exports. */
export interface ModelsModule {
  /** The file, absolute. */
  file: string;
  /** Its module namespace. */
  exports: Record<string, unknown>;
}

/**
 * Tables defined by files under `modelsDir` that the models entry does not export. Autogenerate
 * would read them as absent and drop them, so `revision --autogenerate` and `check` name them.
 *
 * With `modules` (the folder's other files, imported by the caller: what the CLI does), a table
 * (or view) is one such a file exports, once per file and export. Without, it is one that `table(...)`
 * defined in a file under `modelsDir`, found from the call stack; call it after importing the
 * models entry (which imports the files) from their own paths, not from a bundle.
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
  modules?: readonly ModelsModule[],
): UnexportedTable[] {
  // With the separator, `app/models` does not also match `app/models-old/`.
  const folder = resolve(modelsDir) + sep;
  if (modules === undefined) {
    return unexportedTables(exported, { folder }).map(({ table, file }) => ({
      schema: table.schema,
      name: table.name,
      file: file ?? "",
    }));
  }
  const seen = new Set(Object.values(exported).filter(isModel));
  return modules
    .filter((module) => module.file.startsWith(folder))
    .flatMap((module) =>
      Object.values(module.exports)
        .filter(isModel)
        .filter((model) => !seen.has(model))
        .map((model) => {
          const { schema, name } = model as { schema: string; name: string };
          return { schema, name, file: module.file };
        }),
    );
}
