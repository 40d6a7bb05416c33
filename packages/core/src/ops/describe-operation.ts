import type { Operation } from "./operation";

/**
 * A short, human description of an operation for error messages, in the form a migration
 * author wrote it.
 *
 * @example
 * ```ts
 * describeOperation({ kind: "dropColumn", schema: "app", table: "account", column: "name" });
 * // op.dropColumn("app.account", "name")
 * ```
 */
export function describeOperation(op: Operation): string {
  const args = describeArguments(op).map((arg) => JSON.stringify(arg));
  return `op.${op.kind}(${args.join(", ")})`;
}

function qualified(schema: string | undefined, name: string): string {
  return schema === undefined ? name : `${schema}.${name}`;
}

function describeArguments(op: Operation): string[] {
  switch (op.kind) {
    case "createTable":
    case "dropTable":
    case "renameTable":
    case "setTableComment":
    case "bulkInsert":
      return [qualified(op.schema, op.table)];
    case "addColumn":
      return [qualified(op.schema, op.table), op.column.name];
    case "dropColumn":
    case "renameColumn":
    case "alterColumn":
    case "setColumnComment":
      return [qualified(op.schema, op.table), op.column];
    case "createIndex":
    case "addPrimaryKey":
    case "addUnique":
    case "addCheck":
    case "addForeignKey":
    case "addExclusion":
    case "dropConstraint":
    case "validateConstraint":
    case "renameConstraint":
      return [op.name, qualified(op.schema, op.table)];
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
      return [qualified(op.schema, op.name)];
    case "createSchema":
    case "dropSchema":
    case "renameSchema":
    case "createExtension":
    case "dropExtension":
      return [op.name];
    case "execute":
      return [op.sql.length > 60 ? `${op.sql.slice(0, 57)}...` : op.sql];
    case "run":
      return [];
    default:
      return [];
  }
}
