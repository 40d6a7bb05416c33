import { defaultConstraintName } from "../../schema/default-constraint-name";
import { identitySequence } from "../../schema/identity-sequence";
import type { SchemaDescription, TableDescription } from "../../schema/schema-description";
import type { Renames } from "./find-renames";

function identitySequenceName(table: string, column: string): string {
  return defaultConstraintName({ kind: "sequence", table, columns: [column] });
}

/** `from` as it is once the renames ran: names, and every reference to them, updated. */
export function applyRenames(from: SchemaDescription, renames: Renames): SchemaDescription {
  // Nothing to rename (most comparisons): the same description, not a copy of every table.
  if (
    renames.tables.length === 0 &&
    renames.columns.length === 0 &&
    renames.sequences.length === 0
  ) {
    return from;
  }
  const tableName = (schema: string, name: string) =>
    renames.tables.find((r) => r.schema === schema && r.from === name)?.to ?? name;
  const columnName = (schema: string, table: string, name: string) =>
    renames.columns.find((r) => r.schema === schema && r.table === table && r.from === name)?.to ??
    name;
  const tables = from.tables.map((t): TableDescription => {
    const name = tableName(t.schema, t.name);
    const col = (c: string) => columnName(t.schema, name, c);
    const cols = (list: string[]) => list.map(col);
    const element = <E extends { column: string | null }>(e: E): E => ({
      ...e,
      column: e.column === null ? null : col(e.column),
    });
    return {
      ...t,
      name,
      columns: t.columns.map((c) => ({
        ...c,
        name: col(c.name),
        default: renames.sequences.find((s) => s.fromDefault === c.default)?.toDefault ?? c.default,
        // The sequence keeps the name PostgreSQL gave it after the old names.
        identity:
          c.identity === null || c.identity.sequence || (name === t.name && col(c.name) === c.name)
            ? c.identity
            : {
                ...c.identity,
                ...identitySequence(
                  t.schema,
                  name,
                  col(c.name),
                  identitySequenceName(t.name, c.name),
                ),
              },
      })),
      primaryKey:
        t.primaryKey === null ? null : { ...t.primaryKey, columns: cols(t.primaryKey.columns) },
      uniques: t.uniques.map((u) => ({ ...u, columns: cols(u.columns), include: cols(u.include) })),
      foreignKeys: t.foreignKeys.map((fk) => {
        const refTable = tableName(fk.refSchema, fk.refTable);
        return {
          ...fk,
          columns: cols(fk.columns),
          refTable,
          refColumns: fk.refColumns.map((c) => columnName(fk.refSchema, refTable, c)),
        };
      }),
      indexes: t.indexes.map((i) => ({
        ...i,
        elements: i.elements.map(element),
        include: cols(i.include),
      })),
      exclusions: t.exclusions.map((x) => ({
        ...x,
        elements: x.elements.map(element),
        include: cols(x.include),
      })),
    };
  });
  return { ...from, tables };
}
