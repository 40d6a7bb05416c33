import { resolve, sep } from "node:path";
import { definedFunctions, isFnModel } from "../models/fn";
import { definedPolicies, isPolicyModel } from "../models/policy";
import { isTable, unexportedTables } from "../models/table";
import { definedTriggers, isTriggerModel } from "../models/trigger";
import { isView } from "../models/view";

/** A table (or function, procedure, trigger) some models file defines but the entry does not export. */
export interface UnexportedTable {
  schema: string;
  /** A trigger's is `table.trigger`. */
  name: string;
  /** The file that defines it. */
  file: string;
  /** Absent for a table. */
  kind?: "function" | "procedure" | "trigger" | "view" | "materialized view" | "policy";
}

/**
 * The view, function, procedure or trigger `value` is, as an {@link UnexportedTable}; `null`
 * otherwise.
 */
function routineModel(value: unknown, file: string | null): UnexportedTable | null {
  if (isView(value)) {
    return {
      schema: value.schema,
      name: value.name,
      file: file ?? "",
      kind: value.materialized ? "materialized view" : "view",
    };
  }
  if (isFnModel(value)) {
    return {
      schema: value.schema,
      name: value.name,
      file: file ?? "",
      kind: value.procedure ? "procedure" : "function",
    };
  }
  if (isPolicyModel(value)) {
    return {
      schema: value.schema,
      name: `${value.table}.${value.name}`,
      file: file ?? "",
      kind: "policy",
    };
  }
  if (isTriggerModel(value)) {
    return {
      schema: value.schema,
      name: `${value.table}.${value.name}`,
      file: file ?? "",
      kind: "trigger",
    };
  }
  return null;
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
  const exportedValues = new Set(Object.values(exported));
  if (modules === undefined) {
    const routines = [...definedFunctions(), ...definedTriggers(), ...definedPolicies()]
      .filter((m) => !exportedValues.has(m) && m.definedIn?.startsWith(folder) === true)
      .flatMap((m) => routineModel(m, m.definedIn) ?? []);
    return [
      ...unexportedTables(exported, { folder }).map(({ table, file }) => ({
        schema: table.schema,
        name: table.name,
        file: file ?? "",
      })),
      ...routines,
    ];
  }
  return modules
    .filter((module) => module.file.startsWith(folder))
    .flatMap((module) =>
      Object.values(module.exports)
        .filter((value) => !exportedValues.has(value))
        .flatMap((value) =>
          isTable(value)
            ? [{ schema: value.schema, name: value.name, file: module.file }]
            : (routineModel(value, module.file) ?? []),
        ),
    );
}
