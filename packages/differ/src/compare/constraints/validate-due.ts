import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";

type Validatable = { name: string; notValid?: true };

/**
 * Wraps the callbacks of a `pairNamed` over checks or foreign keys to find those kept (or
 * renamed) that are `NOT VALID` in `from` and valid in `to`; `emit` then validates them, after
 * every constraint is added. A constraint added again takes its `to` validity and needs none.
 * The other way (valid to `NOT VALID`) is no change: a valid constraint satisfies a `NOT VALID`
 * model, and dropping it to add it back unchecked would only weaken it.
 */
export function validateDue<T extends Validatable>(
  comparison: Comparison,
  target: { schema: string; table: string },
  from: readonly T[],
  to: readonly T[],
  on: { drop(item: T): void; add(item: T): void; rename(from: T, to: T): void },
): { on: typeof on; emit(): void } {
  const added = new Set<string>();
  const renamedFrom = new Map<string, T>();
  return {
    on: {
      drop: on.drop,
      add: (item) => {
        added.add(item.name);
        on.add(item);
      },
      rename: (f, t) => {
        renamedFrom.set(t.name, f);
        on.rename(f, t);
      },
    },
    emit() {
      const fromByName = new Map(from.map((f) => [f.name, f]));
      for (const t of to) {
        if (t.notValid || added.has(t.name)) continue;
        if (!(renamedFrom.get(t.name) ?? fromByName.get(t.name))?.notValid) continue;
        comparison.emit(Phase.AddForeignKeys, {
          kind: "validateConstraint",
          ...target,
          name: t.name,
        });
      }
    },
  };
}
