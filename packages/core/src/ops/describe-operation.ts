import type { Operation } from "./operation";
import { isOperationKind, operationKindOf } from "./operation-kinds";
import { operationTarget } from "./operation-target";

/**
 * A short, human description of an operation for error messages, in the form a migration
 * author wrote it: the target its kind's entry names (or the entry's own `describe`).
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
  const describe = isOperationKind(op.kind) ? operationKindOf(op).describe : undefined;
  if (describe !== undefined) return describe(op);
  const { schema, table, column, name } = operationTarget(op);
  if (table !== undefined) {
    const qualifiedTable = qualified(schema, table);
    if (column !== undefined) return [qualifiedTable, column];
    // Indexes and constraints are written name first, as the op methods take them.
    return name === undefined ? [qualifiedTable] : [name, qualifiedTable];
  }
  return name === undefined ? [] : [qualified(schema, name)];
}
