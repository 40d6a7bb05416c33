import type { Kysely } from "kysely";
import { quoteQualified } from "../sql/index";
import { executeRaw } from "./execute-raw";

/**
 * Drops the given schemas with everything in them and creates them again, empty, with their
 * owner (and, for `public`, the rights PostgreSQL gives a fresh one): the clean slate of
 * `retort reset`, in one transaction. Schemas that do not exist are left alone; returns the
 * ones it recreated.
 */
export async function resetSchemas(db: Kysely<any>, schemas: readonly string[]): Promise<string[]> {
  const owners = await executeRaw<{ nspname: string; owner: string; major: number }>(
    db,
    // Qualified: the role's search_path may name a schema with look-alike functions first.
    "SELECT nspname, pg_catalog.pg_get_userbyid(nspowner) AS owner, pg_catalog.current_setting('server_version_num')::int OPERATOR(pg_catalog./) 10000 AS major FROM pg_catalog.pg_namespace WHERE nspname OPERATOR(pg_catalog.=) ANY ($1::pg_catalog.text[])",
    [schemas],
  );
  await db.transaction().execute(async (trx) => {
    for (const row of owners.rows) {
      const schema = quoteQualified(undefined, row.nspname);
      await executeRaw(trx, `DROP SCHEMA ${schema} CASCADE`);
      // Migrations expect the schemas they did not create to exist, with the rights
      // PostgreSQL gives a fresh `public`.
      await executeRaw(
        trx,
        `CREATE SCHEMA ${schema} AUTHORIZATION ${quoteQualified(undefined, row.owner)}`,
      );
      if (row.nspname === "public") {
        await executeRaw(trx, `GRANT USAGE ON SCHEMA ${schema} TO PUBLIC`);
        if (row.major < 15) {
          await executeRaw(trx, `GRANT CREATE ON SCHEMA ${schema} TO PUBLIC`);
        }
      }
    }
  });
  return owners.rows.map((row) => row.nspname);
}
