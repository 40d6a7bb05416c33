import type { ColumnDescription, SchemaDescription } from "../../schema/schema-description";
import { byObjectKey, objectKey } from "../plan/object-key";

export interface TableRename {
  schema: string;
  from: string;
  to: string;
}

export interface ColumnRename {
  schema: string;
  /** The table's name after the table renames. */
  table: string;
  from: string;
  to: string;
}

/** Tables and columns to rename, in the direction of one comparison. */
export interface Renames {
  tables: TableRename[];
  columns: ColumnRename[];
}

/** The renames the target asks for (`renamedFrom`) that the current schema makes possible. */
export function findRenames(current: SchemaDescription, target: SchemaDescription): Renames {
  const currentTables = byObjectKey(current.tables);
  const targetTables = byObjectKey(target.tables);
  const tables: TableRename[] = [];
  for (const t of target.tables) {
    const from = t.renamedFrom;
    if (
      from !== null &&
      from !== t.name &&
      currentTables.has(objectKey(t.schema, from)) &&
      !currentTables.has(objectKey(t.schema, t.name)) &&
      !targetTables.has(objectKey(t.schema, from))
    ) {
      tables.push({ schema: t.schema, from, to: t.name });
    }
  }
  const columns: ColumnRename[] = [];
  for (const t of target.tables) {
    const rename = tables.find((r) => r.schema === t.schema && r.to === t.name);
    const c = currentTables.get(objectKey(t.schema, rename?.from ?? t.name));
    if (!c) continue;
    const has = (list: ColumnDescription[], name: string) => list.some((col) => col.name === name);
    for (const col of t.columns) {
      const from = col.renamedFrom;
      if (
        from !== null &&
        from !== col.name &&
        has(c.columns, from) &&
        !has(c.columns, col.name) &&
        !has(t.columns, from)
      ) {
        columns.push({ schema: t.schema, table: t.name, from, to: col.name });
      }
    }
  }
  return { tables, columns };
}

/** The same renames, undone: for the downgrade. */
export function invertRenames(renames: Renames): Renames {
  return {
    tables: renames.tables.map((r) => ({ schema: r.schema, from: r.to, to: r.from })),
    columns: renames.columns.map((r) => ({
      schema: r.schema,
      table: renames.tables.find((t) => t.schema === r.schema && t.to === r.table)?.from ?? r.table,
      from: r.to,
      to: r.from,
    })),
  };
}
