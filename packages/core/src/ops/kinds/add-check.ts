import type { AddCheckOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { dropConstraintFor } from "./drop-constraint";

/** Options of {@link Operations.addCheck}. */
export interface AddCheckOptions extends SchemaOptions {
  readonly noInherit?: boolean | undefined;
  readonly notValid?: boolean | undefined;
}

/** `op.addCheck(name, table, expression, options?)`: `ALTER TABLE ... ADD CONSTRAINT ... CHECK`. */
export const addCheckKind = {
  positional: ["name", "table", "expression"],
  named: 2,
  options: {
    schema: true,
    noInherit: true,
    notValid: true,
  } satisfies OptionKeys<AddCheckOptions>,
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    check.text(op.expression, "expression");
  },
  reverse: dropConstraintFor,
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) => `added check constraint ${object}: ${op.expression}`,
} satisfies OperationKindSpec<AddCheckOperation>;
