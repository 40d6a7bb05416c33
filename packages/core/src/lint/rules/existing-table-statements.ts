import type { Operation, OperationKind, OperationOf } from "../../ops/operation";
import { operationTarget } from "../../ops/operation-target";
import type { LintContext, LintStatement } from "../lint-rule";

/** `"app"."account"` style name of a statement's table, for messages. */
export function tableLabel(op: Operation): string | undefined {
  const { schema, table } = operationTarget(op);
  if (table === undefined) return undefined;
  return schema === undefined ? table : `${schema}.${table}`;
}

/**
 * The statements of the given kinds that act on a table that existed before the migration,
 * with their index: most rules only matter there, since a table created in the same migration
 * is empty and no one else can hold a lock on it yet.
 */
export function onExistingTables<K extends OperationKind>(
  context: LintContext,
  kinds: readonly K[],
): {
  readonly index: number;
  readonly op: OperationOf<K>;
  readonly statement: LintStatement;
  readonly table: string;
}[] {
  const found: { index: number; op: OperationOf<K>; statement: LintStatement; table: string }[] =
    [];
  context.migration.statements.forEach((statement, index) => {
    const op = statement.op;
    if (!(kinds as readonly string[]).includes(op.kind)) return;
    const { schema, table } = operationTarget(op);
    if (table === undefined || !context.isExistingTable(index, schema, table)) return;
    found.push({ index, op: op as OperationOf<K>, statement, table: tableLabel(op) ?? table });
  });
  return found;
}

/** How a statement is named in a message: `op.createIndex` or the SQL of an `op.execute`. */
export function statementLabel(statement: LintStatement): string {
  if (statement.sql === undefined) return `op.${statement.op.kind}`;
  const oneLine = statement.sql.split(/\s+/).join(" ");
  return `op.execute(${JSON.stringify(oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine)})`;
}
