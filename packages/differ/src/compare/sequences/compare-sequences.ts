import type { Operation } from "@retort/core";
import type { SequenceDescription } from "../../schema/schema-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { byObjectKey, objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { fullSequenceOptions, sequenceOperation } from "../table-definition";

const key = (s: { schema: string; name: string }) => objectKey(s.schema, s.name);

/** The owner as `alterSequence` names it: the table in the sequence's schema. */
function owner(s: SequenceDescription) {
  return s.ownedBy === null
    ? null
    : { schema: s.schema, table: s.ownedBy.table, column: s.ownedBy.column };
}

/**
 * Renames asked by `renamedFrom`, in either direction (the models are `to` in the upgrade and
 * `from` in the downgrade): old key -> new name.
 */
function sequenceRenames(comparison: Comparison): Map<string, string> {
  const { from, to } = comparison;
  const fromKeys = new Set(from.sequences.map(key));
  const toKeys = new Set(to.sequences.map(key));
  const renames = new Map<string, string>();
  for (const t of to.sequences) {
    if (t.renamedFrom === null) continue;
    const old = objectKey(t.schema, t.renamedFrom);
    if (fromKeys.has(old) && !fromKeys.has(key(t)) && !toKeys.has(old)) renames.set(old, t.name);
  }
  for (const f of from.sequences) {
    if (f.renamedFrom === null) continue;
    const old = objectKey(f.schema, f.renamedFrom);
    if (toKeys.has(old) && !toKeys.has(key(f)) && !fromKeys.has(old)) {
      renames.set(key(f), f.renamedFrom);
    }
  }
  return renames;
}

/** The owner under the names the plan's table and column renames give it (PostgreSQL follows them). */
function withRenamedOwner(comparison: Comparison, s: SequenceDescription): SequenceDescription {
  if (s.ownedBy === null) return s;
  const { tables, columns } = comparison.renames;
  const table =
    tables.find((r) => r.schema === s.schema && r.from === s.ownedBy?.table)?.to ?? s.ownedBy.table;
  const column =
    columns.find((r) => r.schema === s.schema && r.table === table && r.from === s.ownedBy?.column)
      ?.to ?? s.ownedBy.column;
  return { ...s, ownedBy: { table, column } };
}

/** `OWNED BY` set or removed; `existing` makes it reversible. */
function ownerChange(s: SequenceDescription, before: SequenceDescription | null): Operation {
  return {
    kind: "alterSequence",
    schema: s.schema,
    name: s.name,
    ownedBy: owner(s),
    existing: { ownedBy: before === null ? null : owner(before) },
  };
}

/**
 * Creates, alters, renames and drops free-standing sequences (a serial's goes with its column).
 * Every option is compared, never the current value. `OWNED BY` is set once the tables exist,
 * and removed before any table or column goes: a sequence owned by a dropped column would go
 * with it.
 */
export const compareSequences: Comparator = {
  family: "sequences",
  compareSchema(comparison) {
    const { to } = comparison;
    const renames = sequenceRenames(comparison);
    const from = comparison.from.sequences.map((given) => {
      const f = withRenamedOwner(comparison, given);
      const name = renames.get(key(f));
      if (name === undefined) return f;
      comparison.emit(Phase.Renames, {
        kind: "renameSequence",
        schema: f.schema,
        name: f.name,
        newName: name,
      });
      return { ...f, name };
    });
    const fromSequences = byObjectKey(from);
    const toSequences = byObjectKey(to.sequences);
    for (const t of to.sequences) {
      const f = fromSequences.get(key(t)) ?? null;
      if (f === null) {
        comparison.emit(Phase.Sequences, sequenceOperation(t));
        if (t.ownedBy !== null) comparison.emit(Phase.Comments, ownerChange(t, null));
        if (t.comment !== null) {
          comparison.emit(Phase.Comments, {
            kind: "setSequenceComment",
            schema: t.schema,
            name: t.name,
            comment: t.comment,
          });
        }
        continue;
      }
      if (!isDeepEqual(fullSequenceOptions(f), fullSequenceOptions(t))) {
        comparison.emit(Phase.Sequences, {
          kind: "alterSequence",
          schema: t.schema,
          name: t.name,
          ...fullSequenceOptions(t),
          // Counting the other way, the current value is outside the new bounds: PostgreSQL
          // refuses the change unless the sequence restarts (at its start value).
          restart: f.increment.startsWith("-") !== t.increment.startsWith("-") ? true : undefined,
          existing: fullSequenceOptions(f),
        });
      }
      if (!isDeepEqual(f.ownedBy, t.ownedBy)) {
        // Released first, so that dropping its old column or table does not take it along.
        if (f.ownedBy !== null)
          comparison.emit(Phase.Sequences, ownerChange({ ...t, ownedBy: null }, f));
        if (t.ownedBy !== null) comparison.emit(Phase.Comments, ownerChange(t, null));
      }
      if (f.comment !== t.comment) {
        comparison.emit(Phase.Comments, {
          kind: "setSequenceComment",
          schema: t.schema,
          name: t.name,
          comment: t.comment,
          existingComment: f.comment,
        });
      }
    }
    for (const f of from) {
      if (toSequences.has(key(f))) continue;
      if (f.ownedBy !== null) {
        comparison.emit(Phase.Sequences, ownerChange({ ...f, ownedBy: null }, f));
      }
      comparison.emit(Phase.DropSequences, {
        kind: "dropSequence",
        schema: f.schema,
        name: f.name,
        definition: sequenceOperation(f),
      });
    }
  },
};
