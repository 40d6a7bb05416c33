import {
  missingRoleHint,
  quoteIdent,
  quoteQualified,
  RetortError,
  renderOperation,
} from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { policyDefinition } from "../compare/policies/policy-definition";
import { policiesQuery } from "../introspect/catalog-policies";
import { runQuery } from "../introspect/catalog-sql";
import { policyRoles } from "../pull/roles-used";
import { type PolicyDescription, policyKey } from "../schema/policy-description";
import type { SchemaDescription } from "../schema/schema-description";
import { missingRoles } from "./missing-roles";

class Rollback extends Error {}

/**
 * Throws `ROLE_NOT_FOUND` naming the first role the models' policies name that the server lacks:
 * the migration would fail on it, and roles are not the migrations' to create.
 */
export async function checkPolicyRoles(db: Kysely<any>, target: SchemaDescription): Promise<void> {
  const missing = await missingRoles(db, policyRoles(target));
  if (missing.length === 0) return;
  const users = target.policies
    .filter((p) => p.to.some((r) => missing.includes(r)))
    .map((p) => `${p.name} on ${p.schema}.${p.table}`);
  throw new RetortError(
    "ROLE_NOT_FOUND",
    `The models' policies name ${missing.length === 1 ? "a role" : "roles"} the database server does not have: ${missing.join(", ")} (policies ${users.join(", ")}).`,
    { hint: missingRoleHint(missing[0]!), details: { roles: missing, policies: users } },
  );
}

/**
 * Spells the models' policy expressions the way PostgreSQL prints them, so that
 * `author_id = auth.uid()` in a model does not differ forever from the catalog's
 * `(author_id = auth.uid())`. As `canonicalRoutines` does for trigger conditions: only policies
 * on existing tables whose expressions still differ from the database's are sent, each created
 * under a probe name inside a transaction that is rolled back, and read back from the catalog.
 * What PostgreSQL refuses (a column that does not exist yet) is left as written.
 *
 * @example
 * ```ts
 * const target = await canonicalPolicies(db, current, describeModels(models));
 * ```
 */
export async function canonicalPolicies(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<SchemaDescription> {
  const existing = new Map(current.policies.map((p) => [policyKey(p), p]));
  const tables = new Set(current.tables.map((t) => `${t.schema}\u0000${t.name}`));
  const probes = target.policies.filter((p) => {
    if ((p.using === null && p.withCheck === null) || !tables.has(`${p.schema}\u0000${p.table}`)) {
      return false;
    }
    const same =
      existing.get(policyKey(p)) ??
      existing.get(policyKey({ ...p, name: p.renamedFrom ?? p.name }));
    return same === undefined || same.using !== p.using || same.withCheck !== p.withCheck;
  });
  if (probes.length === 0) return target;

  const read = new Map<PolicyDescription, PolicyDescription>();
  try {
    await db.transaction().execute(async (trx) => {
      const byProbe = new Map<string, PolicyDescription>();
      const refused: PolicyDescription[] = [];
      for (const [k, p] of probes.entries()) {
        const name = `_retort_probe_pol_${k}`;
        if (await attempt(trx, probeStatement(p, name))) {
          byProbe.set(`${p.schema}\u0000${p.table}\u0000${name}`, p);
        } else refused.push(p);
      }
      for (const p of refused) {
        const printed = await printOnTemporaryCopy(trx, p);
        if (printed !== undefined) read.set(p, printed);
      }
      // Read as introspection reads: with pg_catalog alone on the path, names come qualified.
      await sql`select pg_catalog.set_config('search_path', 'pg_catalog', true)`.execute(trx);
      const schemas = [...new Set(probes.map((p) => p.schema))];
      for (const r of await runQuery(trx, policiesQuery(schemas))) {
        const p = byProbe.get(`${r.schema}\u0000${r.table}\u0000${r.name}`);
        if (p !== undefined) read.set(p, { ...p, using: r.using, withCheck: r.withCheck });
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { ...target, policies: target.policies.map((p) => read.get(p) ?? p) };
}

/** `CREATE POLICY` of `p` under the probe name `name`, on its table in `schema`. */
function probeStatement(p: PolicyDescription, name: string, schema = p.schema): string {
  // PUBLIC: the probe must not fail on a role; roles are checked apart.
  const op = {
    kind: "createPolicy" as const,
    ...policyDefinition(p),
    schema,
    name,
    to: undefined,
    comment: undefined,
  };
  return renderOperation(op)[0]!.sql;
}

/**
 * `p` as the server prints it, created on a temporary copy of its table: a role that does not own
 * the table (one granted only SELECT, running `check`) may not create a policy on it, and would
 * otherwise see every policy spelled otherwise than the catalog prints it as changed. The copy
 * has the table's name, so `account.id` in the expression still names the policy's table; one
 * copy at a time, so no other table the expression reads is shadowed. A printed expression that
 * names the copy's schema read the table itself, not as the real one would: left as written.
 */
async function printOnTemporaryCopy(
  trx: Kysely<any>,
  p: PolicyDescription,
): Promise<PolicyDescription | undefined> {
  await sql.raw("SAVEPOINT retort_probe_copy").execute(trx);
  try {
    await sql
      .raw(`CREATE TEMP TABLE ${quoteIdent(p.table)} (LIKE ${quoteQualified(p.schema, p.table)})`)
      .execute(trx);
    const { rows } = await sql<{ schema: string }>`
      select nspname::text as schema from pg_catalog.pg_namespace
      where oid OPERATOR(pg_catalog.=) pg_catalog.pg_my_temp_schema()`.execute(trx);
    const temp = rows[0]!.schema;
    await sql.raw(probeStatement(p, "_retort_probe_pol", temp)).execute(trx);
    await sql`select pg_catalog.set_config('search_path', 'pg_catalog', true)`.execute(trx);
    const r = (await runQuery(trx, policiesQuery([temp]))).find(
      (row) => row.table === p.table && row.name === "_retort_probe_pol",
    );
    if (r === undefined || `${r.using} ${r.withCheck}`.includes(temp)) return undefined;
    return { ...p, using: r.using, withCheck: r.withCheck };
  } catch {
    return undefined;
  } finally {
    // Drops the copy and its policy, and puts the search_path back.
    await sql.raw("ROLLBACK TO SAVEPOINT retort_probe_copy").execute(trx);
  }
}

/** Runs `statement` under a savepoint; whether PostgreSQL accepted it. */
async function attempt(trx: Kysely<any>, statement: string): Promise<boolean> {
  await sql.raw("SAVEPOINT retort_probe").execute(trx);
  try {
    await sql.raw(statement).execute(trx);
    await sql.raw("RELEASE SAVEPOINT retort_probe").execute(trx);
    return true;
  } catch {
    await sql.raw("ROLLBACK TO SAVEPOINT retort_probe").execute(trx);
    return false;
  }
}
