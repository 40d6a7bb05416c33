import type { SchemaDescription } from "../../schema/schema-description";
import { objectKey } from "../plan/object-key";

/**
 * The current schema with, on each partition the target detaches (its model is now a plain
 * table), the keys, indexes and checks that PostgreSQL copied from the parent and that stay the
 * table's own once detached: those the target declares under the copies' names. Without it the
 * migration would add them again after the detach (and fail), and `down` would drop them before
 * the attach. Introspection leaves a partition's copies out; their names are in `unmanaged`.
 */
export function withDetachedCopies(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  const targets = new Map(target.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const copies = new Map<string, Set<string>>();
  for (const u of current.unmanaged) {
    if ((u.kind !== "partition index" && u.kind !== "partition check") || u.table === null)
      continue;
    const key = objectKey(u.schema, u.table);
    const names = copies.get(key);
    if (names === undefined) copies.set(key, new Set([u.name]));
    else names.add(u.name);
  }
  if (copies.size === 0) return current;
  return {
    ...current,
    tables: current.tables.map((f) => {
      const key = objectKey(f.schema, f.name);
      const t = targets.get(key);
      const names = copies.get(key);
      if (f.partitionOf === undefined || t === undefined || t.partitionOf !== undefined || !names) {
        return f;
      }
      // A copy has no comment: PostgreSQL does not copy the parent's.
      const copied = <T extends { name: string; comment?: string | undefined }>(
        own: T[],
        declared: T[],
      ) => [
        ...own,
        ...declared
          .filter((d) => names.has(d.name) && !own.some((o) => o.name === d.name))
          .map((d) => ({ ...d, comment: undefined })),
      ];
      return {
        ...f,
        primaryKey:
          f.primaryKey ??
          (t.primaryKey !== null && names.has(t.primaryKey.name)
            ? { ...t.primaryKey, comment: undefined }
            : null),
        uniques: copied(f.uniques, t.uniques),
        indexes: copied(f.indexes, t.indexes),
        exclusions: copied(f.exclusions, t.exclusions),
        checks: copied(f.checks, t.checks),
      };
    }),
  };
}
