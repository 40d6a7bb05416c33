import { expressionIdentifiers } from "../../schema/normalize-expression";
import { type TriggerDescription, triggerKey } from "../../schema/routine-description";
import { isDeepEqualAs } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { triggerDefinition } from "../routines/routine-definitions";

function drop(comparison: Comparison, t: TriggerDescription): void {
  comparison.emit(Phase.DropTriggers, {
    kind: "dropTrigger",
    schema: t.schema,
    table: t.table,
    name: t.name,
    definition: triggerDefinition(t),
  });
}

function create(comparison: Comparison, t: TriggerDescription): void {
  comparison.emit(Phase.CreateTriggers, { kind: "createTrigger", ...triggerDefinition(t) });
}

/**
 * Whether `t` names, in `UPDATE OF` or as a word of its `WHEN`, a column the plan drops or
 * retypes: PostgreSQL refuses that while the trigger stands. A word that only looks like the
 * column costs a needless drop and create, in the same transaction.
 */
function readsChangedColumn(comparison: Comparison, t: TriggerDescription): boolean {
  const changed = comparison.changedColumns();
  if (changed.size === 0) return false;
  const table = objectKey(t.schema, t.table);
  const named = [...t.updateOf, ...(t.when === null ? [] : expressionIdentifiers(t.when))];
  return named.some((column) => changed.has(`${table}\u0000${column}`));
}

/**
 * Creates and drops triggers; a changed one is dropped and created again (PostgreSQL has no
 * `CREATE OR REPLACE TRIGGER` before 14, and a constraint trigger has none at all). A trigger
 * whose function is dropped and created again goes and comes back with it, as does one whose
 * columns are dropped or retyped; one whose function is renamed follows it (PostgreSQL keeps
 * the reference).
 */
export const compareTriggers: Comparator = {
  family: "triggers",
  compareSchema(comparison) {
    const { to } = comparison;
    const from = comparison.from.triggers.map((t) => {
      const renamed = comparison.renamedFunctions.get(
        objectKey(t.function.schema, t.function.name),
      );
      return renamed === undefined ? t : { ...t, function: { ...t.function, name: renamed } };
    });
    const fromByKey = new Map(from.map((t) => [triggerKey(t), t]));
    const asRead = new Map(comparison.from.triggers.map((t) => [triggerKey(t), t]));
    const toKeys = new Set(to.triggers.map(triggerKey));
    for (const t of to.triggers) {
      const f = fromByKey.get(triggerKey(t));
      if (f === undefined) {
        create(comparison, t);
      } else if (
        !comparison.isEqualPair(f, t, (a, b) =>
          isDeepEqualAs(a, b, (x) => ({ ...x, comment: null, calls: [] })),
        ) ||
        // Only the catalog's side knows what a WHEN calls: the target, when comparing back.
        [f.function, ...f.calls, ...t.calls].some((c) =>
          comparison.droppedFunctions.has(objectKey(c.schema, c.name)),
        ) ||
        readsChangedColumn(comparison, f)
      ) {
        // Dropped under the function name it was created with.
        drop(comparison, asRead.get(triggerKey(t))!);
        create(comparison, t);
      } else if (f.comment !== t.comment) {
        comparison.emit(Phase.Comments, {
          kind: "setTriggerComment",
          schema: t.schema,
          table: t.table,
          name: t.name,
          comment: t.comment,
          existingComment: f.comment,
        });
      }
    }
    for (const f of comparison.from.triggers) if (!toKeys.has(triggerKey(f))) drop(comparison, f);
  },
};
