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
import type { Operation, SequenceDefinition } from "./operation";

// One token of a built-in type's text: a word, a quoted identifier, a number, punctuation.
// Anything else (`;`, `'`, `-`, `/`, `$`) is rejected, which keeps comments, string literals
// and second statements out of text that is pasted into DDL unquoted.
const typeToken = /\s+|[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\0]|"")+"|-?\d+|[(),.[\]]/y;
const operatorText = /^[+\-*/<>=~!@#%^&|`?]+$/;

/**
 * Whether `text` is safe to paste as the type of a column: words, quoted identifiers,
 * numbers, parentheses, brackets, commas and dots, with balanced parentheses and brackets.
 *
 * @example
 * ```ts
 * isSafeTypeText("numeric(10, 2)");          // true
 * isSafeTypeText('"public"."citext"[]');     // true
 * isSafeTypeText("text; drop table account"); // false
 * ```
 */
export function isSafeTypeText(text: string): boolean {
  if (!/^\s*("|[A-Za-z_])/.test(text)) return false;
  let depth = 0;
  let brackets = 0;
  typeToken.lastIndex = 0;
  while (typeToken.lastIndex < text.length) {
    const start = typeToken.lastIndex;
    const match = typeToken.exec(text);
    if (match === null || match.index !== start) return false;
    const token = match[0];
    if (token === "(") depth++;
    else if (token === ")") depth--;
    else if (token === "[") brackets++;
    else if (token === "]") brackets--;
    if (depth < 0 || brackets < 0) return false;
  }
  return depth === 0 && brackets === 0;
}

/**
 * Checks an operation node and throws a {@link BadOperationError} that names the operation
 * and the problem. The recorder and the renderer both call it, so a node built by hand (or
 * by autogenerate) is held to the same rules as one recorded through `op`.
 */
export function validateOperation(op: Operation): void {
  new OperationValidator(op).validate();
}

class OperationValidator {
  constructor(private readonly op: Operation) {}

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
    this.deferrability(fk, what);
  }

  validate(): void {
    const op = this.op;
    if (typeof op !== "object" || op === null) this.fail("an operation must be an object.");
    switch (op.kind) {
      case "createTable": {
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        if (!Array.isArray(op.columns) || op.columns.length === 0) {
          this.fail(
            "a table needs at least one column.",
            'pass columns: { id: { type: "bigint", primaryKey: true } }',
          );
        }
        op.columns.forEach((column, index) => {
          this.column(column, `columns[${index}]`);
        });
        const columnNames = op.columns.map((column) => column.name);
        this.names(columnNames, "columns", true);
        const known = new Set(columnNames);
        const mustExist = (names: readonly string[] | undefined, what: string) => {
          for (const name of names ?? []) {
            if (!known.has(name)) {
              this.fail(`${what} names column "${name}", which the table does not have.`);
            }
          }
        };
        if (op.primaryKey !== undefined) {
          if (op.columns.some((column) => column.primaryKey === true)) {
            this.fail(
              "the primary key is given both on columns (primaryKey: true) and as primaryKey.",
              "keep one of the two",
            );
          }
          this.optionalName(op.primaryKey.name, "primary key name");
          this.names(op.primaryKey.columns, "primary key columns", true);
          this.names(op.primaryKey.include, "primary key include", false);
          this.deferrability(op.primaryKey, "primary key");
          mustExist(op.primaryKey.columns, "the primary key");
          for (const name of op.primaryKey.columns) {
            if (op.columns.find((column) => column.name === name)?.nullable === true) {
              this.fail(`column "${name}" is part of the primary key, so it cannot be nullable.`);
            }
          }
        }
        op.uniques?.forEach((unique, index) => {
          this.optionalName(unique.name, `uniques[${index}] name`);
          this.names(unique.columns, `uniques[${index}] columns`, true);
          this.names(unique.include, `uniques[${index}] include`, false);
          this.deferrability(unique, `uniques[${index}]`);
          mustExist(unique.columns, `uniques[${index}]`);
        });
        op.checks?.forEach((check, index) => {
          this.optionalName(check.name, `checks[${index}] name`);
          this.text(check.expression, `checks[${index}] expression`);
        });
        op.foreignKeys?.forEach((fk, index) => {
          this.foreignKey(fk, `foreignKeys[${index}]`);
          mustExist(fk.columns, `foreignKeys[${index}]`);
        });
        op.exclusions?.forEach((exclusion, index) => {
          this.optionalName(exclusion.name, `exclusions[${index}] name`);
          this.optionalName(exclusion.method, `exclusions[${index}] method`);
          this.exclusionElements(exclusion.elements, `exclusions[${index}] elements`);
          this.names(exclusion.include, `exclusions[${index}] include`, false);
          this.deferrability(exclusion, `exclusions[${index}]`);
        });
        if (op.partitionBy !== undefined) {
          this.text(op.partitionBy, "partitionBy");
          if (!/^\s*(?:RANGE|LIST|HASH)\s*\(/i.test(op.partitionBy)) {
            this.fail(
              `partitionBy must start with RANGE, LIST or HASH and the key in parentheses, not ${JSON.stringify(op.partitionBy)}.`,
              'pass partitionBy: "RANGE (created_at)"',
            );
          }
        }
        return;
      }
      case "dropTable":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        if (op.definition !== undefined) validateOperation(op.definition);
        return;
      case "renameTable":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.name(op.newName, "new name");
        return;
      case "addColumn":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.column(op.column, "column");
        return;
      case "dropColumn":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.name(op.column, "column");
        if (op.definition !== undefined) this.column(op.definition, "definition");
        return;
      case "renameColumn":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.name(op.column, "column");
        this.name(op.newName, "new name");
        return;
      case "alterColumn": {
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.name(op.column, "column");
        const changes = [
          op.type,
          op.nullable,
          op.default,
          op.identity,
          op.comment,
          op.collation,
        ].filter((change) => change !== undefined);
        if (changes.length === 0) {
          this.fail(
            "nothing to change.",
            "pass at least one of type, nullable, default, identity, comment or collation",
          );
        }
        if (op.type !== undefined) this.type(op.type, "type");
        if (op.existingType !== undefined) this.type(op.existingType, "existingType");
        if (op.using !== undefined) {
          this.text(op.using, "using");
          if (op.type === undefined) this.fail("using is given without a new type.");
        }
        if (op.collation !== undefined) {
          this.qualifiedName(op.collation, "collation");
          if (op.type === undefined && op.existingType === undefined) {
            this.fail(
              "changing the collation needs the column's type.",
              "pass type or existingType: PostgreSQL changes collation with ALTER COLUMN ... TYPE ... COLLATE",
            );
          }
        }
        if (op.identity) this.identity(op.identity, "identity");
        if (op.existingIdentity) this.identity(op.existingIdentity, "existingIdentity");
        if (op.identity === null && op.existingIdentity === null) {
          this.fail("identity is dropped, but existingIdentity says the column has none.");
        }
        return;
      }
      case "createIndex":
        this.name(op.name, "index name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.optionalName(op.method, "method");
        this.indexElements(op.elements, "elements");
        this.names(op.include, "include", false);
        if (op.where !== undefined) this.text(op.where, "where");
        if (op.nullsNotDistinct === true && op.unique !== true) {
          this.fail("nullsNotDistinct applies to unique indexes only.", "add unique: true");
        }
        return;
      case "dropIndex":
        this.name(op.name, "index name");
        this.optionalName(op.schema, "schema");
        if (op.concurrently === true && op.cascade === true) {
          this.fail(
            "PostgreSQL cannot drop an index concurrently with CASCADE.",
            "drop one of the two",
          );
        }
        if (op.definition !== undefined) validateOperation(op.definition);
        return;
      case "renameIndex":
        this.name(op.name, "index name");
        this.optionalName(op.schema, "schema");
        this.name(op.newName, "new name");
        return;
      case "addPrimaryKey":
      case "addUnique":
        this.name(op.name, "constraint name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.names(op.columns, "columns", true);
        this.names(op.include, "include", false);
        this.deferrability(op, "the constraint");
        return;
      case "addCheck":
        this.name(op.name, "constraint name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.text(op.expression, "expression");
        return;
      case "addForeignKey":
        this.name(op.name, "constraint name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.foreignKey(op, "the foreign key");
        return;
      case "addExclusion":
        this.name(op.name, "constraint name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.optionalName(op.method, "method");
        this.exclusionElements(op.elements, "elements");
        this.names(op.include, "include", false);
        if (op.where !== undefined) this.text(op.where, "where");
        this.deferrability(op, "the constraint");
        return;
      case "dropConstraint":
        this.name(op.name, "constraint name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        if (op.definition !== undefined) validateOperation(op.definition);
        return;
      case "validateConstraint":
        this.name(op.name, "constraint name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        return;
      case "renameConstraint":
        this.name(op.name, "constraint name");
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.name(op.newName, "new name");
        return;
      case "createSchema":
      case "dropSchema":
        this.name(op.name, "schema name");
        this.optionalName(op.authorization, "authorization");
        return;
      case "renameSchema":
        this.name(op.name, "schema name");
        this.name(op.newName, "new name");
        return;
      case "createEnum":
      case "dropEnum": {
        this.name(op.name, "enum name");
        this.optionalName(op.schema, "schema");
        if (op.kind === "createEnum" && !Array.isArray(op.values))
          this.fail("values must be an array.");
        const values = op.values ?? [];
        values.forEach((value, index) => {
          this.name(value, `values[${index}]`);
        });
        if (new Set(values).size !== values.length) this.fail("values must not repeat.");
        return;
      }
      case "addEnumValue":
        this.name(op.name, "enum name");
        this.optionalName(op.schema, "schema");
        this.name(op.value, "value");
        this.optionalName(op.before, "before");
        this.optionalName(op.after, "after");
        if (op.before !== undefined && op.after !== undefined) {
          this.fail("a value goes either before or after another, not both.");
        }
        return;
      case "renameEnumValue":
        this.name(op.name, "enum name");
        this.optionalName(op.schema, "schema");
        this.name(op.value, "value");
        this.name(op.newValue, "new value");
        return;
      case "renameEnum":
        this.name(op.name, "enum name");
        this.optionalName(op.schema, "schema");
        this.name(op.newName, "new name");
        return;
      case "createSequence":
        this.name(op.name, "sequence name");
        this.optionalName(op.schema, "schema");
        this.sequenceDefinition(op, "");
        return;
      case "alterSequence":
        this.name(op.name, "sequence name");
        this.optionalName(op.schema, "schema");
        this.sequenceDefinition(op, "");
        if (op.restart !== true) this.sequenceNumber(op.restart, "restart");
        if (
          [
            op.as,
            op.increment,
            op.minValue,
            op.maxValue,
            op.start,
            op.cache,
            op.cycle,
            op.ownedBy,
            op.restart,
          ].every((option) => option === undefined)
        ) {
          this.fail("nothing to change.", "pass at least one sequence option, or restart");
        }
        if (op.existing !== undefined) this.sequenceDefinition(op.existing, "existing.");
        return;
      case "dropSequence":
        this.name(op.name, "sequence name");
        this.optionalName(op.schema, "schema");
        if (op.definition !== undefined) validateOperation(op.definition);
        return;
      case "createExtension":
      case "dropExtension":
        this.name(op.name, "extension name");
        this.optionalName(op.schema, "schema");
        this.optionalName(op.version, "version");
        return;
      case "setTableComment":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        if (op.comment !== null && typeof op.comment !== "string") {
          this.fail("comment must be a string, or null to remove it.");
        }
        return;
      case "setColumnComment":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        this.name(op.column, "column");
        if (op.comment !== null && typeof op.comment !== "string") {
          this.fail("comment must be a string, or null to remove it.");
        }
        return;
      case "execute":
        this.text(op.sql, "sql");
        if (op.params !== undefined && !Array.isArray(op.params)) {
          this.fail("params must be an array, bound to $1..$n in order.");
        }
        return;
      case "bulkInsert":
        this.name(op.table, "table");
        this.optionalName(op.schema, "schema");
        if (!Array.isArray(op.rows)) this.fail("rows must be an array of objects.");
        op.rows.forEach((row, index) => {
          if (typeof row !== "object" || row === null || Array.isArray(row)) {
            this.fail(`rows[${index}] must be an object of column name to value.`);
          }
          for (const key of Object.keys(row)) this.name(key, `rows[${index}] column`);
        });
        return;
      case "run":
        if (typeof op.fn !== "function") this.fail("fn must be a function of ({ db }).");
        return;
      default:
        this.fail(`unknown operation kind ${JSON.stringify((op as { kind?: unknown }).kind)}.`);
    }
  }
}
