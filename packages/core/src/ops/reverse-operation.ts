import { BadOperationError } from "./bad-operation-error";
import { defineOperation } from "./define-operation";
import { describeOperation } from "./describe-operation";
import type { AlterColumnOperation, Operation } from "./operation";

function irreversible(op: Operation, why: string, hint: string): never {
  throw new BadOperationError(`${describeOperation(op)} cannot be reversed: ${why}`, {
    hint,
    details: { operation: op.kind },
  });
}

function missingDefinition(op: Operation, what: string, option: string): never {
  irreversible(
    op,
    `it does not carry the ${what} it removes.`,
    `pass ${option} so the reverse can recreate it, or write down() by hand`,
  );
}

function reverseAlterColumn(op: AlterColumnOperation): AlterColumnOperation {
  if (op.type !== undefined && op.existingType === undefined) {
    irreversible(op, "the type changes but existingType is not given.", "pass existingType");
  }
  if (op.collation !== undefined && op.existingCollation === undefined) {
    irreversible(
      op,
      "the collation changes but existingCollation is not given.",
      "pass existingCollation",
    );
  }
  if (op.default === null && op.existingDefault === undefined) {
    irreversible(
      op,
      "the default is dropped but existingDefault is not given.",
      "pass existingDefault",
    );
  }
  if (op.identity === null && !op.existingIdentity) {
    irreversible(
      op,
      "identity is dropped but existingIdentity is not given.",
      "pass existingIdentity",
    );
  }
  const reversed: AlterColumnOperation = {
    kind: "alterColumn",
    schema: op.schema,
    table: op.table,
    column: op.column,
    // `using` is not reversed: an expression that casts one way rarely casts back. A
    // collation-only change keeps existingType, which the renderer needs for TYPE ... COLLATE.
    type: op.type !== undefined ? op.existingType : undefined,
    collation: op.collation !== undefined ? op.existingCollation : undefined,
    // A boolean has one other value: without existingNullable, undo by flipping.
    nullable: op.nullable !== undefined ? (op.existingNullable ?? !op.nullable) : undefined,
    // Alembic reads a missing existing default as "no default", so undoing a new default drops it.
    default: op.default !== undefined ? (op.existingDefault ?? null) : undefined,
    identity: op.identity !== undefined ? (op.existingIdentity ?? null) : undefined,
    comment: op.comment !== undefined ? (op.existingComment ?? null) : undefined,
    existingType: op.type ?? op.existingType,
    existingNullable: op.nullable ?? op.existingNullable,
    existingDefault: op.default !== undefined ? op.default : op.existingDefault,
    existingIdentity: op.identity !== undefined ? op.identity : op.existingIdentity,
    existingComment: op.comment !== undefined ? op.comment : op.existingComment,
    existingCollation: op.collation ?? op.existingCollation,
  };
  return reversed;
}

function reverse(op: Operation): Operation | undefined {
  switch (op.kind) {
    case "createTable":
      return {
        kind: "dropTable",
        schema: op.schema,
        table: op.table,
        ifExists: op.ifNotExists,
        definition: op,
      };
    case "dropTable":
      if (op.definition === undefined) missingDefinition(op, "table definition", "definition");
      return { ...op.definition, ifNotExists: op.ifExists };
    case "renameTable":
      return { kind: "renameTable", schema: op.schema, table: op.newName, newName: op.table };
    case "addColumn":
      return {
        kind: "dropColumn",
        schema: op.schema,
        table: op.table,
        column: op.column.name,
        ifExists: op.ifNotExists,
        definition: op.column,
      };
    case "dropColumn":
      if (op.definition === undefined) missingDefinition(op, "column definition", "definition");
      return {
        kind: "addColumn",
        schema: op.schema,
        table: op.table,
        column: { ...op.definition, name: op.column },
        ifNotExists: op.ifExists,
      };
    case "renameColumn":
      return { ...op, column: op.newName, newName: op.column };
    case "alterColumn":
      return reverseAlterColumn(op);
    case "createIndex":
      return {
        kind: "dropIndex",
        schema: op.schema,
        name: op.name,
        concurrently: op.concurrently,
        ifExists: op.ifNotExists,
        definition: op,
      };
    case "dropIndex":
      if (op.definition === undefined) missingDefinition(op, "index definition", "definition");
      return { ...op.definition, concurrently: op.concurrently, ifNotExists: op.ifExists };
    case "renameIndex":
      return { ...op, name: op.newName, newName: op.name };
    case "addPrimaryKey":
    case "addUnique":
    case "addCheck":
    case "addForeignKey":
    case "addExclusion":
      return {
        kind: "dropConstraint",
        schema: op.schema,
        table: op.table,
        name: op.name,
        definition: op,
      };
    case "dropConstraint":
      if (op.definition === undefined) missingDefinition(op, "constraint definition", "definition");
      return op.definition;
    case "validateConstraint":
      // A validated constraint stays valid; there is nothing to undo.
      return undefined;
    case "renameConstraint":
      return { ...op, name: op.newName, newName: op.name };
    case "createSchema":
      return {
        kind: "dropSchema",
        name: op.name,
        ifExists: op.ifNotExists,
        authorization: op.authorization,
      };
    case "dropSchema":
      return {
        kind: "createSchema",
        name: op.name,
        ifNotExists: op.ifExists,
        authorization: op.authorization,
      };
    case "renameSchema":
      return { kind: "renameSchema", name: op.newName, newName: op.name };
    case "createEnum":
      return { kind: "dropEnum", schema: op.schema, name: op.name, values: op.values };
    case "dropEnum":
      if (op.values === undefined) missingDefinition(op, "enum values", "values");
      return { kind: "createEnum", schema: op.schema, name: op.name, values: op.values };
    case "addEnumValue":
      return irreversible(
        op,
        "PostgreSQL cannot remove a value from an enum.",
        "write down() by hand: create a new type without the value, move the columns to it, drop the old type",
      );
    case "renameEnumValue":
      return { ...op, value: op.newValue, newValue: op.value };
    case "renameEnum":
      return { ...op, name: op.newName, newName: op.name };
    case "createSequence":
      return {
        kind: "dropSequence",
        schema: op.schema,
        name: op.name,
        ifExists: op.ifNotExists,
        definition: op,
      };
    case "dropSequence":
      if (op.definition === undefined) missingDefinition(op, "sequence definition", "definition");
      return { ...op.definition, ifNotExists: op.ifExists };
    case "alterSequence":
      if (op.existing === undefined) missingDefinition(op, "previous options", "existing");
      return {
        kind: "alterSequence",
        schema: op.schema,
        name: op.name,
        ...op.existing,
        existing: {
          as: op.as,
          increment: op.increment,
          minValue: op.minValue,
          maxValue: op.maxValue,
          start: op.start,
          cache: op.cache,
          cycle: op.cycle,
          ownedBy: op.ownedBy,
        },
      };
    case "createExtension":
      return {
        kind: "dropExtension",
        name: op.name,
        ifExists: op.ifNotExists,
        schema: op.schema,
        version: op.version,
      };
    case "dropExtension":
      return {
        kind: "createExtension",
        name: op.name,
        ifNotExists: op.ifExists,
        schema: op.schema,
        version: op.version,
      };
    case "setTableComment":
      return { ...op, comment: op.existingComment ?? null, existingComment: op.comment };
    case "setColumnComment":
      return { ...op, comment: op.existingComment ?? null, existingComment: op.comment };
    case "execute":
      return irreversible(
        op,
        "raw SQL has no known reverse.",
        "write the undoing SQL in down() with op.execute",
      );
    case "bulkInsert":
      return irreversible(
        op,
        "inserted rows have no known reverse.",
        "delete the rows in down() with op.execute",
      );
    case "run":
      return irreversible(
        op,
        "a TypeScript step has no known reverse.",
        "write the undoing step in down()",
      );
  }
}

/**
 * The operation that undoes `op`, as Alembic's `reverse()`: a create becomes a drop, a rename
 * swaps its names, an `alterColumn` swaps its values with its `existing*` fields. A drop can
 * only be undone when it carries what it drops (`definition`, `values`). Returns `undefined`
 * when there is nothing to undo (`validateConstraint`). Throws {@link BadOperationError} for
 * an irreversible operation: `addEnumValue`, `execute`, `bulkInsert`, `run`.
 *
 * @example
 * ```ts
 * reverseOperation({ kind: "renameTable", table: "account", newName: "user_account" });
 * // { kind: "renameTable", table: "user_account", newName: "account" }
 * // ALTER TABLE "user_account" RENAME TO "account"
 * ```
 */
export function reverseOperation(op: Operation): Operation | undefined {
  const reversed = reverse(op);
  return reversed === undefined ? undefined : defineOperation(reversed);
}

/**
 * The operations that undo `ops`: the reversed list of reversed operations, as a downgrade
 * runs them.
 *
 * @example
 * ```ts
 * reverseOperations(op.operations); // [dropIndex "account_email_idx", dropTable "account"]
 * ```
 */
export function reverseOperations(ops: readonly Operation[]): Operation[] {
  const reversed: Operation[] = [];
  for (let index = ops.length - 1; index >= 0; index--) {
    const undo = reverseOperation(ops[index]!);
    if (undo !== undefined) reversed.push(undo);
  }
  return reversed;
}
