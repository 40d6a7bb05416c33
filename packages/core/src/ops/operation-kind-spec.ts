import type { ColumnType } from "./column-definition";
import type { Operation } from "./operation";
import type { OperationTarget } from "./operation-target";
import type { OperationChecker } from "./validate-operation";

/**
 * The keys an options object accepts, as a record so the compiler proves the list matches the
 * options type: a missing or an unknown key is a type error.
 */
export type OptionKeys<T> = { readonly [K in keyof T]-?: true };

/** What a kind's `reverse` calls to refuse, so the message names the operation. */
export interface ReverseContext {
  /** Throws `BAD_OPERATION`: `<operation> cannot be reversed: <why>`. */
  irreversible(why: string, hint: string): never;
  /** Throws because a drop does not carry what it removes (`what`), naming the option to pass. */
  missing(what: string, option: string): never;
}

/** Why an operation may lose data, and the few words `check` adds after its description. */
export interface DestructiveSpec<O extends Operation> {
  /**
   * The reason, or `undefined` when this node loses nothing. `isNarrowingType` says whether a
   * type change may lose values; it is the differ's, which knows how types normalize.
   */
  readonly reason: (
    op: O,
    isNarrowingType: (from: ColumnType, to: ColumnType) => boolean,
  ) => string | undefined;
  /** `data will be lost`, or the words for this node when they depend on it. */
  readonly loss: string | ((op: O) => string);
}

/**
 * Everything retort knows about one operation kind except its SQL (see `sql/render-operation`):
 * how `op.<kind>(...)` takes it, how it is checked, undone, named and described. One entry per
 * kind lives in `ops/kinds/`; {@link operationKinds} lists them, typed so that a kind without an
 * entry does not compile. `A` is the recorder method's parameters
 * (`Parameters<Operations["createTable"]>`), so a custom `record` is checked against the method.
 *
 * @example
 * ```ts
 * export const renameEnumKind = {
 *   positional: ["name", "newName"],   // op.renameEnum(name, newName, { schema })
 *   named: 1,
 *   options: { schema: true } satisfies OptionKeys<SchemaOptions>,
 *   validate: (op, check) => { check.name(op.name, "enum name"); check.name(op.newName, "new name"); },
 *   reverse: (op) => ({ ...op, name: op.newName, newName: op.name }),
 *   target: (op) => ({ schema: op.schema, name: op.name }),
 *   change: (op, object) => `renamed enum ${object} to ${op.newName}`,
 * } satisfies OperationKindSpec<RenameEnumOperation>;
 * ```
 */
export interface OperationKindSpec<O extends Operation, A extends readonly unknown[] = any> {
  /**
   * The node fields the recorder method takes positionally, in order. Without `record`, the
   * method's arguments are these fields followed by an options object holding the others.
   */
  readonly positional: readonly (keyof O & string)[];
  /** How many leading arguments name the call in the recorder's messages: `op.addColumn("t", "c")`. */
  readonly named: number;
  /** Where the options object sits among the arguments. Default is right after `positional`. */
  readonly optionsAt?: number | undefined;
  /** The options object's keys, or `undefined` when the method takes none. */
  readonly options?: Readonly<Record<string, true>> | undefined;
  /** Whether the options object must be passed (`op.alterColumn`). Default is `false`. */
  readonly optionsRequired?: boolean | undefined;
  /**
   * Builds the node from the recorder method's arguments (after the option keys were checked),
   * when they are more than positional fields plus options. `where` starts error messages.
   */
  readonly record?: ((args: A, where: string) => O) | undefined;
  /**
   * The recorder arguments that record `op` again, the inverse of `record`: what the differ
   * writes into migration source. Without it, the positional fields and then the other fields
   * as options.
   */
  readonly callArguments?: ((op: O) => unknown[]) | undefined;
  /** Throws through `check.fail` when the node is malformed. */
  readonly validate: (op: O, check: OperationChecker) => void;
  /** The operation that undoes `op`, `undefined` when nothing needs undoing. */
  readonly reverse: (op: O, undo: ReverseContext) => Operation | undefined;
  /** The object it changes. */
  readonly target: (op: O) => OperationTarget;
  /**
   * What `describeOperation` shows between the parentheses, when the target does not say it:
   * `execute` shows its SQL.
   */
  readonly describe?: ((op: O) => string[]) | undefined;
  /** One line for a person, given the qualified target: `added table public.account`. */
  readonly change: (op: O, object: string) => string;
  /** Present when the kind may lose data. */
  readonly destructive?: DestructiveSpec<O> | undefined;
}
