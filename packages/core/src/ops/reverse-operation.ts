import { BadOperationError } from "./bad-operation-error";
import { defineOperation } from "./define-operation";
import { describeOperation } from "./describe-operation";
import type { Operation } from "./operation";
import type { ReverseContext } from "./operation-kind-spec";
import { operationKindOf } from "./operation-kinds";

function reverseContext(op: Operation): ReverseContext {
  const irreversible = (why: string, hint: string): never => {
    throw new BadOperationError(`${describeOperation(op)} cannot be reversed: ${why}`, {
      hint,
      details: { operation: op.kind },
    });
  };
  return {
    irreversible,
    missing: (what, option) =>
      irreversible(
        `it does not carry the ${what} it removes.`,
        `pass ${option} so the reverse can recreate it, or write down() by hand`,
      ),
  };
}

/**
 * The operation that undoes `op`, as Alembic's `reverse()`, from its kind's entry in
 * `ops/kinds/`: a create becomes a drop, a rename swaps its names, an `alterColumn` swaps its
 * values with its `existing*` fields. A drop can only be undone when it carries what it drops
 * (`definition`, `values`). Returns `undefined` when there is nothing to undo
 * (`validateConstraint`). Throws {@link BadOperationError} for an irreversible operation:
 * `addEnumValue`, `execute`, `bulkInsert`, `run`.
 *
 * Autogenerate does not build its `down` from this: it compares the schemas the other way,
 * which knows what a single operation cannot (a cast back with `USING`, re-creating an enum
 * to remove a label, the order foreign key cycles need).
 *
 * @example
 * ```ts
 * reverseOperation({ kind: "renameTable", table: "account", newName: "user_account" });
 * // { kind: "renameTable", table: "user_account", newName: "account" }
 * // ALTER TABLE "user_account" RENAME TO "account"
 * ```
 */
export function reverseOperation(op: Operation): Operation | undefined {
  const reversed = operationKindOf(op).reverse(op, reverseContext(op));
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
