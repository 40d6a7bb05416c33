import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";

/**
 * Of `names`, the roles the server does not have, in the order given: policies and grants name
 * roles, which are created outside migrations, so autogenerate asks before planning.
 */
export async function missingRoles(db: Kysely<any>, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const { rows } = await sql<{ name: string }>`
    select rolname::text as name from pg_roles where rolname = any(${[...names]}::text[])`.execute(
    db,
  );
  const found = new Set(rows.map((r) => r.name));
  return names.filter((name) => !found.has(name));
}
