import type { ColumnDescription, SchemaDescription } from "../../schema/schema-description";
import { byObjectKey, objectKey } from "../plan/object-key";
import { nextvalSequence } from "../table-definition";

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

/**
 * A serial column's sequence that PostgreSQL named after the old table and column
 * (`<table>_<column>_seq`) and that the models, which do not name it, expect under the new names.
 */
export interface SequenceRename {
  schema: string;
  from: string;
  to: string;
  /** The column's default before and after (it reads the sequence by name). */
  fromDefault: string;
  toDefault: string;
}

/** Tables and columns to rename, in the direction of one comparison. */
export interface Renames {
  tables: TableRename[];
  columns: ColumnRename[];
  sequences: SequenceRename[];
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
  return { tables, columns, sequences: findSequenceRenames(current, target, tables, columns) };
}

// PostgreSQL names a serial's sequence `<table>_<column>_seq` when the column is created; a
// rename leaves that name behind, so the models (which do not name it) would never match again.
function findSequenceRenames(
  current: SchemaDescription,
  target: SchemaDescription,
  tables: TableRename[],
  columns: ColumnRename[],
): SequenceRename[] {
  // A sequence is renamed only with its table or column.
  if (tables.length === 0 && columns.length === 0) return [];
  const currentTables = byObjectKey(current.tables);
  const taken = new Set([
    ...current.sequences.map((s) => objectKey(s.schema, s.name)),
    ...current.tables.flatMap((t) =>
      t.columns.flatMap((c) => {
        const s = nextvalSequence(c.default);
        return s === null ? [] : [objectKey(s.schema, s.name)];
      }),
    ),
  ]);
  const out: SequenceRename[] = [];
  for (const t of target.tables) {
    const tableFrom = tables.find((r) => r.schema === t.schema && r.to === t.name)?.from ?? t.name;
    const c = currentTables.get(objectKey(t.schema, tableFrom));
    if (!c) continue;
    for (const col of t.columns) {
      const columnFrom =
        columns.find((r) => r.schema === t.schema && r.table === t.name && r.to === col.name)
          ?.from ?? col.name;
      if (tableFrom === t.name && columnFrom === col.name) continue;
      const fc = c.columns.find((x) => x.name === columnFrom);
      const from = nextvalSequence(fc?.default ?? null);
      const to = nextvalSequence(col.default);
      if (
        fc?.default &&
        col.default &&
        from !== null &&
        to !== null &&
        from.schema === to.schema &&
        from.name === `${tableFrom}_${columnFrom}_seq` &&
        to.name === `${t.name}_${col.name}_seq` &&
        !taken.has(objectKey(to.schema, to.name))
      ) {
        out.push({
          schema: from.schema,
          from: from.name,
          to: to.name,
          fromDefault: fc.default,
          toDefault: col.default,
        });
      }
    }
  }
  return out;
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
    sequences: renames.sequences.map((r) => ({
      schema: r.schema,
      from: r.to,
      to: r.from,
      fromDefault: r.toDefault,
      toDefault: r.fromDefault,
    })),
  };
}
