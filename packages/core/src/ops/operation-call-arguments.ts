import type { Operation } from "./operation";
import { operationKindOf } from "./operation-kinds";
import { withOptions } from "./with-options";

/**
 * The arguments of the `op.<kind>(...)` call that records `op` again, with the recorder's
 * shorthands (a column as its input, an index column as its name): what autogenerate writes
 * into a migration. Throws `BAD_OPERATION` for `run`, which has no source.
 *
 * @example
 * ```ts
 * operationCallArguments({ kind: "dropTable", schema: "app", table: "account", cascade: true });
 * // ["account", { schema: "app", cascade: true }]
 * ```
 */
export function operationCallArguments(op: Operation): unknown[] {
  const spec = operationKindOf(op);
  if (spec.callArguments !== undefined) return spec.callArguments(op);
  const record = op as unknown as Readonly<Record<string, unknown>>;
  const positional = spec.positional.map((field) => record[field]);
  if (spec.options === undefined) return positional;
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key !== "kind" && !(spec.positional as readonly string[]).includes(key)) {
      options[key] = value;
    }
  }
  return withOptions(positional, options, spec.optionsRequired === true);
}
