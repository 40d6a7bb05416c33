import type { SchemaDescription, TableDescription } from "../../schema/schema-description";
import { newColumn } from "../columns/new-column";
import { newConstraintComments } from "../constraints/constraint-comments";
import { dropForeignKey } from "../constraints/drop-foreign-key";
import { validated } from "../constraints/validated";
import { isDeepEqualAs } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { byObjectKey, objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import {
  checkDefinition,
  columnDefinition,
  indexOperation,
  isPlainSerial,
  tableDefinition,
} from "../table-definition";
import { newTableSettings } from "./compare-table-settings";

/**
 * A table as the comparison sees it: `renamedFrom` hints are no difference, nor is a foreign
 * key's `NOT VALID` (compared once every table is). A check's is: it may be due a validation.
 */
function withoutHints(table: TableDescription): unknown {
  return {
    ...table,
    renamedFrom: null,
    columns: table.columns.map((c) => ({ ...c, renamedFrom: null })),
    foreignKeys: table.foreignKeys.map(validated),
  };
}

function usesRecreatedEnum(comparison: Comparison, t: TableDescription): boolean {
  return t.columns.some(
    (c) =>
      c.userType !== null &&
      comparison.recreatedEnums.has(objectKey(c.userType.schema, c.userType.name)),
  );
}

function createTable(comparison: Comparison, t: TableDescription): void {
  comparison.emit(
    Phase.CreateTables,
    // A check added NOT VALID comes after the table: in CREATE TABLE the clause is void.
    tableDefinition({ ...t, checks: t.checks.filter((c) => !c.notValid) }, (c) =>
      newColumn(comparison, t, c),
    ),
  );
  for (const c of t.checks.filter((c) => c.notValid)) {
    comparison.emit(Phase.AddConstraints, {
      kind: "addCheck",
      schema: t.schema,
      table: t.name,
      ...checkDefinition(c),
      notValid: true,
    });
  }
  for (const index of t.indexes) comparison.emit(Phase.CreateIndexes, indexOperation(t, index));
  newTableSettings(comparison, t);
  newConstraintComments(comparison, { schema: t.schema, table: t.name }, [
    ...(t.primaryKey === null ? [] : [t.primaryKey]),
    ...t.uniques,
    ...t.checks,
    ...t.exclusions,
  ]);
}

function dropTables(comparison: Comparison, dropped: readonly TableDescription[]): void {
  const { serials } = comparison;
  const droppedKeys = new Set(dropped.map((f) => objectKey(f.schema, f.name)));
  for (const f of dropped) {
    for (const fk of f.foreignKeys) {
      // Only a foreign key between two dropped tables can block a DROP TABLE (cycles).
      if (fk.refSchema === f.schema && fk.refTable === f.name) continue;
      if (droppedKeys.has(objectKey(fk.refSchema, fk.refTable))) dropForeignKey(comparison, f, fk);
    }
    // A default reading another table's serial goes first: that table's drop may come earlier
    // and takes its sequence along, which PostgreSQL refuses while a default reads it.
    const readsOther = new Set(
      f.columns.filter((c) => serials.readsOtherSerial("from", f, c)).map((c) => c.name),
    );
    for (const c of f.columns.filter((c) => readsOther.has(c.name))) {
      comparison.emit(Phase.DropConstraints, {
        kind: "alterColumn",
        schema: f.schema,
        table: f.name,
        column: c.name,
        default: null,
        existingDefault: { sql: c.default! },
      });
    }
    comparison.emit(Phase.DropTables, {
      kind: "dropTable",
      schema: f.schema,
      table: f.name,
      definition: tableDefinition(f, (c) =>
        readsOther.has(c.name)
          ? columnDefinition({ ...c, default: null }, false)
          : columnDefinition(c, isPlainSerial(f, c) && serials.ownedSequence("from", c) !== null),
      ),
    });
  }
}

/**
 * Creates new tables whole (with their serials, checks and indexes; their foreign keys come
 * later), hands each table that both sides have and that differs to the table-level
 * comparators, and drops the tables the target lacks.
 */
export const compareTables: Comparator = {
  family: "tables",
  compareSchema(comparison) {
    const from: SchemaDescription = comparison.from;
    const fromTables = byObjectKey(from.tables);
    const toTables = byObjectKey(comparison.to.tables);
    for (const t of comparison.to.tables) {
      const f = fromTables.get(objectKey(t.schema, t.name));
      if (!f) {
        createTable(comparison, t);
        continue;
      }
      const pair = { from: f, to: t, recreated: new Set<string>() };
      if (
        !comparison.isEqualPair(f, t, (a, b) => isDeepEqualAs(a, b, withoutHints)) ||
        usesRecreatedEnum(comparison, t)
      ) {
        comparison.compareTable(pair);
      }
      comparison.keptTables.push(pair);
    }
    dropTables(
      comparison,
      from.tables.filter((f) => !toTables.has(objectKey(f.schema, f.name))),
    );
  },
};
