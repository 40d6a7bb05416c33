import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { AttachPartitionOperation } from "../partition-operations";
import type { SchemaOptions } from "../schema-options";
import { checkPartitionBound } from "./partition-checks";

/** Options of {@link Operations.attachPartition}. */
export interface AttachPartitionOptions extends SchemaOptions {
  /** The partition's schema. Default is `schema`. */
  readonly partitionSchema?: string | undefined;
}

/** `op.attachPartition(table, partition, bound, options?)`: `ALTER TABLE ... ATTACH PARTITION`. */
export const attachPartitionKind = {
  positional: ["table", "partition", "bound"],
  named: 2,
  options: {
    schema: true,
    partitionSchema: true,
  } satisfies OptionKeys<AttachPartitionOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.partition, "partition");
    check.optionalName(op.partitionSchema, "partitionSchema");
    checkPartitionBound(check, op.bound, "bound");
  },
  reverse: (op) => ({
    kind: "detachPartition",
    schema: op.schema,
    table: op.table,
    partition: op.partition,
    partitionSchema: op.partitionSchema,
    bound: op.bound,
  }),
  target: (op) => ({ schema: op.partitionSchema ?? op.schema, table: op.partition }),
  change: (op, object) => `attached partition ${object} to ${op.table} (${op.bound})`,
} satisfies OperationKindSpec<AttachPartitionOperation>;
