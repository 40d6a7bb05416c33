import { BadOperationError } from "../bad-operation-error";
import { type ColumnInput, columnFromInput, columnToInput } from "../column-input";
import type {
  CheckDefinition,
  ExclusionDefinition,
  ForeignKeyDefinition,
  PrimaryKeyDefinition,
  UniqueDefinition,
} from "../constraint-definition";
import type { CreateTableOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { checkStorageParameters } from "./alter-table";

/** Options of {@link Operations.createTable}. */
export interface CreateTableOptions extends SchemaOptions {
  /** Column name to column, in table order. */
  readonly columns: Readonly<Record<string, ColumnInput>>;
  /** The primary key columns, or a definition; or mark columns with `primaryKey: true`. */
  readonly primaryKey?: readonly string[] | PrimaryKeyDefinition | undefined;
  readonly uniques?: readonly (readonly string[] | UniqueDefinition)[] | undefined;
  /** Check expressions, or definitions with a name. */
  readonly checks?: readonly (string | CheckDefinition)[] | undefined;
  readonly foreignKeys?: readonly ForeignKeyDefinition[] | undefined;
  readonly exclusions?: readonly ExclusionDefinition[] | undefined;
  readonly comment?: string | undefined;
  readonly ifNotExists?: boolean | undefined;
  /**
   * Makes it a partitioned table: the text after `PARTITION BY`, such as `RANGE (created_at)`,
   * `LIST (region)` or `HASH (id)`. Partitions are tables with its columns, attached with
   * `op.attachPartition`.
   */
  readonly partitionBy?: string | undefined;
  /** `CREATE UNLOGGED TABLE`: not written to the WAL, emptied after a crash. Default is `false`. */
  readonly unlogged?: boolean | undefined;
  /** Storage parameters (`{ fillfactor: 70, "toast.autovacuum_enabled": false }`). */
  readonly with?: Readonly<Record<string, string | number | boolean>> | undefined;
}

const options = {
  schema: true,
  columns: true,
  primaryKey: true,
  uniques: true,
  checks: true,
  foreignKeys: true,
  exclusions: true,
  comment: true,
  ifNotExists: true,
  partitionBy: true,
  unlogged: true,
  with: true,
} as const satisfies OptionKeys<CreateTableOptions>;

/** `op.createTable(table, options)`: `CREATE TABLE`. */
export const createTableKind = {
  positional: ["table"],
  named: 1,
  options,
  record: ([table, options], where) => {
    const columnInputs = options?.columns;
    // No columns is a valid table (`CREATE TABLE t ()`: an inheritance parent, a marker).
    if (typeof columnInputs !== "object" || columnInputs === null) {
      throw new BadOperationError(`${where}: columns must be an object, {} for none.`, {
        hint: 'pass columns: { id: { type: "bigint", identity: "always", primaryKey: true } }',
      });
    }
    const primaryKey = options.primaryKey;
    return {
      kind: "createTable",
      schema: options.schema,
      table,
      columns: Object.entries(columnInputs).map(([name, input]) =>
        columnFromInput(where, name, input),
      ),
      primaryKey: Array.isArray(primaryKey)
        ? { columns: primaryKey as readonly string[] }
        : (primaryKey as PrimaryKeyDefinition | undefined),
      uniques: options.uniques?.map((unique) =>
        Array.isArray(unique)
          ? { columns: unique as readonly string[] }
          : (unique as UniqueDefinition),
      ),
      checks: options.checks?.map(
        (check): CheckDefinition => (typeof check === "string" ? { expression: check } : check),
      ),
      foreignKeys: options.foreignKeys,
      exclusions: options.exclusions,
      comment: options.comment,
      ifNotExists: options.ifNotExists,
      partitionBy: options.partitionBy,
      unlogged: options.unlogged,
      with: options.with,
    };
  },
  callArguments: (op) => {
    const { kind: _kind, table, columns, ...rest } = op;
    return [
      table,
      {
        schema: rest.schema,
        columns: Object.fromEntries(columns.map((c) => [c.name, columnToInput(c)])),
        ...rest,
      },
    ];
  },
  validate: (op, check) => {
    check.tableTarget(op);
    if (!Array.isArray(op.columns)) {
      check.fail(
        "columns must be an array, [] for none.",
        'pass columns: [{ name: "id", type: "bigint", primaryKey: true }]',
      );
    }
    op.columns.forEach((column, index) => {
      check.column(column, `columns[${index}]`);
    });
    const columnNames = op.columns.map((column) => column.name);
    check.names(columnNames, "columns", false);
    const known = new Set(columnNames);
    const mustExist = (names: readonly string[] | undefined, what: string) => {
      for (const name of names ?? []) {
        if (!known.has(name)) {
          check.fail(`${what} names column "${name}", which the table does not have.`);
        }
      }
    };
    if (op.primaryKey !== undefined) {
      if (op.columns.some((column) => column.primaryKey === true)) {
        check.fail(
          "the primary key is given both on columns (primaryKey: true) and as primaryKey.",
          "keep one of the two",
        );
      }
      check.optionalName(op.primaryKey.name, "primary key name");
      check.names(op.primaryKey.columns, "primary key columns", true);
      check.names(op.primaryKey.include, "primary key include", false);
      check.deferrability(op.primaryKey, "primary key");
      mustExist(op.primaryKey.columns, "the primary key");
      for (const name of op.primaryKey.columns) {
        if (op.columns.find((column) => column.name === name)?.nullable === true) {
          check.fail(`column "${name}" is part of the primary key, so it cannot be nullable.`);
        }
      }
    }
    op.uniques?.forEach((unique, index) => {
      check.optionalName(unique.name, `uniques[${index}] name`);
      check.names(unique.columns, `uniques[${index}] columns`, true);
      check.names(unique.include, `uniques[${index}] include`, false);
      check.deferrability(unique, `uniques[${index}]`);
      mustExist(unique.columns, `uniques[${index}]`);
    });
    op.checks?.forEach((constraint, index) => {
      check.optionalName(constraint.name, `checks[${index}] name`);
      check.text(constraint.expression, `checks[${index}] expression`);
    });
    op.foreignKeys?.forEach((fk, index) => {
      check.foreignKey(fk, `foreignKeys[${index}]`);
      mustExist(fk.columns, `foreignKeys[${index}]`);
    });
    op.exclusions?.forEach((exclusion, index) => {
      check.optionalName(exclusion.name, `exclusions[${index}] name`);
      check.optionalName(exclusion.method, `exclusions[${index}] method`);
      check.exclusionElements(exclusion.elements, `exclusions[${index}] elements`);
      check.names(exclusion.include, `exclusions[${index}] include`, false);
      check.deferrability(exclusion, `exclusions[${index}]`);
    });
    checkStorageParameters(check, op.with, "with");
    if (op.partitionBy !== undefined) {
      check.text(op.partitionBy, "partitionBy");
      if (!/^\s*(?:RANGE|LIST|HASH)\s*\(/i.test(op.partitionBy)) {
        check.fail(
          `partitionBy must start with RANGE, LIST or HASH and the key in parentheses, not ${JSON.stringify(op.partitionBy)}.`,
          'pass partitionBy: "RANGE (created_at)"',
        );
      }
    }
  },
  reverse: (op) => ({
    kind: "dropTable",
    schema: op.schema,
    table: op.table,
    ifExists: op.ifNotExists,
    definition: op,
  }),
  target: (op) => ({ schema: op.schema, table: op.table }),
  change: (_op, object) => `added table ${object}`,
} satisfies OperationKindSpec<CreateTableOperation, Parameters<Operations["createTable"]>>;
