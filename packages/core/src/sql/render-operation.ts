import type { Operation, OperationKind, OperationOf } from "../ops/operation";
import { validateOperation } from "../ops/validate-operation";
import { cascade, commentOn, ifExists, ifNotExists, statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { quoteLiteral, toParameter } from "./quote-literal";
import { renderAddConstraint } from "./render-add-constraint";
import { renderAlterColumn } from "./render-alter-column";
import { renderAlterTable } from "./render-alter-table";
import { renderBulkInsert } from "./render-bulk-insert";
import { renderColumnDefinition } from "./render-column";
import { renderInclude, renderIndexElement, renderStorageParameters } from "./render-constraint";
import { renderCreateTable } from "./render-create-table";
import { namespaceRenderers } from "./render-namespace";
import { partitionRenderers } from "./render-partition";
import { policyRenderers } from "./render-policy";
import { privilegeRenderers } from "./render-privileges";
import { routineRenderers } from "./render-routine";
import { renderAlterSequence, renderCreateSequence } from "./render-sequence";
import { typeRenderers } from "./render-type";
import {
  renderCreateMaterializedView,
  renderCreateView,
  renderDropMaterializedView,
  renderDropView,
  renderRefreshMaterializedView,
  renderRenameView,
  renderSetViewComment,
} from "./render-view";
import type { SqlStatement } from "./sql-statement";

type Renderers = { readonly [K in OperationKind]: (op: OperationOf<K>) => SqlStatement[] };

// The SQL visitor of each kind, as Alembic's toimpl.py keys its implementations by operation
// type and Kysely's compiler has a visit method per node: the other facts of a kind live in its
// entry in ops/kinds/. A visitor longer than a few lines has its own render-<kind>.ts.
const renderers: Renderers = {
  createTable: renderCreateTable,
  dropTable: (op) => [
    statement(
      `DROP TABLE ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.table)}${cascade(op.cascade)}`,
    ),
  ],
  renameTable: (op) => [
    statement(
      `ALTER TABLE ${quoteQualified(op.schema, op.table)} RENAME TO ${quoteIdent(op.newName)}`,
    ),
  ],
  addColumn: (op) => {
    const table = quoteQualified(op.schema, op.table);
    const definition = renderColumnDefinition(op.column, { inlinePrimaryKey: true });
    const statements = [
      statement(`ALTER TABLE ${table} ADD COLUMN ${ifNotExists(op.ifNotExists)}${definition}`),
    ];
    if (op.column.comment !== undefined) {
      statements.push(
        commentOn(`COLUMN ${table}.${quoteIdent(op.column.name)}`, op.column.comment),
      );
    }
    return statements;
  },
  dropColumn: (op) => [
    statement(
      `ALTER TABLE ${quoteQualified(op.schema, op.table)} DROP COLUMN ${ifExists(op.ifExists)}${quoteIdent(op.column)}${cascade(op.cascade)}`,
    ),
  ],
  renameColumn: (op) => [
    statement(
      `ALTER TABLE ${quoteQualified(op.schema, op.table)} RENAME COLUMN ${quoteIdent(op.column)} TO ${quoteIdent(op.newName)}`,
    ),
  ],
  alterColumn: renderAlterColumn,
  createIndex: (op) => {
    const parts = [
      `CREATE ${op.unique === true ? "UNIQUE " : ""}INDEX ${op.concurrently === true ? "CONCURRENTLY " : ""}${ifNotExists(op.ifNotExists)}${quoteIdent(op.name)}`,
      `ON ${quoteQualified(op.schema, op.table)}`,
    ];
    if (op.method !== undefined) parts.push(`USING ${quoteIdent(op.method)}`);
    parts.push(`(${op.elements.map(renderIndexElement).join(", ")})`);
    parts.push(...renderInclude(op.include));
    if (op.nullsNotDistinct === true) parts.push("NULLS NOT DISTINCT");
    parts.push(...renderStorageParameters(op.with));
    if (op.where !== undefined) parts.push(`WHERE ${op.where}`);
    // PostgreSQL refuses CREATE INDEX CONCURRENTLY inside a transaction block.
    return [statement(parts.join(" "), op.concurrently !== true)];
  },
  dropIndex: (op) => [
    statement(
      `DROP INDEX ${op.concurrently === true ? "CONCURRENTLY " : ""}${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
      op.concurrently !== true,
    ),
  ],
  renameIndex: (op) => [
    statement(
      `ALTER INDEX ${quoteQualified(op.schema, op.name)} RENAME TO ${quoteIdent(op.newName)}`,
    ),
  ],
  renameSequence: (op) => [
    statement(
      `ALTER SEQUENCE ${quoteQualified(op.schema, op.name)} RENAME TO ${quoteIdent(op.newName)}`,
    ),
  ],
  addPrimaryKey: renderAddConstraint,
  addUnique: renderAddConstraint,
  addCheck: renderAddConstraint,
  addForeignKey: renderAddConstraint,
  addExclusion: renderAddConstraint,
  dropConstraint: (op) => [
    statement(
      `ALTER TABLE ${quoteQualified(op.schema, op.table)} DROP CONSTRAINT ${ifExists(op.ifExists)}${quoteIdent(op.name)}${cascade(op.cascade)}`,
    ),
  ],
  validateConstraint: (op) => [
    statement(
      `ALTER TABLE ${quoteQualified(op.schema, op.table)} VALIDATE CONSTRAINT ${quoteIdent(op.name)}`,
    ),
  ],
  renameConstraint: (op) => [
    statement(
      `ALTER TABLE ${quoteQualified(op.schema, op.table)} RENAME CONSTRAINT ${quoteIdent(op.name)} TO ${quoteIdent(op.newName)}`,
    ),
  ],
  createSchema: (op) => [
    statement(
      `CREATE SCHEMA ${ifNotExists(op.ifNotExists)}${quoteIdent(op.name)}${op.authorization !== undefined ? ` AUTHORIZATION ${quoteIdent(op.authorization)}` : ""}`,
    ),
  ],
  dropSchema: (op) => [
    statement(`DROP SCHEMA ${ifExists(op.ifExists)}${quoteIdent(op.name)}${cascade(op.cascade)}`),
  ],
  renameSchema: (op) => [
    statement(`ALTER SCHEMA ${quoteIdent(op.name)} RENAME TO ${quoteIdent(op.newName)}`),
  ],
  createEnum: (op) => [
    statement(
      `CREATE TYPE ${quoteQualified(op.schema, op.name)} AS ENUM (${op.values.map(quoteLiteral).join(", ")})`,
    ),
  ],
  addEnumValue: (op) => {
    let sql = `ALTER TYPE ${quoteQualified(op.schema, op.name)} ADD VALUE ${ifNotExists(op.ifNotExists)}${quoteLiteral(op.value)}`;
    if (op.before !== undefined) sql += ` BEFORE ${quoteLiteral(op.before)}`;
    if (op.after !== undefined) sql += ` AFTER ${quoteLiteral(op.after)}`;
    // Transactional on PostgreSQL 12+, where the new value is usable once the transaction
    // commits; on older servers the migration must be marked `transactional: false`.
    return [statement(sql)];
  },
  renameEnumValue: (op) => [
    statement(
      `ALTER TYPE ${quoteQualified(op.schema, op.name)} RENAME VALUE ${quoteLiteral(op.value)} TO ${quoteLiteral(op.newValue)}`,
    ),
  ],
  renameEnum: (op) => [
    statement(
      `ALTER TYPE ${quoteQualified(op.schema, op.name)} RENAME TO ${quoteIdent(op.newName)}`,
    ),
  ],
  dropEnum: (op) => [
    statement(
      `DROP TYPE ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
    ),
  ],
  createSequence: renderCreateSequence,
  alterSequence: renderAlterSequence,
  dropSequence: (op) => [
    statement(
      `DROP SEQUENCE ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
    ),
  ],
  createExtension: (op) => {
    let sql = `CREATE EXTENSION ${ifNotExists(op.ifNotExists)}${quoteIdent(op.name)}`;
    if (op.schema !== undefined) sql += ` WITH SCHEMA ${quoteIdent(op.schema)}`;
    if (op.version !== undefined) sql += ` VERSION ${quoteLiteral(op.version)}`;
    return [statement(sql + cascade(op.cascade))];
  },
  dropExtension: (op) => [
    statement(
      `DROP EXTENSION ${ifExists(op.ifExists)}${quoteIdent(op.name)}${cascade(op.cascade)}`,
    ),
  ],
  setTableComment: (op) => [commentOn(`TABLE ${quoteQualified(op.schema, op.table)}`, op.comment)],
  setColumnComment: (op) => [
    commentOn(`COLUMN ${quoteQualified(op.schema, op.table)}.${quoteIdent(op.column)}`, op.comment),
  ],
  alterTable: renderAlterTable,
  setIndexComment: (op) => [commentOn(`INDEX ${quoteQualified(op.schema, op.name)}`, op.comment)],
  setConstraintComment: (op) => [
    commentOn(
      `CONSTRAINT ${quoteIdent(op.name)} ON ${quoteQualified(op.schema, op.table)}`,
      op.comment,
    ),
  ],
  // -1 is the default on every version (PostgreSQL 17 also takes DEFAULT).
  setIndexStatistics: (op) => [
    statement(
      `ALTER INDEX ${quoteQualified(op.schema, op.name)} ALTER COLUMN ${op.column} SET STATISTICS ${op.statistics ?? -1}`,
    ),
  ],
  createView: renderCreateView,
  dropView: renderDropView,
  createMaterializedView: renderCreateMaterializedView,
  dropMaterializedView: renderDropMaterializedView,
  refreshMaterializedView: renderRefreshMaterializedView,
  renameView: renderRenameView,
  setViewComment: renderSetViewComment,
  execute: (op) => {
    const params =
      op.params !== undefined && op.params.length > 0 ? op.params.map(toParameter) : undefined;
    return [
      { sql: op.sql, ...(params ? { params } : {}), transactional: op.transactional !== false },
    ];
  },
  bulkInsert: (op) => renderBulkInsert(op, { inline: false }),
  // Nothing to send: the runner calls `fn` itself.
  run: () => [],
  ...routineRenderers,
  ...namespaceRenderers,
  ...policyRenderers,
  ...privilegeRenderers,
  ...partitionRenderers,
  ...typeRenderers,
};

/**
 * Renders one operation as the PostgreSQL statements the runner executes, in order. Most
 * operations give one statement; `createTable` adds a `COMMENT ON` per comment, and
 * `run` gives none (the runner calls its function). Statements that PostgreSQL refuses
 * inside a transaction block (`CREATE INDEX CONCURRENTLY`) have `transactional: false`.
 *
 * `addEnumValue` renders `ALTER TYPE ... ADD VALUE`, which PostgreSQL 12+ accepts inside a
 * transaction, but the new value cannot be used until that transaction commits; before 12 it
 * cannot run inside a transaction block at all.
 *
 * @example
 * ```ts
 * renderOperation({ kind: "addColumn", table: "account", column: { name: "name", type: "text", nullable: false, default: "" } });
 * // [{ sql: `ALTER TABLE "account" ADD COLUMN "name" text NOT NULL DEFAULT ''`, transactional: true }]
 * ```
 */
export function renderOperation(op: Operation): SqlStatement[] {
  validateOperation(op);
  const render = renderers[op.kind] as (op: Operation) => SqlStatement[];
  return render(op);
}
