import { attachPartitionKind } from "./attach-partition";
import { detachPartitionKind } from "./detach-partition";

/** The partitioning entries, spread into `operationKinds`. */
export const partitionKinds = {
  attachPartition: attachPartitionKind,
  detachPartition: detachPartitionKind,
} as const;
