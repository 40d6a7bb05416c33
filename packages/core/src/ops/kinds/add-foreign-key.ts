import type { ForeignKeyMatch, ReferentialAction } from "../column-definition";
import type { Deferrability } from "../constraint-definition";
import type { AddForeignKeyOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { withOptions } from "../with-options";
import { deferrabilityKeys } from "./add-primary-key";
import { dropConstraintFor } from "./drop-constraint";

/** Options of {@link Operations.addForeignKey}. */
export interface AddForeignKeyOptions extends SchemaOptions, Deferrability {
  /** The referenced table's schema. Omitted: unqualified. */
  readonly referencedSchema?: string | undefined;
  readonly onDelete?: ReferentialAction | undefined;
  /** `ON DELETE SET NULL ("a")`: only these columns (PostgreSQL 15+). */
  readonly onDeleteColumns?: readonly string[] | undefined;
  readonly onUpdate?: ReferentialAction | undefined;
  readonly match?: ForeignKeyMatch | undefined;
  readonly notValid?: boolean | undefined;
}

/**
 * `op.addForeignKey(name, table, columns, referencedTable, referencedColumns, options?)`:
 * `ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY`.
 */
export const addForeignKeyKind = {
  positional: ["name", "table", "columns", "references"],
  named: 2,
  // After the referenced table and its columns, which the node holds in `references`.
  optionsAt: 5,
  options: {
    schema: true,
    referencedSchema: true,
    onDelete: true,
    onDeleteColumns: true,
    onUpdate: true,
    match: true,
    notValid: true,
    ...deferrabilityKeys,
  } satisfies OptionKeys<AddForeignKeyOptions>,
  record: ([name, table, columns, referencedTable, referencedColumns, options]) => {
    const { referencedSchema, ...rest } = options ?? {};
    return {
      kind: "addForeignKey",
      name,
      table,
      columns,
      references: { schema: referencedSchema, table: referencedTable, columns: referencedColumns },
      ...rest,
    };
  },
  callArguments: (op) => {
    const { kind: _kind, name, table, columns, references, ...options } = op;
    return withOptions([name, table, columns, references.table, references.columns ?? []], {
      ...options,
      referencedSchema: references.schema,
    });
  },
  validate: (op, check) => {
    check.name(op.name, "constraint name");
    check.tableTarget(op);
    check.foreignKey(op, "the foreign key");
  },
  reverse: dropConstraintFor,
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) =>
    `added foreign key ${object} (${op.columns.join(", ")}) -> ${[op.references.schema, op.references.table].filter((part) => part !== undefined).join(".")}`,
} satisfies OperationKindSpec<AddForeignKeyOperation, Parameters<Operations["addForeignKey"]>>;
