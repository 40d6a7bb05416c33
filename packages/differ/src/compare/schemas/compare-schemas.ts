import type { Comparator } from "../plan/comparator";
import { Phase } from "../plan/phase";

/** Creates the target's schemas and drops the others. */
export const compareSchemas: Comparator = {
  family: "schemas",
  compareSchema(comparison) {
    const { from, to } = comparison;
    for (const s of to.schemas) {
      if (!from.schemas.includes(s))
        comparison.emit(Phase.CreateSchemas, { kind: "createSchema", name: s });
    }
    for (const s of from.schemas) {
      // A schema that holds objects retort does not manage (functions, triggers) is left alone.
      if (!to.schemas.includes(s) && !comparison.keepSchemas.has(s)) {
        comparison.emit(Phase.DropSchemas, { kind: "dropSchema", name: s });
      }
    }
  },
};
