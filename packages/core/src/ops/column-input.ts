import { BadOperationError } from "./bad-operation-error";
import { checkOptionKeys } from "./check-option-keys";
import type {
  CollationName,
  ColumnDefault,
  ColumnDefinition,
  ColumnReference,
  ColumnType,
  IdentityDefinition,
  IdentityGeneration,
} from "./column-definition";
import type { OptionKeys } from "./operation-kind-spec";

/** A column as a migration writes it: a {@link ColumnDefinition} without its name, with shorthands. */
export interface ColumnInput {
  readonly type: ColumnType;
  /** Default is `true`. */
  readonly nullable?: boolean | undefined;
  /** `{ sql: "now()" }` for an expression, anything else is a literal. */
  readonly default?: ColumnDefault | undefined;
  /** `"always"`, `"byDefault"`, or a definition with sequence options. */
  readonly identity?: IdentityGeneration | IdentityDefinition | undefined;
  /** `GENERATED ALWAYS AS (expression) STORED`. */
  readonly generated?: string | { readonly expression: string } | undefined;
  readonly primaryKey?: boolean | undefined;
  readonly unique?: boolean | undefined;
  readonly references?: ColumnReference | undefined;
  readonly comment?: string | undefined;
  readonly collation?: CollationName | undefined;
}

const columnKeys = {
  type: true,
  nullable: true,
  default: true,
  identity: true,
  generated: true,
  primaryKey: true,
  unique: true,
  references: true,
  comment: true,
  collation: true,
} as const satisfies OptionKeys<ColumnInput>;

/** The identity shorthand `"always"` / `"byDefault"` as a definition. */
export function identityFromInput(
  value: IdentityGeneration | IdentityDefinition | null | undefined,
): IdentityDefinition | null | undefined {
  if (value === "always" || value === "byDefault") return { generation: value };
  return value;
}

/** The shortest input for an identity: its generation alone when it has no sequence options. */
export function identityToInput(
  identity: IdentityDefinition | null | undefined,
): IdentityGeneration | IdentityDefinition | null | undefined {
  if (identity && Object.keys(identity).length === 1) return identity.generation;
  return identity;
}

/** The column definition a {@link ColumnInput} names, after checking its keys. */
export function columnFromInput(where: string, name: string, input: ColumnInput): ColumnDefinition {
  checkOptionKeys(`${where} column "${name}"`, input, columnKeys);
  if (input === undefined) {
    throw new BadOperationError(`${where}: column "${name}" needs a definition.`);
  }
  return {
    ...input,
    name,
    identity: identityFromInput(input.identity) ?? undefined,
    generated:
      typeof input.generated === "string" ? { expression: input.generated } : input.generated,
  };
}

/**
 * The input that records `column` again, with the recorder's shorthands (`identity: "always"`,
 * `generated: "a + b"`), which read better in generated source.
 */
export function columnToInput(column: ColumnDefinition): ColumnInput {
  const { name: _name, ...input } = column;
  return {
    ...input,
    identity: identityToInput(column.identity) as ColumnInput["identity"],
    generated: column.generated?.expression,
  };
}
