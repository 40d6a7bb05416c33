import { quoteQualified, renderOperation } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { isDeepEqual } from "../compare/is-deep-equal";
import { functionDefinition, triggerDefinition } from "../compare/routines/routine-definitions";
import { functionsQuery, triggerWhen } from "../introspect/catalog-functions";
import { runQuery, serverVersionNum } from "../introspect/catalog-sql";
import {
  type FunctionDescription,
  functionKey,
  type TriggerDescription,
  triggerKey,
} from "../schema/routine-description";
import type { SchemaDescription } from "../schema/schema-description";

class Rollback extends Error {}

const probeName = (k: number) => `_retort_probe_fn_${k}`;

/**
 * Spells the models' functions and trigger conditions the way PostgreSQL prints them, so that
 * `int` in a model does not differ forever from the catalog's `integer`, nor `new.x <> old.x`
 * from `(new.x <> old.x)`. As `canonicalExpressions` does for checks: only what still differs
 * from the database is sent, each created under a probe name inside a transaction that is
 * rolled back (with `check_function_bodies` off, so a body is not run against the tables), and
 * read back from the catalog. The body is never rewritten: PostgreSQL keeps it verbatim. What
 * PostgreSQL refuses (a type that does not exist yet) is left as written.
 *
 * @example
 * ```ts
 * const target = await canonicalRoutines(db, current, describeModels(models));
 * ```
 */
export async function canonicalRoutines(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<SchemaDescription> {
  const existing = new Map(current.functions.map((f) => [functionKey(f), f]));
  const functionProbes = target.functions.filter((f) => {
    const same = existing.get(functionKey(f));
    return same === undefined || !isDeepEqual(comparable(same), comparable(f));
  });
  const currentTriggers = new Map(current.triggers.map((t) => [triggerKey(t), t]));
  const tables = new Set(current.tables.map((t) => `${t.schema}\u0000${t.name}`));
  const triggerProbes = target.triggers.filter(
    (t) =>
      t.when !== null &&
      tables.has(`${t.schema}\u0000${t.table}`) &&
      currentTriggers.get(triggerKey(t))?.when !== t.when,
  );
  if (functionProbes.length === 0 && triggerProbes.length === 0) return target;

  const functions = new Map<FunctionDescription, FunctionDescription>();
  const whens = new Map<TriggerDescription, string>();
  try {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_catalog.set_config('check_function_bodies', 'off', true)`.execute(trx);
      const created = new Map<string, FunctionDescription>();
      for (const [k, f] of functionProbes.entries()) {
        const probe = { ...functionDefinition(f), name: probeName(k), comment: undefined };
        if (await attempt(trx, renderOperation({ kind: "createFunction", ...probe })[0]!.sql)) {
          created.set(`${f.schema}\u0000${probeName(k)}`, f);
        }
      }
      const probeTriggerFunction = quoteQualified("pg_temp", "_retort_probe_trigger");
      const canProbeTriggers =
        triggerProbes.length > 0 &&
        (await attempt(
          trx,
          `CREATE FUNCTION ${probeTriggerFunction}() RETURNS trigger LANGUAGE plpgsql AS $$begin return null; end$$`,
        ));
      const triggerNames = new Map<string, TriggerDescription>();
      if (canProbeTriggers) {
        for (const [k, t] of triggerProbes.entries()) {
          const name = `_retort_probe_tg_${k}`;
          const op = {
            kind: "createTrigger" as const,
            ...triggerDefinition(t),
            name,
            function: { schema: "pg_temp", name: "_retort_probe_trigger" },
            args: undefined,
            comment: undefined,
          };
          if (await attempt(trx, renderOperation(op)[0]!.sql)) {
            triggerNames.set(`${t.schema}\u0000${t.table}\u0000${name}`, t);
          }
        }
      }
      // Read as introspection reads: with pg_catalog alone on the path, names come qualified.
      await sql`select pg_catalog.set_config('search_path', 'pg_catalog', true)`.execute(trx);
      if (created.size > 0) {
        const schemas = [...new Set(functionProbes.map((f) => f.schema))];
        const version = await serverVersionNum(trx);
        for (const read of await runQuery(trx, functionsQuery(schemas, version))) {
          const model = created.get(`${read.schema}\u0000${read.name}`);
          if (model === undefined) continue;
          functions.set(model, {
            ...read,
            name: model.name,
            body: model.body,
            comment: model.comment,
            renamedFrom: model.renamedFrom,
          });
        }
      }
      if (triggerNames.size > 0) {
        const { rows } = await sql<{ schema: string; table: string; name: string; def: string }>`
          select n.nspname::text as schema, c.relname::text as table, tg.tgname::text as name,
                 pg_get_triggerdef(tg.oid, true) as def
          from pg_trigger tg join pg_class c on c.oid = tg.tgrelid
          join pg_namespace n on n.oid = c.relnamespace
          where tg.tgname like '\\_retort\\_probe\\_tg\\_%'`.execute(trx);
        for (const row of rows) {
          const t = triggerNames.get(`${row.schema}\u0000${row.table}\u0000${row.name}`);
          const when = triggerWhen(row.def);
          if (t !== undefined && when !== null) whens.set(t, when);
        }
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return {
    ...target,
    functions: target.functions.map((f) => functions.get(f) ?? f),
    triggers: target.triggers.map((t) => {
      const when = whens.get(t);
      return when === undefined ? t : { ...t, when };
    }),
  };
}

function comparable(f: FunctionDescription): unknown {
  return { ...f, renamedFrom: null };
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
