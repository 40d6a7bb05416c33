/** One map key for a schema-qualified name (NUL cannot occur in an identifier). */
export const objectKey = (schema: string, name: string): string => `${schema}\u0000${name}`;

/** A list of schema-qualified objects by {@link objectKey}. */
export function byObjectKey<T extends { schema: string; name: string }>(
  list: readonly T[],
): Map<string, T> {
  return new Map(list.map((item) => [objectKey(item.schema, item.name), item]));
}
