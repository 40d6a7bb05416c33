import { BadOperationError } from "./bad-operation-error";

/**
 * Throws when `value` (an options object given to `op.<kind>`) has a key outside `allowed`:
 * a misspelled option (`nulable`) would otherwise be silently ignored. `undefined` passes.
 *
 * @example
 * ```ts
 * checkOptionKeys('op.dropTable("account")', { cascde: true }, { schema: true, cascade: true });
 * // throws: op.dropTable("account") has an unknown option "cascde". (hint: the options are: schema, cascade)
 * ```
 */
export function checkOptionKeys(
  where: string,
  value: unknown,
  allowed: Readonly<Record<string, true>>,
): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new BadOperationError(`${where} must be an object.`);
  }
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(allowed, key)) {
      throw new BadOperationError(`${where} has an unknown option "${key}".`, {
        hint: `the options are: ${Object.keys(allowed).join(", ")}`,
      });
    }
  }
}
