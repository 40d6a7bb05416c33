// The nodes of declarative partitioning. A partition is a table: `createTable` makes it (with
// `partitionBy` when it is partitioned in turn) and these attach it to its parent or detach it.

/**
 * `ALTER TABLE parent ATTACH PARTITION partition FOR VALUES ...`: `table` is the partitioned
 * table, `partition` an existing table with the same columns.
 */
export interface AttachPartitionOperation {
  readonly kind: "attachPartition";
  /** The partitioned table's schema. */
  readonly schema?: string | undefined;
  readonly table: string;
  readonly partition: string;
  /** The partition's schema. Default is `schema`. */
  readonly partitionSchema?: string | undefined;
  /**
   * The bound as PostgreSQL prints it: `FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')`,
   * `FOR VALUES IN ('eu', 'us')`, `FOR VALUES WITH (modulus 4, remainder 0)` or `DEFAULT`.
   */
  readonly bound: string;
}

/** `ALTER TABLE parent DETACH PARTITION partition`: the partition stays, as a plain table. */
export interface DetachPartitionOperation {
  readonly kind: "detachPartition";
  readonly schema?: string | undefined;
  readonly table: string;
  readonly partition: string;
  readonly partitionSchema?: string | undefined;
  /** The bound it had, so the detach can be reversed. */
  readonly bound?: string | undefined;
}

/** The partitioning nodes, in the `Operation` union. */
export type PartitionOperation = AttachPartitionOperation | DetachPartitionOperation;
