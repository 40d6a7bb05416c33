import { quoteIdent } from "@retort/core";
import type { ColumnDescription } from "../../schema/schema-description";

/** The types whose modifier is a length that an explicit cast cuts to and an assignment checks. */
const stringTypes = new Set(["text", "character varying", "character"]);
const bitTypes = new Set(["bit", "bit varying"]);

/**
 * Conversions between a time with a zone and one without, which PostgreSQL makes in the
 * session's `TimeZone`: the same migration would give other instants on a server, database or
 * role set to another zone. They read and write the zone-less side as UTC instead, written in
 * the `USING` where a reviewer sees it and can put another zone.
 */
const zoneConversions: Record<string, Record<string, (column: string) => string>> = {
  "timestamp without time zone": {
    "timestamp with time zone": (column) => `${column} AT TIME ZONE 'UTC'`,
  },
  "timestamp with time zone": {
    "timestamp without time zone": (column) => `${column} AT TIME ZONE 'UTC'`,
    date: (column) => `(${column} AT TIME ZONE 'UTC')::date`,
  },
  date: {
    "timestamp with time zone": (column) => `${column}::timestamp AT TIME ZONE 'UTC'`,
  },
};

/** `character varying(10)[]` -> `character varying`; `timestamp(3) with time zone` -> `timestamp with time zone`. */
function elementBase(type: string): string {
  const element = type.endsWith("[]") ? type.slice(0, -2) : type;
  return element.replace(/\s*\([^)]*\)/, "");
}

/**
 * The `USING` expression of a column's type change, or `undefined` to let PostgreSQL convert
 * the values as it does on assignment.
 *
 * The rule, for every `USING` autogenerate writes: never an explicit cast that changes a value
 * where PostgreSQL's own assignment would refuse it. An explicit cast to a length type cuts the
 * value to fit (`'abcdef'::varchar(3)` is `abc`, `B'10101'::bit(3)` is `101`, and so does a
 * cast to a domain over one), while an assignment fails ("value too long for type character
 * varying(3)", "bit string length 5 does not match type bit(3)"). So no `USING` is written
 *
 * - when only the modifier changes (`varchar(100)` -> `varchar(10)`, `numeric(12,4)` ->
 *   `numeric(12,2)`, `timestamp` -> `timestamp(3)`): the server checks the length, and rounds
 *   numeric scale and time precision exactly as an explicit cast would;
 * - when the target is a string type (`text`, `varchar(n)`, `char(n)`): every type converts to
 *   one on assignment (through its text form), an enum and a domain too;
 * - when `bit(n)` and `bit varying(n)` convert into each other;
 * - when the target is a domain or an extension's type: a cast would apply the domain's
 *   modifier the cutting way, and PostgreSQL converts on assignment where it can (`text` to
 *   `citext`), or refuses and asks for a `USING` to write by hand.
 *
 * Between a time with a zone and one without (`timestamp` and `timestamptz`, `date` and
 * `timestamptz`), the zone-less values are taken as UTC (`"col" AT TIME ZONE 'UTC'`) rather than
 * in the session's `TimeZone`, so the result does not depend on where the migration runs.
 *
 * Otherwise there is no assignment cast at all (`text` -> `integer`, an enum to another) and the
 * explicit cast to the target type is written; for every such type an explicit cast and an
 * assignment apply the modifier alike, and a value that does not convert fails. An enum casts
 * only to and from `text`, so a conversion from or to one goes through `text`.
 *
 * @param isEnum whether the target's type is an enum (its labels are the only values).
 */
export function usingExpression(
  from: ColumnDescription,
  to: ColumnDescription,
  isEnum: boolean,
): string | undefined {
  const column = quoteIdent(to.name);
  const text = from.type.endsWith("[]") ? "text[]" : "text";
  if (to.userType !== null) return isEnum ? `${column}::${text}::${to.type}` : undefined;
  const isSameShape = from.type.endsWith("[]") === to.type.endsWith("[]");
  const fromBase = elementBase(from.type);
  const toBase = elementBase(to.type);
  if (from.userType === null && isSameShape && fromBase === toBase) return undefined;
  const inUtc = zoneConversions[fromBase]?.[toBase];
  if (
    from.userType === null &&
    inUtc !== undefined &&
    !from.type.endsWith("[]") &&
    !to.type.endsWith("[]")
  )
    return inUtc(column);
  if (stringTypes.has(toBase) && (isSameShape || !to.type.endsWith("[]"))) return undefined;
  if (from.userType === null && isSameShape && bitTypes.has(fromBase) && bitTypes.has(toBase))
    return undefined;
  if (from.userType === null) return `${column}::${to.type}`;
  return `${column}::${text}::${to.type}`;
}
