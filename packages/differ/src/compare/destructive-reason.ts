import { type ColumnType, type Operation, operationKindOf } from "@retort/core";
import { normalizeType } from "../schema/normalize-type";

const integerRank: Record<string, number> = { smallint: 1, integer: 2, bigint: 3 };
const integerDigits: Record<string, number> = { smallint: 5, integer: 10, bigint: 19 };

interface ParsedType {
  base: string;
  args: number[];
  isArray: boolean;
  isUserType: boolean;
}

function parseType(type: ColumnType): ParsedType {
  if (typeof type !== "string") {
    return {
      base: `${type.schema ?? ""}.${type.name}`,
      args: [],
      isArray: (type.arrayDimensions ?? 0) > 0,
      isUserType: true,
    };
  }
  let text = normalizeType(type);
  const isArray = text.endsWith("[]");
  if (isArray) text = text.slice(0, -2);
  const m = /^([^(]*?)\s*(?:\(([^)]*)\))?(\s+with(?:out)? time zone)?$/.exec(text);
  const base = m ? `${m[1]}${m[3] ?? ""}` : text;
  const args = m?.[2] ? m[2].split(",").map((a) => Number(a.trim())) : [];
  // A qualified name (`app.mood`) is a user type (enum, domain) in the description's spelling.
  return { base, args, isArray, isUserType: /^("[^"]*"|[^".]+)\./.test(base) };
}

/** Whether every value of `from` converts to `to` without loss (a widening). */
function isWidening(from: ParsedType, to: ParsedType): boolean {
  if (from.isArray !== to.isArray) return false;
  if (to.base === "text" && !from.isUserType) return true;
  if (to.base === "text" && from.isUserType) return true; // an enum's label is text
  if (from.base === to.base) {
    // A `bit(n)` value must have exactly n bits: any other length refuses it.
    if (from.base === "bit") return false;
    if (to.args.length === 0) return true; // varchar(n) -> varchar, numeric(p,s) -> numeric
    if (from.args.length === 0) return false;
    if (from.base === "numeric") {
      const [p1 = 0, s1 = 0] = from.args;
      const [p2 = 0, s2 = 0] = to.args;
      return s2 >= s1 && p2 - s2 >= p1 - s1;
    }
    return (to.args[0] ?? 0) >= (from.args[0] ?? 0);
  }
  const fromRank = integerRank[from.base];
  if (fromRank !== undefined) {
    const toRank = integerRank[to.base];
    if (toRank !== undefined) return toRank >= fromRank;
    if (to.base === "numeric") {
      const [p = 0, s = 0] = to.args;
      return to.args.length === 0 || p - s >= (integerDigits[from.base] ?? 19);
    }
    if (to.base === "double precision") return from.base !== "bigint";
    if (to.base === "real") return from.base === "smallint";
    return false;
  }
  if (from.base === "real" && to.base === "double precision") return true;
  if (from.base === "bit" && to.base === "bit varying") {
    return to.args.length === 0 || (to.args[0] ?? 0) >= (from.args[0] ?? 1);
  }
  if (from.base === "character" && to.base === "character varying") {
    return to.args.length === 0 || (to.args[0] ?? 0) >= (from.args[0] ?? 1);
  }
  return false;
}

/**
 * Whether changing a column from `from` to `to` may lose or reject data: a smaller integer or
 * length (`bigint` -> `integer`, `varchar(100)` -> `varchar(50)`), less precision, text to a
 * number, one enum to another. Conversions that keep every value (`integer` -> `bigint`,
 * anything -> `text`, `varchar(n)` -> `varchar(m)` with m >= n) are not narrowing.
 *
 * @example
 * ```ts
 * isNarrowingType("bigint", "integer");                   // true
 * isNarrowingType("character varying(50)", "text");       // false
 * ```
 */
export function isNarrowingType(from: ColumnType, to: ColumnType): boolean {
  const a = parseType(from);
  const b = parseType(to);
  if (a.base === b.base && a.isArray === b.isArray && a.args.join() === b.args.join()) return false;
  return !isWidening(a, b);
}

/**
 * Why an operation may lose data, or `undefined` when it cannot, as its kind's entry in core
 * says: dropping a table, a column that is not generated, or a sequence (its position), and
 * narrowing a column's type (judged by {@link isNarrowingType}). The comparison flags these
 * changes, and the migration source writer puts a `// DESTRUCTIVE:` line before them.
 *
 * @example
 * ```ts
 * destructiveReason({ kind: "dropTable", schema: "public", table: "account" });
 * // drops table "public.account"; its data will be lost.
 * ```
 */
export function destructiveReason(op: Operation): string | undefined {
  const destructive = operationKindOf(op).destructive;
  return destructive?.reason(op, isNarrowingType);
}
