import { columnTypeText, quotedObjectText } from "../object-text";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type {
  CreateRangeTypeOperation,
  DropRangeTypeOperation,
  RangeTypeDefinition,
  RenameTypeOperation,
  SetTypeCommentOperation,
} from "../type-operations";
import type { OperationChecker } from "../validate-operation";

// Range types, and the rename and comment every type family shares.

/** Options of {@link Operations.createRangeType}. */
export interface CreateRangeTypeOptions
  extends SchemaOptions,
    Omit<RangeTypeDefinition, "subtype"> {}

/** Options of {@link Operations.dropRangeType}. */
export interface DropRangeTypeOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The range type as it was, so the drop can be reversed. */
  readonly definition?: RangeTypeDefinition | undefined;
}

/** Options of {@link Operations.renameType}. */
export interface RenameTypeOptions extends SchemaOptions {
  readonly domain?: boolean | undefined;
}

/** Options of {@link Operations.setTypeComment}. */
export interface SetTypeCommentOptions extends SchemaOptions {
  readonly domain?: boolean | undefined;
  readonly existingComment?: string | null | undefined;
}

function checkRange(check: OperationChecker, d: RangeTypeDefinition, at: string): void {
  check.type(d.subtype, `${at}subtype`);
  for (const key of [
    "subtypeOpclass",
    "collation",
    "canonical",
    "subtypeDiff",
    "multirangeName",
  ] as const) {
    if (d[key] !== undefined) check.qualifiedName(d[key], `${at}${key}`);
  }
  if (d.comment !== undefined) check.comment(d.comment);
}

const schemaAndName = (op: { schema?: string | undefined; name: string }) => ({
  schema: op.schema,
  name: op.name,
});

/** `op.createRangeType(name, subtype, options?)`: `CREATE TYPE ... AS RANGE`. */
export const createRangeTypeKind = {
  positional: ["name", "subtype"],
  named: 1,
  options: {
    schema: true,
    subtypeOpclass: true,
    collation: true,
    canonical: true,
    subtypeDiff: true,
    multirangeName: true,
    comment: true,
  } satisfies OptionKeys<CreateRangeTypeOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    checkRange(check, op, "");
  },
  reverse: ({ kind: _, schema, name, ...definition }) => ({
    kind: "dropRangeType",
    schema,
    name,
    definition,
  }),
  target: schemaAndName,
  change: (op, object) => `added range type ${object} (${columnTypeText(op.subtype)})`,
} satisfies OperationKindSpec<CreateRangeTypeOperation>;

/** `op.dropRangeType(name, options?)`: `DROP TYPE`. */
export const dropRangeTypeKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifExists: true,
    cascade: true,
    definition: true,
  } satisfies OptionKeys<DropRangeTypeOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    if (op.definition !== undefined) checkRange(check, op.definition, "definition.");
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("range definition", "definition");
    return { kind: "createRangeType", schema: op.schema, name: op.name, ...op.definition };
  },
  target: schemaAndName,
  change: (_op, object) => `dropped range type ${object}`,
  destructive: {
    reason: (op) =>
      op.cascade === true
        ? `drops type ${quotedObjectText(op.schema, op.name)} with CASCADE; columns of that type are dropped with it.`
        : undefined,
    loss: "data will be lost",
  },
} satisfies OperationKindSpec<DropRangeTypeOperation>;

/** `op.renameType(name, newName, options?)`: `ALTER TYPE|DOMAIN ... RENAME TO`. */
export const renameTypeKind = {
  positional: ["name", "newName"],
  named: 1,
  options: { schema: true, domain: true } satisfies OptionKeys<RenameTypeOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    check.name(op.newName, "new name");
  },
  reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
  target: schemaAndName,
  change: (op, object) =>
    `renamed ${op.domain === true ? "domain" : "type"} ${object} to ${op.newName}`,
} satisfies OperationKindSpec<RenameTypeOperation>;

/** `op.setTypeComment(name, comment, options?)`: `COMMENT ON TYPE|DOMAIN`. */
export const setTypeCommentKind = {
  positional: ["name", "comment"],
  named: 1,
  options: {
    schema: true,
    domain: true,
    existingComment: true,
  } satisfies OptionKeys<SetTypeCommentOptions>,
  validate: (op, check) => {
    check.name(op.name, "type name");
    check.optionalName(op.schema, "schema");
    check.comment(op.comment);
  },
  reverse: (op) => ({ ...op, comment: op.existingComment ?? null, existingComment: op.comment }),
  target: schemaAndName,
  change: (op, object) => {
    const what = op.domain === true ? "domain" : "type";
    return op.comment === null
      ? `removed the comment of ${what} ${object}`
      : `changed the comment of ${what} ${object}`;
  },
} satisfies OperationKindSpec<SetTypeCommentOperation>;
