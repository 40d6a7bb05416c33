import { NAMEDATALEN, utf8Length } from "../sql/default-constraint-name";
import { BadOperationError } from "./bad-operation-error";
import type {
  ColumnDefinition,
  ColumnType,
  IdentityDefinition,
  SequenceOptions,
} from "./column-definition";
import type {
  Deferrability,
  ExclusionElement,
  ForeignKeyDefinition,
  IndexElement,
} from "./constraint-definition";
import { describeOperation } from "./describe-operation";
import { isSafeTypeText } from "./is-safe-type-text";
import type { Operation, SequenceDefinition, TableTarget } from "./operation";
import { isOperationKind, operationKindOf } from "./operation-kinds";

const operatorText = /^[+\-*/<>=~!@#%^&|`?]+$/;

/**
 * Checks an operation node and throws a {@link BadOperationError} that names the operation
 * and the problem. The recorder and the renderer both call it, so a node built by hand (or
 * by autogenerate) is held to the same rules as one recorded through `op`. The rules of each
 * kind are its entry's `validate` in `ops/kinds/`.
 */
export function validateOperation(op: Operation): void {
  const check = new OperationChecker(op);
  if (typeof op !== "object" || op === null) check.fail("an operation must be an object.");
  if (!isOperationKind(op.kind)) {
    check.fail(`unknown operation kind ${JSON.stringify((op as { kind?: unknown }).kind)}.`);
  }
  operationKindOf(op).validate(op, check);
}

/**
 * The checks operation kinds are built from. Each failure throws `BAD_OPERATION` with the
 * operation's description in front: `op.dropTable(""): table must be a non-empty string`.
 */
export class OperationChecker {
  constructor(private readonly op: Operation) {}

  /** Checks a node carried inside this one (a drop's `definition`) by its own kind's rules. */
  operation(node: Operation): void {
    validateOperation(node);
  }

  /** The table and the optional schema of a node that acts on a table. */
  tableTarget(target: TableTarget): void {
    this.name(target.table, "table");
    this.optionalName(target.schema, "schema");
  }

  /** An enum's labels, none twice. */
  enumValues(values: readonly string[]): void {
    values.forEach((value, index) => {
      this.enumLabel(value, `values[${index}]`);
    });
    if (new Set(values).size !== values.length) this.fail("values must not repeat.");
  }

  /**
   * An enum label: unlike a name it may be empty (`CREATE TYPE e AS ENUM ('')` is accepted), but
   * PostgreSQL refuses one longer than 63 bytes instead of truncating it.
   */
  enumLabel(value: unknown, what: string): void {
    if (typeof value !== "string") {
      this.fail(`${what} must be a string, got ${JSON.stringify(value) ?? String(value)}.`);
    }
    if (value.includes("\0"))
      this.fail(`${what} contains a NUL character, which PostgreSQL rejects.`);
    if (utf8Length(value) > NAMEDATALEN - 1) {
      this.fail(
        `${what} ${JSON.stringify(value)} is ${utf8Length(value)} bytes long; PostgreSQL keeps ${NAMEDATALEN - 1}.`,
        `choose a label of at most ${NAMEDATALEN - 1} bytes (UTF-8)`,
      );
    }
  }

  /** A comment to set: text, or `null` to remove it. */
  comment(value: unknown): void {
    if (value !== null && typeof value !== "string") {
      this.fail("comment must be a string, or null to remove it.");
    }
  }

  fail(problem: string, hint?: string): never {
    throw new BadOperationError(`${describeOperation(this.op)}: ${problem}`, {
      hint,
      details: { operation: this.op.kind },
    });
  }

  name(value: unknown, what: string): void {
    if (typeof value !== "string" || value.length === 0) {
      this.fail(
        `${what} must be a non-empty string, got ${JSON.stringify(value) ?? String(value)}.`,
      );
    }
    if (value.includes("\0"))
      this.fail(`${what} contains a NUL character, which PostgreSQL rejects.`);
    // PostgreSQL truncates a longer identifier with only a NOTICE (and refuses such enum labels).
    if (utf8Length(value) > NAMEDATALEN - 1) {
      this.fail(
        `${what} ${JSON.stringify(value)} is ${utf8Length(value)} bytes long; PostgreSQL keeps ${NAMEDATALEN - 1}.`,
        `choose a name of at most ${NAMEDATALEN - 1} bytes (UTF-8)`,
      );
    }
  }

  optionalName(value: unknown, what: string): void {
    if (value !== undefined) this.name(value, what);
  }

  /** A collation or operator class: a name, or `{ name, schema? }`. */
  qualifiedName(value: unknown, what: string): void {
    if (typeof value === "object" && value !== null) {
      const { name, schema } = value as { name?: unknown; schema?: unknown };
      this.name(name, `${what}.name`);
      this.optionalName(schema, `${what}.schema`);
    } else {
      this.name(value, what);
    }
  }

  names(values: readonly string[] | undefined, what: string, required: boolean): void {
    if (values === undefined) {
      if (required) this.fail(`${what} are missing.`);
      return;
    }
    if (!Array.isArray(values)) this.fail(`${what} must be an array of names.`);
    if (required && values.length === 0) this.fail(`${what} must list at least one column.`);
    values.forEach((value, index) => {
      this.name(value, `${what}[${index}]`);
    });
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) this.fail(`${what} lists "${value}" twice.`);
      seen.add(value);
    }
  }

  text(value: unknown, what: string): void {
    if (typeof value !== "string" || value.trim().length === 0) {
      this.fail(`${what} must be non-empty SQL text.`);
    }
  }

  type(type: ColumnType, what: string): void {
    if (typeof type === "string") {
      if (!isSafeTypeText(type)) {
        this.fail(
          `${what} ${JSON.stringify(type)} is not a type name PostgreSQL text can hold safely.`,
          'write a built-in type such as "varchar(255)", or a user-defined type as { name: "mood", schema: "app" }',
        );
      }
      return;
    }
    if (typeof type !== "object" || type === null)
      this.fail(`${what} must be a string or { name }.`);
    this.name(type.name, `${what}.name`);
    this.optionalName(type.schema, `${what}.schema`);
    const dims = type.arrayDimensions;
    if (dims !== undefined && !(Number.isInteger(dims) && dims >= 0 && dims <= 6)) {
      this.fail(`${what}.arrayDimensions must be a whole number from 0 to 6.`);
    }
  }

  sequenceNumber(value: unknown, what: string): void {
    if (value === undefined) return;
    if (typeof value === "bigint") return;
    if (typeof value !== "number" || !Number.isSafeInteger(value)) {
      this.fail(`${what} must be a whole number (number or bigint), got ${String(value)}.`);
    }
  }

  sequenceOptions(options: SequenceOptions, what: string): void {
    this.sequenceNumber(options.increment, `${what}increment`);
    if (options.increment === 0 || options.increment === 0n)
      this.fail(`${what}increment cannot be 0.`);
    if (options.minValue !== null) this.sequenceNumber(options.minValue, `${what}minValue`);
    if (options.maxValue !== null) this.sequenceNumber(options.maxValue, `${what}maxValue`);
    this.sequenceNumber(options.start, `${what}start`);
    this.sequenceNumber(options.cache, `${what}cache`);
  }

  sequenceDefinition(definition: SequenceDefinition, what: string): void {
    this.sequenceOptions(definition, what);
    if (definition.as !== undefined && !["smallint", "integer", "bigint"].includes(definition.as)) {
      this.fail(`${what}as must be "smallint", "integer" or "bigint".`);
    }
    if (definition.ownedBy) {
      this.optionalName(definition.ownedBy.schema, `${what}ownedBy.schema`);
      this.name(definition.ownedBy.table, `${what}ownedBy.table`);
      this.name(definition.ownedBy.column, `${what}ownedBy.column`);
    }
  }

  identity(identity: IdentityDefinition, what: string): void {
    if (identity.generation !== "always" && identity.generation !== "byDefault") {
      this.fail(`${what}.generation must be "always" or "byDefault".`);
    }
    this.sequenceOptions(identity, `${what}.`);
    if (identity.sequenceName !== undefined) {
      const name = identity.sequenceName;
      if (typeof name === "string") this.name(name, `${what}.sequenceName`);
      else {
        this.optionalName(name.schema, `${what}.sequenceName.schema`);
        this.name(name.name, `${what}.sequenceName.name`);
      }
    }
  }

  deferrability(value: Deferrability, what: string): void {
    if (value.deferrable === false && value.initiallyDeferred === true) {
      this.fail(`${what} cannot be initially deferred and not deferrable.`);
    }
  }

  column(column: ColumnDefinition, what: string): void {
    if (typeof column !== "object" || column === null) this.fail(`${what} must be an object.`);
    this.name(column.name, `${what} name`);
    const label = `column "${column.name}"`;
    this.type(column.type, `${label} type`);
    if (column.collation !== undefined) this.qualifiedName(column.collation, `${label} collation`);
    const hasDefault = column.default !== undefined && column.default !== null;
    if (column.identity !== undefined) {
      this.identity(column.identity, `${label} identity`);
      if (hasDefault) this.fail(`${label} cannot have both identity and a default.`);
      if (column.generated !== undefined) {
        this.fail(`${label} cannot be both an identity and a generated column.`);
      }
      if (column.nullable === true)
        this.fail(`${label} is an identity column, so it cannot be nullable.`);
    }
    if (column.generated !== undefined) {
      this.text(column.generated.expression, `${label} generated expression`);
      if (hasDefault) this.fail(`${label} cannot have both a generation expression and a default.`);
    }
    if (column.primaryKey === true && column.nullable === true) {
      this.fail(`${label} is part of the primary key, so it cannot be nullable.`);
    }
    const ref = column.references;
    if (ref !== undefined) {
      this.name(ref.table, `${label} references.table`);
      this.optionalName(ref.schema, `${label} references.schema`);
      this.optionalName(ref.column, `${label} references.column`);
      this.optionalName(ref.name, `${label} references.name`);
      this.deferrability(ref, `${label} references`);
    }
  }

  indexElements(elements: readonly IndexElement[], what: string): void {
    if (!Array.isArray(elements) || elements.length === 0) {
      this.fail(`${what} must list at least one column or expression.`);
    }
    elements.forEach((element, index) => {
      const label = `${what}[${index}]`;
      const hasColumn = element.column !== undefined;
      const hasExpression = element.expression !== undefined;
      if (hasColumn === hasExpression)
        this.fail(`${label} needs exactly one of column or expression.`);
      if (hasColumn) this.name(element.column, `${label}.column`);
      else this.text(element.expression, `${label}.expression`);
      if (element.opclass !== undefined) this.qualifiedName(element.opclass, `${label}.opclass`);
      if (element.opclassOptions !== undefined) {
        if (element.opclass === undefined) this.fail(`${label}.opclassOptions needs an opclass.`);
        const options = Object.entries(element.opclassOptions);
        if (options.length === 0) this.fail(`${label}.opclassOptions is empty.`);
        for (const [name, value] of options) {
          this.name(name, `${label}.opclassOptions key`);
          if (typeof value !== "string")
            this.fail(`${label}.opclassOptions.${name} must be a string.`);
        }
      }
      if (element.collation !== undefined)
        this.qualifiedName(element.collation, `${label}.collation`);
      if (element.order !== undefined && element.order !== "asc" && element.order !== "desc") {
        this.fail(`${label}.order must be "asc" or "desc".`);
      }
      if (element.nulls !== undefined && element.nulls !== "first" && element.nulls !== "last") {
        this.fail(`${label}.nulls must be "first" or "last".`);
      }
    });
  }

  exclusionElements(elements: readonly ExclusionElement[], what: string): void {
    this.indexElements(elements, what);
    elements.forEach((element, index) => {
      const operator = element.operator;
      if (
        typeof operator !== "string" ||
        !operatorText.test(operator) ||
        operator.includes("--") ||
        operator.includes("/*")
      ) {
        this.fail(
          `${what}[${index}].operator ${JSON.stringify(operator)} is not an operator.`,
          'use operator characters only, for example "=" or "&&"',
        );
      }
    });
  }

  foreignKey(fk: ForeignKeyDefinition, what: string): void {
    this.optionalName(fk.name, `${what} name`);
    this.names(fk.columns, `${what} columns`, true);
    this.name(fk.references?.table, `${what} referenced table`);
    this.optionalName(fk.references.schema, `${what} referenced schema`);
    const refColumns = fk.references.columns;
    if (refColumns !== undefined && refColumns.length > 0) {
      this.names(refColumns, `${what} referenced columns`, true);
      if (refColumns.length !== fk.columns.length) {
        this.fail(
          `${what} has ${fk.columns.length} column(s) but references ${refColumns.length}.`,
          "list one referenced column per column, in the same order",
        );
      }
    }
    if (fk.onDeleteColumns !== undefined && fk.onDeleteColumns.length > 0) {
      this.names(fk.onDeleteColumns, `${what} onDeleteColumns`, true);
      if (fk.onDelete !== "set null" && fk.onDelete !== "set default") {
        this.fail(`${what} has onDeleteColumns without onDelete "set null" or "set default".`);
      }
      if (fk.onDeleteColumns.some((c) => !fk.columns.includes(c))) {
        this.fail(`${what} onDeleteColumns must be columns of the foreign key.`);
      }
    }
    this.deferrability(fk, what);
  }
}
