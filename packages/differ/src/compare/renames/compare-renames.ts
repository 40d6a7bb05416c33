import type { Comparator } from "../plan/comparator";
import { Phase } from "../plan/phase";

/** Renames the tables and columns whose `renamedFrom` the current schema makes possible. */
export const compareRenames: Comparator = {
  family: "renames",
  compareSchema(comparison) {
    for (const r of comparison.renames.tables) {
      comparison.emit(Phase.Renames, {
        kind: "renameTable",
        schema: r.schema,
        table: r.from,
        newName: r.to,
      });
    }
    for (const r of comparison.renames.columns) {
      comparison.emit(Phase.Renames, {
        kind: "renameColumn",
        schema: r.schema,
        table: r.table,
        column: r.from,
        newName: r.to,
      });
    }
    for (const r of comparison.renames.sequences) {
      comparison.emit(Phase.Renames, {
        kind: "renameSequence",
        schema: r.schema,
        name: r.from,
        newName: r.to,
      });
    }
  },
};
