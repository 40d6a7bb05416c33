import { quoteIdent, quoteQualified } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { introspectChecksAndIndexes } from "../introspect/introspect-schema";
import { normalizeDefault } from "../schema/normalize-default";
import { castInsensitiveExpression } from "../schema/normalize-expression";
import type {
  CheckDescription,
  ColumnDescription,
  IndexDescription,
  SchemaDescription,
  TableDescription,
} from "../schema/schema-description";
import { attempt, doBlock, executeStatement } from "./probe-block";

class Rollback extends Error {}

function sameIndexExpressions(a: IndexDescription, b: IndexDescription): boolean {
  const cast = (e: string | null) => (e === null ? null : castInsensitiveExpression(e));
  if (
    a.where === b.where &&
    a.elements.length === b.elements.length &&
    a.elements.every((e, k) => e.expression === b.elements[k]!.expression)
  ) {
    return true;
  }
  return (
    cast(a.where) === cast(b.where) &&
    a.elements.length === b.elements.length &&
    a.elements.every((e, k) => cast(e.expression) === cast(b.elements[k]!.expression))
  );
}

function indexElementSql(index: IndexDescription): string {
  return index.elements
    .map((element) =>
      element.column !== null ? quoteIdent(element.column) : `(${element.expression})`,
    )
    .join(", ");
}

/**
 * Spells the models' check and index expressions and column defaults the way PostgreSQL stores
 * them, so that a model written naturally (`status in ('a', 'b')`, a default `'a' || 'b'` or
 * `now() + interval '1 day'`) does not differ forever from what the catalog prints
 * (`(status)::text = ANY (ARRAY['a'::character varying, ...])`, `'a'::text || 'b'::text`,
 * `now() + '1 day'::interval`). Only expressions that still differ from the database's after the
 * cheap normalization are sent: each is added to a copy of its table inside a transaction that
 * is rolled back, and read back (those copies' checks, indexes and defaults only). An
 * expression PostgreSQL rejects is left as written (the migration will say).
 *
 * @example
 * ```ts
 * const target = await canonicalExpressions(db, current, describeModels(models));
 * ```
 */
export async function canonicalExpressions(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<SchemaDescription> {
  const byKey = new Map(current.tables.map((table) => [`${table.schema}.${table.name}`, table]));
  interface Probe {
    table: TableDescription;
    probeName: string;
    checks: Map<string, CheckDescription>;
    indexes: Map<string, IndexDescription>;
    defaults: Map<string, ColumnDescription>;
  }
  const probes: Probe[] = [];
  for (const table of target.tables) {
    const existing = byKey.get(`${table.schema}.${table.name}`);
    if (existing === undefined) continue;
    const checks = new Map<string, CheckDescription>();
    for (const check of table.checks) {
      const other = existing.checks.find((c) => c.name === check.name);
      if (
        other &&
        other.expression !== check.expression &&
        castInsensitiveExpression(other.expression) !== castInsensitiveExpression(check.expression)
      ) {
        checks.set(check.name, check);
      }
    }
    const indexes = new Map<string, IndexDescription>();
    for (const index of table.indexes) {
      const other = existing.indexes.find((i) => i.name === index.name);
      if (other && !sameIndexExpressions(other, index)) indexes.set(index.name, index);
    }
    // A column whose type changes too is left as written: the copy has the old type, which
    // PostgreSQL would cast the default to. Once the type has changed, the next run compares it.
    const defaults = new Map<string, ColumnDescription>();
    for (const column of table.columns) {
      const other = existing.columns.find((c) => c.name === column.name);
      if (
        other &&
        column.default !== null &&
        other.default !== column.default &&
        other.type === column.type &&
        other.generated === null &&
        column.generated === null
      ) {
        defaults.set(column.name, column);
      }
    }
    if (checks.size > 0 || indexes.size > 0 || defaults.size > 0) {
      probes.push({
        table,
        probeName: `_retort_probe_${probes.length}`,
        checks,
        indexes,
        defaults,
      });
    }
  }
  if (probes.length === 0) return target;

  const canonicalChecks = new Map<string, string>();
  const canonicalIndexes = new Map<string, IndexDescription>();
  const canonicalDefaults = new Map<string, string>();
  try {
    await db.transaction().execute(async (trx) => {
      // One round trip for every probe: a copy of each table, its expressions each tried in a
      // subtransaction of its own. What PostgreSQL refused is missing when read back (below).
      const steps: string[] = [];
      for (const probe of probes) {
        const { table } = probe;
        const probeTable = quoteQualified(table.schema, probe.probeName);
        steps.push(
          executeStatement(
            `CREATE TABLE ${probeTable} (LIKE ${quoteQualified(table.schema, table.name)})`,
          ),
        );
        let k = 0;
        for (const check of probe.checks.values()) {
          const name = `${probe.probeName}_c${k++}`;
          steps.push(
            attempt(
              executeStatement(
                `ALTER TABLE ${probeTable} ADD CONSTRAINT ${quoteIdent(name)} CHECK (${check.expression})`,
              ),
            ),
          );
          canonicalChecks.set(`${table.schema}.${table.name}.${check.name}`, name);
        }
        for (const index of probe.indexes.values()) {
          const name = `${probe.probeName}_i${k++}`;
          const where = index.where === null ? "" : ` WHERE ${index.where}`;
          steps.push(
            attempt(
              executeStatement(
                `CREATE INDEX ${quoteIdent(name)} ON ${probeTable} (${indexElementSql(index)})${where}`,
              ),
            ),
          );
          canonicalIndexes.set(`${table.schema}.${table.name}.${index.name}`, { ...index, name });
        }
        for (const column of probe.defaults.values()) {
          steps.push(
            attempt(
              executeStatement(
                `ALTER TABLE ${probeTable} ALTER COLUMN ${quoteIdent(column.name)} SET DEFAULT ${column.default}`,
              ),
            ),
          );
        }
      }
      await sql.raw(doBlock(steps.join("\n"))).execute(trx);
      const probed = await introspectChecksAndIndexes(
        trx,
        probes.map((p) => ({ schema: p.table.schema, name: p.probeName })),
      );
      const probedTables = new Map(probed.map((t) => [`${t.schema}.${t.name}`, t]));
      for (const probe of probes) {
        const probeTable = probedTables.get(`${probe.table.schema}.${probe.probeName}`);
        if (probeTable === undefined) continue;
        for (const [key, name] of canonicalChecks) {
          const found = probeTable.checks.find((c) => c.name === name);
          if (found) canonicalChecks.set(key, found.expression);
        }
        for (const [key, index] of canonicalIndexes) {
          const found = probeTable.indexes.find((i) => i.name === index.name);
          if (found) canonicalIndexes.set(key, found);
        }
        const prefix = `${probe.table.schema}.${probe.table.name}.`;
        for (const column of probe.defaults.values()) {
          const found = probeTable.defaults.get(column.name);
          if (found !== undefined) {
            canonicalDefaults.set(prefix + column.name, normalizeDefault(found, column.type));
          }
        }
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }

  return {
    ...target,
    tables: target.tables.map((table) => {
      const prefix = `${table.schema}.${table.name}.`;
      return {
        ...table,
        columns: table.columns.map((column) => {
          const found = canonicalDefaults.get(prefix + column.name);
          return found === undefined ? column : { ...column, default: found };
        }),
        checks: table.checks.map((check) => {
          const expression = canonicalChecks.get(prefix + check.name);
          return expression === undefined || expression.startsWith("_retort_probe")
            ? check
            : { ...check, expression };
        }),
        indexes: table.indexes.map((index) => {
          const found = canonicalIndexes.get(prefix + index.name);
          if (
            found === undefined ||
            found.name === index.name ||
            !found.name.startsWith("_retort_probe")
          ) {
            return index;
          }
          return {
            ...index,
            where: found.where,
            elements: index.elements.map((element, k) => ({
              ...element,
              expression:
                element.expression === null
                  ? null
                  : (found.elements[k]?.expression ?? element.expression),
            })),
          };
        }),
      };
    }),
  };
}
