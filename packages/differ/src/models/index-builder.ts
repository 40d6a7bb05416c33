import type { StorageParameterValue } from "../schema/normalize-storage-parameters";
import { badModel } from "./bad-model";
import type { ColumnRef } from "./column-builder";
import { isSqlFragment, type SqlFragment } from "./sql-fragment";
import type { IndexElementInput } from "./table-constraints";

/** What an index is built from. */
export interface IndexDefinition {
  readonly name: string | null;
  readonly unique: boolean;
  readonly method: string;
  readonly elements: readonly IndexElementInput[];
  readonly include: readonly ColumnRef[];
  readonly where: string | null;
  readonly nullsNotDistinct: boolean;
  /** Storage parameters; empty for none. */
  readonly with: Readonly<Record<string, StorageParameterValue>>;
  /** `CLUSTER ON` this index. */
  readonly cluster?: boolean;
  /** `COMMENT ON INDEX`. */
  readonly comment?: string;
  /** Statistics targets of expression columns, by index column number (from 1). */
  readonly statistics?: Readonly<Record<number, number>>;
}

/** An index element: a column, an expression, or a detailed element. */
export type IndexElement = ColumnRef | SqlFragment | IndexElementInput;

/**
 * An index being declared; every method returns a new builder.
 *
 * @example
 * ```ts
 * index("account_email_lower_idx").unique().on(sql`lower(${t.email})`).where("deleted_at is null")
 * // CREATE UNIQUE INDEX account_email_lower_idx ON account (lower(email)) WHERE deleted_at IS NULL
 * ```
 */
export class IndexBuilder {
  readonly definition: IndexDefinition;

  constructor(definition: IndexDefinition) {
    this.definition = Object.freeze(definition);
  }

  /** The key columns or expressions, in order. */
  on(...elements: IndexElement[]): IndexBuilder {
    const inputs = elements.map((e, k): IndexElementInput => {
      if (typeof e !== "object" || e === null) {
        throw badModel(
          `Index ${this.definition.name ?? "(unnamed)"}: element ${k + 1} of on(...) is ${String(e)}, not a column or an expression.`,
          { index: this.definition.name ?? null },
          "name a column the table declares (a materialized view's only with `columns`), or index an expression: sql`lower(email)`.",
        );
      }
      if (isSqlFragment(e)) return { expression: e };
      if ("key" in e && "table" in e) return { column: e as ColumnRef };
      return e as IndexElementInput;
    });
    return new IndexBuilder({ ...this.definition, elements: inputs });
  }

  /** `UNIQUE INDEX`. */
  unique(): IndexBuilder {
    return new IndexBuilder({ ...this.definition, unique: true });
  }

  /** `USING <method>`. Default is `btree`. */
  using(method: string): IndexBuilder {
    return new IndexBuilder({ ...this.definition, method });
  }

  /** `WHERE <predicate>`: a partial index. */
  where(predicate: SqlFragment | string): IndexBuilder {
    const where = typeof predicate === "string" ? predicate : predicate.text;
    return new IndexBuilder({ ...this.definition, where });
  }

  /** `INCLUDE (...)`: non-key columns stored in the index. */
  include(...columns: ColumnRef[]): IndexBuilder {
    return new IndexBuilder({ ...this.definition, include: columns });
  }

  /** `NULLS NOT DISTINCT` (PostgreSQL 15+). */
  /**
   * Marks the table `CLUSTER ON` this index: the index a plain `CLUSTER table` orders the rows
   * by (retort never runs `CLUSTER`, which rewrites the table).
   *
   * @example
   * ```ts
   * index().on(t.customerId, t.createdAt).cluster()
   * ```
   */
  cluster(): IndexBuilder {
    return new IndexBuilder({ ...this.definition, cluster: true });
  }

  /**
   * `COMMENT ON INDEX`.
   *
   * @example
   * ```ts
   * index().on(t.email).comment("login lookups")
   * ```
   */
  comment(text: string): IndexBuilder {
    return new IndexBuilder({ ...this.definition, comment: text });
  }

  /**
   * Statistics targets of the index's expression columns (`ALTER INDEX ... ALTER COLUMN n SET
   * STATISTICS m`), keyed by the column's number from 1 as PostgreSQL counts them; added to
   * those already given. PostgreSQL takes them on expression columns only.
   *
   * @example
   * ```ts
   * index().on(t.tenantId, sql`lower(${t.email})`).statistics({ 2: 1000 })
   * // CREATE INDEX ... ON account (tenant_id, lower(email));
   * // ALTER INDEX account_tenant_id_lower_idx ALTER COLUMN 2 SET STATISTICS 1000
   * ```
   */
  statistics(targets: Readonly<Record<number, number>>): IndexBuilder {
    return new IndexBuilder({
      ...this.definition,
      statistics: { ...this.definition.statistics, ...targets },
    });
  }

  nullsNotDistinct(): IndexBuilder {
    return new IndexBuilder({ ...this.definition, nullsNotDistinct: true });
  }

  /**
   * `WITH (...)`: storage parameters, added to those already given.
   *
   * @example
   * ```ts
   * index().using("brin").on(t.createdAt).with({ pages_per_range: 32, autosummarize: true })
   * ```
   */
  with(parameters: Readonly<Record<string, StorageParameterValue>>): IndexBuilder {
    return new IndexBuilder({
      ...this.definition,
      with: { ...this.definition.with, ...parameters },
    });
  }
}

/**
 * Starts an index declaration; the name defaults to PostgreSQL's `<table>_<cols>_idx`
 * (`expr` or the function name for an expression).
 *
 * @example
 * ```ts
 * (t) => ({ indexes: [index().on(t.createdAt), index("post_tags_idx").using("gin").on(t.tags)] })
 * ```
 */
export function index(name?: string): IndexBuilder {
  return new IndexBuilder({
    name: name ?? null,
    unique: false,
    method: "btree",
    elements: [],
    include: [],
    where: null,
    nullsNotDistinct: false,
    with: {},
  });
}
