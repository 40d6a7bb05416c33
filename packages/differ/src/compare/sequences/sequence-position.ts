import { quoteLiteral, quoteQualified } from "@retort/core";
import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";

// One transaction-wide setting carries the position from the sequence a column loses to the one
// it gains: the old one must be gone before the new one takes its name.
const setting = "retort.sequence_position";

/**
 * Saves the position of the sequence a column's values come from (its serial's or identity's),
 * before a serial column becomes an identity column or back: the new sequence continues from
 * there instead of handing out the values the rows already hold.
 */
export function saveSequencePosition(
  comparison: Comparison,
  table: { schema: string; name: string },
  column: string,
): void {
  const sequence = `pg_get_serial_sequence(${quoteLiteral(quoteQualified(table.schema, table.name))}, ${quoteLiteral(column)})`;
  comparison.emit(Phase.AlterColumns, {
    kind: "execute",
    sql: `SELECT set_config(${quoteLiteral(setting)}, coalesce(p.last_value || ' true', p.start_value || ' false'), false)\nFROM pg_sequences AS p\nWHERE format('%I.%I', p.schemaname, p.sequencename)::regclass = ${sequence}::regclass`,
  });
}

/**
 * Moves the column's new sequence (named, or the identity's when `sequence` is `null`) to the
 * position {@link saveSequencePosition} saved, or to `min` when that is below it.
 */
export function restoreSequencePosition(
  comparison: Comparison,
  table: { schema: string; name: string },
  column: string,
  sequence: { schema: string; name: string } | null,
  min: string,
): void {
  const target =
    sequence === null
      ? `pg_get_serial_sequence(${quoteLiteral(quoteQualified(table.schema, table.name))}, ${quoteLiteral(column)})`
      : quoteLiteral(quoteQualified(sequence.schema, sequence.name));
  comparison.emit(Phase.AlterColumns, {
    kind: "execute",
    sql: `SELECT setval(${target}::regclass, greatest(split_part(v, ' ', 1)::bigint, ${min}), split_part(v, ' ', 2)::boolean and split_part(v, ' ', 1)::bigint >= ${min})\nFROM current_setting(${quoteLiteral(setting)}) AS v`,
  });
}
