import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import { byObjectKey, objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { fullSequenceOptions, sequenceOperation } from "../table-definition";

/** Creates, alters and drops free-standing sequences (a serial's goes with its column). */
export const compareSequences: Comparator = {
  family: "sequences",
  compareSchema(comparison) {
    const { from, to } = comparison;
    const fromSequences = byObjectKey(from.sequences);
    const toSequences = byObjectKey(to.sequences);
    for (const t of to.sequences) {
      const f = fromSequences.get(objectKey(t.schema, t.name));
      if (!f) comparison.emit(Phase.Sequences, sequenceOperation(t));
      else if (!isDeepEqual(f, t)) {
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
    }
    for (const f of from.sequences) {
      if (!toSequences.has(objectKey(f.schema, f.name))) {
        comparison.emit(Phase.DropSequences, {
          kind: "dropSequence",
          schema: f.schema,
          name: f.name,
          definition: sequenceOperation(f),
        });
      }
    }
  },
};
