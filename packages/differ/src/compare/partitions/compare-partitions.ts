import { RetortError } from "@retort/core";
import type { PartitionOfDescription, TableDescription } from "../../schema/schema-description";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { byObjectKey, objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";

function attach(comparison: Comparison, t: TableDescription, of: PartitionOfDescription): void {
  comparison.emit(Phase.AttachPartitions, {
    kind: "attachPartition",
    schema: of.schema,
    table: of.table,
    partition: t.name,
    partitionSchema: t.schema === of.schema ? undefined : t.schema,
    bound: of.bound,
  });
}

function detach(
  comparison: Comparison,
  t: TableDescription,
  of: PartitionOfDescription,
  phase: Phase = Phase.DetachPartitions,
): void {
  comparison.emit(phase, {
    kind: "detachPartition",
    schema: of.schema,
    table: of.table,
    partition: t.name,
    partitionSchema: t.schema === of.schema ? undefined : t.schema,
    bound: of.bound,
  });
}

function samePartitionOf(
  a: PartitionOfDescription | undefined,
  b: PartitionOfDescription | undefined,
): boolean {
  return a?.schema === b?.schema && a?.table === b?.table && a?.bound === b?.bound;
}

/**
 * Attaches and detaches partitions; the tables themselves are the tables comparator's (a new
 * partition is created as a table with its parent's columns, then attached). A partition whose
 * model became a plain table is detached and keeps its rows; one whose model is gone is
 * detached, then dropped, so that `down` creates and attaches it again. A new bound or parent
 * is a detach and an attach: PostgreSQL checks every row against the new bound (a scan under
 * an ACCESS EXCLUSIVE lock on the partition) and refuses rows that do not fit. Under the same
 * parent, the detach comes late, once the parent's columns and indexes changed (an attached
 * partition follows them; a detached one would be refused on attach). A changed
 * partition key is refused: PostgreSQL cannot change it in place.
 */
export const comparePartitions: Comparator = {
  family: "partitions",
  compareSchema(comparison) {
    const fromTables = byObjectKey(comparison.from.tables);
    const toTables = byObjectKey(comparison.to.tables);
    for (const t of comparison.to.tables) {
      const key = objectKey(t.schema, t.name);
      const f = fromTables.get(key);
      if (f !== undefined && (f.partitionBy ?? null) !== (t.partitionBy ?? null)) {
        throw new RetortError(
          "BAD_MODEL",
          `Table ${t.schema}.${t.name} is ${f.partitionBy === undefined ? "not partitioned" : `partitioned by ${f.partitionBy}`} in one of the database and the models and ${t.partitionBy === undefined ? "not partitioned" : `partitioned by ${t.partitionBy}`} in the other: PostgreSQL cannot change a table's partitioning.`,
          {
            hint: "Declare a new table with the partitioning you want (and its partitions), copy the rows with op.execute in the migration, then drop the old table; or keep the models' partitionBy as the database has it.",
            details: { table: key, from: f.partitionBy ?? null, to: t.partitionBy ?? null },
          },
        );
      }
      if (samePartitionOf(f?.partitionOf, t.partitionOf)) continue;
      const rebound =
        f?.partitionOf !== undefined &&
        f.partitionOf.schema === t.partitionOf?.schema &&
        f.partitionOf.table === t.partitionOf.table;
      if (f?.partitionOf !== undefined) {
        detach(
          comparison,
          f,
          f.partitionOf,
          rebound ? Phase.DetachRebound : Phase.DetachPartitions,
        );
      }
      if (t.partitionOf !== undefined) attach(comparison, t, t.partitionOf);
    }
    for (const f of comparison.from.tables) {
      if (f.partitionOf !== undefined && !toTables.has(objectKey(f.schema, f.name))) {
        detach(comparison, f, f.partitionOf);
      }
    }
  },
};
