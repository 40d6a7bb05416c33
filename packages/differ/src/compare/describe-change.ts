import { type Operation, type OperationKind, operationKindOf, operationTarget } from "@retort/core";
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
  /**
   * Set by autogenerate on a drop when an added table or column looks like the dropped one:
   * how to state the rename instead (`.renamedFrom("email")`).
   */
  renameSuggestion?: string;
  /** With {@link Change.renameSuggestion}: the `--rename` argument that states it. */
  renameArgument?: string;
}

function object(op: Operation): string {
  const { schema, table, column, name } = operationTarget(op);
  return [schema, table, column ?? name].filter((part) => part !== undefined).join(".");
}

/**
 * The {@link Change} an operation makes, as `check` and `revision --autogenerate` print it,
 * in the words of its kind's entry in core. Destructive changes end with what is lost
 * (`data will be lost`).
 *
 * @example
 * ```ts
 * describeChange({ kind: "dropColumn", schema: "public", table: "account", column: "name" });
 * // { kind: "dropColumn", object: "public.account.name", destructive: true,
 * //   description: "dropped column public.account.name (data will be lost)" }
 * ```
 */
export function describeChange(op: Operation): Change {
  const spec = operationKindOf(op);
  const name = object(op);
  const reason = destructiveReason(op);
  const description = spec.change(op, name);
  const loss = spec.destructive?.loss;
  return {
    kind: op.kind,
    object: name,
    description:
      reason === undefined
        ? description
        : `${description} (${typeof loss === "function" ? (loss as (op: Operation) => string)(op) : loss})`,
    destructive: reason !== undefined,
  };
}
