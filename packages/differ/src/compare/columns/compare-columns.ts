import type { ColumnDescription } from "../../schema/schema-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import { objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { columnDefinition, isPlainSerial } from "../table-definition";
import { compareColumn } from "./compare-column";
import { newColumn } from "./new-column";

/**
 * Adds, drops and alters a table's columns. A generated column whose expression changes is
 * dropped and added again, and recorded in the pair's `recreated` for the comparators after.
 */
export const compareColumns: Comparator = {
  family: "columns",
  compareTable(comparison, pair) {
    const { from: f, to: t, recreated } = pair;
    const { serials } = comparison;
    const target = { schema: t.schema, table: t.name };
    const fromColumns = new Map(f.columns.map((c) => [c.name, c]));
    const toColumns = new Set(t.columns.map((c) => c.name));
    // A generated column reads other columns: it is added after them and dropped before them.
    const generatedLast = (list: ColumnDescription[]) => [
      ...list.filter((c) => c.generated === null),
      ...list.filter((c) => c.generated !== null),
    ];
    for (const fc of generatedLast(f.columns).reverse()) {
      if (!toColumns.has(fc.name)) {
        comparison.emit(Phase.DropColumns, {
          kind: "dropColumn",
          ...target,
          column: fc.name,
          definition: columnDefinition(
            fc,
            isPlainSerial(f, fc) && serials.ownedSequence("from", fc) !== null,
          ),
        });
      }
    }
    for (const tc of generatedLast(t.columns)) {
      const fc = fromColumns.get(tc.name);
      if (!fc) {
        comparison.emit(Phase.AddColumns, {
          kind: "addColumn",
          ...target,
          column: newColumn(comparison, t, tc),
        });
      } else if (!isDeepEqual(fc.generated, tc.generated)) {
        // PostgreSQL cannot turn a column into a generated one or change the expression in
        // place (before 17), so the column is dropped and added again.
        recreated.add(tc.name);
        comparison.emit(Phase.DropColumns, {
          kind: "dropColumn",
          ...target,
          column: fc.name,
          definition: columnDefinition(fc, false),
        });
        comparison.emit(Phase.AddColumns, {
          kind: "addColumn",
          ...target,
          column: newColumn(comparison, t, tc),
        });
      } else {
        // A column moving to its enum's rebuilt type: what reads it (a check comparing it with a
        // label, a partial index) is bound to the old type, so it goes and comes back too.
        const u = tc.userType;
        if (u !== null && comparison.recreatedEnums.has(objectKey(u.schema, u.name))) {
          recreated.add(tc.name);
        }
        compareColumn(comparison, t, fc, tc);
      }
    }
  },
};
