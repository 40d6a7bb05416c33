import type { TableDescription } from "../schema/schema-description";
import { badModel } from "./bad-model";
import { partitionBoundText, partitionByText } from "./partition";
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
