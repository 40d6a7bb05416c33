import type {
  AttachPartitionOperation,
  DetachPartitionOperation,
} from "../ops/partition-operations";
import { statement } from "./ddl-clauses";
import { quoteQualified } from "./quote-ident";
import type { SqlStatement } from "./sql-statement";

// The SQL of attaching and detaching partitions. The bound is SQL text, checked to start as a
// bound does (`checkPartitionBound`), as a check constraint's expression is.

function names(op: AttachPartitionOperation | DetachPartitionOperation) {
  return {
    parent: quoteQualified(op.schema, op.table),
    partition: quoteQualified(op.partitionSchema ?? op.schema, op.partition),
  };
}

/** `ALTER TABLE parent ATTACH PARTITION partition FOR VALUES ...`. */
export function renderAttachPartition(op: AttachPartitionOperation): SqlStatement[] {
  const { parent, partition } = names(op);
  return [statement(`ALTER TABLE ${parent} ATTACH PARTITION ${partition} ${op.bound.trim()}`)];
}

/** `ALTER TABLE parent DETACH PARTITION partition`. */
export function renderDetachPartition(op: DetachPartitionOperation): SqlStatement[] {
  const { parent, partition } = names(op);
  return [statement(`ALTER TABLE ${parent} DETACH PARTITION ${partition}`)];
}

/** The SQL visitors of the partitioning kinds, spread into `renderOperation`'s table. */
export const partitionRenderers = {
  attachPartition: renderAttachPartition,
  detachPartition: renderDetachPartition,
} as const;
