import {
  type CollationName,
  type ColumnDefault,
  type ColumnType,
  type Operation,
  type OperationKind,
  operationTarget,
} from "@retort/core";
import { destructiveReason } from "./destructive-reason";

/** One difference between the database and the models, for `revision --autogenerate` and `check` to print. */
export interface Change {
  /** The kind of the operation that makes the change. */
  kind: OperationKind;
  /** The object changed, qualified: `public.account`, `public.account.email`, `app.mood`. */
  object: string;
  /** One line for a person: `added table public.account`. */
  description: string;
  /** Whether the change may lose data (see `destructiveReason`). */
  destructive: boolean;
}

function q(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined).join(".");
}

function typeText(type: ColumnType | undefined): string {
  if (type === undefined) return "?";
  if (typeof type === "string") return type;
  return `${q(type.schema, type.name)}${"[]".repeat(type.arrayDimensions ?? 0)}`;
}

function defaultText(value: ColumnDefault | undefined): string {
  if (value === undefined || value === null) return "none";
  if (typeof value === "object" && "sql" in value && typeof value.sql === "string")
    return value.sql;
  return JSON.stringify(value) ?? String(value);
}

function object(op: Operation): string {
  const { schema, table, column, name } = operationTarget(op);
  return q(schema, table, column ?? name);
}

function alterColumnText(op: Extract<Operation, { kind: "alterColumn" }>): string {
  const parts: string[] = [];
  if (op.type !== undefined)
    parts.push(`type ${typeText(op.existingType)} -> ${typeText(op.type)}`);
  if (op.nullable !== undefined) parts.push(op.nullable ? "now nullable" : "now NOT NULL");
  if (op.default !== undefined) {
    parts.push(`default ${defaultText(op.existingDefault)} -> ${defaultText(op.default)}`);
  }
  if (op.identity !== undefined) {
    if (op.identity === null) parts.push("identity dropped");
    else if (op.existingIdentity) parts.push("identity options changed");
    else
      parts.push(
        `identity added (${op.identity.generation === "always" ? "always" : "by default"})`,
      );
  }
  if (op.collation !== undefined)
    parts.push(
      `collation ${collationText(op.existingCollation)} -> ${collationText(op.collation)}`,
    );
  if (op.comment !== undefined)
    parts.push(op.comment === null ? "comment removed" : "comment changed");
  return parts.join(", ");
}

function text(op: Operation, name: string): string {
  switch (op.kind) {
    case "createTable":
      return `added table ${name}`;
    case "dropTable":
      return `dropped table ${name}`;
    case "renameTable":
      return `renamed table ${name} to ${op.newName}`;
    case "addColumn":
      return `added column ${name} (${typeText(op.column.type)})`;
    case "dropColumn":
      return `dropped column ${name}`;
    case "renameColumn":
      return `renamed column ${name} to ${op.newName}`;
    case "alterColumn":
      return `changed column ${name}: ${alterColumnText(op)}`;
    case "createIndex":
      return `added ${op.unique === true ? "unique " : ""}index ${name}`;
    case "dropIndex":
      return `dropped index ${name}`;
    case "renameIndex":
      return `renamed index ${name} to ${op.newName}`;
    case "addPrimaryKey":
      return `added primary key ${name} (${op.columns.join(", ")})`;
    case "addUnique":
      return `added unique constraint ${name} (${op.columns.join(", ")})`;
    case "addCheck":
      return `added check constraint ${name}: ${op.expression}`;
    case "addForeignKey":
      return `added foreign key ${name} (${op.columns.join(", ")}) -> ${q(op.references.schema, op.references.table)}`;
    case "addExclusion":
      return `added exclusion constraint ${name}`;
    case "dropConstraint":
      return `dropped constraint ${name}`;
    case "validateConstraint":
      return `validated constraint ${name}`;
    case "renameConstraint":
      return `renamed constraint ${name} to ${op.newName}`;
    case "createSchema":
      return `added schema ${name}`;
    case "dropSchema":
      return `dropped schema ${name}`;
    case "renameSchema":
      return `renamed schema ${name} to ${op.newName}`;
    case "createEnum":
      return `added enum ${name} (${op.values.join(", ")})`;
    case "addEnumValue":
      return `added value ${JSON.stringify(op.value)} to enum ${name}`;
    case "renameEnumValue":
      return `renamed value ${JSON.stringify(op.value)} of enum ${name} to ${JSON.stringify(op.newValue)}`;
    case "renameEnum":
      return `renamed enum ${name} to ${op.newName}`;
    case "dropEnum":
      return `dropped enum ${name}`;
    case "createSequence":
      return `added sequence ${name}`;
    case "alterSequence":
      return `changed sequence ${name}`;
    case "dropSequence":
      return `dropped sequence ${name}`;
    case "createExtension":
      return `added extension ${name}`;
    case "dropExtension":
      return `dropped extension ${name}`;
    case "setTableComment":
      return op.comment === null
        ? `removed the comment of table ${name}`
        : `changed the comment of table ${name}`;
    case "setColumnComment":
      return op.comment === null
        ? `removed the comment of column ${name}`
        : `changed the comment of column ${name}`;
    case "execute":
      return `runs SQL: ${op.sql.split("\n")[0]}`;
    case "bulkInsert":
      return `inserts ${op.rows.length} row(s) into ${name}`;
    case "run":
      return "runs a TypeScript step";
  }
}

function shortReason(op: Operation): string {
  switch (op.kind) {
    case "dropTable":
    case "dropColumn":
      return "data will be lost";
    case "dropSequence":
      return "its current value will be lost";
    default:
      return "values that do not fit fail or lose precision";
  }
}

/**
 * The {@link Change} an operation makes, as `check` and `revision --autogenerate` print it.
 * Destructive changes end with the reason (`data will be lost`).
 *
 * @example
 * ```ts
 * describeChange({ kind: "dropColumn", schema: "public", table: "account", column: "name" });
 * // { kind: "dropColumn", object: "public.account.name", destructive: true,
 * //   description: "dropped column public.account.name (data will be lost)" }
 * ```
 */
export function describeChange(op: Operation): Change {
  const name = object(op);
  const reason = destructiveReason(op);
  const description = text(op, name);
  return {
    kind: op.kind,
    object: name,
    description: reason === undefined ? description : `${description} (${shortReason(op)})`,
    destructive: reason !== undefined,
  };
}

function collationText(collation: CollationName | undefined): string {
  if (collation === undefined) return "?";
  if (typeof collation === "string") return collation;
  return collation.schema === undefined ? collation.name : `${collation.schema}.${collation.name}`;
}
