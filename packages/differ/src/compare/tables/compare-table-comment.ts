import type { Comparator } from "../plan/comparator";
import { Phase } from "../plan/phase";

/** Sets a table's comment. */
export const compareTableComment: Comparator = {
  family: "tables",
  compareTable(comparison, { from: f, to: t }) {
    if (f.comment !== t.comment) {
      comparison.emit(Phase.Comments, {
        kind: "setTableComment",
        schema: t.schema,
        table: t.name,
        comment: t.comment,
        existingComment: f.comment,
      });
    }
  },
};
