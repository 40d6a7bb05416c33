import type { AlterExtensionOperation, ExtensionChange } from "../namespace-operations";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";

/** Options of {@link Operations.alterExtension}. */
export interface AlterExtensionOptions extends ExtensionChange {
  /** The version and schema before, so the change can be reversed. */
  readonly existing?: ExtensionChange | undefined;
}

/** `op.alterExtension(name, options)`: `ALTER EXTENSION ... UPDATE TO` / `SET SCHEMA`. */
export const alterExtensionKind = {
  positional: ["name"],
  named: 1,
  optionsRequired: true,
  options: {
    version: true,
    schema: true,
    existing: true,
  } satisfies OptionKeys<AlterExtensionOptions>,
  validate: (op, check) => {
    check.name(op.name, "extension name");
    check.optionalName(op.version, "version");
    check.optionalName(op.schema, "schema");
    if (op.version === undefined && op.schema === undefined) {
      check.fail("nothing to change.", "pass a version, a schema, or both");
    }
    check.optionalName(op.existing?.version, "existing.version");
    check.optionalName(op.existing?.schema, "existing.schema");
  },
  reverse: (op, undo) => {
    const before = op.existing;
    if (
      before === undefined ||
      (op.version !== undefined && before.version === undefined) ||
      (op.schema !== undefined && before.schema === undefined)
    ) {
      return undo.missing("previous version or schema", "existing");
    }
    return {
      kind: "alterExtension",
      name: op.name,
      version: op.version === undefined ? undefined : before.version,
      schema: op.schema === undefined ? undefined : before.schema,
      existing: { version: op.version, schema: op.schema },
    };
  },
  target: (op) => ({ name: op.name }),
  change: (op, object) =>
    [
      op.version === undefined ? null : `updated extension ${object} to version ${op.version}`,
      op.schema === undefined ? null : `moved extension ${object} to schema ${op.schema}`,
    ]
      .filter((s) => s !== null)
      .join("; "),
} satisfies OperationKindSpec<AlterExtensionOperation>;
