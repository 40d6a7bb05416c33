import type { IdentityDefinition } from "../ops/column-definition";
import type {
  AddConstraintOperation,
  AlterColumnOperation,
  AlterSequenceOperation,
  CreateSequenceOperation,
  CreateTableOperation,
  Operation,
  OperationKind,
  OperationOf,
  SequenceDefinition,
} from "../ops/operation";
import { validateOperation } from "../ops/validate-operation";
import { makeObjectName } from "./default-constraint-name";
import { quoteIdent, quoteObjectName, quoteQualified } from "./quote-ident";
import { quoteLiteral, toParameter } from "./quote-literal";
import { renderBulkInsert } from "./render-bulk-insert";
import {
  renderColumnDefinition,
  renderColumnType,
  renderDefault,
  renderIdentity,
  renderSequenceOptions,
} from "./render-column";
import {
  renderCheck,
  renderExclusion,
  renderForeignKey,
  renderInclude,
  renderIndexElement,
  renderPrimaryKey,
  renderUnique,
} from "./render-constraint";
import type { SqlStatement } from "./sql-statement";

const indent = "    ";

function statement(sql: string, transactional = true): SqlStatement {
  return { sql, transactional };
}

function ifExists(flag: boolean | undefined): string {
  return flag === true ? "IF EXISTS " : "";
}

function ifNotExists(flag: boolean | undefined): string {
  return flag === true ? "IF NOT EXISTS " : "";
}

function cascade(flag: boolean | undefined): string {
  return flag === true ? " CASCADE" : "";
}

function commentOn(target: string, comment: string | null): SqlStatement {
  return statement(`COMMENT ON ${target} IS ${quoteLiteral(comment)}`);
}

function createTable(op: CreateTableOperation): SqlStatement[] {
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
  const body = lines.map((line) => indent + line).join(",\n");
  const statements = [
    statement(
      `CREATE TABLE ${ifNotExists(op.ifNotExists)}${table} (\n${body}\n)${op.partitionBy === undefined ? "" : ` PARTITION BY ${op.partitionBy}`}`,
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

/** `ALTER TABLE "t" <action>`, or one action per line when there are several. */
function alterTable(table: string, actions: readonly string[]): string {
  if (actions.length === 1) return `ALTER TABLE ${table} ${actions[0]}`;
  return `ALTER TABLE ${table}\n${actions.map((action) => indent + action).join(",\n")}`;
}

// Identity changes on a column that already has one: only what differs from before.
function setIdentityActions(identity: IdentityDefinition, existing: IdentityDefinition): string[] {
  const actions: string[] = [];
  if (identity.generation !== existing.generation) {
    actions.push(`SET GENERATED ${identity.generation === "always" ? "ALWAYS" : "BY DEFAULT"}`);
  }
  const changed = {
    increment: identity.increment !== existing.increment ? identity.increment : undefined,
    minValue: identity.minValue !== existing.minValue ? identity.minValue : undefined,
    maxValue: identity.maxValue !== existing.maxValue ? identity.maxValue : undefined,
    start: identity.start !== existing.start ? identity.start : undefined,
    cache: identity.cache !== existing.cache ? identity.cache : undefined,
    cycle: identity.cycle !== existing.cycle ? identity.cycle : undefined,
  };
  for (const option of renderSequenceOptions(changed)) actions.push(`SET ${option}`);
  return actions;
}

function alterColumn(op: AlterColumnOperation): SqlStatement[] {
  const table = quoteQualified(op.schema, op.table);
  const column = `ALTER COLUMN ${quoteIdent(op.column)}`;
  const actions: string[] = [];
  // One ALTER TABLE with several actions: PostgreSQL orders them itself (drop the old default
  // before the type change, set NOT NULL before adding identity), which separate statements
  // would get wrong, and it rewrites the table at most once.
  const type = op.type ?? (op.collation !== undefined ? op.existingType : undefined);
  if (type !== undefined) {
    let action = `${column} TYPE ${renderColumnType(type)}`;
    if (op.collation !== undefined) action += ` COLLATE ${quoteObjectName(op.collation)}`;
    if (op.using !== undefined) action += ` USING ${op.using}`;
    actions.push(action);
  }
  if (op.nullable !== undefined) actions.push(`${column} ${op.nullable ? "DROP" : "SET"} NOT NULL`);
  if (op.default !== undefined) {
    actions.push(
      op.default === null
        ? `${column} DROP DEFAULT`
        : `${column} SET DEFAULT ${renderDefault(op.default)}`,
    );
  }
  if (op.identity === null) {
    actions.push(`${column} DROP IDENTITY`);
  } else if (op.identity !== undefined) {
    if (op.existingIdentity) {
      const changes = setIdentityActions(op.identity, op.existingIdentity);
      if (changes.length > 0) actions.push(`${column} ${changes.join(" ")}`);
    } else {
      actions.push(`${column} ADD ${renderIdentity(op.identity)}`);
    }
  }
  const statements: SqlStatement[] = [];
  if (actions.length > 0) statements.push(statement(alterTable(table, actions)));
  if (op.comment !== undefined) {
    statements.push(commentOn(`COLUMN ${table}.${quoteIdent(op.column)}`, op.comment));
  }
  return statements;
}

function addConstraint(op: AddConstraintOperation): SqlStatement[] {
  const table = quoteQualified(op.schema, op.table);
  let clause: string;
  switch (op.kind) {
    case "addPrimaryKey":
      clause = renderPrimaryKey(op);
      break;
    case "addUnique":
      clause = renderUnique(op);
      break;
    case "addCheck":
      clause = renderCheck(op);
      break;
    case "addForeignKey":
      clause = renderForeignKey(op);
      break;
    case "addExclusion":
      clause = renderExclusion(op);
      break;
  }
  const notValid = (op.kind === "addCheck" || op.kind === "addForeignKey") && op.notValid === true;
  return [statement(`ALTER TABLE ${table} ADD ${clause}${notValid ? " NOT VALID" : ""}`)];
}

function sequenceClauses(
  definition: SequenceDefinition,
  restart?: AlterSequenceOperation["restart"],
): string[] {
  const parts: string[] = [];
  if (definition.as !== undefined) parts.push(`AS ${definition.as}`);
  const options = renderSequenceOptions(definition);
  // RESTART sits after START in PostgreSQL's documented order; CACHE and CYCLE follow.
  const afterStart = options.findIndex(
    (part) => part.startsWith("CACHE") || part.endsWith("CYCLE"),
  );
  const head = afterStart === -1 ? options : options.slice(0, afterStart);
  const tail = afterStart === -1 ? [] : options.slice(afterStart);
  parts.push(...head);
  if (restart === true) parts.push("RESTART");
  else if (restart !== undefined) parts.push(`RESTART WITH ${restart}`);
  parts.push(...tail);
  if (definition.ownedBy === null) parts.push("OWNED BY NONE");
  else if (definition.ownedBy !== undefined) {
    const owner = definition.ownedBy;
    parts.push(`OWNED BY ${quoteQualified(owner.schema, owner.table)}.${quoteIdent(owner.column)}`);
  }
  return parts;
}

function createSequence(op: CreateSequenceOperation): SqlStatement[] {
  const clauses = sequenceClauses(op);
  const name = quoteQualified(op.schema, op.name);
  return [
    statement(
      `CREATE SEQUENCE ${ifNotExists(op.ifNotExists)}${name}${clauses.map((c) => ` ${c}`).join("")}`,
    ),
  ];
}

type Renderers = { readonly [K in OperationKind]: (op: OperationOf<K>) => SqlStatement[] };

// One renderer per kind, as Alembic's toimpl.py keys its implementations by operation type.
const renderers: Renderers = {
  createTable,
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
  alterColumn,
  createIndex: (op) => {
    const parts = [
      `CREATE ${op.unique === true ? "UNIQUE " : ""}INDEX ${op.concurrently === true ? "CONCURRENTLY " : ""}${ifNotExists(op.ifNotExists)}${quoteIdent(op.name)}`,
      `ON ${quoteQualified(op.schema, op.table)}`,
    ];
    if (op.method !== undefined) parts.push(`USING ${quoteIdent(op.method)}`);
    parts.push(`(${op.elements.map(renderIndexElement).join(", ")})`);
    parts.push(...renderInclude(op.include));
    if (op.nullsNotDistinct === true) parts.push("NULLS NOT DISTINCT");
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
  addPrimaryKey: addConstraint,
  addUnique: addConstraint,
  addCheck: addConstraint,
  addForeignKey: addConstraint,
  addExclusion: addConstraint,
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
  createSequence,
  alterSequence: (op) => {
    const clauses = sequenceClauses(op, op.restart);
    if (clauses.length === 0) return [];
    return [statement(`ALTER SEQUENCE ${quoteQualified(op.schema, op.name)} ${clauses.join(" ")}`)];
  },
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
