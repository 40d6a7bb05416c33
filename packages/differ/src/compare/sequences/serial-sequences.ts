import type {
  ColumnDescription,
  SchemaDescription,
  TableDescription,
} from "../../schema/schema-description";
import { objectKey } from "../plan/object-key";
import { isPlainSerial, nextvalSequence } from "../table-definition";

type Side = "from" | "to";

/** Keys of the sequences the columns of `d` create as their serial, leaving out `listed` ones. */
function serialSequences(d: SchemaDescription, listed: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const t of d.tables) {
    for (const c of t.columns) {
      const sequence = isPlainSerial(t, c) ? nextvalSequence(c.default) : null;
      if (sequence === null) continue;
      const key = objectKey(sequence.schema, sequence.name);
      if (!listed.has(key)) out.add(key);
    }
  }
  return out;
}

/**
 * Which sequences belong to a column (serial) rather than stand free, on both sides: a serial's
 * sequence is created and dropped with its column, a free-standing one by the sequences family.
 */
export class SerialSequences {
  readonly #listed: Record<Side, Set<string>>;
  /** Sequences that a column creates as its serial, in the current schema and in the target. */
  readonly #serials: Record<Side, Set<string>>;

  constructor(from: SchemaDescription, to: SchemaDescription) {
    const listed = (d: SchemaDescription) =>
      new Set(d.sequences.map((s) => objectKey(s.schema, s.name)));
    this.#listed = { from: listed(from), to: listed(to) };
    this.#serials = {
      from: serialSequences(from, this.#listed.from),
      to: serialSequences(to, this.#listed.to),
    };
  }

  /** The sequence a column's default reads when the column owns it (serial), else `null`. */
  ownedSequence(side: Side, column: ColumnDescription) {
    const sequence = nextvalSequence(column.default);
    return sequence !== null && !this.#listed[side].has(objectKey(sequence.schema, sequence.name))
      ? sequence
      : null;
  }

  /**
   * Whether a column's default reads the serial sequence of another column (an inherited key, a
   * shared sequence): that column's table makes it, and dropping it takes the sequence along.
   */
  readsOtherSerial(side: Side, table: TableDescription, column: ColumnDescription): boolean {
    const sequence = this.ownedSequence(side, column);
    return (
      sequence !== null &&
      !isPlainSerial(table, column) &&
      this.#serials[side].has(objectKey(sequence.schema, sequence.name))
    );
  }
}
