import type { Deferrability } from "../constraint-definition";
import type { AddExclusionOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { deferrabilityKeys } from "./add-primary-key";
import { dropConstraintFor } from "./drop-constraint";

/** Options of {@link Operations.addExclusion}. */
export interface AddExclusionOptions extends SchemaOptions, Deferrability {
  readonly method?: string | undefined;
  readonly include?: readonly string[] | undefined;
  readonly where?: string | undefined;
}

/** `op.addExclusion(name, table, elements, options?)`: `ALTER TABLE ... ADD CONSTRAINT ... EXCLUDE`. */
export const addExclusionKind = {
  positional: ["name", "table", "elements"],
  named: 2,
  options: {
    schema: true,
    method: true,
    include: true,
    where: true,
    ...deferrabilityKeys,
  } satisfies OptionKeys<AddExclusionOptions>,
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    check.optionalName(op.method, "method");
    check.exclusionElements(op.elements, "elements");
    check.names(op.include, "include", false);
    if (op.where !== undefined) check.text(op.where, "where");
    check.deferrability(op, "the constraint");
  },
  reverse: dropConstraintFor,
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (_op, object) => `added exclusion constraint ${object}`,
} satisfies OperationKindSpec<AddExclusionOperation>;
