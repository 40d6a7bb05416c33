import type { ObjectName } from "@retort/core";
import { qualifiedReferences } from "../../schema/normalize-expression";
import type { SchemaDescription, TableDescription } from "../../schema/schema-description";
import { objectKey } from "../plan/object-key";

/**
 * The target aligned with what the database decides for it, so that the comparison does not ask
 * for changes PostgreSQL makes by itself or refuses: a partition's columns, the columns a child
 * inherits, the schema of an operator class named without one. Run on the target once it is in
 * scope, before the renames are found.
 */
export function alignTarget(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  return opclassesFromDatabase(
    current,
    inheritedColumnsFromDatabase(current, partitionColumnsFromDatabase(current, target)),
  );
}

/**
 * The target with each inheriting table keeping the columns it inherits as the database has them
 * (PostgreSQL adds, changes and drops them with the parent's): a model that leaves them out, or
 * a parent's model that gains a column, does not ask the child to drop one; and a column the
 * parent's model gains is not added to the child too (PostgreSQL does), whatever its model says.
 */
function inheritedColumnsFromDatabase(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  const parents = new Map<string, string[]>();
  for (const u of current.unmanaged) {
    if (u.kind !== "inheritance") continue;
    const definition = u.definition ?? "";
    const [parent] = qualifiedReferences(definition.slice(definition.lastIndexOf(" INHERIT ")));
    const child = objectKey(u.schema, u.name);
    if (parent !== undefined) parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  if (parents.size === 0) return target;
  const inDatabase = new Map(current.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const inTarget = new Map(target.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const names = (t: TableDescription | undefined) => t?.columns.map((c) => c.name) ?? [];
  return {
    ...target,
    tables: target.tables.map((t) => {
      const existing = inDatabase.get(objectKey(t.schema, t.name));
      const parentKeys = parents.get(objectKey(t.schema, t.name)) ?? [];
      const ofParents = new Set(parentKeys.flatMap((p) => names(inDatabase.get(p))));
      if (existing === undefined || parentKeys.length === 0) return t;
      const has = new Set(names(existing));
      // Columns a parent's model adds: the parent's ALTER TABLE gives them to the child.
      const comingFromParents = new Set(
        parentKeys.flatMap((p) => names(inTarget.get(p)).filter((c) => !ofParents.has(c))),
      );
      const declared = new Set(t.columns.map((c) => c.name));
      const inherited = existing.columns.filter(
        (c) => ofParents.has(c.name) && !declared.has(c.name),
      );
      const columns = [
        ...t.columns.filter((c) => has.has(c.name) || !comingFromParents.has(c.name)),
        ...inherited,
      ];
      return columns.length === t.columns.length && inherited.length === 0 ? t : { ...t, columns };
    }),
  };
}

/**
 * The target with the operator classes its indexes and exclusion constraints name without a
 * schema (`"gin_trgm_ops"`, as the search path finds it) given the schema the database's
 * same-named index or constraint has for them (`public.gin_trgm_ops`). Named with a schema on
 * both sides, they are compared as they are.
 */
function opclassesFromDatabase(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  const inDatabase = new Map(current.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const resolve = <E extends { opclass: ObjectName | null }>(
    elements: readonly E[],
    existing: readonly E[] | undefined,
  ): E[] =>
    elements.map((e, k) => {
      const found = existing?.[k]?.opclass;
      return typeof e.opclass === "string" &&
        typeof found === "object" &&
        found !== null &&
        found.name === e.opclass
        ? { ...e, opclass: found }
        : e;
    });
  const byName = <I extends { name: string }>(items: readonly I[]) =>
    new Map(items.map((i) => [i.name, i]));
  return {
    ...target,
    tables: target.tables.map((t) => {
      const existing = inDatabase.get(objectKey(t.schema, t.name));
      if (existing === undefined) return t;
      const indexes = byName(existing.indexes);
      const exclusions = byName(existing.exclusions);
      return {
        ...t,
        indexes: t.indexes.map((i) => ({
          ...i,
          elements: resolve(i.elements, indexes.get(i.name)?.elements),
        })),
        exclusions: t.exclusions.map((x) => ({
          ...x,
          elements: resolve(x.elements, exclusions.get(x.name)?.elements),
        })),
      };
    }),
  };
}

/**
 * The target with each partition's columns as the database has them. A partition has exactly
 * its parent's columns, and PostgreSQL adds, changes and drops them with the parent's, refusing
 * to do so on the partition alone: whatever a partition's model says of them is moot.
 */
function partitionColumnsFromDatabase(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  const partitions = new Set(
    current.unmanaged.filter((u) => u.kind === "partition").map((u) => objectKey(u.schema, u.name)),
  );
  if (partitions.size === 0) return target;
  const inDatabase = new Map(current.tables.map((t) => [objectKey(t.schema, t.name), t]));
  return {
    ...target,
    tables: target.tables.map((t) => {
      const k = objectKey(t.schema, t.name);
      const existing = inDatabase.get(k);
      return partitions.has(k) && existing !== undefined ? { ...t, columns: existing.columns } : t;
    }),
  };
}
