import { columnTypeText } from "../object-text";
import type { OperationKindSpec, OptionKeys } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type {
  AddDomainCheckOperation,
  AlterDomainOperation,
  CreateDomainOperation,
  DomainDefinition,
  DropDomainConstraintOperation,
  DropDomainOperation,
  ValidateDomainConstraintOperation,
} from "../type-operations";
import type { OperationChecker } from "../validate-operation";

// The domain kinds: one file for the family, as each entry is a few lines.

/** Options of {@link Operations.createDomain}. */
export interface CreateDomainOptions extends SchemaOptions, Omit<DomainDefinition, "type"> {}

/** Options of {@link Operations.dropDomain}. */
export interface DropDomainOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  /** The domain as it was, so the drop can be reversed. */
  readonly definition?: DomainDefinition | undefined;
}

/** Options of {@link Operations.alterDomain}. */
export interface AlterDomainOptions extends SchemaOptions {
  /** SQL expression; `null` drops the default. */
  readonly default?: string | null | undefined;
  /** The default before, so the change can be reversed. */
  readonly existingDefault?: string | null | undefined;
  readonly notNull?: boolean | undefined;
}

/** Options of {@link Operations.addDomainCheck}. */
export interface AddDomainCheckOptions extends SchemaOptions {
  readonly notValid?: boolean | undefined;
}

/** Options of {@link Operations.dropDomainConstraint}. */
export interface DropDomainConstraintOptions extends SchemaOptions {
  readonly ifExists?: boolean | undefined;
  /** The check's expression, so the drop can be reversed. */
  readonly expression?: string | undefined;
  /** The check was `NOT VALID`: the reverse adds it back `NOT VALID`. */
  readonly notValid?: boolean | undefined;
}

function checkDomainDefinition(check: OperationChecker, d: DomainDefinition, at: string): void {
  check.type(d.type, `${at}type`);
  if (d.default !== undefined) check.text(d.default, `${at}default`);
  if (d.collation !== undefined) check.qualifiedName(d.collation, `${at}collation`);
  for (const c of d.checks ?? []) {
    check.name(c.name, `${at}checks[].name`);
    check.text(c.expression, `${at}checks[].expression`);
    if (c.notValid !== undefined && typeof c.notValid !== "boolean") {
      check.fail(`${at}checks[].notValid must be a boolean.`);
    }
  }
  if (d.comment !== undefined) check.comment(d.comment);
}

const schemaAndName = (op: { schema?: string | undefined; name: string }) => ({
  schema: op.schema,
  name: op.name,
});

/** `op.createDomain(name, type, options?)`: `CREATE DOMAIN`. */
export const createDomainKind = {
  positional: ["name", "type"],
  named: 1,
  options: {
    schema: true,
    notNull: true,
    default: true,
    collation: true,
    checks: true,
    comment: true,
  } satisfies OptionKeys<CreateDomainOptions>,
  validate: (op, check) => {
    check.name(op.name, "domain name");
    check.optionalName(op.schema, "schema");
    checkDomainDefinition(check, op, "");
  },
  reverse: ({ kind: _, schema, name, ...definition }) => ({
    kind: "dropDomain",
    schema,
    name,
    definition,
  }),
  target: schemaAndName,
  change: (op, object) => `added domain ${object} (${columnTypeText(op.type)})`,
} satisfies OperationKindSpec<CreateDomainOperation>;

/** `op.dropDomain(name, options?)`: `DROP DOMAIN`. */
export const dropDomainKind = {
  positional: ["name"],
  named: 1,
  options: {
    schema: true,
    ifExists: true,
    cascade: true,
    definition: true,
  } satisfies OptionKeys<DropDomainOptions>,
  validate: (op, check) => {
    check.name(op.name, "domain name");
    check.optionalName(op.schema, "schema");
    if (op.definition !== undefined) checkDomainDefinition(check, op.definition, "definition.");
  },
  reverse: (op, undo) => {
    if (op.definition === undefined) return undo.missing("domain definition", "definition");
    return { kind: "createDomain", schema: op.schema, name: op.name, ...op.definition };
  },
  target: schemaAndName,
  change: (_op, object) => `dropped domain ${object}`,
  destructive: {
    // Without CASCADE PostgreSQL refuses to drop a domain a column uses; with it the columns go.
    reason: (op) =>
      op.cascade === true
        ? `drops domain ${op.name} with CASCADE; columns of that type are dropped with it.`
        : undefined,
    loss: "data will be lost",
  },
} satisfies OperationKindSpec<DropDomainOperation>;

/** `op.alterDomain(name, { default?, notNull? })`: `ALTER DOMAIN ... SET/DROP DEFAULT | NOT NULL`. */
export const alterDomainKind = {
  positional: ["name"],
  named: 1,
  optionsRequired: true,
  options: {
    schema: true,
    default: true,
    existingDefault: true,
    notNull: true,
  } satisfies OptionKeys<AlterDomainOptions>,
  validate: (op, check) => {
    check.name(op.name, "domain name");
    check.optionalName(op.schema, "schema");
    if (op.default === undefined && op.notNull === undefined) {
      check.fail("nothing to change: pass default or notNull.");
    }
    if (op.default !== undefined && op.default !== null) check.text(op.default, "default");
  },
  reverse: (op) => ({
    kind: "alterDomain",
    schema: op.schema,
    name: op.name,
    ...(op.default !== undefined
      ? { default: op.existingDefault ?? null, existingDefault: op.default }
      : {}),
    ...(op.notNull !== undefined ? { notNull: !op.notNull } : {}),
  }),
  target: schemaAndName,
  change: (op, object) => {
    const parts: string[] = [];
    if (op.default !== undefined) {
      parts.push(op.default === null ? "dropped the default" : `default ${op.default}`);
    }
    if (op.notNull !== undefined) parts.push(op.notNull ? "NOT NULL" : "nullable");
    return `changed domain ${object}: ${parts.join(", ")}`;
  },
} satisfies OperationKindSpec<AlterDomainOperation>;

/** `op.addDomainCheck(name, constraint, expression, options?)`. */
export const addDomainCheckKind = {
  positional: ["name", "constraint", "expression"],
  named: 2,
  options: { schema: true, notValid: true } satisfies OptionKeys<AddDomainCheckOptions>,
  validate: (op, check) => {
    check.name(op.name, "domain name");
    check.optionalName(op.schema, "schema");
    check.name(op.constraint, "constraint name");
    check.text(op.expression, "expression");
  },
  reverse: (op) => ({
    kind: "dropDomainConstraint",
    schema: op.schema,
    name: op.name,
    constraint: op.constraint,
    expression: op.expression,
    ...(op.notValid === true ? { notValid: true } : {}),
  }),
  target: schemaAndName,
  change: (op, object) => `added check ${op.constraint} on domain ${object}`,
} satisfies OperationKindSpec<AddDomainCheckOperation>;

/** `op.dropDomainConstraint(name, constraint, options?)`. */
export const dropDomainConstraintKind = {
  positional: ["name", "constraint"],
  named: 2,
  options: {
    schema: true,
    ifExists: true,
    expression: true,
    notValid: true,
  } satisfies OptionKeys<DropDomainConstraintOptions>,
  validate: (op, check) => {
    check.name(op.name, "domain name");
    check.optionalName(op.schema, "schema");
    check.name(op.constraint, "constraint name");
    if (op.expression !== undefined) check.text(op.expression, "expression");
  },
  reverse: (op, undo) => {
    if (op.expression === undefined) return undo.missing("check expression", "expression");
    return {
      kind: "addDomainCheck",
      schema: op.schema,
      name: op.name,
      constraint: op.constraint,
      expression: op.expression,
      ...(op.notValid === true ? { notValid: true } : {}),
    };
  },
  target: schemaAndName,
  change: (op, object) => `dropped constraint ${op.constraint} of domain ${object}`,
} satisfies OperationKindSpec<DropDomainConstraintOperation>;

/** `op.validateDomainConstraint(name, constraint, options?)`. */
export const validateDomainConstraintKind = {
  positional: ["name", "constraint"],
  named: 2,
  options: { schema: true } satisfies OptionKeys<SchemaOptions>,
  validate: (op, check) => {
    check.name(op.name, "domain name");
    check.optionalName(op.schema, "schema");
    check.name(op.constraint, "constraint name");
  },
  reverse: () => undefined,
  target: schemaAndName,
  change: (op, object) => `validated constraint ${op.constraint} of domain ${object}`,
} satisfies OperationKindSpec<ValidateDomainConstraintOperation>;
