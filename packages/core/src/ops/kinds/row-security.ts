import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type {
  DisableRowSecurityOperation,
  EnableRowSecurityOperation,
  ForceRowSecurityOperation,
  NoForceRowSecurityOperation,
} from "../policy-operation";
import type { SchemaOptions } from "../schema-options";

// The four switches of a table's row-level security, each the reverse of another: one table
// of entries, as they differ only in words.

const shape = {
  positional: ["table"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op: { schema?: string | undefined; table: string }, check) => check.tableTarget(op),
  target: (op: { schema?: string | undefined; table: string }) => ({
    schema: op.schema,
    table: op.table,
  }),
} satisfies Partial<OperationKindSpec<EnableRowSecurityOperation>>;

/** `op.enableRowSecurity(table, options?)`: `ALTER TABLE ... ENABLE ROW LEVEL SECURITY`. */
export const enableRowSecurityKind = {
  ...shape,
  reverse: (op) => ({ kind: "disableRowSecurity", schema: op.schema, table: op.table }),
  change: (_op, object) => `enabled row-level security on table ${object}`,
} satisfies OperationKindSpec<EnableRowSecurityOperation>;

/** `op.disableRowSecurity(table, options?)`: `ALTER TABLE ... DISABLE ROW LEVEL SECURITY`. */
export const disableRowSecurityKind = {
  ...shape,
  reverse: (op) => ({ kind: "enableRowSecurity", schema: op.schema, table: op.table }),
  change: (_op, object) => `disabled row-level security on table ${object}`,
} satisfies OperationKindSpec<DisableRowSecurityOperation>;

/** `op.forceRowSecurity(table, options?)`: `ALTER TABLE ... FORCE ROW LEVEL SECURITY`. */
export const forceRowSecurityKind = {
  ...shape,
  reverse: (op) => ({ kind: "noForceRowSecurity", schema: op.schema, table: op.table }),
  change: (_op, object) => `forced row-level security on table ${object}`,
} satisfies OperationKindSpec<ForceRowSecurityOperation>;

/** `op.noForceRowSecurity(table, options?)`: `ALTER TABLE ... NO FORCE ROW LEVEL SECURITY`. */
export const noForceRowSecurityKind = {
  ...shape,
  reverse: (op) => ({ kind: "forceRowSecurity", schema: op.schema, table: op.table }),
  change: (_op, object) => `stopped forcing row-level security on table ${object}`,
} satisfies OperationKindSpec<NoForceRowSecurityOperation>;
