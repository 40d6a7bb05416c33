import type { Operation } from "./operation";

/** What an operation acts on; absent parts do not apply to its kind. */
export interface OperationTarget {
  readonly schema?: string | undefined;
  readonly table?: string | undefined;
  /** The column, for column operations. */
  readonly column?: string | undefined;
  /** The index, constraint, type, sequence, schema or extension. */
  readonly name?: string | undefined;
}

/**
 * The object an operation changes, for messages and change lists. `execute` and `run` name
 * none; an extension's `schema` is where it installs, not part of its name, so it is left out.
 *
 * @example
 * ```ts
 * operationTarget({ kind: "dropColumn", schema: "app", table: "account", column: "name" });
 * // { schema: "app", table: "account", column: "name" }
 * ```
 */
export function operationTarget(op: Operation): OperationTarget {
  switch (op.kind) {
    case "createTable":
    case "dropTable":
    case "renameTable":
    case "setTableComment":
    case "bulkInsert":
      return { schema: op.schema, table: op.table };
    case "addColumn":
      return { schema: op.schema, table: op.table, column: op.column.name };
    case "dropColumn":
    case "renameColumn":
    case "alterColumn":
    case "setColumnComment":
      return { schema: op.schema, table: op.table, column: op.column };
    case "createIndex":
    case "addPrimaryKey":
    case "addUnique":
    case "addCheck":
    case "addForeignKey":
    case "addExclusion":
    case "dropConstraint":
    case "validateConstraint":
    case "renameConstraint":
      return { schema: op.schema, table: op.table, name: op.name };
    case "dropIndex":
    case "renameIndex":
    case "createEnum":
    case "addEnumValue":
    case "renameEnumValue":
    case "renameEnum":
    case "dropEnum":
    case "createSequence":
    case "alterSequence":
    case "dropSequence":
      return { schema: op.schema, name: op.name };
    case "createSchema":
    case "dropSchema":
    case "renameSchema":
    case "createExtension":
    case "dropExtension":
      return { name: op.name };
    case "execute":
    case "run":
      return {};
  }
}
