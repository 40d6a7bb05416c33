import { quoteIdent, quoteQualified } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import type {
  ColumnDescription,
  SchemaDescription,
  TableDescription,
} from "../schema/schema-description";

class Rollback extends Error {}

function columnSql(c: ColumnDescription): string {
  const collation =
    c.collation === null
      ? ""
      : ` COLLATE ${typeof c.collation === "string" ? quoteIdent(c.collation) : quoteQualified(c.collation.schema, c.collation.name)}`;
  return `${quoteIdent(c.name)} ${c.type}${collation}`;
}

const keyOf = (schema: string, name: string) => `${schema}\u0000${name}`;

/**
 * Spells the models' partition keys and bounds the way PostgreSQL prints them, so that a bound
 * written naturally (`from: ["2025-01-01"]` on a `timestamptz` column) does not differ forever
 * from the catalog's (`'2025-01-01 00:00:00+00'`), which would detach and attach it again at
 * every autogenerate. Each partitioned table whose key or partitions' bounds differ from the
 * database's (or are new) is made again as a temporary table with its columns' types, and its
 * partitions as temporary partitions of it, in a transaction that is rolled back; the key and
 * bounds are read back with `pg_get_partkeydef` and `pg_get_expr`. What PostgreSQL rejects is
 * left as written (the migration will say).
 *
 * @example
 * ```ts
 * const target = await canonicalPartitions(db, current, describeModels(models));
 * ```
 */
export async function canonicalPartitions(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<SchemaDescription> {
  const inDatabase = new Map(current.tables.map((t) => [keyOf(t.schema, t.name), t]));
  const partitionsOf = new Map<string, TableDescription[]>();
  for (const t of target.tables) {
    if (t.partitionOf === undefined) continue;
    const k = keyOf(t.partitionOf.schema, t.partitionOf.table);
    partitionsOf.set(k, [...(partitionsOf.get(k) ?? []), t]);
  }
  const differs = (t: TableDescription) => {
    const existing = inDatabase.get(keyOf(t.schema, t.name));
    return (
      existing === undefined ||
      existing.partitionBy !== t.partitionBy ||
      existing.partitionOf?.bound !== t.partitionOf?.bound
    );
  };
  const parents = target.tables.filter(
    (t) =>
      t.partitionBy !== undefined &&
      (differs(t) || (partitionsOf.get(keyOf(t.schema, t.name)) ?? []).some(differs)),
  );
  if (parents.length === 0) return target;

  const keys = new Map<string, string>();
  const bounds = new Map<string, string>();
  try {
    await db.transaction().execute(async (trx) => {
      let n = 0;
      const probe = async (statement: string): Promise<string | null> => {
        const name = `_retort_partition_probe_${n++}`;
        await sql.raw("SAVEPOINT retort_probe").execute(trx);
        try {
          await sql.raw(statement.replace("\u0000", quoteIdent(name))).execute(trx);
          return name;
        } catch {
          await sql.raw("ROLLBACK TO SAVEPOINT retort_probe").execute(trx);
          return null;
        }
      };
      const read = async (name: string) => {
        const { rows } = await sql<{ key: string | null; bound: string | null }>`
          select case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as key,
                 pg_get_expr(c.relpartbound, c.oid) as bound
          from pg_class c where c.oid = ${`pg_temp.${quoteIdent(name)}`}::regclass`.execute(trx);
        return rows[0];
      };
      for (const parent of parents) {
        const columns = parent.columns.map(columnSql).join(", ");
        const name = await probe(
          `CREATE TEMP TABLE \u0000 (${columns}) PARTITION BY ${parent.partitionBy}`,
        );
        if (name === null) continue;
        const key = (await read(name))?.key;
        if (key) keys.set(keyOf(parent.schema, parent.name), key);
        for (const p of partitionsOf.get(keyOf(parent.schema, parent.name)) ?? []) {
          if (!differs(p)) continue;
          const child = await probe(
            `CREATE TEMP TABLE \u0000 PARTITION OF pg_temp.${quoteIdent(name)} ${p.partitionOf!.bound}`,
          );
          const bound = child === null ? undefined : (await read(child))?.bound;
          if (bound) bounds.set(keyOf(p.schema, p.name), bound);
        }
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return {
    ...target,
    tables: target.tables.map((t) => {
      const key = keys.get(keyOf(t.schema, t.name));
      const bound = bounds.get(keyOf(t.schema, t.name));
      if (key === undefined && bound === undefined) return t;
      return {
        ...t,
        ...(key === undefined ? {} : { partitionBy: key }),
        ...(bound === undefined || t.partitionOf === undefined
          ? {}
          : { partitionOf: { ...t.partitionOf, bound } }),
      };
    }),
  };
}
