import type { TableDescription } from "../schema/schema-description";
import { badModel } from "./bad-model";
import { partitionBoundText, partitionByText } from "./partition";
import { isSqlFragment } from "./sql-fragment";
import type { AnyTable } from "./table";

/**
 * Adds the models' partitioning to their descriptions (`described[k]` is `tables[k]`'s). A
 * partition gets its root table's columns (without identity or comments, which PostgreSQL does
 * not copy) and no keys, checks or indexes: those on the parent reach it through PostgreSQL,
 * and introspection leaves the copies out too.
 */
export function withPartitioning(
  tables: readonly AnyTable[],
  described: readonly TableDescription[],
): TableDescription[] {
  const byTable = new Map(tables.map((t, k) => [t, described[k]!]));
  const byKey = new Map(tables.map((t) => [`${t.schema}.${t.name}`, t]));
  // By name: a partition may hold an older object of its parent (a models module evaluated again).
  const root = (t: AnyTable, seen: Set<AnyTable>): AnyTable => {
    const of = t.partitionOf?.parent;
    const parent = of === undefined ? undefined : byKey.get(`${of.schema}.${of.name}`);
    if (parent === undefined) return t;
    if (seen.has(t)) {
      throw badModel(`Table ${t.schema}.${t.name} is a partition of itself.`, {
        table: `${t.schema}.${t.name}`,
      });
    }
    seen.add(t);
    return root(parent, seen);
  };
  for (const [k, t] of tables.entries()) {
    if (t.partitionBy)
      checkUniqueKeys(t, t.partitionBy, (u) => byTable.get(u), byKey, described[k]!);
  }
  return tables.map((t, k) => {
    const d = described[k]!;
    const key = `${t.schema}.${t.name}`;
    const of = t.partitionOf;
    // Most tables: the description as it is, not a copy of it.
    if (!of && !t.partitionBy) return d;
    const partitionBy = t.partitionBy ? { partitionBy: partitionByText(t, t.partitionBy) } : {};
    if (!of) return { ...d, ...partitionBy };
    const parentKey = `${of.parent.schema}.${of.parent.name}`;
    const parent = byKey.get(parentKey);
    if (parent === undefined) {
      throw badModel(
        `Partition ${key} is a partition of ${parentKey}, which the models do not export.`,
        { table: key, parent: parentKey },
        `Export ${of.parent.name} from the models entry too.`,
      );
    }
    if (!parent.partitionBy) {
      throw badModel(
        `Partition ${key} is a partition of ${parentKey}, which is not partitioned.`,
        { table: key, parent: parentKey },
        `Give ${of.parent.name} a partitionBy: { range | list | hash: [...] } option.`,
      );
    }
    // Declared with its own columns (as pull writes it) or with its parent's (`partitionOf`),
    // whose keys and checks were left to the parent: either way the rest is its own.
    const columns = of.ownColumns
      ? d.columns
      : byTable.get(root(t, new Set()))!.columns.map((c) => ({
          ...c,
          identity: null,
          comment: null,
          renamedFrom: null,
        }));
    return {
      ...d,
      columns,
      ...partitionBy,
      partitionOf: {
        schema: parent.schema,
        table: parent.name,
        bound: partitionBoundText(of.forValues),
      },
    };
  });
}

/**
 * Refuses a unique key PostgreSQL refuses on a partitioned table: every primary key, unique
 * constraint and unique index on it, its own or inherited from the tables it is a partition
 * of, must hold every column of its partition key (and there can be none with an expression in
 * the key). Said here, not by the first upgrade.
 */
function checkUniqueKeys(
  t: AnyTable,
  by: NonNullable<AnyTable["partitionBy"]>,
  describedOf: (table: AnyTable) => TableDescription | undefined,
  byKey: ReadonlyMap<string, AnyTable>,
  own: TableDescription,
): void {
  const parts = "range" in by ? by.range : "list" in by ? by.list : by.hash;
  const names = new Map(Object.entries(t.columns).map(([key, col]) => [key, col.name]));
  const expression = parts.some((part) => isSqlFragment(part));
  const keyColumns = parts.flatMap((part) =>
    isSqlFragment(part) ? [] : [names.get(part) ?? part],
  );
  const key = `${t.schema}.${t.name}`;
  const chain: [AnyTable, TableDescription][] = [[t, own]];
  for (let at = t.partitionOf?.parent; at !== undefined; ) {
    const parent = byKey.get(`${at.schema}.${at.name}`);
    const d = parent === undefined ? undefined : describedOf(parent);
    if (parent === undefined || d === undefined || chain.some(([c]) => c === parent)) break;
    chain.push([parent, d]);
    at = parent.partitionOf?.parent;
  }
  for (const [holder, d] of chain) {
    const keys = [
      ...(d.primaryKey
        ? [{ what: "primary key", name: d.primaryKey.name, columns: d.primaryKey.columns }]
        : []),
      ...d.uniques.map((u) => ({ what: "unique constraint", name: u.name, columns: u.columns })),
      ...d.indexes
        .filter((i) => i.unique)
        .map((i) => ({
          what: "unique index",
          name: i.name,
          columns: i.elements.flatMap((e) => (e.column === null ? [] : [e.column])),
        })),
    ];
    for (const unique of keys) {
      const missing = keyColumns.filter((c) => !unique.columns.includes(c));
      if (!expression && missing.length === 0) continue;
      const on = holder === t ? "" : ` (declared on ${holder.schema}.${holder.name})`;
      throw badModel(
        expression
          ? `Table ${key} is partitioned by an expression, so it can have no ${unique.what}: ${unique.name}${on} would need it.`
          : `Table ${key} is partitioned by ${keyColumns.join(", ")}, but its ${unique.what} ${unique.name}${on} leaves out ${missing.join(", ")}: PostgreSQL requires every unique key of a partitioned table to hold its partition key.`,
        { table: key, constraint: unique.name },
        expression
          ? "Partition by columns, or drop the unique key."
          : `Add ${missing.join(", ")} to ${unique.name}.`,
      );
    }
  }
}
