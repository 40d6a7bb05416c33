import { columnTypeText, quotedObjectText } from "../object-text";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type {
  AddTypeAttributeOperation,
  AlterTypeAttributeOperation,
  CreateCompositeTypeOperation,
  DropCompositeTypeOperation,
  DropTypeAttributeOperation,
  RenameTypeAttributeOperation,
  TypeAttribute,
} from "../type-operations";
import type { OperationChecker } from "../validate-operation";

// The composite type kinds: one file for the family, as each entry is a few lines.

/** Options of {@link Operations.createCompositeType}. */
export interface CreateCompositeTypeOptions extends SchemaOptions {
  readonly comment?: string | undefined;
}

/** Options of {@link Operations.dropCompositeType}. */
export interface DropCompositeTypeOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The attributes (and comment) it had, so the drop can be reversed. */
  readonly attributes?: readonly TypeAttribute[] | undefined;
  readonly comment?: string | undefined;
}

/** Options of {@link Operations.dropTypeAttribute}. */
export interface DropTypeAttributeOptions extends SchemaOptions {
  /** The attribute as it was, so the drop can be reversed. */
  readonly existing?: TypeAttribute | undefined;
}

/** Options of {@link Operations.alterTypeAttribute}. */
export interface AlterTypeAttributeOptions extends SchemaOptions {
  readonly collation?: TypeAttribute["collation"];
  /** The type before, so the change can be reversed. */
  readonly existingType?: TypeAttribute["type"] | undefined;
  readonly existingCollation?: TypeAttribute["collation"];
}

function checkAttribute(check: OperationChecker, a: TypeAttribute, at: string): void {
  check.name(a.name, `${at}.name`);
  check.type(a.type, `${at}.type`);
  if (a.collation !== undefined) check.qualifiedName(a.collation, `${at}.collation`);
}

function checkAttributes(check: OperationChecker, attributes: readonly TypeAttribute[]): void {
  if (!Array.isArray(attributes)) check.fail("attributes must be an array.");
  for (const [i, a] of attributes.entries()) checkAttribute(check, a, `attributes[${i}]`);
  check.names(
    attributes.map((a) => a.name),
    "attributes",
    false,
  );
}

const schemaAndName = (op: { schema?: string | undefined; name: string }) => ({
  schema: op.schema,
  name: op.name,
});

/** `op.createCompositeType(name, attributes, options?)`: `CREATE TYPE ... AS (...)`. */
export const createCompositeTypeKind = {
  positional: ["name", "attributes"],
  named: 1,
  options: { schema: true, comment: true } satisfies OptionKeys<CreateCompositeTypeOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    checkAttributes(check, op.attributes);
    if (op.comment !== undefined) check.comment(op.comment);
  },
  reverse: (op) => ({
    kind: "dropCompositeType",
    schema: op.schema,
    name: op.name,
    attributes: op.attributes,
    comment: op.comment,
  }),
  target: schemaAndName,
  change: (op, object) =>
    `added composite type ${object} (${op.attributes.map((a) => a.name).join(", ")})`,
} satisfies OperationKindSpec<CreateCompositeTypeOperation>;

/** `op.dropCompositeType(name, options?)`: `DROP TYPE`. */
export const dropCompositeTypeKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifExists: true,
    cascade: true,
    attributes: true,
    comment: true,
  } satisfies OptionKeys<DropCompositeTypeOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    if (op.attributes !== undefined) checkAttributes(check, op.attributes);
  },
  reverse: (op, undo) => {
    if (op.attributes === undefined) return undo.missing("type attributes", "attributes");
    return {
      kind: "createCompositeType",
      schema: op.schema,
      name: op.name,
      attributes: op.attributes,
      comment: op.comment,
    };
  },
  target: schemaAndName,
  change: (_op, object) => `dropped composite type ${object}`,
  destructive: {
    reason: (op) =>
      op.cascade === true
        ? `drops type ${quotedObjectText(op.schema, op.name)} with CASCADE; columns of that type are dropped with it.`
        : undefined,
    loss: "data will be lost",
  },
} satisfies OperationKindSpec<DropCompositeTypeOperation>;

/** `op.addTypeAttribute(name, attribute, options?)`: `ALTER TYPE ... ADD ATTRIBUTE`. */
export const addTypeAttributeKind = {
  positional: ["name", "attribute"],
  named: 1,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    checkAttribute(check, op.attribute, "attribute");
  },
  reverse: (op) => ({
    kind: "dropTypeAttribute",
    schema: op.schema,
    name: op.name,
    attribute: op.attribute.name,
    existing: op.attribute,
  }),
  target: schemaAndName,
  change: (op, object) => `added attribute ${op.attribute.name} to type ${object}`,
} satisfies OperationKindSpec<AddTypeAttributeOperation>;

/** `op.dropTypeAttribute(name, attribute, options?)`: `ALTER TYPE ... DROP ATTRIBUTE`. */
export const dropTypeAttributeKind = {
  positional: ["name", "attribute"],
  named: 2,
  options: { schema: true, existing: true } satisfies OptionKeys<DropTypeAttributeOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    check.name(op.attribute, "attribute");
    if (op.existing !== undefined) checkAttribute(check, op.existing, "existing");
  },
  reverse: (op, undo) => {
    if (op.existing === undefined) return undo.missing("attribute definition", "existing");
    return { kind: "addTypeAttribute", schema: op.schema, name: op.name, attribute: op.existing };
  },
  target: schemaAndName,
  change: (op, object) => `dropped attribute ${op.attribute} of type ${object}`,
  destructive: {
    // PostgreSQL refuses it while a table column has the type; a value held elsewhere (a
    // column of an array of it, a function's state) loses the field.
    reason: (op) =>
      `drops attribute ${quotedObjectText(op.schema, op.name, op.attribute)}; values stored with that type lose it.`,
    loss: "data will be lost",
  },
} satisfies OperationKindSpec<DropTypeAttributeOperation>;

/** `op.renameTypeAttribute(name, attribute, newName, options?)`. */
export const renameTypeAttributeKind = {
  positional: ["name", "attribute", "newName"],
  named: 2,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    check.name(op.attribute, "attribute");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, attribute: op.newName, newName: op.attribute }),
  target: schemaAndName,
  change: (op, object) => `renamed attribute ${op.attribute} of type ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameTypeAttributeOperation>;

/** `op.alterTypeAttribute(name, attribute, type, options?)`: `ALTER ATTRIBUTE ... TYPE`. */
export const alterTypeAttributeKind = {
  positional: ["name", "attribute", "type"],
  named: 2,
  options: {
    schema: true,
    collation: true,
    existingType: true,
    existingCollation: true,
  } satisfies OptionKeys<AlterTypeAttributeOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    check.name(op.attribute, "attribute");
    check.type(op.type, "type");
    if (op.existingType !== undefined) check.type(op.existingType, "existingType");
  },
  reverse: (op, undo) => {
    if (op.existingType === undefined) return undo.missing("attribute type", "existingType");
    return {
      kind: "alterTypeAttribute",
      schema: op.schema,
      name: op.name,
      attribute: op.attribute,
      type: op.existingType,
      collation: op.existingCollation,
      existingType: op.type,
      existingCollation: op.collation,
    };
  },
  target: schemaAndName,
  change: (op, object) =>
    `changed attribute ${op.attribute} of type ${object} to ${columnTypeText(op.type)}`,
} satisfies OperationKindSpec<AlterTypeAttributeOperation>;
