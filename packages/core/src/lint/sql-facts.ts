import type { Node, TypeName } from "libpg-query";
import type { CanonicalType } from "./lint-rule";

// Facts the rules need from parse trees, read the same way whether the tree came from an
// `op.execute` statement or from an expression or type an operation holds as text.

/** Every node under `node`, depth first: the parse tree is plain JSON. */
export function* walkNodes(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) {
    for (const item of node) yield* walkNodes(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  yield node as Record<string, unknown>;
  for (const value of Object.values(node)) yield* walkNodes(value);
}

/** The text of a `String` node list: `["pg_catalog", "int4"]`. */
export function nameParts(nodes: readonly Node[] | undefined): string[] {
  return (nodes ?? []).flatMap((node) => ("String" in node ? [node.String.sval ?? ""] : []));
}

/**
 * Built-in functions that are not volatile, so a default calling them is computed once and
 * stored in the catalog (PostgreSQL 11+): `ADD COLUMN` fills old rows for free. Any other call
 * counts as volatile, and the table is rewritten: `gen_random_uuid()`, `random()`,
 * `clock_timestamp()`, `nextval()`, and a user function, which PostgreSQL makes VOLATILE unless
 * it is declared otherwise. (`current_timestamp`, `current_date`, `current_user` are not calls.)
 */
const nonVolatileFunctions = new Set([
  "now",
  "transaction_timestamp",
  "statement_timestamp",
  "txid_current",
  "current_setting",
  "lower",
  "upper",
  "btrim",
  "ltrim",
  "rtrim",
  "concat",
  "concat_ws",
  "length",
  "md5",
  "replace",
  "substring",
  "to_char",
  "to_date",
  "to_timestamp",
  "to_json",
  "to_jsonb",
  "json_build_object",
  "jsonb_build_object",
  "json_build_array",
  "jsonb_build_array",
  "array_fill",
  "make_date",
  "make_interval",
  "make_time",
  "make_timestamp",
  "make_timestamptz",
  "date_trunc",
  "timezone",
  "age",
]);

/** The expression calls a volatile (or unknown) function, so a default of it rewrites the table. */
export function isVolatileExpression(expression: Node | undefined): boolean {
  for (const node of walkNodes(expression)) {
    const call = node.FuncCall as { funcname?: Node[] } | undefined;
    if (call === undefined) continue;
    const parts = nameParts(call.funcname);
    const name = parts.at(-1);
    const isBuiltIn = parts.length === 1 || parts[0] === "pg_catalog";
    if (name === undefined || !isBuiltIn || !nonVolatileFunctions.has(name)) return true;
  }
  return false;
}

/** `column IS NOT NULL`: the column such a check proves, for `SET NOT NULL` without a scan. */
export function notNullTestColumn(expression: Node | undefined): string | undefined {
  if (expression === undefined || !("NullTest" in expression)) return undefined;
  const test = expression.NullTest;
  if (test.nulltesttype !== "IS_NOT_NULL" || test.arg === undefined) return undefined;
  if (!("ColumnRef" in test.arg)) return undefined;
  const fields = nameParts(test.arg.ColumnRef.fields);
  return fields.length === 1 ? fields[0] : undefined;
}

/** Every string constant in the tree (an enum value being used shows up as one). */
export function stringConstants(node: unknown): string[] {
  const found: string[] = [];
  for (const child of walkNodes(node)) {
    const constant = child.A_Const as { sval?: { sval?: string } } | undefined;
    if (constant?.sval?.sval !== undefined) found.push(constant.sval.sval);
  }
  return found;
}

// The parser spells built-in types by their catalog names; these are the spellings a user
// writes for the same types that the parser keeps as written (`text`, user types).
const serialTypes = new Set([
  "serial",
  "serial4",
  "bigserial",
  "serial8",
  "smallserial",
  "serial2",
]);

/** A `serial` column gets `DEFAULT nextval(...)`: volatile, so adding one rewrites the table. */
export function isSerialType(type: CanonicalType): boolean {
  return serialTypes.has(type.name);
}

/** A parsed type name reduced to its catalog name, modifiers and array-ness. */
export function canonicalType(typeName: TypeName): CanonicalType {
  const parts = nameParts(typeName.names);
  const name = (parts[0] === "pg_catalog" ? parts.slice(1) : parts).join(".");
  const mods = (typeName.typmods ?? []).flatMap((mod) => {
    if (!("A_Const" in mod)) return [];
    const value = mod.A_Const.ival?.ival;
    return [value ?? 0];
  });
  return { name, mods, isArray: (typeName.arrayBounds?.length ?? 0) > 0 };
}

// Integer widths, to tell widening from narrowing.
const integerWidth: Record<string, number> = { int2: 2, int4: 4, int8: 8 };
const textLike = new Set(["varchar", "text", "bpchar"]);

/** How a type change treats the table. */
export type TypeChangeEffect = "none" | "rewrite" | "narrowing" | "unknown";

/**
 * Whether `ALTER COLUMN ... TYPE` from `from` to `to` rewrites the table, narrows the column
 * (values may no longer fit, and the old release may write ones that do not), or neither.
 * Binary-coercible changes (`varchar(n)` to a longer `varchar` or to `text`, `numeric(p,s)`
 * to a larger precision at the same scale, `cidr` to `inet`) only update the catalog.
 */
export function typeChangeEffect(
  from: CanonicalType | undefined,
  to: CanonicalType,
): TypeChangeEffect {
  if (from === undefined) return "unknown";
  if (from.isArray !== to.isArray) return "rewrite";
  if (from.name === to.name && sameMods(from.mods, to.mods)) return "none";
  const fromWidth = integerWidth[from.name];
  const toWidth = integerWidth[to.name];
  if (fromWidth !== undefined && toWidth !== undefined) {
    return toWidth < fromWidth ? "narrowing" : "rewrite";
  }
  if (textLike.has(from.name) && textLike.has(to.name)) {
    const fromLength = from.name === "text" ? undefined : from.mods[0];
    const toLength = to.name === "text" ? undefined : to.mods[0];
    if (toLength !== undefined && (fromLength === undefined || toLength < fromLength)) {
      return "narrowing";
    }
    // char(n) pads, so changing to or from it rewrites; varchar to text or a longer varchar does not.
    if (from.name === "bpchar" || to.name === "bpchar") return "rewrite";
    return "none";
  }
  if (from.name === "numeric" && to.name === "numeric") {
    const [fromPrecision, fromScale = 0] = from.mods;
    const [toPrecision, toScale = 0] = to.mods;
    if (toPrecision === undefined) return "none";
    if (fromPrecision === undefined || toPrecision < fromPrecision || toScale < fromScale) {
      return "narrowing";
    }
    return toScale === fromScale ? "none" : "rewrite";
  }
  if (from.name === "cidr" && to.name === "inet") return "none";
  if ((from.name === "varbit" || from.name === "bit") && to.name === "varbit") {
    const toLength = to.mods[0];
    if (toLength === undefined) return "none";
    return from.mods[0] !== undefined && toLength >= from.mods[0] ? "none" : "narrowing";
  }
  return "rewrite";
}

function sameMods(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Shown in messages: `varchar(80)`, `int8`. */
export function formatType(type: CanonicalType | undefined): string {
  if (type === undefined) return "its current type";
  return `${type.name}${type.mods.length > 0 ? `(${type.mods.join(",")})` : ""}${type.isArray ? "[]" : ""}`;
}
