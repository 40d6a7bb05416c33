import { quoteLiteral } from "@retort/core";
import { quoteIdentAsNeeded } from "../schema/quote-ident";
import { badModel } from "./bad-model";
import { ColumnBuilder } from "./column-builder";
import { isSqlFragment, type SqlFragment } from "./sql-fragment";
import {
  type AnyTable,
  type BoundColumns,
  type ColumnMap,
  partitionOfOption,
  type Table,
  type TableExtras,
  type TableOptions,
  table,
} from "./table";

// Declarative partitioning in the models: a table's `partitionBy` and the `partitionOf` models
// of its partitions, with the text each becomes (what PostgreSQL prints, so they compare).

/** A column of the partition key (its name or key), or an expression: `sql\`lower(region)\``. */
export type PartitionKeyPart = string | SqlFragment;

/** `PARTITION BY RANGE | LIST | HASH (...)`. */
export type PartitionBy =
  | { readonly range: readonly PartitionKeyPart[] }
  | { readonly list: readonly PartitionKeyPart[] }
  | { readonly hash: readonly PartitionKeyPart[] };

/**
 * One value of a bound: a string (a quoted literal), a number, a boolean, `null`, or SQL
 * (`sql\`MINVALUE\``, `sql\`MAXVALUE\``).
 */
export type PartitionBoundValue = string | number | boolean | null | SqlFragment;

/**
 * A partition's bound: `{ from, to }` for a range (one value per key column), `{ in }` for a
 * list, `{ modulus, remainder }` for a hash, `"default"`, or the whole clause as SQL.
 */
export type PartitionBound =
  | {
      readonly from: readonly PartitionBoundValue[];
      readonly to: readonly PartitionBoundValue[];
    }
  | { readonly in: readonly PartitionBoundValue[] }
  | { readonly modulus: number; readonly remainder: number }
  | "default"
  | SqlFragment;

/** Options of {@link partitionOf}. */
export interface PartitionOfOptions<
  Schema extends string = string,
  C extends ColumnMap = ColumnMap,
> {
  /** Which rows it holds. */
  forValues: PartitionBound;
  /** Default is the parent's schema. */
  schema?: Schema;
  /** `COMMENT ON TABLE`. */
  comment?: string;
  /** Partitions it in turn (sub-partitioning). */
  partitionBy?: PartitionBy;
  /**
   * Keys, checks and indexes of its own, beside the copies of its parent's that PostgreSQL
   * makes, as `table`'s callback declares them.
   */
  extras?: (t: BoundColumns<C>) => TableExtras;
}

/** What a partition model records of its parent. */
export interface PartitionOfModel {
  readonly parent: AnyTable;
  readonly forValues: PartitionBound;
  /** Declared with `table(..., { partitionOf })`: its own columns, keys and indexes. */
  readonly ownColumns?: boolean;
}

/**
 * Declares a partition of a partitioned table (one declared with `partitionBy`). Its columns
 * are its parent's, and so is its row type; the indexes, keys and checks declared on the parent
 * are PostgreSQL's to copy onto it, so the partition declares only its own (`extras`, as
 * `table`'s callback). `table(name, columns, extras, { partitionOf: { parent, forValues } })` is
 * the same model with the columns spelled out (what `pull` writes). Autogenerate creates a new
 * partition as a table and attaches it, detaches one whose model became a plain table (its rows
 * stay), and detaches then drops one whose model is gone.
 *
 * @example
 * ```ts
 * export const measurement = table(
 *   "measurement",
 *   { id: c.bigint().notNull(), loggedAt: c.date().notNull().name("logged_at") },
 *   { partitionBy: { range: ["logged_at"] } },
 * );
 * export const measurement2025 = partitionOf(measurement, "measurement_2025", {
 *   forValues: { from: ["2025-01-01"], to: ["2026-01-01"] },
 * });
 * export const measurementOther = partitionOf(measurement, "measurement_other", { forValues: "default" });
 * // CREATE TABLE "measurement_2025" ("id" bigint NOT NULL, "logged_at" date NOT NULL);
 * // ALTER TABLE "measurement" ATTACH PARTITION "measurement_2025" FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
 * ```
 */
export function partitionOf<
  const Name extends string,
  C extends ColumnMap,
  ParentSchema extends string,
  const Schema extends string = ParentSchema,
>(
  parent: Table<string, ParentSchema, C>,
  name: Name,
  options: PartitionOfOptions<Schema, C>,
): Table<Name, Schema, C> {
  const columns: ColumnMap = {};
  for (const [key, column] of Object.entries(parent.columns)) {
    // Keys, checks, references and identity belong to the parent: PostgreSQL copies them.
    columns[key] = new ColumnBuilder({
      ...column.definition,
      name: column.name,
      serial: false,
      primaryKey: false,
      unique: null,
      identity: null,
      references: null,
      checks: [],
      comment: null,
      renamedFrom: null,
    });
  }
  return table(name, columns as C, options.extras ?? null, {
    schema: options.schema ?? parent.schema,
    ...(options.comment === undefined ? {} : { comment: options.comment }),
    ...(options.partitionBy === undefined ? {} : { partitionBy: options.partitionBy }),
    [partitionOfOption]: { parent, forValues: options.forValues } satisfies PartitionOfModel,
  } as TableOptions<Schema>) as Table<Name, Schema, C>;
}

/** The text after `PARTITION BY`, as `pg_get_partkeydef` prints it: `RANGE (logged_at)`. */
export function partitionByText(t: AnyTable, by: PartitionBy): string {
  const [method, parts] =
    "range" in by ? ["RANGE", by.range] : "list" in by ? ["LIST", by.list] : ["HASH", by.hash];
  if (parts.length === 0) {
    throw badModel(
      `The partition key of table ${t.schema}.${t.name} names no column.`,
      { table: `${t.schema}.${t.name}` },
      'Name at least one column or expression: partitionBy: { range: ["created_at"] }.',
    );
  }
  const names = new Map(Object.entries(t.columns).map(([key, col]) => [key, col.name]));
  const text = parts.map((part) =>
    isSqlFragment(part) ? part.text : quoteIdentAsNeeded(names.get(part) ?? part),
  );
  return `${method} (${text.join(", ")})`;
}

function valueText(value: PartitionBoundValue): string {
  if (value === null) return "NULL";
  if (isSqlFragment(value)) return value.text;
  if (typeof value === "string") return quoteLiteral(value);
  return String(value);
}

/** The bound as `pg_get_expr(relpartbound)` prints it: `FOR VALUES IN ('eu', 'uk')`. */
export function partitionBoundText(bound: PartitionBound): string {
  if (bound === "default") return "DEFAULT";
  if (isSqlFragment(bound)) return bound.text.trim();
  if ("in" in bound) return `FOR VALUES IN (${bound.in.map(valueText).join(", ")})`;
  if ("modulus" in bound) {
    return `FOR VALUES WITH (modulus ${bound.modulus}, remainder ${bound.remainder})`;
  }
  return `FOR VALUES FROM (${bound.from.map(valueText).join(", ")}) TO (${bound.to.map(valueText).join(", ")})`;
}
