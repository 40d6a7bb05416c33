import type {
  AddForeignKeyOperation,
  CheckDefinition,
  ColumnDefinition,
  ColumnType,
  CreateIndexOperation,
  CreateSequenceOperation,
  CreateTableOperation,
  ExclusionDefinition,
  IdentityDefinition,
  IndexElement,
  PrimaryKeyDefinition,
  SequenceNumber,
  UniqueDefinition,
} from "@retort/core";
import { defaultConstraintName } from "../schema/default-constraint-name";
import { storageParameterValues } from "../schema/normalize-storage-parameters";
import { quoteQualifiedAsNeeded, unquoteIdent } from "../schema/quote-ident";
import type {
  CheckDescription,
  ColumnDescription,
  ExclusionDescription,
  ForeignKeyDescription,
  IdentityDescription,
  IndexDescription,
  IndexElementDescription,
  PrimaryKeyDescription,
  SequenceDescription,
  TableDescription,
  UniqueDescription,
} from "../schema/schema-description";

// Turns the plain-data description (strings everywhere, `null` for absent) into the operation
// definitions core renders (`undefined` for absent, numbers for sequence options). Absent
// options are left out rather than spelled with PostgreSQL's default, so generated migrations
// stay short; PostgreSQL fills in the same defaults that introspection then reads back.

const integerBounds: Record<string, readonly [string, string]> = {
  smallint: ["-32768", "32767"],
  integer: ["-2147483648", "2147483647"],
  bigint: ["-9223372036854775808", "9223372036854775807"],
};

const serialTypes: Record<string, string> = {
  smallint: "smallserial",
  integer: "serial",
  bigint: "bigserial",
};

/** A sequence number as a number when it is safe, else a bigint (bounds of bigint sequences). */
export function sequenceNumber(text: string): SequenceNumber {
  const value = BigInt(text);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}

/** The options `CREATE SEQUENCE` picks when none are given, for a type and an increment. */
export function sequenceDefaults(dataType: string, increment: string) {
  const bounds = integerBounds[dataType] ?? integerBounds.bigint!;
  const ascending = !increment.startsWith("-");
  const min = ascending ? "1" : bounds[0];
  const max = ascending ? bounds[1] : "-1";
  return { increment: "1", min, max, start: ascending ? min : max, cache: "1", cycle: false };
}

interface SequenceLike {
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
}

/** Sequence options that differ from what PostgreSQL would pick on its own. */
function compactSequenceOptions(dataType: string, s: SequenceLike) {
  const d = sequenceDefaults(dataType, s.increment);
  return {
    increment: s.increment !== d.increment ? sequenceNumber(s.increment) : undefined,
    minValue: s.min !== d.min ? sequenceNumber(s.min) : undefined,
    maxValue: s.max !== d.max && s.max !== "" ? sequenceNumber(s.max) : undefined,
    start: s.start !== d.start ? sequenceNumber(s.start) : undefined,
    cache: s.cache !== d.cache ? sequenceNumber(s.cache) : undefined,
    cycle: s.cycle !== d.cycle ? s.cycle : undefined,
  };
}

/** Every option spelled out: what `alterColumn` needs to compare an identity with the one before. */
export function fullIdentity(identity: IdentityDescription): IdentityDefinition {
  return {
    generation: identity.always ? "always" : "byDefault",
    start: sequenceNumber(identity.start),
    increment: sequenceNumber(identity.increment),
    minValue: sequenceNumber(identity.min),
    maxValue: identity.max === "" ? null : sequenceNumber(identity.max),
    cache: sequenceNumber(identity.cache),
    cycle: identity.cycle,
    ...(identity.sequence ? { sequenceName: identity.sequence } : {}),
  };
}

export function compactIdentity(identity: IdentityDescription, type: string): IdentityDefinition {
  return {
    generation: identity.always ? "always" : "byDefault",
    ...compactSequenceOptions(type, identity),
    ...(identity.sequence ? { sequenceName: identity.sequence } : {}),
  };
}

/** The sequence a `nextval('<schema>.<name>'::regclass)` default reads, or `null`. */
export function nextvalSequence(
  defaultSql: string | null,
): { readonly schema: string; readonly name: string } | null {
  // Most defaults are no nextval: skip the pattern for them (this runs for every column).
  if (defaultSql === null || !defaultSql.startsWith("nextval('")) return null;
  // A comparison asks for each serial column's sequence several times, on both sides.
  let known = sequenceOfDefault.get(defaultSql);
  if (known === undefined) {
    known = parseNextval(defaultSql);
    // Bounded, as the other memos of default and type texts are, for a long-lived process.
    if (sequenceOfDefault.size >= 10_000) sequenceOfDefault.clear();
    sequenceOfDefault.set(defaultSql, known);
  }
  return known;
}

const sequenceOfDefault = new Map<
  string,
  { readonly schema: string; readonly name: string } | null
>();

function parseNextval(
  defaultSql: string,
): { readonly schema: string; readonly name: string } | null {
  const m = /^nextval\('((?:[^']|'')+)'::regclass\)$/.exec(defaultSql);
  if (!m) return null;
  const text = m[1]!.replaceAll("''", "'");
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === "." && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  if (parts.length !== 2) return null;
  return Object.freeze({ schema: unquoteIdent(parts[0]!), name: unquoteIdent(parts[1]!) });
}

/**
 * Whether a column is a `serial` that `CREATE TABLE` / `ADD COLUMN` can make as such: an integer
 * column whose default reads the sequence PostgreSQL would create for it. Introspection does not
 * list such a sequence (the column owns it), so it must be created with the column.
 */
export function isPlainSerial(
  table: { schema: string; name: string },
  column: ColumnDescription,
): boolean {
  const sequence = nextvalSequence(column.default);
  return (
    sequence !== null &&
    serialTypes[column.type] !== undefined &&
    sequence.schema === table.schema &&
    sequence.name ===
      defaultConstraintName({ kind: "sequence", table: table.name, columns: [column.name] })
  );
}

/** The column type as core renders it: a user type as a quoted, qualified name, else the text. */
export function columnType(column: Pick<ColumnDescription, "type" | "userType">): ColumnType {
  if (column.userType === null) return column.type;
  const isArray = column.type.endsWith("[]");
  const element = isArray ? column.type.slice(0, -2) : column.type;
  // A modifier (`public.geometry(Polygon,4326)`) has no place in a quoted name: the text, as
  // `format_type` prints it, is the type.
  if (element !== quoteQualifiedAsNeeded(column.userType.schema, column.userType.name)) {
    return column.type;
  }
  return {
    schema: column.userType.schema,
    name: column.userType.name,
    ...(isArray ? { arrayDimensions: 1 } : {}),
  };
}

/**
 * A column as an `addColumn` / `createTable` definition. `serial` is kept as the `serial` type
 * (the sequence comes with it) when `isSerial` says the column's sequence is its own.
 */
export function columnDefinition(column: ColumnDescription, isSerial: boolean): ColumnDefinition {
  return {
    name: column.name,
    type: isSerial ? serialTypes[column.type]! : columnType(column),
    nullable: column.nullable ? undefined : false,
    default: column.default === null || isSerial ? undefined : { sql: column.default },
    identity: column.identity === null ? undefined : compactIdentity(column.identity, column.type),
    generated: column.generated === null ? undefined : { expression: column.generated.expression },
    collation: column.collation ?? undefined,
    comment: column.comment ?? undefined,
  };
}

function deferrability(d: { deferrable: boolean; initiallyDeferred: boolean }) {
  return {
    deferrable: d.deferrable ? true : undefined,
    initiallyDeferred: d.initiallyDeferred ? true : undefined,
  };
}

function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length > 0 ? list : undefined;
}

export function primaryKeyDefinition(
  pk: PrimaryKeyDescription,
): PrimaryKeyDefinition & { name: string } {
  return { name: pk.name, columns: pk.columns, ...deferrability(pk) };
}

export function uniqueDefinition(u: UniqueDescription): UniqueDefinition & { name: string } {
  return {
    name: u.name,
    columns: u.columns,
    include: nonEmpty(u.include),
    nullsNotDistinct: u.nullsNotDistinct ? true : undefined,
    ...deferrability(u),
  };
}

export function checkDefinition(c: CheckDescription): CheckDefinition & { name: string } {
  return { name: c.name, expression: c.expression, noInherit: c.noInherit ? true : undefined };
}

function indexElement(e: IndexElementDescription): IndexElement {
  const options = {
    order: e.descending ? ("desc" as const) : undefined,
    // PostgreSQL's default is NULLS LAST ascending and NULLS FIRST descending: say only the other.
    nulls:
      e.nullsFirst !== e.descending
        ? e.nullsFirst
          ? ("first" as const)
          : ("last" as const)
        : undefined,
    opclass: e.opclass ?? undefined,
    opclassOptions: e.opclassOptions ?? undefined,
    collation: e.collation ?? undefined,
  };
  return e.column !== null
    ? { column: e.column, ...options }
    : { expression: e.expression ?? "", ...options };
}

export function exclusionDefinition(
  x: ExclusionDescription,
): ExclusionDefinition & { name: string } {
  return {
    name: x.name,
    method: x.method === "btree" ? undefined : x.method,
    elements: x.elements.map((e) => ({ ...indexElement(e), operator: e.operator })),
    include: nonEmpty(x.include),
    where: x.where ?? undefined,
    ...deferrability(x),
  };
}

export function foreignKeyOperation(
  table: TableDescription,
  fk: ForeignKeyDescription,
): AddForeignKeyOperation {
  return {
    kind: "addForeignKey",
    schema: table.schema,
    table: table.name,
    name: fk.name,
    columns: fk.columns,
    references: { schema: fk.refSchema, table: fk.refTable, columns: fk.refColumns },
    onDelete: fk.onDelete === "no action" ? undefined : fk.onDelete,
    ...(fk.onDeleteColumns ? { onDeleteColumns: fk.onDeleteColumns } : {}),
    onUpdate: fk.onUpdate === "no action" ? undefined : fk.onUpdate,
    // PostgreSQL does not support MATCH PARTIAL, so it never appears in a catalog.
    match: fk.match === "full" ? "full" : undefined,
    ...deferrability(fk),
    notValid: fk.notValid,
  };
}

export function indexOperation(
  table: Pick<TableDescription, "schema" | "name">,
  index: IndexDescription,
): CreateIndexOperation {
  return {
    kind: "createIndex",
    schema: table.schema,
    table: table.name,
    name: index.name,
    elements: index.elements.map(indexElement),
    unique: index.unique ? true : undefined,
    method: index.method === "btree" ? undefined : index.method,
    include: nonEmpty(index.include),
    where: index.where ?? undefined,
    nullsNotDistinct: index.nullsNotDistinct ? true : undefined,
    with: storageParameterValues(index.storageParameters),
  };
}

/**
 * A table as a `createTable` node: columns, primary key, uniques, checks and exclusions, and
 * comments. Foreign keys and indexes are separate operations, so that tables which reference
 * each other can all be created before any foreign key is added.
 */
export function tableDefinition(
  table: TableDescription,
  column: (column: ColumnDescription) => ColumnDefinition,
): CreateTableOperation {
  return {
    kind: "createTable",
    schema: table.schema,
    table: table.name,
    columns: table.columns.map(column),
    primaryKey: table.primaryKey === null ? undefined : primaryKeyDefinition(table.primaryKey),
    uniques: nonEmpty(table.uniques.map(uniqueDefinition)),
    checks: nonEmpty(table.checks.map(checkDefinition)),
    exclusions: nonEmpty(table.exclusions.map(exclusionDefinition)),
    comment: table.comment ?? undefined,
    unlogged: table.unlogged,
    with: storageParameterValues(table.storageParameters),
    ...(table.partitionBy === undefined ? {} : { partitionBy: table.partitionBy }),
  };
}

/** A free-standing sequence as a `createSequence` node. */
export function sequenceOperation(s: SequenceDescription): CreateSequenceOperation {
  return {
    kind: "createSequence",
    schema: s.schema,
    name: s.name,
    as: s.dataType === "bigint" ? undefined : (s.dataType as "smallint" | "integer"),
    ...compactSequenceOptions(s.dataType, s),
  };
}

/** Every option of a sequence, for `alterSequence` and its `existing`. */
export function fullSequenceOptions(s: SequenceDescription) {
  return {
    as: s.dataType as "smallint" | "integer" | "bigint",
    increment: sequenceNumber(s.increment),
    minValue: sequenceNumber(s.min),
    maxValue: sequenceNumber(s.max),
    start: sequenceNumber(s.start),
    cache: sequenceNumber(s.cache),
    cycle: s.cycle,
  };
}
