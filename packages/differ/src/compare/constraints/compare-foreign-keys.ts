import type { ForeignKeyDescription } from "../../schema/schema-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import { byObjectKey, objectKey } from "../plan/object-key";
import { pairNamed } from "../plan/pair-named";
import { Phase } from "../plan/phase";
import { foreignKeyOperation } from "../table-definition";
import { constraintComments, newConstraintComments, uncommented } from "./constraint-comments";
import { dropForeignKey } from "./drop-foreign-key";
import { validateDue } from "./validate-due";
import { validated } from "./validated";

/**
 * Adds, drops and renames foreign keys, after every table is compared: a key they depend on may
 * have been dropped by any table, and new tables may reference each other in a cycle.
 */
export const compareForeignKeys: Comparator = {
  family: "foreign keys",
  compareSchema(comparison) {
    for (const { from: f, to: t, recreated } of comparison.keptTables) {
      // A foreign key depends on the unique index of the key it references: when that key is
      // dropped and added again, the foreign key must go first and come back after.
      const dependsOnDroppedKey = (fk: ForeignKeyDescription) =>
        comparison.isKeyDropped(fk.refSchema, fk.refTable, fk.refColumns) ||
        fk.columns.some((c) => recreated.has(c));
      // The same keys, none to drop and add again: nothing to emit (most tables).
      if (
        comparison.isEqualPair(f.foreignKeys, t.foreignKeys, isDeepEqual) &&
        !f.foreignKeys.some(dependsOnDroppedKey)
      ) {
        continue;
      }
      const target = { schema: t.schema, table: t.name };
      const keys = validateDue(comparison, target, f.foreignKeys, t.foreignKeys, {
        drop: (fk) => dropForeignKey(comparison, f, fk),
        add: (fk) => comparison.emit(Phase.AddForeignKeys, foreignKeyOperation(t, fk)),
        rename: (from, to) =>
          comparison.emit(Phase.RenameConstraints, {
            kind: "renameConstraint",
            schema: t.schema,
            table: t.name,
            name: from.name,
            newName: to.name,
          }),
      });
      const comments = constraintComments(
        comparison,
        target,
        f.foreignKeys,
        t.foreignKeys,
        keys.on,
      );
      pairNamed(f.foreignKeys, t.foreignKeys, dependsOnDroppedKey, comments.on, (fk) =>
        validated(uncommented(fk)),
      );
      keys.emit();
      comments.emit();
    }
    const fromTables = byObjectKey(comparison.from.tables);
    for (const t of comparison.to.tables) {
      if (!fromTables.has(objectKey(t.schema, t.name))) {
        for (const fk of t.foreignKeys)
          comparison.emit(Phase.AddForeignKeys, foreignKeyOperation(t, fk));
        newConstraintComments(comparison, { schema: t.schema, table: t.name }, t.foreignKeys);
      }
    }
  },
};
