import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";

type Commentable = { name: string; comment?: string | undefined };

/**
 * A constraint as the pairing sees it: a comment is no reason to drop and add a constraint
 * (`COMMENT ON CONSTRAINT` changes it in place).
 */
export function uncommented<T extends { comment?: string | undefined }>(
  constraint: T,
): Omit<T, "comment"> {
  const { comment: _, ...rest } = constraint;
  return rest;
}

function emitComment(
  comparison: Comparison,
  target: { schema: string; table: string },
  name: string,
  before: string | null,
  after: string | null,
): void {
  if (before === after) return;
  // After every constraint is added (foreign keys last): an added one comes without a comment.
  comparison.emit(Phase.TableSettings, {
    kind: "setConstraintComment",
    ...target,
    name,
    comment: after,
    existingComment: before,
  });
}

/** The comments of the constraints of a table created by the plan, set once they exist. */
export function newConstraintComments(
  comparison: Comparison,
  target: { schema: string; table: string },
  constraints: readonly Commentable[],
): void {
  for (const c of constraints) emitComment(comparison, target, c.name, null, c.comment ?? null);
}

/**
 * Wraps the callbacks of a `pairNamed` over one kind of constraint to learn which are added
 * (dropped first, when changed) and which renamed; `emit` then sets the comments that differ.
 * An added constraint has none yet, a renamed one keeps its own (comments follow the object,
 * not its name), a kept one has the one it had.
 */
export function constraintComments<T extends Commentable>(
  comparison: Comparison,
  target: { schema: string; table: string },
  from: readonly T[],
  to: readonly T[],
  on: {
    drop(item: NoInfer<T>): void;
    add(item: NoInfer<T>): void;
    rename(from: NoInfer<T>, to: NoInfer<T>): void;
  },
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
        const kept = added.has(t.name)
          ? undefined
          : (renamedFrom.get(t.name) ?? fromByName.get(t.name));
        emitComment(comparison, target, t.name, kept?.comment ?? null, t.comment ?? null);
      }
    },
  };
}
