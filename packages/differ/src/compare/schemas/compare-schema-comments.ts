import type { Comparator } from "../plan/comparator";
import { Phase } from "../plan/phase";

/** Sets, changes and removes the comments of the schemas the target keeps (a drop takes its own). */
export const compareSchemaComments: Comparator = {
  family: "schema comments",
  compareSchema(comparison) {
    const { from, to } = comparison;
    const before = new Map(from.schemaComments.map((c) => [c.name, c.comment]));
    const after = new Map(to.schemaComments.map((c) => [c.name, c.comment]));
    const kept = new Set(["public", ...to.schemas]);
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      const comment = after.get(name) ?? null;
      const existing = before.get(name) ?? null;
      if (comment === existing || !kept.has(name)) continue;
      comparison.emit(Phase.Comments, {
        kind: "setSchemaComment",
        name,
        comment,
        ...(existing === null ? {} : { existingComment: existing }),
      });
    }
  },
};
