import type { CreateTableOperation } from "../ops/operation";
import { commentOn, ifNotExists, indent, statement } from "./ddl-clauses";
import { makeObjectName } from "./default-constraint-name";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { renderColumnDefinition } from "./render-column";
import {
  renderCheck,
  renderExclusion,
  renderForeignKey,
  renderPrimaryKey,
  renderStorageParameters,
  renderUnique,
} from "./render-constraint";
import type { SqlStatement } from "./sql-statement";

/** The SQL visitor of `createTable`: the table, then a `COMMENT ON` per comment. */
export function renderCreateTable(op: CreateTableOperation): SqlStatement[] {
  const table = quoteQualified(op.schema, op.table);
  const lines = op.columns.map((column) =>
    renderColumnDefinition(column, { inlinePrimaryKey: false }),
  );
  const keyColumns = op.columns.filter((column) => column.primaryKey === true);
  if (keyColumns.length > 0) {
    // Named as PostgreSQL would name it, so the name is known without asking the catalog.
    lines.push(
      renderPrimaryKey({
        name: makeObjectName(op.table, null, "pkey"),
        columns: keyColumns.map((column) => column.name),
      }),
    );
  }
  if (op.primaryKey !== undefined) lines.push(renderPrimaryKey(op.primaryKey));
  for (const unique of op.uniques ?? []) lines.push(renderUnique(unique));
  for (const check of op.checks ?? []) lines.push(renderCheck(check));
  for (const fk of op.foreignKeys ?? []) lines.push(renderForeignKey(fk));
  for (const exclusion of op.exclusions ?? []) lines.push(renderExclusion(exclusion));
  const body = lines.length === 0 ? "" : `\n${lines.map((line) => indent + line).join(",\n")}\n`;
  const statements = [
    statement(
      `CREATE ${op.unlogged === true ? "UNLOGGED " : ""}TABLE ${ifNotExists(op.ifNotExists)}${table} (${body})${op.partitionBy === undefined ? "" : ` PARTITION BY ${op.partitionBy}`}${renderStorageParameters(
        op.with,
      )
        .map((w) => ` ${w}`)
        .join("")}`,
    ),
  ];
  if (op.comment !== undefined) statements.push(commentOn(`TABLE ${table}`, op.comment));
  for (const column of op.columns) {
    if (column.comment !== undefined) {
      statements.push(commentOn(`COLUMN ${table}.${quoteIdent(column.name)}`, column.comment));
    }
  }
  return statements;
}
