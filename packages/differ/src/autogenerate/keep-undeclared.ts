import type { SchemaDescription } from "../schema/schema-description";

/**
 * The target with what the models do not manage taken from the database, so autogenerate and
 * `check` leave it alone: free-standing sequences and extensions while the models declare none
 * of that kind (a project adopted before they were models keeps them), and the comments of
 * schemas not declared with `schema()`.
 *
 * @example
 * ```ts
 * const { schema, declaredSchemas } = describeForComparison(models);
 * const wanted = keepUndeclared(current, schema, declaredSchemas);
 * ```
 */
export function keepUndeclared(
  current: SchemaDescription,
  target: SchemaDescription,
  declaredSchemas: readonly string[],
): SchemaDescription {
  const declared = new Set(declaredSchemas);
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
