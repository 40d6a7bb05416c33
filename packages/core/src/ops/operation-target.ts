import type { Operation } from "./operation";
import { isOperationKind, operationKindOf } from "./operation-kinds";

/** What an operation acts on; absent parts do not apply to its kind. */
export interface OperationTarget {
  readonly schema?: string | undefined;
  readonly table?: string | undefined;
  /** The column, for column operations. */
  readonly column?: string | undefined;
  /** The index, constraint, type, sequence, schema or extension. */
  readonly name?: string | undefined;
}

/**
 * The object an operation changes, for messages and change lists, as its kind's entry in
 * `ops/kinds/` says. `execute` and `run` name none; an extension's `schema` is where it
 * installs, not part of its name, so it is left out. An unknown kind names none.
 *
 * @example
 * ```ts
 * operationTarget({ kind: "dropColumn", schema: "app", table: "account", column: "name" });
 * // { schema: "app", table: "account", column: "name" }
 * ```
 */
export function operationTarget(op: Operation): OperationTarget {
  if (!isOperationKind(op.kind)) return {};
  return operationKindOf(op).target(op);
}
