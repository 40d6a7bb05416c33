import { BadOperationError } from "../bad-operation-error";
import type { IndexElement } from "../constraint-definition";
import type { CreateIndexOperation } from "../operation";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import { withOptions } from "../with-options";

/** Options of {@link Operations.createIndex}. */
export interface CreateIndexOptions extends SchemaOptions {
  readonly unique?: boolean | undefined;
  readonly method?: string | undefined;
  readonly include?: readonly string[] | undefined;
  readonly where?: string | undefined;
  readonly concurrently?: boolean | undefined;
  readonly ifNotExists?: boolean | undefined;
  readonly nullsNotDistinct?: boolean | undefined;
  /** Storage parameters (`{ fillfactor: 70 }`): plain lowercase names, literal values. */
  readonly with?: Readonly<Record<string, string | number | boolean>> | undefined;
}

const STORAGE_PARAMETER_NAME = /^[a-z_][a-z0-9_]*$/;

/** `op.createIndex(name, table, elements, options?)`: `CREATE INDEX`. */
export const createIndexKind = {
  positional: ["name", "table", "elements"],
  named: 2,
  options: {
    schema: true,
    unique: true,
    method: true,
    include: true,
    where: true,
    concurrently: true,
    ifNotExists: true,
    nullsNotDistinct: true,
    with: true,
  } satisfies OptionKeys<CreateIndexOptions>,
  record: ([name, table, elements, options], where) => {
    if (!Array.isArray(elements))
      throw new BadOperationError(`${where}: columns must be an array.`);
    return {
      kind: "createIndex",
      schema: options?.schema,
      name,
      table,
      // A column is written as its name alone.
      elements: elements.map(
        (element): IndexElement => (typeof element === "string" ? { column: element } : element),
      ),
      unique: options?.unique,
      method: options?.method,
      include: options?.include,
      where: options?.where,
      concurrently: options?.concurrently,
      ifNotExists: options?.ifNotExists,
      nullsNotDistinct: options?.nullsNotDistinct,
      with: options?.with,
    };
  },
  callArguments: (op) => {
    const { kind: _kind, name, table, elements, ...options } = op;
    const inputs = elements.map((element) =>
      element.column !== undefined && Object.keys(element).length === 1 ? element.column : element,
    );
    return withOptions([name, table, inputs], options);
  },
  validate: (op, check) => {
    check.name(op.name, "index name");
    check.tableTarget(op);
    check.optionalName(op.method, "method");
    check.indexElements(op.elements, "elements");
    check.names(op.include, "include", false);
    if (op.where !== undefined) check.text(op.where, "where");
    if (op.with !== undefined) {
      if (typeof op.with !== "object" || op.with === null || Array.isArray(op.with))
        check.fail("with must be an object of storage parameters.");
      for (const [name, value] of Object.entries(op.with)) {
        // The SQL writes the name bare, so only a plain identifier is safe.
        if (!STORAGE_PARAMETER_NAME.test(name))
          check.fail(
            `storage parameter ${JSON.stringify(name)} is not a plain lowercase name.`,
            "use names such as fillfactor or deduplicate_items",
          );
        const isFiniteNumber = typeof value === "number" && Number.isFinite(value);
        if (!isFiniteNumber && typeof value !== "boolean" && typeof value !== "string")
          check.fail(`storage parameter ${name} must be a finite number, a boolean or a string.`);
      }
    }
    if (op.nullsNotDistinct === true && op.unique !== true) {
      check.fail("nullsNotDistinct applies to unique indexes only.", "add unique: true");
    }
  },
  reverse: (op) => ({
    kind: "dropIndex",
    schema: op.schema,
    name: op.name,
    concurrently: op.concurrently,
    ifExists: op.ifNotExists,
    definition: op,
  }),
  target: (op) => ({ schema: op.schema, table: op.table, name: op.name }),
  change: (op, object) => `added ${op.unique === true ? "unique " : ""}index ${object}`,
} satisfies OperationKindSpec<CreateIndexOperation, Parameters<Operations["createIndex"]>>;
