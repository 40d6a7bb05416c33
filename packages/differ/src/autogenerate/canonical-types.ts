import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { splitTypeModifier } from "../schema/normalize-type";
import type { SchemaDescription } from "../schema/schema-description";

class Rollback extends Error {}

/** `public.geometry(polygon,4326)[]` -> the element type and whether it is an array. */
function elementType(type: string): [string, boolean] {
  return type.endsWith("[]") ? [type.slice(0, -2), true] : [type, false];
}

/**
 * Spells the modifiers of the models' column types from outside `pg_catalog` the way the server
 * prints them, so that `geometry(polygon,4326)` in a model does not differ forever from the
 * `geometry(Polygon,4326)` PostGIS stores: a modifier means what the type's own `typmod_in`
 * makes of it, which only the server knows. Only types that still differ from the database's
 * column of the same name are sent: each is added to a temporary table inside a transaction
 * that is rolled back, and its modifier read back with `format_type`. A type the server
 * rejects is left as written (the migration will say).
 *
 * @example
 * ```ts
 * const target = await canonicalTypes(db, current, describeModels(models));
 * ```
 */
export async function canonicalTypes(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<SchemaDescription> {
  const byKey = new Map(current.tables.map((table) => [`${table.schema}.${table.name}`, table]));
  const probes = new Map<string, string>();
  for (const table of target.tables) {
    const existing = byKey.get(`${table.schema}.${table.name}`);
    if (existing === undefined) continue;
    for (const column of table.columns) {
      // Only a user type's modifier needs the server (most columns have none): looked up first.
      if (column.userType === null) continue;
      const other = existing.columns.find((c) => c.name === column.name);
      if (other === undefined || other.type === column.type) continue;
      const [element] = elementType(column.type);
      if (splitTypeModifier(element)[1] !== "" && !probes.has(element)) {
        probes.set(element, `t${probes.size}`);
      }
    }
  }
  if (probes.size === 0) return target;

  const modifiers = new Map<string, string>();
  try {
    await db.transaction().execute(async (trx) => {
      try {
        await sql.raw(`CREATE TEMPORARY TABLE "_retort_type_probe" ()`).execute(trx);
      } catch {
        // A role without TEMPORARY on the database: the types stay as written.
        throw new Rollback();
      }
      for (const [type, column] of probes) {
        await sql.raw("SAVEPOINT retort_probe").execute(trx);
        try {
          // The type comes from the models, as a column type of the migration would.
          await sql
            .raw(`ALTER TABLE pg_temp."_retort_type_probe" ADD COLUMN "${column}" ${type}`)
            .execute(trx);
        } catch {
          await sql.raw("ROLLBACK TO SAVEPOINT retort_probe").execute(trx);
        }
      }
      // The modifier is what format_type prints beyond the bare type's name, as introspection
      // reads it (catalog-tables).
      const rows = await sql<{ name: string; modifier: string | null }>`
        select a.attname::text as name,
               nullif(substr(format_type(a.atttypid, a.atttypmod),
                             length(format_type(a.atttypid, null)) + 1), '') as modifier
        from pg_catalog.pg_attribute a
        where a.attrelid = 'pg_temp._retort_type_probe'::regclass and a.attnum > 0
          and not a.attisdropped`.execute(trx);
      const byColumn = new Map(rows.rows.map((row) => [row.name, row.modifier]));
      for (const [type, column] of probes) {
        const modifier = byColumn.get(column);
        if (modifier) modifiers.set(type, `${splitTypeModifier(type)[0]}${modifier}`);
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (modifiers.size === 0) return target;

  return {
    ...target,
    tables: target.tables.map((table) => ({
      ...table,
      columns: table.columns.map((column) => {
        const [element, isArray] = elementType(column.type);
        const canonical = modifiers.get(element);
        return canonical === undefined
          ? column
          : { ...column, type: isArray ? `${canonical}[]` : canonical };
      }),
    })),
  };
}
