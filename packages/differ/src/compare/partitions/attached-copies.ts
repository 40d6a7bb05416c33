import { expressionColumnName } from "../../models/describe-models";
import { defaultConstraintName } from "../../schema/default-constraint-name";
import type {
  IndexDescription,
  SchemaDescription,
  TableDescription,
  UniqueDescription,
} from "../../schema/schema-description";
import { isDeepEqual } from "../is-deep-equal";
import { objectKey } from "../plan/object-key";

function unnamed<T extends { name: string; comment?: string | undefined }>(
  o: T,
): Omit<T, "name" | "comment" | "statistics"> {
  const {
    name: _name,
    comment: _comment,
    statistics: _statistics,
    ...rest
  } = o as T & {
    statistics?: unknown;
  };
  return rest;
}

function sameAs<T extends { name: string; comment?: string | undefined }>(
  own: readonly T[],
): (o: T) => boolean {
  return (o) => own.some((x) => isDeepEqual(unnamed(x), unnamed(o)));
}

/**
 * The target with, on each plain table that the target attaches as a partition, the copies of
 * its parents' keys and indexes that the table has no equal of, under names of its own: the
 * upgrade creates them before the attach (which adopts them instead of building its own), and
 * the downgrade drops them after the detach. PostgreSQL keeps the copies it built on a detached
 * table, so without them `down` would leave the table with keys and indexes it never had.
 */
export function withAttachedCopies(
  target: SchemaDescription,
  current: SchemaDescription,
): SchemaDescription {
  const currents = new Map(current.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const targets = new Map(target.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const attached = target.tables.filter((t) => {
    const f = currents.get(objectKey(t.schema, t.name));
    return t.partitionOf !== undefined && f !== undefined && f.partitionOf === undefined;
  });
  if (attached.length === 0) return target;
  // PostgreSQL names an index as it names a relation: unique among the schema's relations.
  const taken = new Set<string>();
  for (const t of [...current.tables, ...target.tables]) {
    taken.add(objectKey(t.schema, t.name));
    for (const o of [
      ...t.indexes,
      ...t.uniques,
      ...t.exclusions,
      ...(t.primaryKey ? [t.primaryKey] : []),
    ])
      taken.add(objectKey(t.schema, o.name));
  }
  for (const u of current.unmanaged) taken.add(objectKey(u.schema, u.name));
  const copies = new Map<string, TableDescription>();
  for (const t of attached) {
    const f = currents.get(objectKey(t.schema, t.name))!;
    const name = (kind: "primaryKey" | "unique" | "index" | "exclusion", columns: string[]) => {
      const chosen = defaultConstraintName({
        kind,
        table: t.name,
        columns,
        isTaken: (n) => taken.has(objectKey(t.schema, n)),
      });
      taken.add(objectKey(t.schema, chosen));
      return chosen;
    };
    const elementNames = (i: { elements: IndexDescription["elements"] }) =>
      i.elements.map((e) => e.column ?? expressionColumnName(e.expression ?? ""));
    let primaryKey = t.primaryKey;
    const uniques: UniqueDescription[] = [...t.uniques];
    const indexes: IndexDescription[] = [...t.indexes];
    const exclusions = [...t.exclusions];
    // A sub-partition gets the keys and indexes of every partitioned table above it.
    const seen = new Set<string>();
    for (let of = t.partitionOf; of !== undefined; ) {
      const key = objectKey(of.schema, of.table);
      const parent = targets.get(key);
      if (parent === undefined || seen.has(key)) break;
      seen.add(key);
      const pk = parent.primaryKey;
      if (pk !== null && primaryKey === null && !isDeepEqual(f.primaryKey?.columns, pk.columns)) {
        primaryKey = { ...pk, name: name("primaryKey", []), comment: undefined };
      }
      for (const u of parent.uniques.filter((u) => !sameAs(f.uniques)(u))) {
        uniques.push({ ...u, name: name("unique", u.columns), comment: undefined });
      }
      for (const i of parent.indexes.filter((i) => !sameAs(f.indexes)(i))) {
        indexes.push({ ...i, name: name("index", elementNames(i)), comment: undefined });
      }
      for (const x of parent.exclusions.filter((x) => !sameAs(f.exclusions)(x))) {
        exclusions.push({ ...x, name: name("exclusion", elementNames(x)), comment: undefined });
      }
      of = parent.partitionOf;
    }
    copies.set(objectKey(t.schema, t.name), { ...t, primaryKey, uniques, indexes, exclusions });
  }
  return {
    ...target,
    tables: target.tables.map((t) => copies.get(objectKey(t.schema, t.name)) ?? t),
  };
}
