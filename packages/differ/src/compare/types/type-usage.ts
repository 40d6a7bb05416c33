import { RetortError } from "@retort/core";
import { expressionIdentifiers } from "../../schema/normalize-expression";
import { quoteQualifiedAsNeeded } from "../../schema/quote-ident";
import type {
  FunctionDescription,
  QualifiedName,
  SchemaDescription,
} from "../../schema/schema-description";
import type { Comparison } from "../plan/comparison";
import { objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";

/**
 * Whether `f`'s arguments or result name `name` among their words: a parameter of that name
 * counts too, which only ever asks for more care.
 */
export function signatureNames(f: FunctionDescription, name: string): boolean {
  return expressionIdentifiers(`${f.arguments}, ${f.returns ?? ""}`).includes(name);
}

/**
 * What in `schema`, beside table columns, holds the type: domains, composite types (by an
 * attribute), range types and functions (by their signature), each named for a message.
 */
export function typeHolders(schema: SchemaDescription, type: QualifiedName): string[] {
  const isIt = (u: QualifiedName | null) =>
    u !== null && u.schema === type.schema && u.name === type.name;
  return [
    ...schema.domains.filter((d) => isIt(d.userType)).map((d) => `domain ${d.schema}.${d.name}`),
    ...schema.compositeTypes
      .filter((c) => c.attributes.some((a) => isIt(a.userType)))
      .map((c) => `composite type ${c.schema}.${c.name}`),
    ...schema.rangeTypes
      .filter((r) => isIt(r.userType))
      .map((r) => `range type ${r.schema}.${r.name}`),
    ...schema.functions
      .filter((f) => signatureNames(f, type.name))
      .map((f) => `function ${f.schema}.${f.name}(${f.identityArguments})`),
  ];
}

/** Whether a column of `schema`, or anything {@link typeHolders} lists, has the type. */
export function isTypeUsed(schema: SchemaDescription, type: QualifiedName): boolean {
  return isTypeStored(schema, type) || typeHolders(schema, type).length > 0;
}

/** Whether a column, a domain, a composite type's attribute or a range has the type. */
export function isTypeStored(schema: SchemaDescription, type: QualifiedName): boolean {
  const isIt = (u: QualifiedName | null) =>
    u !== null && u.schema === type.schema && u.name === type.name;
  return (
    schema.tables.some((t) => t.columns.some((c) => isIt(c.userType))) ||
    typeHolders({ ...schema, functions: [] }, type).length > 0
  );
}

/** A column of `from` as it reads once the types renamed before the columns' phase are. */
export function withRenamedType<C extends { type: string; userType: QualifiedName | null }>(
  comparison: Comparison,
  column: C,
): C {
  const u = column.userType;
  const newName = u === null ? undefined : comparison.renamedTypes.get(objectKey(u.schema, u.name));
  if (u === null || newName === undefined) return column;
  const old = quoteQualifiedAsNeeded(u.schema, u.name);
  return {
    ...column,
    type: quoteQualifiedAsNeeded(u.schema, newName) + column.type.slice(old.length),
    userType: { schema: u.schema, name: newName },
  };
}

/**
 * Where a dropped type goes: before the functions are dropped when it calls one of them (a
 * domain's check, a range's `subtype_diff`) and only dropped tables and columns used it; else at
 * the end, once the kept columns that used it changed type and the functions that take it went.
 */
export function dropPhase(
  comparison: Comparison,
  type: QualifiedName,
  callsFunction: boolean,
  isDomain: boolean,
): Phase {
  const isIt = (u: QualifiedName | null) =>
    u !== null && u.schema === type.schema && u.name === type.name;
  const kept = comparison.from.tables.some((f) => {
    const t = comparison.to.tables.find((x) => x.schema === f.schema && x.name === f.name);
    return (
      t !== undefined &&
      f.columns.some((c) => isIt(c.userType) && t.columns.some((k) => k.name === c.name))
    );
  });
  if (kept || !callsFunction) return isDomain ? Phase.DropDomains : Phase.DropTypes;
  return isDomain ? Phase.EarlyDropDomains : Phase.EarlyDropTypes;
}

/**
 * PostgreSQL cannot change `what` of a type in place, and dropping it while a column has it
 * would drop the column's data with it (`CASCADE`) or fail: refused, with the way out.
 */
export function typeChangeRefused(kind: string, type: QualifiedName, what: string): RetortError {
  const name = `${type.schema}.${type.name}`;
  return new RetortError(
    "BAD_MODEL",
    `The ${what} of ${kind} ${name} changed, which PostgreSQL can only do by dropping and creating the type again, and columns, types or functions use it.`,
    {
      details: { type: name },
      hint: `Declare a ${kind} with another name, move the columns to it in one migration (review the USING casts), then remove ${name} from the models.`,
    },
  );
}

type Named = QualifiedName & { renamedFrom: string | null };

/** Types both sides have (renamed or not), those only the target has, those only `from` has. */
export interface TypePairs<T extends Named> {
  pairs: [from: T, to: T][];
  created: T[];
  dropped: T[];
}

/**
 * Pairs the types of both sides by name, following `renamedFrom` (which only the models carry:
 * on the `to` side for an upgrade, on the `from` side for a downgrade), and emits each rename.
 */
export function pairTypes<T extends Named>(
  comparison: Comparison,
  from: readonly T[],
  to: readonly T[],
  domain: boolean,
): TypePairs<T> {
  const key = (schema: string, name: string) => `${schema}\u0000${name}`;
  const fromByKey = new Map(from.map((f) => [key(f.schema, f.name), f]));
  const toByKey = new Map(to.map((t) => [key(t.schema, t.name), t]));
  const result: TypePairs<T> = { pairs: [], created: [], dropped: [] };
  const matchedFrom = new Set<T>();
  const matchedTo = new Set<T>();
  const rename = (schema: string, name: string, newName: string) => {
    comparison.renamedTypes.set(objectKey(schema, name), newName);
    comparison.emit(Phase.Renames, {
      kind: "renameType",
      schema,
      name,
      newName,
      ...(domain ? { domain: true } : {}),
    });
  };
  for (const t of to) {
    let f = fromByKey.get(key(t.schema, t.name));
    if (f === undefined && t.renamedFrom !== null) {
      f = fromByKey.get(key(t.schema, t.renamedFrom));
      if (f !== undefined && !toByKey.has(key(f.schema, f.name))) {
        rename(t.schema, f.name, t.name);
      } else f = undefined;
    }
    if (f === undefined) continue;
    result.pairs.push([f, t]);
    matchedFrom.add(f);
    matchedTo.add(t);
  }
  for (const f of from) {
    if (matchedFrom.has(f) || f.renamedFrom === null) continue;
    const t = toByKey.get(key(f.schema, f.renamedFrom));
    if (t === undefined || matchedTo.has(t) || fromByKey.has(key(t.schema, t.name))) continue;
    rename(f.schema, f.name, t.name);
    result.pairs.push([f, t]);
    matchedFrom.add(f);
    matchedTo.add(t);
  }
  result.created = to.filter((t) => !matchedTo.has(t));
  result.dropped = from.filter((f) => !matchedFrom.has(f));
  return result;
}
