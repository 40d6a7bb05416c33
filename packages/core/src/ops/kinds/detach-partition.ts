import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { DetachPartitionOperation } from "../partition-operations";
import type { SchemaOptions } from "../schema-options";
import { checkPartitionBound } from "./partition-checks";

/** Options of {@link Operations.detachPartition}. */
export interface DetachPartitionOptions extends SchemaOptions {
  /** The partition's schema. Default is `schema`. */
  readonly partitionSchema?: string | undefined;
  /** The bound it had (`FOR VALUES ...` or `DEFAULT`), so the detach can be reversed. */
  readonly bound?: string | undefined;
}

/** `op.detachPartition(table, partition, options?)`: `ALTER TABLE ... DETACH PARTITION`. */
export const detachPartitionKind = {
  positional: ["table", "partition"],
  named: 2,
  options: {
    schema: true,
    partitionSchema: true,
    bound: true,
  } satisfies OptionKeys<DetachPartitionOptions>,
  validate: (op, check) => {
    check.tableTarget(op);
    check.name(op.partition, "partition");
    check.optionalName(op.partitionSchema, "partitionSchema");
    if (op.bound !== undefined) checkPartitionBound(check, op.bound, "bound");
  },
  reverse: (op, undo) => {
    if (op.bound === undefined) return undo.missing("partition bound", "bound");
    return {
      kind: "attachPartition",
      schema: op.schema,
      table: op.table,
      partition: op.partition,
      partitionSchema: op.partitionSchema,
      bound: op.bound,
    };
  },
  target: (op) => ({ schema: op.partitionSchema ?? op.schema, table: op.partition }),
  change: (op, object) => `detached partition ${object} from ${op.table} (its rows stay in it)`,
} satisfies OperationKindSpec<DetachPartitionOperation>;
