import { type AlterColumnOperation, quoteIdent, quoteQualified } from "@retort/core";
import { defaultConstraintName } from "../../schema/default-constraint-name";
import type {
  ColumnDescription,
  IdentityDescription,
  TableDescription,
} from "../../schema/schema-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparison } from "../plan/comparison";
import { objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { restoreSequencePosition, saveSequencePosition } from "../sequences/sequence-position";
import { columnType, compactIdentity, fullIdentity } from "../table-definition";
import { withRenamedType } from "../types/type-usage";
import { createOwnedSequence } from "./new-column";
import { usingExpression } from "./using-expression";

function withoutSequence(identity: IdentityDescription | null): IdentityDescription | null {
  if (identity === null) return null;
  const { sequence: _, ...rest } = identity;
  return rest;
}

/** An identity keeps its sequence under another name (`SEQUENCE NAME`): renamed in place. */
function renameIdentitySequence(
  comparison: Comparison,
  t: TableDescription,
  fc: ColumnDescription,
  tc: ColumnDescription,
): void {
  const nameOf = (c: ColumnDescription) =>
    c.identity?.sequence?.name ??
    defaultConstraintName({ kind: "sequence", table: t.name, columns: [c.name] });
  if (nameOf(fc) === nameOf(tc)) return;
  comparison.emit(Phase.AlterColumns, {
    kind: "execute",
    sql: `ALTER SEQUENCE ${quoteQualified(t.schema, nameOf(fc))} RENAME TO ${quoteIdent(nameOf(tc))}`,
  });
}

/** Compares a column that exists on both sides (and is not re-created). */
export function compareColumn(
  comparison: Comparison,
  t: TableDescription,
  fromColumn: ColumnDescription,
  tc: ColumnDescription,
): void {
  const { serials } = comparison;
  const fc = withRenamedType(comparison, fromColumn);
  const target = { schema: t.schema, table: t.name, column: tc.name };
  const old =
    tc.userType === null
      ? undefined
      : comparison.recreatedEnums.get(objectKey(tc.userType.schema, tc.userType.name));
  const isEnumMoved = old !== undefined && fc.type === tc.type;
  const isTypeChanged = fc.type !== tc.type || isEnumMoved;
  const changes: {
    -readonly [K in keyof Omit<
      AlterColumnOperation,
      "kind" | "schema" | "table" | "column"
    >]: AlterColumnOperation[K];
  } = {};
  let fromDefault = fc.default;
  if (isTypeChanged) {
    if (fc.default !== null) {
      // PostgreSQL converts the old default to the new type, which fails when no cast exists
      // (text -> integer, one enum to another); dropped first, the target's is set after.
      comparison.emit(Phase.AlterColumns, {
        kind: "alterColumn",
        ...target,
        default: null,
        existingDefault: { sql: fc.default },
      });
      fromDefault = null;
    }
    changes.type = columnType(tc);
    const existing = columnType(fc);
    changes.existingType =
      isEnumMoved && typeof existing !== "string" ? { ...existing, name: old } : existing;
    const isEnum =
      old !== undefined ||
      (tc.userType !== null &&
        comparison.to.enums.some(
          (e) => e.schema === tc.userType!.schema && e.name === tc.userType!.name,
        ));
    const using = usingExpression(fc, tc, isEnum);
    if (using !== undefined) changes.using = using;
  }
  if (fc.nullable !== tc.nullable) {
    changes.nullable = tc.nullable;
    changes.existingNullable = fc.nullable;
  }
  // Another column's serial is that column's to create and drop, not this one's.
  const readsOther = serials.readsOtherSerial("from", t, fc);
  const fromSequence = readsOther ? null : serials.ownedSequence("from", fc);
  const toSequence = serials.readsOtherSerial("to", t, tc) ? null : serials.ownedSequence("to", tc);
  const isSameSequence =
    fromSequence !== null && toSequence !== null && isDeepEqual(fromSequence, toSequence);
  // A serial becoming an identity (or back) hands its sequence's name and position over: the
  // old sequence goes first, else the new one is named `<table>_<column>_seq1`.
  const isToIdentity =
    fromSequence !== null &&
    toSequence === null &&
    !readsOther &&
    tc.identity !== null &&
    fc.identity === null;
  const isToSerial =
    fc.identity !== null && tc.identity === null && toSequence !== null && fromSequence === null;
  if (isToIdentity || isToSerial) saveSequencePosition(comparison, t, tc.name);
  if (isToIdentity) {
    comparison.emit(Phase.AlterColumns, {
      kind: "alterColumn",
      ...target,
      default: null,
      existingDefault: { sql: fromDefault! },
    });
    comparison.emit(Phase.AlterColumns, {
      kind: "dropSequence",
      schema: fromSequence.schema,
      name: fromSequence.name,
    });
    fromDefault = null;
  }
  if (isToSerial) {
    comparison.emit(Phase.AlterColumns, {
      kind: "alterColumn",
      ...target,
      identity: null,
      existingIdentity: fullIdentity(fc.identity!),
    });
  }
  if (fromDefault !== tc.default && readsOther) {
    // Before the drops: the other table may go, taking its sequence along.
    comparison.emit(Phase.DropConstraints, {
      kind: "alterColumn",
      ...target,
      default: tc.default === null ? null : { sql: tc.default },
      existingDefault: { sql: fromDefault! },
    });
  } else if (fromDefault !== tc.default) {
    if (
      fromSequence !== null &&
      toSequence !== null &&
      !isSameSequence &&
      fromDefault !== null &&
      fromSequence.schema === toSequence.schema
    ) {
      // The table was renamed, its serial sequence kept the old name: rename it too, which
      // keeps its position; the default follows (it names the sequence by OID).
      comparison.emit(Phase.AlterColumns, {
        kind: "execute",
        sql: `ALTER SEQUENCE ${quoteQualified(fromSequence.schema, fromSequence.name)} RENAME TO ${quoteIdent(toSequence.name)}`,
      });
    } else {
      if (toSequence !== null && !isSameSequence)
        createOwnedSequence(comparison, Phase.AlterColumns, t, tc, toSequence);
      changes.default = tc.default === null ? null : { sql: tc.default };
      changes.existingDefault = fromDefault === null ? null : { sql: fromDefault };
      if (fromSequence !== null && !isSameSequence) {
        comparison.emit(Phase.DropSequences, {
          kind: "dropSequence",
          schema: fromSequence.schema,
          name: fromSequence.name,
        });
      }
    }
  }
  if (fc.identity !== null && tc.identity !== null) renameIdentitySequence(comparison, t, fc, tc);
  if (!isDeepEqual(withoutSequence(fc.identity), withoutSequence(tc.identity)) && !isToSerial) {
    if (tc.identity === null) {
      changes.identity = null;
      changes.existingIdentity = fullIdentity(fc.identity!);
    } else if (fc.identity === null) {
      changes.identity = compactIdentity(tc.identity, tc.type);
      changes.existingIdentity = null;
    } else {
      changes.identity = fullIdentity(tc.identity);
      changes.existingIdentity = fullIdentity(fc.identity);
    }
  }
  if (!isDeepEqual(fc.collation, tc.collation)) {
    // `COLLATE "default"` goes back to the type's collation.
    changes.collation = tc.collation ?? "default";
    changes.existingCollation = fc.collation ?? "default";
    changes.existingType ??= columnType(fc);
  }
  const isChanged = [
    changes.type,
    changes.nullable,
    changes.default,
    changes.identity,
    changes.collation,
  ].some((change) => change !== undefined);
  if (isChanged)
    comparison.emit(Phase.AlterColumns, { kind: "alterColumn", ...target, ...changes });
  if (isToIdentity) restoreSequencePosition(comparison, t, tc.name, null, tc.identity!.min);
  if (isToSerial) restoreSequencePosition(comparison, t, tc.name, toSequence, "1");
  if (fc.comment !== tc.comment) {
    comparison.emit(Phase.Comments, {
      kind: "setColumnComment",
      ...target,
      comment: tc.comment,
      existingComment: fc.comment,
    });
  }
}
