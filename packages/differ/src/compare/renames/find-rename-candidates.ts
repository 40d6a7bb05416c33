import type { SchemaDescription, TableDescription } from "../../schema/schema-description";
import { type ManagedScope, withManagedSchemas } from "../../scope/managed-scope";
import { alignTarget } from "../align/align-target";
import { inScope } from "../align/in-scope";
import { byObjectKey, objectKey } from "../plan/object-key";
import { findRenames } from "./find-renames";

/**
 * A table or a column that the comparison would drop while it adds another: one may be the other
 * renamed, which only a person (or `renamedFrom`, or `--rename`) can say.
 */
export interface RenameCandidate {
  kind: "table" | "column";
  schema: string;
  /** For a column, its table under the table's new name; `null` for a table. */
  table: string | null;
  /** For a column, its table's name in the database; `null` for a table. */
  fromTable: string | null;
  /** The name dropped. */
  from: string;
  /** The name added. */
  to: string;
  /**
   * Whether the two look alike (a table: the same column names and types; a column: the same
   * type), so that a rename is likely and worth asking about.
   */
  isAlike: boolean;
}

function columnSignature(t: TableDescription): string {
  return t.columns
    .map((c) => `${c.name}\u0000${c.type}`)
    .sort()
    .join("\u0001");
}

/**
 * Every pair of a dropped and an added table (in the same schema), and of a dropped and an added
 * column (in a table both sides have, possibly renamed), that `diffSchemas` would see between
 * `current` and `target` once their `renamedFrom` renames are made. Scope as `diffSchemas`'s.
 *
 * @example
 * ```ts
 * findRenameCandidates(await introspectSchema(db), describeModels(models));
 * // [{ kind: "table", schema: "public", table: null, fromTable: null, from: "customer",
 * //    to: "client", isAlike: true }]
 * ```
 */
export function findRenameCandidates(
  current: SchemaDescription,
  target: SchemaDescription,
  scope: ManagedScope = {},
): RenameCandidate[] {
  const managed = withManagedSchemas(scope, target);
  const a = inScope(current, managed);
  const b = alignTarget(a, inScope(target, managed));
  const renames = findRenames(a, b);
  const fromTables = byObjectKey(a.tables);
  const toTables = byObjectKey(b.tables);
  const out: RenameCandidate[] = [];
  const dropped = a.tables.filter(
    (t) =>
      !toTables.has(objectKey(t.schema, t.name)) &&
      !renames.tables.some((r) => r.schema === t.schema && r.from === t.name),
  );
  const added = b.tables.filter(
    (t) =>
      !fromTables.has(objectKey(t.schema, t.name)) &&
      !renames.tables.some((r) => r.schema === t.schema && r.to === t.name),
  );
  for (const f of dropped) {
    for (const t of added) {
      if (f.schema !== t.schema) continue;
      out.push({
        kind: "table",
        schema: t.schema,
        table: null,
        fromTable: null,
        from: f.name,
        to: t.name,
        isAlike: columnSignature(f) === columnSignature(t),
      });
    }
  }
  for (const t of b.tables) {
    const fromName =
      renames.tables.find((r) => r.schema === t.schema && r.to === t.name)?.from ?? t.name;
    const f = fromTables.get(objectKey(t.schema, fromName));
    if (!f) continue;
    // The same columns in the same order (most tables): none dropped, none added.
    if (
      f.columns.length === t.columns.length &&
      f.columns.every((c, k) => c.name === t.columns[k]!.name)
    ) {
      continue;
    }
    const columnRenames = renames.columns.filter(
      (r) => r.schema === t.schema && r.table === t.name,
    );
    const droppedColumns = f.columns.filter(
      (c) =>
        !t.columns.some((x) => x.name === c.name) && !columnRenames.some((r) => r.from === c.name),
    );
    const addedColumns = t.columns.filter(
      (c) =>
        !f.columns.some((x) => x.name === c.name) && !columnRenames.some((r) => r.to === c.name),
    );
    for (const fc of droppedColumns) {
      for (const tc of addedColumns) {
        out.push({
          kind: "column",
          schema: t.schema,
          table: t.name,
          fromTable: f.name,
          from: fc.name,
          to: tc.name,
          isAlike: fc.type === tc.type && (fc.generated === null) === (tc.generated === null),
        });
      }
    }
  }
  return out;
}
