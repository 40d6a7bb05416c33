import { type AddEnumValueOperation, type Operation, quoteLiteral } from "@retort/core";
import { diffSchemas } from "../compare/diff-schemas";
import type { SchemaDescription } from "../schema/schema-description";
import type { ManagedScope } from "../scope/managed-scope";

/** Two steps of a plan, each with its `up` and its `down`. */
export interface EnumValuesSplit {
  readonly values: { readonly upgrade: Operation[]; readonly downgrade: Operation[] };
  readonly rest: { readonly upgrade: Operation[]; readonly downgrade: Operation[] };
}

/** Whether a string anywhere in `op` is `value`, or holds it as a SQL literal. */
function mentions(op: Operation, value: string): boolean {
  const literal = quoteLiteral(value);
  const visit = (node: unknown): boolean => {
    if (typeof node === "string") return node === value || node.includes(literal);
    if (Array.isArray(node)) return node.some(visit);
    if (node !== null && typeof node === "object") return Object.values(node).some(visit);
    return false;
  };
  return visit(op);
}

const enumKey = (schema: string | undefined, name: string) => `${schema ?? "public"}.${name}`;

/**
 * The plan split in two when it adds a value to an existing enum and also uses it (a default,
 * a check, an index predicate, a view): PostgreSQL refuses a value `ALTER TYPE ... ADD VALUE`
 * added until its transaction commits ("unsafe use of new value", 55P04), so one transactional
 * migration doing both always fails. The values go in a migration of their own, committed
 * before the one that uses them. Each step's `down` is planned from the state between the two
 * (the database with the new values), so either can be downgraded alone. `undefined` when no
 * new value is used, or when the values cannot be set apart (an enum renamed in the same plan).
 * A text that merely holds the same literal (a check on a text column) splits too: a migration
 * more, never a failure.
 */
export function enumValuesFirst(
  current: SchemaDescription,
  target: SchemaDescription,
  managed: ManagedScope,
  upgrade: readonly Operation[],
): EnumValuesSplit | undefined {
  const added = upgrade.filter((op): op is AddEnumValueOperation => op.kind === "addEnumValue");
  if (added.length === 0) return undefined;
  const others = upgrade.filter((op) => op.kind !== "addEnumValue");
  if (!added.some((a) => others.some((op) => mentions(op, a.value)))) return undefined;
  const grown = new Set(added.map((a) => enumKey(a.schema, a.name)));
  const targetEnums = new Map(target.enums.map((e) => [enumKey(e.schema, e.name), e]));
  if (![...grown].every((key) => targetEnums.has(key))) return undefined;
  const between: SchemaDescription = {
    ...current,
    enums: current.enums.map((e) => {
      const key = enumKey(e.schema, e.name);
      return grown.has(key) ? { ...e, values: targetEnums.get(key)!.values } : e;
    }),
  };
  const values = diffSchemas(current, between, managed);
  // Anything but the additions in the first step would mean the state between was misread.
  if (values.upgrade.some((op) => op.kind !== "addEnumValue")) return undefined;
  const rest = diffSchemas(between, target, managed);
  return {
    values: { upgrade: values.upgrade, downgrade: values.downgrade },
    rest: { upgrade: rest.upgrade, downgrade: rest.downgrade },
  };
}
