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
    inheritedFromDatabase(
      current,
      inheritedFromDatabase(current, partitionColumnsFromDatabase(current, target), "columns"),
      "checks",
    ),
  );
}

/** Each inheriting table's parents (`objectKey`s), from the database's `INHERIT`s. */
function inheritanceParents(current: SchemaDescription): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const u of current.unmanaged) {
    if (u.kind !== "inheritance") continue;
    const definition = u.definition ?? "";
    const [parent] = qualifiedReferences(definition.slice(definition.lastIndexOf(" INHERIT ")));
    const child = objectKey(u.schema, u.name);
    if (parent !== undefined) parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  return parents;
}

/**
 * The target with each inheriting table keeping the columns, or the checks, it inherits as the
 * database has them: PostgreSQL adds, changes and drops them with the parent's (and refuses to
 * drop one from the child alone), so a child's model that leaves one out, or a parent's model
 * that gains one, asks nothing of the child; and one the parent's model gains is not added to
 * the child too (the parent's ALTER TABLE gives it), whatever its model says.
 */
function inheritedFromDatabase(
  current: SchemaDescription,
  target: SchemaDescription,
  part: "columns" | "checks",
): SchemaDescription {
  const parents = inheritanceParents(current);
  if (parents.size === 0) return target;
  const inDatabase = new Map(current.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const inTarget = new Map(target.tables.map((t) => [objectKey(t.schema, t.name), t]));
  const itemsOf = (t: TableDescription): readonly { name: string }[] => t[part];
  // What a child inherits: every column, the checks not declared NO INHERIT.
  const names = (t: TableDescription | undefined): string[] =>
    t === undefined
      ? []
      : part === "columns"
        ? t.columns.map((c) => c.name)
        : t.checks.filter((c) => !c.noInherit).map((c) => c.name);
  return {
    ...target,
    tables: target.tables.map((t) => {
      const existing = inDatabase.get(objectKey(t.schema, t.name));
      const parentKeys = parents.get(objectKey(t.schema, t.name)) ?? [];
      if (existing === undefined || parentKeys.length === 0) return t;
      const ofParents = new Set(parentKeys.flatMap((p) => names(inDatabase.get(p))));
      const has = new Set(itemsOf(existing).map((item) => item.name));
      const comingFromParents = new Set(
        parentKeys.flatMap((p) => names(inTarget.get(p)).filter((name) => !ofParents.has(name))),
      );
      const declared = new Set(itemsOf(t).map((item) => item.name));
      const inherited = itemsOf(existing).filter(
        (item) => ofParents.has(item.name) && !declared.has(item.name),
      );
      const kept = [
        ...itemsOf(t).filter((item) => has.has(item.name) || !comingFromParents.has(item.name)),
        ...inherited,
      ];
      if (kept.length === itemsOf(t).length && inherited.length === 0) return t;
      return { ...t, [part]: kept } as TableDescription;
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
  const resolved = <E extends { opclass: ObjectName | null }>(
    e: E,
    existing: readonly E[] | undefined,
    k: number,
  ): ObjectName | null => {
    const found = existing?.[k]?.opclass;
    return typeof e.opclass === "string" &&
      typeof found === "object" &&
      found !== null &&
      found.name === e.opclass
      ? found
      : null;
  };
  // Unchanged elements, indexes and tables stay the same objects (most of them: an operator
  // class named without a schema is rare), so later steps compare and copy less.
  const resolve = <I extends { name: string; elements: readonly { opclass: ObjectName | null }[] }>(
    items: readonly I[],
    existing: readonly I[],
  ): readonly I[] => {
    if (!items.some((i) => i.elements.some((e) => typeof e.opclass === "string"))) return items;
    const byName = new Map(existing.map((i) => [i.name, i]));
    let changed = false;
    const out = items.map((i) => {
      const before = byName.get(i.name)?.elements;
      if (!i.elements.some((e, k) => resolved(e, before, k) !== null)) return i;
      changed = true;
      return {
        ...i,
        elements: i.elements.map((e, k) => {
          const found = resolved(e, before, k);
          return found === null ? e : { ...e, opclass: found };
        }),
      };
    });
    return changed ? out : items;
  };
  let changed = false;
  const tables = target.tables.map((t) => {
    const existing = inDatabase.get(objectKey(t.schema, t.name));
    if (existing === undefined) return t;
    const indexes = resolve(t.indexes, existing.indexes);
    const exclusions = resolve(t.exclusions, existing.exclusions);
    if (indexes === t.indexes && exclusions === t.exclusions) return t;
    changed = true;
    return { ...t, indexes: [...indexes], exclusions: [...exclusions] };
  });
  return changed ? { ...target, tables } : target;
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
