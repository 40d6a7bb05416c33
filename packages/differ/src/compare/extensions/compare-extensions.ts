import type { Comparator } from "../plan/comparator";
import { Phase } from "../plan/phase";

/**
 * Installs, updates, moves and drops extensions. They are installed before anything else (a
 * table's column, a function, an index may need them) and dropped after everything that may
 * use them. A version the models leave unpinned (`null`) matches any installed one.
 */
export const compareExtensions: Comparator = {
  family: "extensions",
  compareSchema(comparison) {
    const { from, to } = comparison;
    const before = new Map(from.extensions.map((e) => [e.name, e]));
    const after = new Map(to.extensions.map((e) => [e.name, e]));
    for (const t of to.extensions) {
      const f = before.get(t.name);
      if (f === undefined) {
        comparison.emit(Phase.CreateSchemas, {
          kind: "createExtension",
          name: t.name,
          schema: t.schema,
          ...(t.version === null ? {} : { version: t.version }),
        });
        continue;
      }
      const isMoved = f.schema !== t.schema;
      const isUpdated = f.version !== null && t.version !== null && f.version !== t.version;
      if (!isMoved && !isUpdated) continue;
      comparison.emit(Phase.CreateSchemas, {
        kind: "alterExtension",
        name: t.name,
        ...(isMoved ? { schema: t.schema } : {}),
        ...(isUpdated ? { version: t.version ?? undefined } : {}),
        existing: {
          ...(isMoved ? { schema: f.schema } : {}),
          ...(isUpdated ? { version: f.version ?? undefined } : {}),
        },
      });
    }
    for (const f of from.extensions) {
      if (after.has(f.name)) continue;
      // DESTRUCTIVE: dropping an extension drops what it created, rows of its own tables too;
      // PostgreSQL refuses while a column, index or view of the project still uses it.
      comparison.emit(Phase.DropEnums, {
        kind: "dropExtension",
        name: f.name,
        schema: f.schema,
        ...(f.version === null ? {} : { version: f.version }),
      });
    }
  },
};
