/**
 * The key of an object in a dependency graph, named as the schema description names it:
 * `class` is `relation` (tables, views, sequences, indexes), `type`, `routine` (`name(args)`),
 * `constraint` (a foreign key or a check added `NOT VALID`, with its `table`), `default` (a
 * column default split off its table: `table` is the table, `name` the column) or an unmanaged
 * kind (`trigger`, `operator class`...). Objects that belong to no schema have `schema` `null`.
 */
export function objectKey(
  kind: string,
  schema: string | null,
  table: string | null,
  name: string,
): string {
  return `${kind}\u0000${schema ?? ""}\u0000${table ?? ""}\u0000${name}`;
}

/** `from` needs `to` first; `part` is the part of `from` that needs it (see `orderByDependencies`). */
export interface CatalogDependency {
  from: string;
  to: string;
  /** Set for a column default: the key of the default, which can be set after its table. */
  part?: string;
}
