import { quoteIdent, quoteQualified, renderColumnType } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { columnType } from "../compare/table-definition";
import { runQuery } from "../introspect/catalog-sql";
import { domainsQuery } from "../introspect/catalog-user-types";
import type { SchemaDescription } from "../schema/schema-description";
import type { DomainDescription } from "../schema/type-description";

class Rollback extends Error {}

// Any difference is probed: the comparison is exact, and casts the server adds (or drops) are
// exactly what a cheaper, cast-insensitive test would miss.
function differs(current: DomainDescription, target: DomainDescription): boolean {
  if (current.default !== target.default) return true;
  return target.checks.some((c) => {
    const other = current.checks.find((o) => o.name === c.name);
    return other !== undefined && other.expression !== c.expression;
  });
}

/**
 * Spells the models' domain checks and defaults the way PostgreSQL stores them (`VALUE > 0`
 * becomes `VALUE > 0`, `value in ('a')` becomes `VALUE = 'a'::text`...), as
 * `canonicalExpressions` does for tables: each domain whose expressions still differ from the
 * database's is created under a probe name in a transaction that is rolled back, and read back.
 * An expression PostgreSQL rejects is left as written (the migration will say).
 *
 * @example
 * ```ts
 * const target = await canonicalDomains(db, current, describeModels(models));
 * ```
 */
export async function canonicalDomains(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<SchemaDescription> {
  const byKey = new Map(current.domains.map((d) => [`${d.schema}.${d.name}`, d]));
  const probes = target.domains.filter((d) => {
    const existing = byKey.get(`${d.schema}.${d.name}`);
    return existing !== undefined && differs(existing, d);
  });
  if (probes.length === 0) return target;
  const canonical = new Map<string, DomainDescription>();
  try {
    await db.transaction().execute(async (trx) => {
      const names = new Map<string, DomainDescription>();
      for (const [k, d] of probes.entries()) {
        const probe = `_retort_probe_d${k}`;
        // Each part alone, so one the server rejects leaves the others canonical.
        await sql
          .raw(
            `CREATE DOMAIN ${quoteQualified(d.schema, probe)} AS ${renderColumnType(columnType(d))}`,
          )
          .execute(trx);
        const parts = [
          ...(d.default === null ? [] : [`SET DEFAULT ${d.default}`]),
          ...d.checks.map(
            (c) => `ADD CONSTRAINT ${quoteIdent(c.name)} CHECK (${c.expression}) NOT VALID`,
          ),
        ];
        for (const part of parts) {
          await sql.raw("SAVEPOINT retort_probe").execute(trx);
          try {
            await sql.raw(`ALTER DOMAIN ${quoteQualified(d.schema, probe)} ${part}`).execute(trx);
          } catch {
            await sql.raw("ROLLBACK TO SAVEPOINT retort_probe").execute(trx);
          }
        }
        names.set(`${d.schema}.${probe}`, d);
      }
      const read = await runQuery(trx, domainsQuery([...new Set(probes.map((d) => d.schema))]));
      for (const r of read) {
        const d = names.get(`${r.schema}.${r.name}`);
        if (d !== undefined) canonical.set(`${d.schema}.${d.name}`, r);
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return {
    ...target,
    domains: target.domains.map((d) => {
      const read = canonical.get(`${d.schema}.${d.name}`);
      if (read === undefined) return d;
      return {
        ...d,
        default: d.default === null ? null : (read.default ?? d.default),
        checks: d.checks.map((c) => ({
          ...c,
          expression: read.checks.find((r) => r.name === c.name)?.expression ?? c.expression,
        })),
      };
    }),
  };
}
