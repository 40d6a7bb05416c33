import { makeObjectName, quoteLiteral, quoteQualified, RetortError } from "@retort/core";
import type { EnumDescription } from "../../schema/schema-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { byObjectKey, objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { typeHolders } from "../types/type-usage";

function isSubsequence(values: readonly string[], of: readonly string[]): boolean {
  let at = 0;
  for (const value of of) if (value === values[at]) at++;
  return at === values.length;
}

function enumComment(comparison: Comparison, e: EnumDescription, comment: string | null): void {
  // Core has no COMMENT ON TYPE operation; the statement is built from quoted parts only.
  comparison.emit(Phase.Enums, {
    kind: "execute",
    sql: `COMMENT ON TYPE ${quoteQualified(e.schema, e.name)} IS ${quoteLiteral(comment)}`,
  });
}

/**
 * A free name for the old type while the new one is built: `<name>_old`, else `_old2`... A type
 * shares its schema's names with every other type and every table's and view's row type, on
 * either side of the comparison.
 */
function temporaryName(comparison: Comparison, e: EnumDescription): string {
  const taken = new Set<string>();
  for (const side of [comparison.from, comparison.to]) {
    for (const list of [
      side.enums,
      side.domains,
      side.compositeTypes,
      side.rangeTypes,
      side.tables,
      side.views,
    ]) {
      for (const other of list) if (other.schema === e.schema) taken.add(other.name);
    }
  }
  for (let k = 1; ; k++) {
    const name = makeObjectName(e.name, null, k === 1 ? "old" : `old${k}`);
    if (!taken.has(name)) return name;
  }
}

/**
 * Columns move to a rebuilt enum (and what reads them goes and comes back); a domain, a
 * composite type, a range or a function's signature would hold the old type, which PostgreSQL
 * then refuses to drop: refused, with the way out.
 */
function refuseRebuildInUse(comparison: Comparison, e: EnumDescription): void {
  const users = [comparison.from, comparison.to].flatMap((side) => typeHolders(side, e));
  const list = [...new Set(users)];
  if (list.length === 0) return;
  const name = `${e.schema}.${e.name}`;
  throw new RetortError(
    "BAD_MODEL",
    `Enum ${name} loses or reorders values, which PostgreSQL can only do by building the type again, and ${list.join(", ")} use${list.length === 1 ? "s" : ""} it.`,
    {
      details: { type: name },
      hint: `Declare an enum with another name holding the new values, move its users to it in one migration, then remove ${name} from the models.`,
    },
  );
}

/**
 * Creates, changes and drops enum types. Labels are added in place; removing or reordering them
 * re-creates the type, and the columns comparator moves its columns to the new one.
 */
export const compareEnums: Comparator = {
  family: "enums",
  compareSchema(comparison) {
    const { from, to } = comparison;
    const fromEnums = byObjectKey(from.enums);
    const toEnums = byObjectKey(to.enums);
    for (const t of to.enums) {
      const f = fromEnums.get(objectKey(t.schema, t.name));
      if (!f) {
        comparison.emit(Phase.Enums, {
          kind: "createEnum",
          schema: t.schema,
          name: t.name,
          values: t.values,
        });
        if (t.comment !== null) enumComment(comparison, t, t.comment);
        continue;
      }
      if (!isDeepEqual(f.values, t.values)) {
        if (isSubsequence(f.values, t.values)) {
          // PostgreSQL can add a label at a position, so placing each new one after its
          // predecessor (or before the first old one) keeps the target's order.
          t.values.forEach((value, index) => {
            if (f.values.includes(value)) return;
            const after = index > 0 ? t.values[index - 1] : undefined;
            const before =
              after === undefined ? t.values.find((v) => f.values.includes(v)) : undefined;
            comparison.emit(Phase.Enums, {
              kind: "addEnumValue",
              schema: t.schema,
              name: t.name,
              value,
              after,
              before,
            });
          });
        } else {
          // PostgreSQL cannot remove or reorder labels: build the new type beside the old one,
          // move the columns over (in the column phase) and drop the old one at the end.
          refuseRebuildInUse(comparison, t);
          const old = temporaryName(comparison, t);
          comparison.recreatedEnums.set(objectKey(t.schema, t.name), old);
          comparison.emit(Phase.Enums, {
            kind: "renameEnum",
            schema: t.schema,
            name: t.name,
            newName: old,
          });
          comparison.emit(Phase.Enums, {
            kind: "createEnum",
            schema: t.schema,
            name: t.name,
            values: t.values,
          });
          comparison.emit(Phase.DropEnums, {
            kind: "dropEnum",
            schema: t.schema,
            name: old,
            values: f.values,
          });
          if (t.comment !== null) enumComment(comparison, t, t.comment);
          continue;
        }
      }
      if (f.comment !== t.comment) enumComment(comparison, t, t.comment);
    }
    for (const f of from.enums) {
      if (!toEnums.has(objectKey(f.schema, f.name))) {
        comparison.emit(Phase.DropEnums, {
          kind: "dropEnum",
          schema: f.schema,
          name: f.name,
          values: f.values,
        });
      }
    }
  },
};
