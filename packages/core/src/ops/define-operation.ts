import { isPlainObject } from "../sql/quote-literal";
import type { Operation } from "./operation";
import { validateOperation } from "./validate-operation";

/**
 * Makes an operation node: copies it without `undefined` fields, freezes it (deeply, through
 * plain objects and arrays), and validates it. Every node the recorder appends goes through
 * here; autogenerate may build nodes directly with it.
 *
 * @example
 * ```ts
 * const node = defineOperation({ kind: "renameTable", table: "account", newName: "user_account" });
 * // ALTER TABLE "account" RENAME TO "user_account"
 * ```
 */
export function defineOperation<T extends Operation>(node: T): T {
  const frozen = freezeData(node) as T;
  validateOperation(frozen);
  return frozen;
}

// Copies so a caller who keeps and mutates its input cannot change a recorded operation.
// Dates, byte arrays and functions are kept as they are: a non-empty typed array cannot be
// frozen, and they are values, not structure. Over `Object.keys`, not `Object.entries`: an array
// of pairs per object was most of the time a baseline of thousands of operations spent here.
function freezeData(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(freezeData));
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (field !== undefined) copy[key] = freezeData(field);
  }
  return Object.freeze(copy);
}
