import type {
  AlterTableCmd,
  AlterTableStmt,
  ColumnDef,
  Constraint,
  Node,
  RangeVar,
  RawStmt,
} from "libpg-query";
import type { ColumnDefinition, ColumnType } from "../ops/column-definition";
import type { ExecuteOperation, Operation } from "../ops/operation";
import type { CanonicalType, LintStatement } from "./lint-rule";
import { type PgParser, pgParserNotLoaded } from "./pg-parser";
import {
  canonicalType,
  isSerialType,
  isVolatileExpression,
  nameParts,
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
  const base = { op, line, strings: operationStrings(op) };
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

/** The string values an operation writes, where a just-added enum value could be used. */
function operationStrings(op: Operation): string[] {
  const strings: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === "string") strings.push(value);
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

type Facts = Partial<Omit<LintStatement, "line" | "sql" | "strings">>;

function target(relation: RangeVar | undefined): { schema?: string; table: string } {
  return relation?.schemaname === undefined
    ? { table: relation?.relname ?? "" }
    : { schema: relation.schemaname, table: relation.relname ?? "" };
}

/** The operations one parsed statement amounts to (several for a multi-command `ALTER TABLE`). */
function fromParseTree(node: Node, execute: ExecuteOperation): Facts[] {
  if ("IndexStmt" in node) {
    const index = node.IndexStmt;
    return [
      {
        op: {
          kind: "createIndex",
          ...target(index.relation),
          name: index.idxname ?? "",
          elements: [],
          unique: index.unique,
          concurrently: index.concurrent,
        },
      },
    ];
  }
  if ("CreateStmt" in node) {
    return [{ op: { kind: "createTable", ...target(node.CreateStmt.relation), columns: [] } }];
  }
  // `CREATE TABLE ... AS` and `CREATE MATERIALIZED VIEW`: a new relation, indexed as a table is.
  if ("CreateTableAsStmt" in node) {
    return [
      { op: { kind: "createTable", ...target(node.CreateTableAsStmt.into?.rel), columns: [] } },
    ];
  }
  if ("DropStmt" in node) {
    const drop = node.DropStmt;
    return (drop.objects ?? []).flatMap((object): Facts[] => {
      const parts = "List" in object ? nameParts(object.List.items) : [];
      const name = parts.at(-1) ?? "";
      const schema = parts.length > 1 ? parts.at(-2) : undefined;
      if (drop.removeType === "OBJECT_TABLE") {
        return [{ op: { kind: "dropTable", table: name, ...(schema ? { schema } : {}) } }];
      }
      if (drop.removeType === "OBJECT_TRIGGER" || drop.removeType === "OBJECT_POLICY") {
        // `DROP TRIGGER name ON [schema.]table`: the table comes before the name.
        const table = parts.at(-2) ?? "";
        const tableSchema = parts.length > 2 ? parts.at(-3) : undefined;
        return [
          {
            blockingLock: {
              table,
              ...(tableSchema ? { schema: tableSchema } : {}),
              lock: accessExclusive,
            },
          },
        ];
      }
      if (drop.removeType === "OBJECT_INDEX") {
        return [
          {
            op: {
              kind: "dropIndex",
              name,
              concurrently: drop.concurrent,
              ...(schema ? { schema } : {}),
            },
          },
        ];
      }
      return [];
    });
  }
  if ("RenameStmt" in node) {
    const rename = node.RenameStmt;
    const where = target(rename.relation);
    if (rename.renameType === "OBJECT_TABLE") {
      return [{ op: { kind: "renameTable", ...where, newName: rename.newname ?? "" } }];
    }
    if (rename.renameType === "OBJECT_TABCONSTRAINT") {
      return [
        {
          op: {
            kind: "renameConstraint",
            ...where,
            name: rename.subname ?? "",
            newName: rename.newname ?? "",
          },
        },
      ];
    }
    if (rename.renameType === "OBJECT_COLUMN") {
      return [
        {
          op: {
            kind: "renameColumn",
            ...where,
            column: rename.subname ?? "",
            newName: rename.newname ?? "",
          },
        },
      ];
    }
    return [];
  }
  if ("AlterTableStmt" in node) return alterTable(node.AlterTableStmt);
  if ("AlterEnumStmt" in node) {
    const alter = node.AlterEnumStmt;
    const parts = nameParts(alter.typeName);
    if (alter.newVal === undefined || alter.oldVal !== undefined) return [];
    return [
      {
        op: {
          kind: "addEnumValue",
          name: parts.at(-1) ?? "",
          ...(parts.length > 1 ? { schema: parts.at(-2) } : {}),
          value: alter.newVal,
        },
      },
    ];
  }
  if ("TransactionStmt" in node) return [{ op: execute, controlsTransaction: true }];
  if ("ReindexStmt" in node) {
    const reindex = node.ReindexStmt;
    const isOnline = (reindex.params ?? []).some(
      (param) => "DefElem" in param && param.DefElem.defname === "concurrently",
    );
    const target = reindex.relation?.relname ?? reindex.name ?? "";
    return [{ op: execute, rawDdl: { kind: "reindex", target, isOnline } }];
  }
  if ("AlterDomainStmt" in node) {
    const alter = node.AlterDomainStmt;
    const def = alter.def;
    // Subtype "C" is ADD CONSTRAINT; NOT NULL and CHECK both check every column of the domain.
    if (alter.subtype !== "C" || def === undefined || !("Constraint" in def)) return [];
    const target = nameParts(alter.typeName).join(".");
    return [
      {
        op: execute,
        rawDdl: {
          kind: "domainConstraint",
          target,
          isOnline: def.Constraint.skip_validation === true,
        },
      },
    ];
  }
  if ("VariableSetStmt" in node) {
    const set = node.VariableSetStmt;
    if (set.name !== "lock_timeout") return [];
    const isSet = set.kind === "VAR_SET_VALUE" && !isZeroSetting(set.args?.[0]);
    return [{ op: execute, lockTimeout: { isSet, isLocal: set.is_local === true } }];
  }
  return blockingStatement(node);
}

/** `SET lock_timeout = 0` (or `'0s'`...): PostgreSQL reads zero as no timeout at all. */
function isZeroSetting(arg: Node | undefined): boolean {
  if (arg === undefined || !("A_Const" in arg)) return false;
  const constant = arg.A_Const;
  // The parse tree leaves a zero integer out: `ival: {}`.
  if (constant.ival !== undefined) return (constant.ival.ival ?? 0) === 0;
  const text = constant.sval?.sval ?? constant.fval?.fval;
  return text !== undefined && Number.parseFloat(text) === 0;
}

const accessExclusive = "an ACCESS EXCLUSIVE";
const writeBlocking = "a write-blocking";

function blockingLock(
  relation: RangeVar | undefined,
  lock: typeof accessExclusive | typeof writeBlocking,
): Facts {
  return { blockingLock: { ...target(relation), lock } };
}

/** Statements no operation describes that lock a table against its readers or writers. */
function blockingStatement(node: Node): Facts[] {
  const relations = (nodes: readonly Node[] | undefined) =>
    (nodes ?? []).flatMap((n) => ("RangeVar" in n ? [n.RangeVar] : []));
  if ("TruncateStmt" in node) {
    return relations(node.TruncateStmt.relations).map((r) => blockingLock(r, accessExclusive));
  }
  if ("LockStmt" in node) {
    // Modes as numbered in lockdefs.h: SHARE (5) and above block writes, ACCESS EXCLUSIVE (8) reads.
    const mode = node.LockStmt.mode ?? 8;
    if (mode < 5) return [];
    const lock = mode === 8 ? accessExclusive : writeBlocking;
    return relations(node.LockStmt.relations).map((r) => blockingLock(r, lock));
  }
  if ("ClusterStmt" in node) {
    const relation = node.ClusterStmt.relation;
    return relation === undefined ? [] : [blockingLock(relation, accessExclusive)];
  }
  if ("VacuumStmt" in node) {
    const vacuum = node.VacuumStmt;
    const isFull = (vacuum.options ?? []).some(
      (o) => "DefElem" in o && o.DefElem.defname === "full",
    );
    if (!isFull) return [];
    return (vacuum.rels ?? []).flatMap((rel) =>
      "VacuumRelation" in rel && rel.VacuumRelation.relation !== undefined
        ? [blockingLock(rel.VacuumRelation.relation, accessExclusive)]
        : [],
    );
  }
  if ("CreateTrigStmt" in node) return [blockingLock(node.CreateTrigStmt.relation, writeBlocking)];
  if ("CreatePolicyStmt" in node) {
    return [blockingLock(node.CreatePolicyStmt.table, accessExclusive)];
  }
  if ("AlterPolicyStmt" in node) return [blockingLock(node.AlterPolicyStmt.table, accessExclusive)];
  if ("RefreshMatViewStmt" in node) {
    const refresh = node.RefreshMatViewStmt;
    return refresh.concurrent === true ? [] : [blockingLock(refresh.relation, accessExclusive)];
  }
  return [];
}

function alterTable(alter: AlterTableStmt): Facts[] {
  if (alter.objtype !== "OBJECT_TABLE") return [];
  const where = target(alter.relation);
  return (alter.cmds ?? []).flatMap((command): Facts[] => {
    if (!("AlterTableCmd" in command)) return [];
    return alterTableCommand(command.AlterTableCmd, where);
  });
}

function alterTableCommand(
  command: AlterTableCmd,
  where: { schema?: string; table: string },
): Facts[] {
  const def = command.def;
  switch (command.subtype) {
    case "AT_AddColumn": {
      if (def === undefined || !("ColumnDef" in def)) return [];
      return [addColumn(def.ColumnDef, where)];
    }
    case "AT_DropColumn":
      return [{ op: { kind: "dropColumn", ...where, column: command.name ?? "" } }];
    case "AT_SetNotNull":
      return [
        { op: { kind: "alterColumn", ...where, column: command.name ?? "", nullable: false } },
      ];
    case "AT_AlterColumnType": {
      if (def === undefined || !("ColumnDef" in def) || def.ColumnDef.typeName === undefined)
        return [];
      return [
        {
          op: { kind: "alterColumn", ...where, column: command.name ?? "", type: "" },
          typeChange: { to: canonicalType(def.ColumnDef.typeName) },
        },
      ];
    }
    case "AT_AddConstraint": {
      if (def === undefined || !("Constraint" in def)) return [];
      return addConstraint(def.Constraint, where);
    }
    case "AT_ValidateConstraint":
      return [{ op: { kind: "validateConstraint", ...where, name: command.name ?? "" } }];
    case "AT_DetachPartition": {
      if (def === undefined || !("PartitionCmd" in def)) return [];
      const partition = def.PartitionCmd;
      return [
        {
          rawDdl: {
            kind: "detachPartition",
            target: `${where.schema ? `${where.schema}.` : ""}${where.table}`,
            isOnline: partition.concurrent === true,
          },
        },
      ];
    }
    case "AT_DropConstraint":
      return [{ op: { kind: "dropConstraint", ...where, name: command.name ?? "" } }];
    case "AT_SetLogged":
    case "AT_SetUnLogged":
      return [
        { op: { kind: "alterTable", ...where, unlogged: command.subtype === "AT_SetUnLogged" } },
      ];
    // SHARE UPDATE EXCLUSIVE: reads and writes go on.
    case "AT_SetStatistics":
    case "AT_SetOptions":
    case "AT_ResetOptions":
    case "AT_SetRelOptions":
    case "AT_ResetRelOptions":
    case "AT_ClusterOn":
    case "AT_DropCluster":
    case "AT_AttachPartition":
    case "AT_DetachPartitionFinalize":
      return [];
    // SHARE ROW EXCLUSIVE, as CREATE TRIGGER takes.
    case "AT_EnableTrig":
    case "AT_EnableAlwaysTrig":
    case "AT_EnableReplicaTrig":
    case "AT_EnableTrigAll":
    case "AT_EnableTrigUser":
    case "AT_DisableTrig":
    case "AT_DisableTrigAll":
    case "AT_DisableTrigUser":
      return [{ blockingLock: { ...where, lock: writeBlocking } }];
    // Every other ALTER TABLE command takes ACCESS EXCLUSIVE, however brief its work.
    default:
      return [{ blockingLock: { ...where, lock: accessExclusive } }];
  }
}

function addColumn(column: ColumnDef, where: { schema?: string; table: string }): Facts {
  const constraints = (column.constraints ?? []).flatMap((node) =>
    "Constraint" in node ? [node.Constraint] : [],
  );
  const has = (type: Constraint["contype"]) => constraints.find((c) => c.contype === type);
  const defaultValue = has("CONSTR_DEFAULT");
  const type = column.typeName === undefined ? undefined : canonicalType(column.typeName);
  const reference = has("CONSTR_FOREIGN");
  const referenced = reference?.pktable;
  return {
    op: {
      kind: "addColumn",
      ...where,
      column: {
        name: column.colname ?? "",
        type: type?.name ?? "",
        nullable: has("CONSTR_NOTNULL") === undefined && has("CONSTR_PRIMARY") === undefined,
        // The expression's text is not needed: the facts below are read from its tree.
        ...(defaultValue ? { default: { sql: "" } } : {}),
        ...(has("CONSTR_IDENTITY") ? { identity: { generation: "always" as const } } : {}),
        ...(has("CONSTR_GENERATED") ? { generated: { expression: "" } } : {}),
        ...(has("CONSTR_UNIQUE") ? { unique: true } : {}),
        ...(has("CONSTR_PRIMARY") ? { primaryKey: true } : {}),
        ...(referenced ? { references: { table: referenced.relname ?? "" } } : {}),
      },
    },
    volatileDefault:
      has("CONSTR_IDENTITY") !== undefined ||
      has("CONSTR_GENERATED") !== undefined ||
      (type !== undefined && isSerialType(type)) ||
      isVolatileExpression(defaultValue?.raw_expr),
  };
}

function addConstraint(constraint: Constraint, where: { schema?: string; table: string }): Facts[] {
  const name = constraint.conname ?? "";
  const columns = nameParts(constraint.keys);
  switch (constraint.contype) {
    case "CONSTR_FOREIGN":
      return [
        {
          op: {
            kind: "addForeignKey",
            ...where,
            name,
            columns: nameParts(constraint.fk_attrs),
            references: { table: constraint.pktable?.relname ?? "" },
            notValid: constraint.skip_validation,
          },
        },
      ];
    case "CONSTR_CHECK":
      return [
        {
          op: {
            kind: "addCheck",
            ...where,
            name,
            expression: "",
            notValid: constraint.skip_validation,
          },
          notNullColumn: notNullTestColumn(constraint.raw_expr),
        },
      ];
    case "CONSTR_UNIQUE":
    case "CONSTR_PRIMARY":
      // `ADD CONSTRAINT ... UNIQUE USING INDEX` adopts an index built concurrently: the safe
      // form, though its ACCESS EXCLUSIVE lock still queues readers while it waits.
      if (constraint.indexname !== undefined) {
        return [{ blockingLock: { ...where, lock: accessExclusive } }];
      }
      return [
        {
          op: {
            kind: constraint.contype === "CONSTR_UNIQUE" ? "addUnique" : "addPrimaryKey",
            ...where,
            name,
            columns,
          },
        },
      ];
    case "CONSTR_EXCLUSION":
      return [{ op: { kind: "addExclusion", ...where, name, elements: [] } }];
    default:
      return [];
  }
}
