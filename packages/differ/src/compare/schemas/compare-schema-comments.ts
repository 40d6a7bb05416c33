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
    // A schema created here has no comment yet, whatever the other side says (an undeclared
    // schema's comment is kept on the models' side, and the way back creates the schema).
    const created = new Set(to.schemas.filter((s) => s !== "public" && !from.schemas.includes(s)));
    for (const name of new Set([...before.keys(), ...after.keys()])) {
      const comment = after.get(name) ?? null;
      const existing = created.has(name) ? null : (before.get(name) ?? null);
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
