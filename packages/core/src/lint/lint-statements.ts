import type { RawStmt } from "libpg-query";
import type { ColumnDefinition, ColumnType } from "../ops/column-definition";
import type { ExecuteOperation, Operation } from "../ops/operation";
import type { CanonicalType, LintStatement } from "./lint-rule";
import { fromParseTree } from "./parse-tree-facts";
import { type PgParser, pgParserNotLoaded } from "./pg-parser";
import {
  canonicalType,
  isSerialType,
  isVolatileExpression,
  notNullTestColumn,
  stringConstants,
} from "./sql-facts";

/**
 * The statements a migration's recorded operations amount to. An `op.execute` is parsed with
 * PostgreSQL's parser and each of its statements becomes the operation it is equivalent to
 * (`CREATE INDEX` a `createIndex`, `ALTER TABLE ... ADD COLUMN` an `addColumn`...), so one set
 * of rules reads both; a statement no operation describes stays an `execute`.
 */
export function lintStatements(
  operations: readonly Operation[],
  lines: readonly (number | undefined)[],
  parser: PgParser,
): LintStatement[] {
  return operations.flatMap((op, i) => {
    const line = lines[i];
    if (op.kind === "execute") return sqlStatements(op, line, parser);
    return [operationStatement(op, line, parser)];
  });
}

function operationStatement(
  op: Operation,
  line: number | undefined,
  parser: PgParser,
): LintStatement {
  const base = { op, line, strings: operationStrings(op, parser) };
  switch (op.kind) {
    case "addColumn":
      return { ...base, volatileDefault: rewritesOnAdd(op.column, parser) };
    case "alterColumn": {
      if (op.type === undefined) return base;
      const to = columnType(op.type, parser);
      if (to === undefined) return base;
      const from = op.existingType === undefined ? undefined : columnType(op.existingType, parser);
      return { ...base, typeChange: from === undefined ? { to } : { from, to } };
    }
    case "addCheck":
      return {
        ...base,
        notNullColumn: notNullTestColumn(safely(() => parser.parseExpression(op.expression))),
      };
    default:
      return base;
  }
}

/** A column whose every existing row needs a value computed: the table is rewritten. */
function rewritesOnAdd(column: ColumnDefinition, parser: PgParser): boolean {
  if (column.identity !== undefined || column.generated !== undefined) return true;
  if (maySpellSerial(column.type)) {
    const type = columnType(column.type, parser);
    if (type !== undefined && isSerialType(type)) return true;
  }
  const value = column.default;
  if (isSqlExpression(value)) {
    return isVolatileExpression(safely(() => parser.parseExpression(value.sql)));
  }
  return false;
}

/**
 * Whether a type's text can name a serial type: the parser takes a type's name from its
 * letters (folded, quoted, or escaped as in `U&"\0073erial"`), so a text with neither `serial`
 * nor `U&` cannot, and needs no parse (the parser's first call costs tens of milliseconds).
 */
function maySpellSerial(type: ColumnType): boolean {
  return typeof type !== "string" || /serial|u&/i.test(type);
}

function isSqlExpression(value: unknown): value is { sql: string } {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { sql?: unknown }).sql === "string"
  );
}

function columnType(type: ColumnType, parser: PgParser): CanonicalType | undefined {
  if (typeof type !== "string") {
    return { name: type.name, mods: [], isArray: (type.arrayDimensions ?? 0) > 0 };
  }
  const node = safely(() => parser.parseType(type));
  return node !== undefined && "TypeName" in node ? canonicalType(node.TypeName) : undefined;
}

/** A text the parser refuses reads as "nothing known": the operation's own check reports it. */
function safely<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (error === pgParserNotLoaded) throw error;
    return undefined;
  }
}

/**
 * The string values an operation writes, where a just-added enum value could be used: plain
 * values, and the literals of a SQL default (`{ sql: "'meh'" }`, as autogenerate writes one).
 */
function operationStrings(op: Operation, parser: PgParser): string[] {
  const strings: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === "string") strings.push(value);
    else if (isSqlExpression(value)) {
      strings.push(...stringConstants(safely(() => parser.parseExpression(value.sql))));
    }
  };
  switch (op.kind) {
    case "bulkInsert":
      for (const row of op.rows) for (const value of Object.values(row)) add(value);
      break;
    case "addColumn":
      add(op.column.default);
      break;
    case "alterColumn":
      add(op.default);
      break;
    case "createTable":
      for (const column of op.columns) add(column.default);
      break;
    default:
      break;
  }
  return strings;
}

function sqlStatements(
  op: ExecuteOperation,
  line: number | undefined,
  parser: PgParser,
): LintStatement[] {
  let raw: RawStmt[];
  try {
    raw = parser.parse(op.sql).stmts ?? [];
  } catch (error) {
    if (error === pgParserNotLoaded) throw error;
    return [
      {
        op,
        line,
        sql: op.sql,
        strings: [],
        parseError: error instanceof Error ? error.message : String(error),
      },
    ];
  }
  return raw.flatMap((statement) => {
    const start = statement.stmt_location ?? 0;
    const text = op.sql
      .slice(start, statement.stmt_len ? start + statement.stmt_len : undefined)
      .trim();
    const node = statement.stmt;
    // A bound parameter is a use of its value as much as a literal in the text is.
    const params = (op.params ?? []).filter((param): param is string => typeof param === "string");
    const strings = [...stringConstants(node), ...params];
    const plain: LintStatement = {
      op: { ...op, sql: text },
      line,
      sql: text,
      strings,
      ...(raw.length > 1 ? { sharesQuery: true } : {}),
    };
    if (node === undefined) return [plain];
    const mapped = fromParseTree(node, op);
    if (mapped.length === 0) return [plain];
    return mapped.map((facts) => ({ ...plain, ...facts, op: facts.op ?? plain.op }));
  });
}
