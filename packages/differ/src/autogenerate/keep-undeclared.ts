import { isSchemaModel } from "../models/schema-model";
import type { SchemaDescription } from "../schema/schema-description";

/**
 * The target with what the models do not manage taken from the database, so autogenerate and
 * `check` leave it alone: free-standing sequences and extensions while the models declare none
 * of that kind (a project adopted before they were models keeps them), and the comments of
 * schemas not declared with `schema()`.
 *
 * @example
 * ```ts
 * const wanted = keepUndeclared(current, describeModels(models), models);
 * ```
 */
export function keepUndeclared(
  current: SchemaDescription,
  target: SchemaDescription,
  models: Record<string, unknown>,
): SchemaDescription {
  const declared = new Set(
    Object.values(models).flatMap((m) => (isSchemaModel(m) ? [m.name] : [])),
  );
  const extensions = target.extensions.length > 0 ? target.extensions : current.extensions;
  return {
    ...target,
    // A kept extension keeps its schema.
    schemas: [
      ...new Set([
        ...target.schemas,
        ...extensions.map((e) => e.schema).filter((s) => s !== "public"),
      ]),
    ].sort(),
    sequences: target.sequences.length > 0 ? target.sequences : current.sequences,
    extensions,
    schemaComments: [
      ...target.schemaComments,
      ...current.schemaComments.filter((c) => !declared.has(c.name)),
    ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  };
}
