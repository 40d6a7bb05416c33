import type { ValidateConstraintOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { SchemaOptions } from "../schema-options";

/** `op.validateConstraint(name, table, options?)`: `ALTER TABLE ... VALIDATE CONSTRAINT`. */
export const validateConstraintKind = {
  positional: ["name", "table"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
  },
  // A validated constraint stays valid; there is nothing to undo.
  reverse: () => undefined,
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (_op, object) => `validated constraint ${object}`,
} satisfies OperationKindSpec<ValidateConstraintOperation>;
