import type { OperationKind, OperationOf } from "../ops/operation";
import type {
  DomainDefinition,
  RangeTypeDefinition,
  TypeAttribute,
  TypeOperation,
} from "../ops/type-operations";
import { cascade, commentOn, ifExists, statement } from "./ddl-clauses";
import { quoteIdent, quoteObjectName, quoteQualified } from "./quote-ident";
import { renderColumnType, renderDefault } from "./render-column";
import type { SqlStatement } from "./sql-statement";

// The SQL of domains, composite types and range types. Every name is quoted; expressions
// (defaults, checks) are SQL the model or the migration wrote, pasted as the other kinds do.

type TypeRenderers = {
  readonly [K in TypeOperation["kind"]]: (op: OperationOf<K & OperationKind>) => SqlStatement[];
};

function domainDefinition(d: DomainDefinition): string {
  let sql = ` AS ${renderColumnType(d.type)}`;
  if (d.collation !== undefined) sql += ` COLLATE ${quoteObjectName(d.collation)}`;
  if (d.default !== undefined) sql += ` DEFAULT ${renderDefault({ sql: d.default })}`;
  if (d.notNull === true) sql += " NOT NULL";
  for (const c of d.checks ?? []) {
    if (c.notValid !== true) sql += ` CONSTRAINT ${quoteIdent(c.name)} CHECK (${c.expression})`;
  }
  return sql;
}

/** `CREATE DOMAIN` has no `NOT VALID` clause: such checks are added right after it. */
function notValidChecks(name: string, d: DomainDefinition): SqlStatement[] {
  return (d.checks ?? [])
    .filter((c) => c.notValid === true)
    .map((c) =>
      statement(
        `ALTER DOMAIN ${name} ADD CONSTRAINT ${quoteIdent(c.name)} CHECK (${c.expression}) NOT VALID`,
      ),
    );
}

function attribute(a: TypeAttribute): string {
  const collate = a.collation === undefined ? "" : ` COLLATE ${quoteObjectName(a.collation)}`;
  return `${quoteIdent(a.name)} ${renderColumnType(a.type)}${collate}`;
}

function rangeOptions(d: RangeTypeDefinition): string {
  const options = [`SUBTYPE = ${renderColumnType(d.subtype)}`];
  if (d.subtypeOpclass !== undefined) {
    options.push(`SUBTYPE_OPCLASS = ${quoteObjectName(d.subtypeOpclass)}`);
  }
  if (d.collation !== undefined) options.push(`COLLATION = ${quoteObjectName(d.collation)}`);
  if (d.canonical !== undefined) options.push(`CANONICAL = ${quoteObjectName(d.canonical)}`);
  if (d.subtypeDiff !== undefined) {
    options.push(`SUBTYPE_DIFF = ${quoteObjectName(d.subtypeDiff)}`);
  }
  if (d.multirangeName !== undefined) {
    options.push(`MULTIRANGE_TYPE_NAME = ${quoteObjectName(d.multirangeName)}`);
  }
  return options.join(", ");
}

function withComment(
  statements: SqlStatement[],
  target: string,
  comment: string | undefined,
): SqlStatement[] {
  if (comment !== undefined) statements.push(commentOn(target, comment));
  return statements;
}

/** The SQL visitors of the type family, spread into `render-operation`'s table. */
export const typeRenderers: TypeRenderers = {
  createDomain: (op) => {
    const name = quoteQualified(op.schema, op.name);
    return withComment(
      [statement(`CREATE DOMAIN ${name}${domainDefinition(op)}`), ...notValidChecks(name, op)],
      `DOMAIN ${name}`,
      op.comment,
    );
  },
  dropDomain: (op) => [
    statement(
      `DROP DOMAIN ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
    ),
  ],
  alterDomain: (op) => {
    const name = quoteQualified(op.schema, op.name);
    const statements: SqlStatement[] = [];
    if (op.default !== undefined) {
      statements.push(
        statement(
          op.default === null
            ? `ALTER DOMAIN ${name} DROP DEFAULT`
            : `ALTER DOMAIN ${name} SET DEFAULT ${renderDefault({ sql: op.default })}`,
        ),
      );
    }
    if (op.notNull !== undefined) {
      statements.push(statement(`ALTER DOMAIN ${name} ${op.notNull ? "SET" : "DROP"} NOT NULL`));
    }
    return statements;
  },
  addDomainCheck: (op) => [
    statement(
      `ALTER DOMAIN ${quoteQualified(op.schema, op.name)} ADD CONSTRAINT ${quoteIdent(op.constraint)} CHECK (${op.expression})${op.notValid === true ? " NOT VALID" : ""}`,
    ),
  ],
  dropDomainConstraint: (op) => [
    statement(
      `ALTER DOMAIN ${quoteQualified(op.schema, op.name)} DROP CONSTRAINT ${ifExists(op.ifExists)}${quoteIdent(op.constraint)}`,
    ),
  ],
  validateDomainConstraint: (op) => [
    statement(
      `ALTER DOMAIN ${quoteQualified(op.schema, op.name)} VALIDATE CONSTRAINT ${quoteIdent(op.constraint)}`,
    ),
  ],
  createCompositeType: (op) => {
    const name = quoteQualified(op.schema, op.name);
    return withComment(
      [statement(`CREATE TYPE ${name} AS (${op.attributes.map(attribute).join(", ")})`)],
      `TYPE ${name}`,
      op.comment,
    );
  },
  dropCompositeType: (op) => [
    statement(
      `DROP TYPE ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
    ),
  ],
  addTypeAttribute: (op) => [
    statement(
      `ALTER TYPE ${quoteQualified(op.schema, op.name)} ADD ATTRIBUTE ${attribute(op.attribute)}`,
    ),
  ],
  dropTypeAttribute: (op) => [
    statement(
      `ALTER TYPE ${quoteQualified(op.schema, op.name)} DROP ATTRIBUTE ${quoteIdent(op.attribute)}`,
    ),
  ],
  renameTypeAttribute: (op) => [
    statement(
      `ALTER TYPE ${quoteQualified(op.schema, op.name)} RENAME ATTRIBUTE ${quoteIdent(op.attribute)} TO ${quoteIdent(op.newName)}`,
    ),
  ],
  alterTypeAttribute: (op) => [
    statement(
      `ALTER TYPE ${quoteQualified(op.schema, op.name)} ALTER ATTRIBUTE ${quoteIdent(op.attribute)} TYPE ${renderColumnType(op.type)}${op.collation === undefined ? "" : ` COLLATE ${quoteObjectName(op.collation)}`}`,
    ),
  ],
  createRangeType: (op) => {
    const name = quoteQualified(op.schema, op.name);
    return withComment(
      [statement(`CREATE TYPE ${name} AS RANGE (${rangeOptions(op)})`)],
      `TYPE ${name}`,
      op.comment,
    );
  },
  dropRangeType: (op) => [
    statement(
      `DROP TYPE ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}${cascade(op.cascade)}`,
    ),
  ],
  renameType: (op) => [
    statement(
      `ALTER ${op.domain === true ? "DOMAIN" : "TYPE"} ${quoteQualified(op.schema, op.name)} RENAME TO ${quoteIdent(op.newName)}`,
    ),
  ],
  setTypeComment: (op) => [
    commentOn(
      `${op.domain === true ? "DOMAIN" : "TYPE"} ${quoteQualified(op.schema, op.name)}`,
      op.comment,
    ),
  ],
};
