import {
  type AddConstraintOperation,
  type AlterColumnOperation,
  type ColumnDefinition,
  defineOperation,
  makeObjectName,
  type ObjectName,
  type Operation,
  quoteIdent,
  quoteLiteral,
  quoteQualified,
} from "@retort/core";
import {
  castInsensitiveExpression,
  expressionIdentifiers,
  qualifiedReferences,
} from "../schema/normalize-expression";
import type {
  ColumnDescription,
  EnumDescription,
  ForeignKeyDescription,
  SchemaDescription,
  TableDescription,
} from "../schema/schema-description";
import { type Change, describeChange } from "./describe-change";
import { isDeepEqual } from "./is-deep-equal";
import {
  checkDefinition,
  columnDefinition,
  columnType,
  compactIdentity,
  exclusionDefinition,
  foreignKeyOperation,
  fullIdentity,
  fullSequenceOptions,
  indexOperation,
  isPlainSerial,
  nextvalSequence,
  primaryKeyDefinition,
  sequenceOperation,
  tableDefinition,
  uniqueDefinition,
} from "./table-definition";

/** Options of {@link diffSchemas}: what retort manages. */
export interface DiffSchemasOptions {
  /**
   * The managed schemas: objects elsewhere are neither created nor dropped. Default: `public`
   * and every schema the target uses.
   */
  schemas?: readonly string[] | undefined;
  /**
   * Tables never touched: a string matches a table name in any schema, or `"schema.table"`; a
   * RegExp is tested against both `table` and `schema.table` (as `introspectSchema` reads it).
   */
  exclude?: readonly (string | RegExp)[] | undefined;
  /** retort's version table, never touched. Default: any table named `retort_version`. */
  versionTable?: { schema: string; name: string } | undefined;
  /** retort's history table, never touched. Default: any table named `retort_history`. */
  historyTable?: { schema: string; name: string } | undefined;
}

/** What {@link diffSchemas} finds. */
export interface SchemaDiff {
  /** Operations that turn the current schema into the target, in an order PostgreSQL accepts. */
  upgrade: Operation[];
  /** Operations that turn the target back into the current schema. */
  downgrade: Operation[];
  /** One entry per upgrade operation, for people. */
  changes: Change[];
  /** No difference: `check` passes. */
  isEmpty: boolean;
}

// Operations are gathered per phase, then concatenated: PostgreSQL needs a schema before its
// tables, an enum before its columns, every table before the foreign keys between them (which
// may form cycles), and on the way out foreign keys dropped before the keys they depend on.
const Phase = {
  CreateSchemas: 0,
  Enums: 1,
  Sequences: 2,
  Renames: 3,
  DropForeignKeys: 4,
  DropConstraints: 5,
  RenameConstraints: 6,
  DropColumns: 7,
  DropTables: 8,
  CreateTables: 9,
  AddColumns: 10,
  AlterColumns: 11,
  Comments: 12,
  AddConstraints: 13,
  CreateIndexes: 14,
  AddForeignKeys: 15,
  DropSequences: 16,
  DropEnums: 17,
  DropSchemas: 18,
  Count: 19,
} as const;
type Phase = (typeof Phase)[keyof typeof Phase];

interface TableRename {
  schema: string;
  from: string;
  to: string;
}

interface ColumnRename {
  schema: string;
  /** The table's name after the table renames. */
  table: string;
  from: string;
  to: string;
}

interface Renames {
  tables: TableRename[];
  columns: ColumnRename[];
}

const key = (schema: string, name: string): string => `${schema}\u0000${name}`;

function byKey<T extends { schema: string; name: string }>(list: readonly T[]): Map<string, T> {
  return new Map(list.map((item) => [key(item.schema, item.name), item]));
}

function withoutHints(table: TableDescription): unknown {
  return {
    ...table,
    renamedFrom: null,
    columns: table.columns.map((c) => ({ ...c, renamedFrom: null })),
    checks: table.checks.map(validated),
    foreignKeys: table.foreignKeys.map(validated),
  };
}

/**
 * A constraint as the comparison sees it: whether it was added `NOT VALID` is how it was added,
 * not what it is (models cannot say it, and `VALIDATE CONSTRAINT` ends it).
 */
function validated<T extends { notValid?: true }>(constraint: T): Omit<T, "notValid"> {
  const { notValid: _, ...rest } = constraint;
  return rest;
}

/** The renames the target asks for (`renamedFrom`) that the current schema makes possible. */
function findRenames(current: SchemaDescription, target: SchemaDescription): Renames {
  const currentTables = byKey(current.tables);
  const targetTables = byKey(target.tables);
  const tables: TableRename[] = [];
  for (const t of target.tables) {
    const from = t.renamedFrom;
    if (
      from !== null &&
      from !== t.name &&
      currentTables.has(key(t.schema, from)) &&
      !currentTables.has(key(t.schema, t.name)) &&
      !targetTables.has(key(t.schema, from))
    ) {
      tables.push({ schema: t.schema, from, to: t.name });
    }
  }
  const columns: ColumnRename[] = [];
  for (const t of target.tables) {
    const rename = tables.find((r) => r.schema === t.schema && r.to === t.name);
    const c = currentTables.get(key(t.schema, rename?.from ?? t.name));
    if (!c) continue;
    const has = (list: ColumnDescription[], name: string) => list.some((col) => col.name === name);
    for (const col of t.columns) {
      const from = col.renamedFrom;
      if (
        from !== null &&
        from !== col.name &&
        has(c.columns, from) &&
        !has(c.columns, col.name) &&
        !has(t.columns, from)
      ) {
        columns.push({ schema: t.schema, table: t.name, from, to: col.name });
      }
    }
  }
  return { tables, columns };
}

function invertRenames(renames: Renames): Renames {
  return {
    tables: renames.tables.map((r) => ({ schema: r.schema, from: r.to, to: r.from })),
    columns: renames.columns.map((r) => ({
      schema: r.schema,
      table: renames.tables.find((t) => t.schema === r.schema && t.to === r.table)?.from ?? r.table,
      from: r.to,
      to: r.from,
    })),
  };
}

/** `from` as it is once the renames ran: names, and every reference to them, updated. */
function applyRenames(from: SchemaDescription, renames: Renames): SchemaDescription {
  const tableName = (schema: string, name: string) =>
    renames.tables.find((r) => r.schema === schema && r.from === name)?.to ?? name;
  const columnName = (schema: string, table: string, name: string) =>
    renames.columns.find((r) => r.schema === schema && r.table === table && r.from === name)?.to ??
    name;
  const tables = from.tables.map((t): TableDescription => {
    const name = tableName(t.schema, t.name);
    const col = (c: string) => columnName(t.schema, name, c);
    const cols = (list: string[]) => list.map(col);
    const element = <E extends { column: string | null }>(e: E): E => ({
      ...e,
      column: e.column === null ? null : col(e.column),
    });
    return {
      ...t,
      name,
      columns: t.columns.map((c) => ({ ...c, name: col(c.name) })),
      primaryKey:
        t.primaryKey === null ? null : { ...t.primaryKey, columns: cols(t.primaryKey.columns) },
      uniques: t.uniques.map((u) => ({ ...u, columns: cols(u.columns), include: cols(u.include) })),
      foreignKeys: t.foreignKeys.map((fk) => {
        const refTable = tableName(fk.refSchema, fk.refTable);
        return {
          ...fk,
          columns: cols(fk.columns),
          refTable,
          refColumns: fk.refColumns.map((c) => columnName(fk.refSchema, refTable, c)),
        };
      }),
      indexes: t.indexes.map((i) => ({
        ...i,
        elements: i.elements.map(element),
        include: cols(i.include),
      })),
      exclusions: t.exclusions.map((x) => ({
        ...x,
        elements: x.elements.map(element),
        include: cols(x.include),
      })),
    };
  });
  return { ...from, tables };
}

function isExcludedTable(schema: string, name: string, options: DiffSchemasOptions): boolean {
  const qualified = `${schema}.${name}`;
  const matches = (table: { schema: string; name: string } | undefined, fallback: string) =>
    table ? table.schema === schema && table.name === name : name === fallback;
  if (matches(options.versionTable, "retort_version")) return true;
  if (matches(options.historyTable, "retort_history")) return true;
  return (options.exclude ?? []).some((p) =>
    typeof p === "string" ? p === name || p === qualified : p.test(name) || p.test(qualified),
  );
}

function managedSchemas(options: DiffSchemasOptions, target: SchemaDescription): Set<string> {
  if (options.schemas !== undefined) return new Set(options.schemas);
  return new Set([
    "public",
    ...target.schemas,
    ...target.tables.map((t) => t.schema),
    ...target.enums.map((e) => e.schema),
    ...target.sequences.map((s) => s.schema),
  ]);
}

function inScope(
  d: SchemaDescription,
  schemas: Set<string>,
  options: DiffSchemasOptions,
): SchemaDescription {
  return {
    schemas: d.schemas.filter((s) => s !== "public" && schemas.has(s)),
    enums: d.enums.filter((e) => schemas.has(e.schema)),
    tables: d.tables.filter(
      (t) => schemas.has(t.schema) && !isExcludedTable(t.schema, t.name, options),
    ),
    sequences: d.sequences.filter((s) => schemas.has(s.schema)),
    unmanaged: d.unmanaged,
  };
}

/**
 * The target with each inheriting table keeping the columns it inherits as the database has them
 * (PostgreSQL adds, changes and drops them with the parent's): a model that leaves them out, or
 * a parent's model that gains a column, does not ask the child to drop one; and a column the
 * parent's model gains is not added to the child too (PostgreSQL does), whatever its model says.
 */
function inheritedColumnsFromDatabase(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  const parents = new Map<string, string[]>();
  for (const u of current.unmanaged) {
    if (u.kind !== "inheritance") continue;
    const definition = u.definition ?? "";
    const [parent] = qualifiedReferences(definition.slice(definition.lastIndexOf(" INHERIT ")));
    const child = key(u.schema, u.name);
    if (parent !== undefined) parents.set(child, [...(parents.get(child) ?? []), parent]);
  }
  if (parents.size === 0) return target;
  const inDatabase = new Map(current.tables.map((t) => [key(t.schema, t.name), t]));
  const inTarget = new Map(target.tables.map((t) => [key(t.schema, t.name), t]));
  const names = (t: TableDescription | undefined) => t?.columns.map((c) => c.name) ?? [];
  return {
    ...target,
    tables: target.tables.map((t) => {
      const existing = inDatabase.get(key(t.schema, t.name));
      const parentKeys = parents.get(key(t.schema, t.name)) ?? [];
      const ofParents = new Set(parentKeys.flatMap((p) => names(inDatabase.get(p))));
      if (existing === undefined || parentKeys.length === 0) return t;
      const has = new Set(names(existing));
      // Columns a parent's model adds: the parent's ALTER TABLE gives them to the child.
      const comingFromParents = new Set(
        parentKeys.flatMap((p) => names(inTarget.get(p)).filter((c) => !ofParents.has(c))),
      );
      const declared = new Set(t.columns.map((c) => c.name));
      const inherited = existing.columns.filter(
        (c) => ofParents.has(c.name) && !declared.has(c.name),
      );
      const columns = [
        ...t.columns.filter((c) => has.has(c.name) || !comingFromParents.has(c.name)),
        ...inherited,
      ];
      return columns.length === t.columns.length && inherited.length === 0 ? t : { ...t, columns };
    }),
  };
}

/** An index or exclusion constraint as the comparison sees it (see `castInsensitiveExpression`). */
function castInsensitiveIndex<
  T extends { where: string | null; elements: readonly { expression: string | null }[] },
>(item: T): T {
  const cast = (expression: string | null) =>
    expression === null ? null : castInsensitiveExpression(expression);
  return {
    ...item,
    where: cast(item.where),
    elements: item.elements.map((element) => ({
      ...element,
      expression: cast(element.expression),
    })),
  };
}

/**
 * The target with the operator classes its indexes and exclusion constraints name without a
 * schema (`"gin_trgm_ops"`, as the search path finds it) given the schema the database's
 * same-named index or constraint has for them (`public.gin_trgm_ops`). Named with a schema on
 * both sides, they are compared as they are.
 */
function opclassesFromDatabase(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  const inDatabase = new Map(current.tables.map((t) => [key(t.schema, t.name), t]));
  const resolve = <E extends { opclass: ObjectName | null }>(
    elements: readonly E[],
    existing: readonly E[] | undefined,
  ): E[] =>
    elements.map((e, k) => {
      const found = existing?.[k]?.opclass;
      return typeof e.opclass === "string" &&
        typeof found === "object" &&
        found !== null &&
        found.name === e.opclass
        ? { ...e, opclass: found }
        : e;
    });
  const byName = <I extends { name: string }>(items: readonly I[]) =>
    new Map(items.map((i) => [i.name, i]));
  return {
    ...target,
    tables: target.tables.map((t) => {
      const existing = inDatabase.get(key(t.schema, t.name));
      if (existing === undefined) return t;
      const indexes = byName(existing.indexes);
      const exclusions = byName(existing.exclusions);
      return {
        ...t,
        indexes: t.indexes.map((i) => ({
          ...i,
          elements: resolve(i.elements, indexes.get(i.name)?.elements),
        })),
        exclusions: t.exclusions.map((x) => ({
          ...x,
          elements: resolve(x.elements, exclusions.get(x.name)?.elements),
        })),
      };
    }),
  };
}

/**
 * The target with each partition's columns as the database has them. A partition has exactly
 * its parent's columns, and PostgreSQL adds, changes and drops them with the parent's, refusing
 * to do so on the partition alone: whatever a partition's model says of them is moot.
 */
function partitionColumnsFromDatabase(
  current: SchemaDescription,
  target: SchemaDescription,
): SchemaDescription {
  const partitions = new Set(
    current.unmanaged.filter((u) => u.kind === "partition").map((u) => key(u.schema, u.name)),
  );
  if (partitions.size === 0) return target;
  const inDatabase = new Map(current.tables.map((t) => [key(t.schema, t.name), t]));
  return {
    ...target,
    tables: target.tables.map((t) => {
      const k = key(t.schema, t.name);
      const existing = inDatabase.get(k);
      return partitions.has(k) && existing !== undefined ? { ...t, columns: existing.columns } : t;
    }),
  };
}

/** Pairs two named lists: equal ones are kept, same-named different ones replaced, equal-but-renamed ones renamed. */
function pairNamed<T extends { name: string }>(
  from: readonly T[],
  to: readonly T[],
  mustRecreate: (item: NoInfer<T>) => boolean,
  on: {
    drop(item: NoInfer<T>): void;
    add(item: NoInfer<T>): void;
    rename(from: NoInfer<T>, to: NoInfer<T>): void;
  },
  comparable: (item: NoInfer<T>) => unknown = (item) => item,
): void {
  const toByName = new Map(to.map((item) => [item.name, item]));
  const fromByName = new Map(from.map((item) => [item.name, item]));
  const lostFrom: T[] = [];
  const newTo: T[] = [];
  for (const f of from) {
    const t = toByName.get(f.name);
    if (t === undefined) lostFrom.push(f);
    else if (!isDeepEqual(comparable(f), comparable(t)) || mustRecreate(f)) {
      on.drop(f);
      on.add(t);
    }
  }
  for (const t of to) if (!fromByName.has(t.name)) newTo.push(t);
  for (const t of newTo) {
    // PostgreSQL keeps constraint and index names when a table or column is renamed, so the
    // same definition under a new name is a rename, not a rebuild.
    const index = lostFrom.findIndex(
      (f) =>
        !mustRecreate(f) &&
        isDeepEqual(comparable({ ...f, name: "" }), comparable({ ...t, name: "" })),
    );
    if (index >= 0) {
      on.rename(lostFrom[index]!, t);
      lostFrom.splice(index, 1);
    } else on.add(t);
  }
  for (const f of lostFrom) on.drop(f);
}

/** Keys of the sequences the columns of `d` create as their serial, leaving out `listed` ones. */
function serialSequences(d: SchemaDescription, listed: ReadonlySet<string>): Set<string> {
  return new Set(
    d.tables.flatMap((t) =>
      t.columns.flatMap((c) => {
        const sequence = isPlainSerial(t, c) ? nextvalSequence(c.default) : null;
        return sequence === null || listed.has(key(sequence.schema, sequence.name))
          ? []
          : [key(sequence.schema, sequence.name)];
      }),
    ),
  );
}

class Planner {
  readonly #phases: Operation[][] = Array.from({ length: Phase.Count }, () => []);
  readonly #recreatedEnums = new Map<string, string>();
  /** Key constraints (and unique indexes) dropped: `schema, table, sorted columns`. */
  readonly #droppedKeys = new Set<string>();
  readonly #fromSequences: Set<string>;
  readonly #toSequences: Set<string>;
  /** Sequences that a column creates as its serial, in the current schema and in the target. */
  readonly #fromSerials: Set<string>;
  readonly #toSerials: Set<string>;

  constructor(
    private readonly from: SchemaDescription,
    private readonly to: SchemaDescription,
    private readonly renames: Renames,
    private readonly keepSchemas: ReadonlySet<string>,
  ) {
    this.#fromSequences = new Set(from.sequences.map((s) => key(s.schema, s.name)));
    this.#toSequences = new Set(to.sequences.map((s) => key(s.schema, s.name)));
    this.#fromSerials = serialSequences(from, this.#fromSequences);
    this.#toSerials = serialSequences(to, this.#toSequences);
  }

  /**
   * Whether a column's default reads the serial sequence of another column (an inherited key, a
   * shared sequence): that column's table makes it, and dropping it takes the sequence along.
   */
  readsOtherSerial(side: "from" | "to", table: TableDescription, column: ColumnDescription) {
    const sequence = this.ownedSequence(side, column);
    const serials = side === "from" ? this.#fromSerials : this.#toSerials;
    return (
      sequence !== null &&
      !isPlainSerial(table, column) &&
      serials.has(key(sequence.schema, sequence.name))
    );
  }

  emit(phase: Phase, op: Operation): void {
    this.#phases[phase]!.push(defineOperation(op));
  }

  plan(): Operation[] {
    const from = applyRenames(this.from, this.renames);
    for (const r of this.renames.tables) {
      this.emit(Phase.Renames, {
        kind: "renameTable",
        schema: r.schema,
        table: r.from,
        newName: r.to,
      });
    }
    for (const r of this.renames.columns) {
      this.emit(Phase.Renames, {
        kind: "renameColumn",
        schema: r.schema,
        table: r.table,
        column: r.from,
        newName: r.to,
      });
    }
    this.schemas(from);
    this.enums(from);
    this.sequences(from);
    this.tables(from);
    return this.#phases.flat();
  }

  schemas(from: SchemaDescription): void {
    for (const s of this.to.schemas) {
      if (!from.schemas.includes(s))
        this.emit(Phase.CreateSchemas, { kind: "createSchema", name: s });
    }
    for (const s of from.schemas) {
      // A schema that holds objects retort does not manage (views, functions) is left alone.
      if (!this.to.schemas.includes(s) && !this.keepSchemas.has(s)) {
        this.emit(Phase.DropSchemas, { kind: "dropSchema", name: s });
      }
    }
  }

  enumComment(e: EnumDescription, comment: string | null): void {
    // Core has no COMMENT ON TYPE operation; the statement is built from quoted parts only.
    this.emit(Phase.Enums, {
      kind: "execute",
      sql: `COMMENT ON TYPE ${quoteQualified(e.schema, e.name)} IS ${quoteLiteral(comment)}`,
    });
  }

  enums(from: SchemaDescription): void {
    const fromEnums = byKey(from.enums);
    const toEnums = byKey(this.to.enums);
    for (const t of this.to.enums) {
      const f = fromEnums.get(key(t.schema, t.name));
      if (!f) {
        this.emit(Phase.Enums, {
          kind: "createEnum",
          schema: t.schema,
          name: t.name,
          values: t.values,
        });
        if (t.comment !== null) this.enumComment(t, t.comment);
        continue;
      }
      if (!isDeepEqual(f.values, t.values)) {
        if (isSubsequence(f.values, t.values)) {
          // PostgreSQL can add a label at a position, so placing each new one after its
          // predecessor (or before the first old one) keeps the target's order.
          t.values.forEach((value, index) => {
            if (f.values.includes(value)) return;
            const after = index > 0 ? t.values[index - 1] : undefined;
            const before =
              after === undefined ? t.values.find((v) => f.values.includes(v)) : undefined;
            this.emit(Phase.Enums, {
              kind: "addEnumValue",
              schema: t.schema,
              name: t.name,
              value,
              after,
              before,
            });
          });
        } else {
          // PostgreSQL cannot remove or reorder labels: build the new type beside the old one,
          // move the columns over (in the column phase) and drop the old one at the end.
          const old = makeObjectName(t.name, null, "old");
          this.#recreatedEnums.set(key(t.schema, t.name), old);
          this.emit(Phase.Enums, {
            kind: "renameEnum",
            schema: t.schema,
            name: t.name,
            newName: old,
          });
          this.emit(Phase.Enums, {
            kind: "createEnum",
            schema: t.schema,
            name: t.name,
            values: t.values,
          });
          this.emit(Phase.DropEnums, {
            kind: "dropEnum",
            schema: t.schema,
            name: old,
            values: f.values,
          });
          if (t.comment !== null) this.enumComment(t, t.comment);
          continue;
        }
      }
      if (f.comment !== t.comment) this.enumComment(t, t.comment);
    }
    for (const f of from.enums) {
      if (!toEnums.has(key(f.schema, f.name))) {
        this.emit(Phase.DropEnums, {
          kind: "dropEnum",
          schema: f.schema,
          name: f.name,
          values: f.values,
        });
      }
    }
  }

  sequences(from: SchemaDescription): void {
    const fromSequences = byKey(from.sequences);
    const toSequences = byKey(this.to.sequences);
    for (const t of this.to.sequences) {
      const f = fromSequences.get(key(t.schema, t.name));
      if (!f) this.emit(Phase.Sequences, sequenceOperation(t));
      else if (!isDeepEqual(f, t)) {
        this.emit(Phase.Sequences, {
          kind: "alterSequence",
          schema: t.schema,
          name: t.name,
          ...fullSequenceOptions(t),
          // Counting the other way, the current value is outside the new bounds: PostgreSQL
          // refuses the change unless the sequence restarts (at its start value).
          restart: f.increment.startsWith("-") !== t.increment.startsWith("-") ? true : undefined,
          existing: fullSequenceOptions(f),
        });
      }
    }
    for (const f of from.sequences) {
      if (!toSequences.has(key(f.schema, f.name))) {
        this.emit(Phase.DropSequences, {
          kind: "dropSequence",
          schema: f.schema,
          name: f.name,
          definition: sequenceOperation(f),
        });
      }
    }
  }

  /** The sequence a column's default reads when the column owns it (serial), else `null`. */
  ownedSequence(side: "from" | "to", column: ColumnDescription) {
    const sequence = nextvalSequence(column.default);
    const listed = side === "from" ? this.#fromSequences : this.#toSequences;
    return sequence !== null && !listed.has(key(sequence.schema, sequence.name)) ? sequence : null;
  }

  /** A column to create; a serial column's sequence is made with it. */
  newColumn(table: TableDescription, column: ColumnDescription): ColumnDefinition {
    const sequence = this.ownedSequence("to", column);
    if (sequence === null) return columnDefinition(column, false);
    if (isPlainSerial(table, column)) return columnDefinition(column, true);
    if (this.readsOtherSerial("to", table, column)) {
      // Another column's serial (an inherited key, a shared sequence): that column's table makes
      // it, maybe after this one; the default follows once every table exists.
      this.emit(Phase.AlterColumns, {
        kind: "alterColumn",
        schema: table.schema,
        table: table.name,
        column: column.name,
        default: { sql: column.default! },
        existingDefault: null,
      });
      return columnDefinition({ ...column, default: null }, false);
    }
    // A serial whose sequence has another name (the table was renamed since): create the
    // sequence first, give it to the column once the column exists.
    this.createOwnedSequence(Phase.Sequences, table, column, sequence);
    return columnDefinition(column, false);
  }

  createOwnedSequence(
    phase: Phase,
    table: TableDescription,
    column: ColumnDescription,
    sequence: { schema: string; name: string },
  ): void {
    const as = ["smallint", "integer", "bigint"].includes(column.type)
      ? (column.type as "smallint" | "integer" | "bigint")
      : undefined;
    this.emit(phase, { kind: "createSequence", schema: sequence.schema, name: sequence.name, as });
    this.emit(Phase.AddForeignKeys, {
      kind: "alterSequence",
      schema: sequence.schema,
      name: sequence.name,
      ownedBy: { schema: table.schema, table: table.name, column: column.name },
    });
  }

  tables(from: SchemaDescription): void {
    const fromTables = byKey(from.tables);
    const toTables = byKey(this.to.tables);
    const kept: [TableDescription, TableDescription, Set<string>][] = [];
    for (const t of this.to.tables) {
      const f = fromTables.get(key(t.schema, t.name));
      if (!f) {
        this.emit(
          Phase.CreateTables,
          // A check added NOT VALID comes after the table: in CREATE TABLE the clause is void.
          tableDefinition({ ...t, checks: t.checks.filter((c) => !c.notValid) }, (c) =>
            this.newColumn(t, c),
          ),
        );
        for (const c of t.checks.filter((c) => c.notValid)) {
          this.emit(Phase.AddConstraints, {
            kind: "addCheck",
            schema: t.schema,
            table: t.name,
            ...checkDefinition(c),
            notValid: true,
          });
        }
        for (const index of t.indexes) this.emit(Phase.CreateIndexes, indexOperation(t, index));
      } else if (!isDeepEqual(withoutHints(f), withoutHints(t)) || this.usesRecreatedEnum(t)) {
        kept.push([f, t, this.table(f, t)]);
      } else kept.push([f, t, new Set()]);
    }
    const dropped = from.tables.filter((f) => !toTables.has(key(f.schema, f.name)));
    const droppedKeys = new Set(dropped.map((f) => key(f.schema, f.name)));
    for (const f of dropped) {
      for (const fk of f.foreignKeys) {
        // Only a foreign key between two dropped tables can block a DROP TABLE (cycles).
        if (fk.refSchema === f.schema && fk.refTable === f.name) continue;
        if (droppedKeys.has(key(fk.refSchema, fk.refTable))) this.dropForeignKey(f, fk);
      }
      // A default reading another table's serial goes first: that table's drop may come earlier
      // and takes its sequence along, which PostgreSQL refuses while a default reads it.
      const readsOther = new Set(
        f.columns.filter((c) => this.readsOtherSerial("from", f, c)).map((c) => c.name),
      );
      for (const c of f.columns.filter((c) => readsOther.has(c.name))) {
        this.emit(Phase.DropConstraints, {
          kind: "alterColumn",
          schema: f.schema,
          table: f.name,
          column: c.name,
          default: null,
          existingDefault: { sql: c.default! },
        });
      }
      this.emit(Phase.DropTables, {
        kind: "dropTable",
        schema: f.schema,
        table: f.name,
        definition: tableDefinition(f, (c) =>
          readsOther.has(c.name)
            ? columnDefinition({ ...c, default: null }, false)
            : columnDefinition(c, isPlainSerial(f, c) && this.ownedSequence("from", c) !== null),
        ),
      });
    }
    // Foreign keys last: a key they depend on may have been dropped by any table above.
    for (const [f, t, recreated] of kept) this.foreignKeys(f, t, recreated);
    for (const t of this.to.tables) {
      if (!fromTables.has(key(t.schema, t.name))) {
        for (const fk of t.foreignKeys) this.emit(Phase.AddForeignKeys, foreignKeyOperation(t, fk));
      }
    }
  }

  usesRecreatedEnum(t: TableDescription): boolean {
    return t.columns.some(
      (c) =>
        c.userType !== null && this.#recreatedEnums.has(key(c.userType.schema, c.userType.name)),
    );
  }

  dropForeignKey(table: TableDescription, fk: ForeignKeyDescription): void {
    this.emit(Phase.DropForeignKeys, {
      kind: "dropConstraint",
      schema: table.schema,
      table: table.name,
      name: fk.name,
      definition: foreignKeyOperation(table, fk),
    });
  }

  dropConstraint(table: TableDescription, name: string, definition: AddConstraintOperation): void {
    this.emit(Phase.DropConstraints, {
      kind: "dropConstraint",
      schema: table.schema,
      table: table.name,
      name,
      definition,
    });
  }

  /** Compares a table that exists on both sides; returns the columns it drops and re-adds. */
  table(f: TableDescription, t: TableDescription): Set<string> {
    const target = { schema: t.schema, table: t.name };
    const recreated = new Set<string>();
    const fromColumns = new Map(f.columns.map((c) => [c.name, c]));
    const toColumns = new Set(t.columns.map((c) => c.name));
    // A generated column reads other columns: it is added after them and dropped before them.
    const generatedLast = (list: ColumnDescription[]) => [
      ...list.filter((c) => c.generated === null),
      ...list.filter((c) => c.generated !== null),
    ];
    for (const fc of generatedLast(f.columns).reverse()) {
      if (!toColumns.has(fc.name)) {
        this.emit(Phase.DropColumns, {
          kind: "dropColumn",
          ...target,
          column: fc.name,
          definition: columnDefinition(
            fc,
            isPlainSerial(f, fc) && this.ownedSequence("from", fc) !== null,
          ),
        });
      }
    }
    for (const tc of generatedLast(t.columns)) {
      const fc = fromColumns.get(tc.name);
      if (!fc) {
        this.emit(Phase.AddColumns, {
          kind: "addColumn",
          ...target,
          column: this.newColumn(t, tc),
        });
      } else if (!isDeepEqual(fc.generated, tc.generated)) {
        // PostgreSQL cannot turn a column into a generated one or change the expression in
        // place (before 17), so the column is dropped and added again.
        recreated.add(tc.name);
        this.emit(Phase.DropColumns, {
          kind: "dropColumn",
          ...target,
          column: fc.name,
          definition: columnDefinition(fc, false),
        });
        this.emit(Phase.AddColumns, {
          kind: "addColumn",
          ...target,
          column: this.newColumn(t, tc),
        });
      } else this.column(t, fc, tc);
    }

    const touches = (
      columns: readonly (string | null)[],
      expressions: readonly (string | null)[] = [],
    ) =>
      recreated.size > 0 &&
      (columns.some((c) => c !== null && recreated.has(c)) ||
        expressions.some(
          (e) => e !== null && expressionIdentifiers(e).some((n) => recreated.has(n)),
        ));
    // PostgreSQL rewrites a check over a column whose type changes (`c > 0` becomes
    // `c::numeric > 0::numeric`), so such a check is dropped before and added after the change.
    const retyped = new Set(
      t.columns
        .filter((tc) => {
          const fc = fromColumns.get(tc.name);
          return fc !== undefined && fc.type !== tc.type;
        })
        .map((tc) => tc.name),
    );
    const readsRetyped = (expression: string) =>
      retyped.size > 0 && expressionIdentifiers(expression).some((n) => retyped.has(n));
    const keyDropped = (columns: readonly string[]) =>
      this.#droppedKeys.add(`${key(t.schema, t.name)}\u0000${[...columns].sort().join("\u0000")}`);
    const renameConstraint = (from: { name: string }, to: { name: string }) =>
      this.emit(Phase.RenameConstraints, {
        kind: "renameConstraint",
        ...target,
        name: from.name,
        newName: to.name,
      });

    pairNamed(
      f.primaryKey ? [f.primaryKey] : [],
      t.primaryKey ? [t.primaryKey] : [],
      (pk) => touches(pk.columns),
      {
        drop: (pk) => {
          keyDropped(pk.columns);
          this.dropConstraint(t, pk.name, {
            kind: "addPrimaryKey",
            ...target,
            ...primaryKeyDefinition(pk),
          });
        },
        add: (pk) =>
          this.emit(Phase.AddConstraints, {
            kind: "addPrimaryKey",
            ...target,
            ...primaryKeyDefinition(pk),
          }),
        rename: renameConstraint,
      },
    );
    pairNamed(f.uniques, t.uniques, (u) => touches([...u.columns, ...u.include]), {
      drop: (u) => {
        keyDropped(u.columns);
        this.dropConstraint(t, u.name, { kind: "addUnique", ...target, ...uniqueDefinition(u) });
      },
      add: (u) =>
        this.emit(Phase.AddConstraints, { kind: "addUnique", ...target, ...uniqueDefinition(u) }),
      rename: renameConstraint,
    });
    pairNamed(
      f.checks,
      t.checks,
      (c) => touches([], [c.expression]) || readsRetyped(c.expression),
      {
        // Dropped, a check added NOT VALID comes back NOT VALID: the rows it never checked stay.
        drop: (c) =>
          this.dropConstraint(t, c.name, {
            kind: "addCheck",
            ...target,
            ...checkDefinition(c),
            notValid: c.notValid,
          }),
        add: (c) =>
          this.emit(Phase.AddConstraints, {
            kind: "addCheck",
            ...target,
            ...checkDefinition(c),
            notValid: c.notValid,
          }),
        rename: renameConstraint,
      },
      (c) => ({ ...validated(c), expression: castInsensitiveExpression(c.expression) }),
    );
    pairNamed(
      f.exclusions,
      t.exclusions,
      (x) =>
        touches(
          [...x.elements.map((e) => e.column), ...x.include],
          [...x.elements.map((e) => e.expression), x.where],
        ),
      {
        drop: (x) =>
          this.dropConstraint(t, x.name, {
            kind: "addExclusion",
            ...target,
            ...exclusionDefinition(x),
          }),
        add: (x) =>
          this.emit(Phase.AddConstraints, {
            kind: "addExclusion",
            ...target,
            ...exclusionDefinition(x),
          }),
        rename: renameConstraint,
      },
      castInsensitiveIndex,
    );
    pairNamed(
      f.indexes,
      t.indexes,
      (i) =>
        touches(
          [...i.elements.map((e) => e.column), ...i.include],
          [...i.elements.map((e) => e.expression), i.where],
        ),
      {
        drop: (i) => {
          if (i.unique && i.elements.every((e) => e.column !== null))
            keyDropped(i.elements.map((e) => e.column!));
          this.emit(Phase.DropConstraints, {
            kind: "dropIndex",
            schema: t.schema,
            name: i.name,
            definition: indexOperation(t, i),
          });
        },
        add: (i) => this.emit(Phase.CreateIndexes, indexOperation(t, i)),
        rename: (from, to) =>
          this.emit(Phase.RenameConstraints, {
            kind: "renameIndex",
            schema: t.schema,
            name: from.name,
            newName: to.name,
          }),
      },
      castInsensitiveIndex,
    );
    if (f.comment !== t.comment) {
      this.emit(Phase.Comments, {
        kind: "setTableComment",
        ...target,
        comment: t.comment,
        existingComment: f.comment,
      });
    }
    return recreated;
  }

  foreignKeys(f: TableDescription, t: TableDescription, recreated: Set<string>): void {
    // A foreign key depends on the unique index of the key it references: when that key is
    // dropped and added again, the foreign key must go first and come back after.
    const dependsOnDroppedKey = (fk: ForeignKeyDescription) =>
      this.#droppedKeys.has(
        `${key(fk.refSchema, fk.refTable)}\u0000${[...fk.refColumns].sort().join("\u0000")}`,
      ) || fk.columns.some((c) => recreated.has(c));
    pairNamed(
      f.foreignKeys,
      t.foreignKeys,
      dependsOnDroppedKey,
      {
        drop: (fk) => this.dropForeignKey(f, fk),
        add: (fk) => this.emit(Phase.AddForeignKeys, foreignKeyOperation(t, fk)),
        rename: (from, to) =>
          this.emit(Phase.RenameConstraints, {
            kind: "renameConstraint",
            schema: t.schema,
            table: t.name,
            name: from.name,
            newName: to.name,
          }),
      },
      validated,
    );
  }

  /** Compares a column that exists on both sides (and is not re-created). */
  column(t: TableDescription, fc: ColumnDescription, tc: ColumnDescription): void {
    const target = { schema: t.schema, table: t.name, column: tc.name };
    const old =
      tc.userType === null
        ? undefined
        : this.#recreatedEnums.get(key(tc.userType.schema, tc.userType.name));
    const isEnumMoved = old !== undefined && fc.type === tc.type;
    const isTypeChanged = fc.type !== tc.type || isEnumMoved;
    const changes: {
      -readonly [K in keyof Omit<
        AlterColumnOperation,
        "kind" | "schema" | "table" | "column"
      >]: AlterColumnOperation[K];
    } = {};
    let fromDefault = fc.default;
    if (isTypeChanged) {
      if (fc.default !== null) {
        // PostgreSQL converts the old default to the new type, which fails when no cast exists
        // (text -> integer, one enum to another); dropped first, the target's is set after.
        this.emit(Phase.AlterColumns, {
          kind: "alterColumn",
          ...target,
          default: null,
          existingDefault: { sql: fc.default },
        });
        fromDefault = null;
      }
      changes.type = columnType(tc);
      const existing = columnType(fc);
      changes.existingType =
        isEnumMoved && typeof existing !== "string" ? { ...existing, name: old } : existing;
      changes.using = usingExpression(fc, tc);
    }
    if (fc.nullable !== tc.nullable) {
      changes.nullable = tc.nullable;
      changes.existingNullable = fc.nullable;
    }
    // Another column's serial is that column's to create and drop, not this one's.
    const readsOther = this.readsOtherSerial("from", t, fc);
    const fromSequence = readsOther ? null : this.ownedSequence("from", fc);
    const toSequence = this.readsOtherSerial("to", t, tc) ? null : this.ownedSequence("to", tc);
    const isSameSequence =
      fromSequence !== null && toSequence !== null && isDeepEqual(fromSequence, toSequence);
    if (fromDefault !== tc.default && readsOther) {
      // Before the drops: the other table may go, taking its sequence along.
      this.emit(Phase.DropConstraints, {
        kind: "alterColumn",
        ...target,
        default: tc.default === null ? null : { sql: tc.default },
        existingDefault: { sql: fromDefault! },
      });
    } else if (fromDefault !== tc.default) {
      if (
        fromSequence !== null &&
        toSequence !== null &&
        !isSameSequence &&
        fromDefault !== null &&
        fromSequence.schema === toSequence.schema
      ) {
        // The table was renamed, its serial sequence kept the old name: rename it too, which
        // keeps its position; the default follows (it names the sequence by OID).
        this.emit(Phase.AlterColumns, {
          kind: "execute",
          sql: `ALTER SEQUENCE ${quoteQualified(fromSequence.schema, fromSequence.name)} RENAME TO ${quoteIdent(toSequence.name)}`,
        });
      } else {
        if (toSequence !== null && !isSameSequence)
          this.createOwnedSequence(Phase.AlterColumns, t, tc, toSequence);
        changes.default = tc.default === null ? null : { sql: tc.default };
        changes.existingDefault = fromDefault === null ? null : { sql: fromDefault };
        if (fromSequence !== null && !isSameSequence) {
          this.emit(Phase.DropSequences, {
            kind: "dropSequence",
            schema: fromSequence.schema,
            name: fromSequence.name,
          });
        }
      }
    }
    if (!isDeepEqual(fc.identity, tc.identity)) {
      if (tc.identity === null) {
        changes.identity = null;
        changes.existingIdentity = fullIdentity(fc.identity!);
      } else if (fc.identity === null) {
        changes.identity = compactIdentity(tc.identity, tc.type);
        changes.existingIdentity = null;
      } else {
        changes.identity = fullIdentity(tc.identity);
        changes.existingIdentity = fullIdentity(fc.identity);
      }
    }
    if (!isDeepEqual(fc.collation, tc.collation)) {
      // `COLLATE "default"` goes back to the type's collation.
      changes.collation = tc.collation ?? "default";
      changes.existingCollation = fc.collation ?? "default";
      changes.existingType ??= columnType(fc);
    }
    const isChanged = [
      changes.type,
      changes.nullable,
      changes.default,
      changes.identity,
      changes.collation,
    ].some((change) => change !== undefined);
    if (isChanged) this.emit(Phase.AlterColumns, { kind: "alterColumn", ...target, ...changes });
    if (fc.comment !== tc.comment) {
      this.emit(Phase.Comments, {
        kind: "setColumnComment",
        ...target,
        comment: tc.comment,
        existingComment: fc.comment,
      });
    }
  }
}

/** `USING "col"::type`; through text when an enum is on either side (enums cast only to and from text). */
function usingExpression(fc: ColumnDescription, tc: ColumnDescription): string {
  const column = quoteIdent(tc.name);
  if (fc.userType === null && tc.userType === null) return `${column}::${tc.type}`;
  const text = fc.type.endsWith("[]") ? "text[]" : "text";
  return `${column}::${text}::${tc.type}`;
}

function isSubsequence(values: readonly string[], of: readonly string[]): boolean {
  let at = 0;
  for (const value of of) if (value === values[at]) at++;
  return at === values.length;
}

/**
 * Compares two schema descriptions and returns the operations that turn `current` (the
 * database) into `target` (the models), the operations that undo them, and a list of changes
 * for people. Like Alembic's `autogenerate/compare`, it only produces operations: it writes no
 * file and runs no SQL.
 *
 * - Identical descriptions give no operation; `renamedFrom` hints never count as a difference.
 * - A table or column whose `renamedFrom` names one that exists in `current` (while its new
 *   name does not) is renamed, then compared.
 * - Index and constraint changes are a drop and an add; the same definition under a new name is
 *   a rename. Enum labels are added in place; removing or reordering labels re-creates the type.
 * - Order: schemas, enums, sequences, renames, dropped foreign keys, dropped constraints and
 *   indexes, dropped columns, dropped tables, new tables, new and changed columns, comments,
 *   new constraints and indexes, foreign keys (so tables that reference each other work),
 *   then dropped sequences, enums and schemas.
 * - Objects outside the managed schemas, excluded tables, retort's version and history tables
 *   are never touched; a schema that holds unmanaged objects is never dropped. Column order is
 *   not compared (PostgreSQL cannot reorder columns). A partition's columns are its parent's:
 *   they change with the parent, whatever the partition's model says.
 *
 * @example
 * ```ts
 * const diff = diffSchemas(await introspectSchema(db), describeModels(models));
 * diff.changes.map((c) => c.description);
 * // ["added table public.account", "dropped column public.post.draft (data will be lost)"]
 * ```
 */
export function diffSchemas(
  current: SchemaDescription,
  target: SchemaDescription,
  options: DiffSchemasOptions = {},
): SchemaDiff {
  const schemas = managedSchemas(options, target);
  const a = inScope(current, schemas, options);
  const b = opclassesFromDatabase(
    a,
    inheritedColumnsFromDatabase(
      a,
      partitionColumnsFromDatabase(a, inScope(target, schemas, options)),
    ),
  );
  const keep = new Set(current.unmanaged.map((u) => u.schema));
  const renames = findRenames(a, b);
  const upgrade = new Planner(a, b, renames, keep).plan();
  const downgrade = new Planner(b, a, invertRenames(renames), keep).plan();
  return {
    upgrade,
    downgrade,
    changes: upgrade.map(describeChange),
    isEmpty: upgrade.length === 0,
  };
}
