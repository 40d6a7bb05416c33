// A real database for the comparison's round-trip tests: apply operations the way the runner
// does (core's renderOperation, statement by statement, in one transaction), introspect, reset.
import { type Operation, renderOperation } from "@retort/core";
import { openTestDatabase } from "@retort/test-harness";
import { CompiledQuery, type Kysely, sql } from "kysely";
import { expect } from "vitest";
import { introspectSchema } from "../introspect/introspect-schema";
import type { SchemaDescription } from "../schema/schema-description";
import { sortSchemaDescription } from "../schema/sort-schema-description";
import { type DiffSchemasOptions, diffSchemas } from "./diff-schemas";

export interface RoundTripDatabase {
  db: Kysely<any>;
  /** The database's connection URL (for pg_dump). */
  url: string;
  /** Runs the operations' SQL in one transaction, as a migration would. */
  apply(ops: readonly Operation[]): Promise<void>;
  introspect(options?: { schemas?: string[] }): Promise<SchemaDescription>;
  /** Drops every schema but the system ones and recreates an empty `public`. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function openRoundTripDatabase(name: string): Promise<RoundTripDatabase> {
  const { db, close, database: created } = await openTestDatabase(name);
  return {
    db,
    url: created.url,
    async apply(ops) {
      await db.transaction().execute(async (trx) => {
        for (const op of ops) {
          for (const statement of renderOperation(op)) {
            try {
              await trx.executeQuery(
                CompiledQuery.raw(statement.sql, [...(statement.params ?? [])]),
              );
            } catch (error) {
              throw new Error(`${(error as Error).message}\n--- while running:\n${statement.sql}`, {
                cause: error,
              });
            }
          }
        }
      });
    },
    introspect: (options = {}) => introspectSchema(db, options),
    async reset() {
      const { rows } = await sql<{ name: string }>`
        select nspname as name from pg_namespace
        where nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
          and nspname not like 'pg\\_temp\\_%' and nspname not like 'pg\\_toast\\_temp\\_%'
      `.execute(db);
      for (const { name: schema } of rows) {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(db);
      }
      await sql`create schema public`.execute(db);
    },
    close,
  };
}

/**
 * A description as the round-trip compares it: canonical order, no `renamedFrom`, columns by
 * name (PostgreSQL appends added columns, and the comparison does not manage column order),
 * no unmanaged objects.
 */
export function comparable(d: SchemaDescription): SchemaDescription {
  const sorted = sortSchemaDescription(d);
  return {
    ...sorted,
    tables: sorted.tables.map((t) => ({
      ...t,
      renamedFrom: null,
      columns: [...t.columns]
        .map((c) => ({ ...c, renamedFrom: null }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    })),
    functions: sorted.functions.map((f) => ({ ...f, renamedFrom: null })),
    policies: sorted.policies.map((p) => ({ ...p, renamedFrom: null })),
    unmanaged: [],
  };
}

/**
 * The comparison's law on a real database: from A, the upgrade gives B and then `check` finds
 * nothing; the downgrade gives A back and `check` against A finds nothing.
 */
export async function expectRoundTrip(
  database: RoundTripDatabase,
  a: SchemaDescription,
  b: SchemaDescription,
  options: DiffSchemasOptions = {},
): Promise<{ upgrade: Operation[]; downgrade: Operation[] }> {
  return applyBothWays(database, a, b, options, (state, expected, when) =>
    expect(comparable(state), when).toEqual(comparable(expected)),
  );
}

/**
 * Like {@link expectRoundTrip}, for a target as the models give it, without what only the
 * catalog knows (what a trigger's WHEN or a policy calls and reads): both plans are applied in
 * turn, and each leaves nothing for `check` to find.
 */
export function expectPlansApply(
  database: RoundTripDatabase,
  a: SchemaDescription,
  models: SchemaDescription,
  options: DiffSchemasOptions = {},
): Promise<{ upgrade: Operation[]; downgrade: Operation[] }> {
  return applyBothWays(database, a, models, options, () => {});
}

/** Applies A -> B and back, checking after each that `check` finds nothing (and `also`). */
async function applyBothWays(
  database: RoundTripDatabase,
  a: SchemaDescription,
  b: SchemaDescription,
  options: DiffSchemasOptions,
  also: (state: SchemaDescription, expected: SchemaDescription, when: string) => void,
): Promise<{ upgrade: Operation[]; downgrade: Operation[] }> {
  const diff = diffSchemas(a, b, options);
  await database.apply(diff.upgrade);
  const upgraded = await database.introspect();
  also(upgraded, b, "after upgrade");
  expect(diffSchemas(upgraded, b, options).upgrade, "check after upgrade").toEqual([]);
  await database.apply(diff.downgrade);
  const downgraded = await database.introspect();
  also(downgraded, a, "after downgrade");
  expect(diffSchemas(downgraded, a, options).upgrade, "check after downgrade").toEqual([]);
  return diff;
}

/** Builds A and B from SQL (each on an empty database), leaves the database at A. */
export async function describeBoth(
  database: RoundTripDatabase,
  sqlA: string,
  sqlB: string,
): Promise<{ a: SchemaDescription; b: SchemaDescription }> {
  await database.reset();
  if (sqlB.trim() !== "") await sql.raw(sqlB).execute(database.db);
  const b = await database.introspect();
  await database.reset();
  if (sqlA.trim() !== "") await sql.raw(sqlA).execute(database.db);
  const a = await database.introspect();
  return { a, b };
}
