import { type Operation, quoteLiteral, quoteQualified, renderOperation } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { Kysely } from "kysely";
import { isDeepEqual } from "../compare/is-deep-equal";
import { findRenames, type Renames } from "../compare/renames/find-renames";
import { indexOperation } from "../compare/table-definition";
import { createViewOperation } from "../compare/views/view-operations";
import { serverVersionNum } from "../introspect/catalog-sql";
import { introspectViews } from "../introspect/introspect-schema";
import { badModel } from "../models/bad-model";
import type { SchemaDescription } from "../schema/schema-description";
import type { ViewDescription } from "../schema/view-description";
import { attempt, doBlock, executeStatement } from "./probe-block";

class Rollback extends Error {}

/** A view column whose declared type is not the one PostgreSQL infers from the query. */
export interface ViewColumnMismatch {
  /** `schema.view`. */
  view: string;
  column: string;
  /** As the model declares it; `null` when the model declares no such column. */
  declared: string | null;
  /** As the server infers it; `null` when the query has no such column. */
  inferred: string | null;
}

/**
 * A model's view whose query PostgreSQL refuses for a reason the migration does not remove (a
 * column no table has or gets, a syntax error): the migration that creates it would fail.
 */
export interface ViewRefusal {
  /** `schema.view`. */
  view: string;
  /** The server's SQLSTATE and message, as it refused the query. */
  sqlState: string;
  message: string;
}

/** What {@link canonicalViews} returns. */
export interface CanonicalViews {
  /** The target with its views as the server prints them. */
  target: SchemaDescription;
  /** Declared column types that disagree with the server's: `check` reports them. */
  mismatches: ViewColumnMismatch[];
  /** Views the server refuses for a reason no change of the plan explains. */
  refusals: ViewRefusal[];
}

const keyOf = (v: { schema: string; name: string }) => `${v.schema}\u0000${v.name}`;

function columnMismatches(
  declared: ViewDescription,
  printed: ViewDescription,
): ViewColumnMismatch[] {
  if (declared.columns.length === 0) return [];
  const view = `${declared.schema}.${declared.name}`;
  const mismatches: ViewColumnMismatch[] = [];
  const length = Math.max(declared.columns.length, printed.columns.length);
  for (let k = 0; k < length; k++) {
    const d = declared.columns[k];
    const p = printed.columns[k];
    if (d?.name === p?.name && d?.type === p?.type) continue;
    if (d !== undefined && p?.name === d.name) {
      mismatches.push({ view, column: d.name, declared: d.type, inferred: p.type });
      continue;
    }
    if (d !== undefined)
      mismatches.push({ view, column: d.name, declared: d.type, inferred: null });
    if (p !== undefined)
      mismatches.push({ view, column: p.name, declared: null, inferred: p.type });
  }
  return mismatches;
}

/**
 * Has PostgreSQL print the models' views, so that a query written freely compares equal with
 * what the catalog holds (`pg_get_viewdef`), and reads the columns it infers and the relations
 * it reads (`pg_depend`), as `canonicalExpressions` does for checks. Inside a transaction that
 * is rolled back, the database's views are dropped and the models' created under their own
 * names (`WITH NO DATA` for a materialized view: nothing runs), each after those it reads, once
 * the tables the models rename (`renamedFrom`) have their new names. A view PostgreSQL refuses
 * (it reads a table or column the migration has yet to add) keeps its text as written: the
 * migration creates it, and `check` is clean once it ran. A view whose query is exactly what
 * the database's view of that name prints is not created again (see {@link printedAlready}): on
 * a clean `check` no DDL runs, and no lock is taken.
 *
 * @example
 * ```ts
 * const { target, mismatches } = await canonicalViews(db, current, describeModels(models));
 * ```
 */
export async function canonicalViews(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<CanonicalViews> {
  if (target.views.length === 0) return { target, mismatches: [], refusals: [] };
  if (target.views.some((v) => v.securityInvoker)) {
    checkViewOptionsSupported(target.views, await serverVersionNum(db));
  }
  const renames = findRenames(current, target);
  const printed = printedAlready(current, target, renames);
  const toPrint = target.views.filter((v) => !printed.has(keyOf(v)));
  let refused = new Map<string, { sqlState: string; message: string }>();
  if (toPrint.length > 0) {
    const probed = await printViews(db, current, toPrint, printed, renames);
    for (const [key, v] of probed.printed) printed.set(key, v);
    refused = probed.refused;
  }
  const refusals: ViewRefusal[] = [];
  for (const v of toPrint) {
    const why = refused.get(keyOf(v));
    if (why !== undefined && !isExplainedByPlan(why, current, target)) {
      refusals.push({ view: `${v.schema}.${v.name}`, ...why });
    }
  }
  const mismatches: ViewColumnMismatch[] = [];
  const views = target.views.map((v) => {
    const p = printed.get(keyOf(v));
    if (p === undefined) return v;
    // Printed against the database as it is, a query reading a column the plan retypes comes out
    // for the old type (`email::text` loses its cast while email is text, and the view's column
    // would be varchar once the migration made email so): it is created as written (it is
    // re-created anyway), and what the server prints then, with the column types it infers, is
    // for `check` after the migration to compare.
    if (readsRetypedColumn(p, current, target, renames)) return { ...v, dependsOn: p.dependsOn };
    mismatches.push(...columnMismatches(v, p));
    return {
      ...v,
      definition: p.definition,
      columns: p.columns,
      dependsOn: p.dependsOn,
      indexes: v.indexes.map((i) => p.indexes.find((q) => q.name === i.name) ?? i),
    };
  });
  return { target: { ...target, views }, mismatches, refusals };
}

/**
 * Whether `v` (printed once `renames` ran) reads a column whose type differs between the
 * database and the models.
 */
function readsRetypedColumn(
  v: ViewDescription,
  current: SchemaDescription,
  target: SchemaDescription,
  renames: Renames,
): boolean {
  const columnType = (d: SchemaDescription, schema: string, table: string, column: string) =>
    d.tables
      .find((t) => t.schema === schema && t.name === table)
      ?.columns.find((c) => c.name === column)?.type;
  const oldName = (schema: string, name: string) =>
    renames.tables.find((r) => r.schema === schema && r.to === name)?.from ?? name;
  return (v.dependsOn ?? []).some((d) =>
    d.columns.some((column) => {
      const now = columnType(current, d.schema, oldName(d.schema, d.name), column);
      return now !== undefined && now !== columnType(target, d.schema, d.name, column);
    }),
  );
}

/**
 * Refuses models' views that declare an option the server does not have: `securityInvoker`
 * before PostgreSQL 15, where the migration would stop on "unrecognized parameter". Said here,
 * by `revision --autogenerate` and `check`, rather than by the upgrade. `version` is
 * `server_version_num`.
 *
 * @example
 * ```ts
 * checkViewOptionsSupported(describeModels(models).views, 140011);
 * // throws BAD_MODEL: View public.my_posts declares securityInvoker, which needs PostgreSQL 15 ...
 * ```
 */
export function checkViewOptionsSupported(
  views: readonly ViewDescription[],
  version: number,
): void {
  if (version >= 150000) return;
  const invokers = views.filter((v) => v.securityInvoker).map((v) => `${v.schema}.${v.name}`);
  if (invokers.length === 0) return;
  throw badModel(
    `View ${invokers.join(", ")} declares securityInvoker, which needs PostgreSQL 15 or later; this server is ${Math.floor(version / 10000)}.`,
    { views: invokers, serverVersionNum: version },
    "Leave securityInvoker out (the view then reads its tables with its owner's privileges), or upgrade the server.",
  );
}

/**
 * Whether a refusal may be the plan's to remove: the query reads a table, view, column,
 * function or type the models have and the database has not yet. Read from the server's
 * message, so when in doubt (a message in another language) it counts as explained: a missed
 * warning costs less than a false one on every `check`.
 */
function isExplainedByPlan(
  why: { sqlState: string; message: string },
  current: SchemaDescription,
  target: SchemaDescription,
): boolean {
  // The first name in double quotes (PostgreSQL prints a name's own `"` as it is: one not
  // followed by a space is inside it), else a bare one before "does not exist".
  const named = /"((?:[^"]|"(?! |$))+)"|\b([\w$]+(?:\.[\w$]+)*) does not exist/.exec(why.message);
  const name = named?.[1] ?? named?.[2];
  if (name === undefined) return true;
  const last = name.split(".").at(-1)!;
  const relations = (d: SchemaDescription) =>
    new Set([...d.tables.map((t) => t.name), ...d.views.map((v) => v.name)]);
  switch (why.sqlState) {
    case "3F000": // undefined schema
      return target.schemas.includes(name) && !current.schemas.includes(name);
    case "42P01": // undefined table
      return relations(target).has(last) && !relations(current).has(last);
    case "42703": {
      // undefined column: some table of the models has it where the database's has not.
      const columns = (d: SchemaDescription) =>
        new Set(d.tables.flatMap((t) => t.columns.map((c) => `${t.schema}.${t.name}.${c.name}`)));
      const now = columns(current);
      return [...columns(target)].some((c) => c.endsWith(`.${last}`) && !now.has(c));
    }
    case "42883": // undefined function
      return target.functions.some(
        (f) =>
          f.name === last &&
          !current.functions.some((g) => g.name === f.name && g.schema === f.schema),
      );
    case "42704": {
      // undefined object, a type most often
      const types = (d: SchemaDescription) =>
        new Set(
          [...d.enums, ...d.domains, ...d.compositeTypes, ...d.rangeTypes].map((t) => t.name),
        );
      return types(target).has(last) && !types(current).has(last);
    }
    default:
      return false;
  }
}

/**
 * The models' views whose every part the server prints is already the database's view of that
 * name, by {@link keyOf}: the query is the very text `pg_get_viewdef` printed for it (so the
 * server would print it again unchanged, the fixed point `pull` and every migration retort
 * writes rely on), as are the kind, the options and the materialized view's indexes, and every
 * view it reads is such a view too (a view read by one printed again is dropped, and may change
 * the columns it infers), and it reads no table the models rename (after the rename, PostgreSQL
 * prints the new name). Printing them again would give back the database's own.
 */
function printedAlready(
  current: SchemaDescription,
  target: SchemaDescription,
  renames: Renames,
): Map<string, ViewDescription> {
  const existing = new Map(current.views.map((v) => [keyOf(v), v]));
  const renamed = new Set(renames.tables.map((r) => keyOf({ schema: r.schema, name: r.from })));
  const kept = new Map<string, ViewDescription>();
  for (const v of target.views) {
    const c = existing.get(keyOf(v));
    if (
      c !== undefined &&
      !(c.dependsOn ?? []).some((d) => renamed.has(keyOf(d))) &&
      c.definition === v.definition &&
      c.materialized === v.materialized &&
      c.securityBarrier === v.securityBarrier &&
      c.securityInvoker === v.securityInvoker &&
      c.checkOption === v.checkOption &&
      isDeepEqual(c.indexes, v.indexes)
    ) {
      kept.set(keyOf(v), c);
    }
  }
  // Leave out, until none is left, a view reading one that is printed again or not modelled.
  // (`kept` holds the database's views, whose reads are always known.)
  for (let isSettled = false; !isSettled; ) {
    isSettled = true;
    for (const [key, v] of kept) {
      const readsPrinted = (v.dependsOn ?? []).some(
        (d) => existing.has(keyOf(d)) && !kept.has(keyOf(d)),
      );
      if (readsPrinted) {
        kept.delete(key);
        isSettled = false;
      }
    }
  }
  return kept;
}

/**
 * `views` as the server prints them, by {@link keyOf}: created in a transaction rolled back,
 * after the database's views other than `kept` are dropped (no view in `kept` reads one) and
 * `renames` ran.
 */
async function printViews(
  db: Kysely<any>,
  current: SchemaDescription,
  views: readonly ViewDescription[],
  kept: ReadonlyMap<string, ViewDescription>,
  renames: Renames,
): Promise<{
  printed: Map<string, ViewDescription>;
  refused: Map<string, { sqlState: string; message: string }>;
}> {
  let printed = new Map<string, ViewDescription>();
  const refused = new Map<string, { sqlState: string; message: string }>();
  try {
    await db.transaction().execute(async (trx) => {
      // Why each refused view was refused, kept beside the rolled-back attempts (in a temporary
      // table: a role without TEMP on the database goes without the reasons).
      const { rows: temp } = await sql<{ ok: boolean }>`
        select has_database_privilege(current_database(), 'TEMP') as ok`.execute(trx);
      const recording = temp[0]?.ok === true;
      if (recording) {
        await sql
          .raw(`CREATE TEMP TABLE ${refusalTable} (n serial, key text, state text, message text)`)
          .execute(trx);
      }
      // Dependents first, so no CASCADE reaches beyond the views (a rule, a trigger on one).
      // One DO block for all of them, and one a round for the creations: a round trip per
      // statement was most of `check` on a schema of a few dozen views.
      const drops = dropOrder(current.views)
        .filter((v) => !kept.has(keyOf(v)))
        .map((v) => {
          const kind = v.materialized ? "MATERIALIZED VIEW" : "VIEW";
          return `DROP ${kind} IF EXISTS ${quoteQualified(v.schema, v.name)} CASCADE`;
        });
      if (drops.length > 0)
        await sql.raw(doBlock(drops.map(executeStatement).join("\n"))).execute(trx);
      // A models' view reading a table by the name the migration gives it can be created only
      // after the rename. Each may fail (a role that does not own the table): the views that
      // read it are then refused, and kept as written.
      // Each takes the ACCESS EXCLUSIVE lock the migration will: against a busy database (a
      // `check` run on production) a wait behind a long transaction would queue every query on
      // the table behind it, so without a lock_timeout of the session's own one second is the
      // most it waits. A rename that times out is left out like a refused one: its readers are
      // rebuilt, as before renames were probed.
      const renaming = renameOperations(renames).map((op) => attempt(statementsOf(op)));
      if (renaming.length > 0) {
        const { rows: bounded } = await sql<{ set: string }>`
          select pg_catalog.set_config('lock_timeout', '1s', true) as set
          where pg_catalog.current_setting('lock_timeout') OPERATOR(pg_catalog.=) '0'`.execute(trx);
        await sql.raw(doBlock(renaming.join("\n"))).execute(trx);
        if (bounded.length > 0)
          await sql`select pg_catalog.set_config('lock_timeout', '0', true)`.execute(trx);
      }
      let pending = [...views];
      while (pending.length > 0) {
        // Each view in a subtransaction of its own (a refused view is skipped), its indexes
        // each in one inside it, so their expressions are printed as the server prints them.
        const steps = pending.map((v) =>
          attempt(
            [
              statementsOf(createViewOperation({ ...v, comment: null, withData: false })),
              ...v.indexes.map((i) => attempt(statementsOf(indexOperation(v, i)))),
            ].join("\n"),
            recording
              ? `INSERT INTO ${refusalTable} (key, state, message) VALUES (${quoteLiteral(sqlKey(v))}, SQLSTATE, SQLERRM);`
              : undefined,
          ),
        );
        await sql.raw(doBlock(steps.join("\n"))).execute(trx);
        const created = await existingViews(trx, pending);
        const refused = pending.filter((v) => !created.has(keyOf(v)));
        if (refused.length === pending.length) break;
        pending = refused;
      }
      const reasons = recording
        ? await sql<{ key: string; state: string; message: string }>`
            select key, state, message from ${sql.raw(refusalTable)} order by n`.execute(trx)
        : { rows: [] };
      const last = new Map(pending.map((v) => [sqlKey(v), keyOf(v)]));
      for (const r of reasons.rows) {
        const key = last.get(r.key);
        if (key !== undefined) refused.set(key, { sqlState: r.state, message: r.message });
      }
      const probed = await introspectViews(trx, [...new Set(views.map((v) => v.schema))]);
      const wanted = new Set(views.map(keyOf));
      printed = new Map(probed.filter((v) => wanted.has(keyOf(v))).map((v) => [keyOf(v), v]));
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { printed, refused };
}

/**
 * The table renames. Not a column's: a view reading a renamed column is re-created all the same
 * (see `compareViews`), from its query as written.
 */
function renameOperations(renames: Renames): Operation[] {
  return renames.tables.map((r) => ({
    kind: "renameTable",
    schema: r.schema,
    table: r.from,
    newName: r.to,
  }));
}

// In the session's own temporary schema, and gone with the rolled-back transaction.
const refusalTable = "pg_temp.retort_view_probe_refusal";

/** A view's key as an SQL literal may hold it ({@link keyOf}'s separator is NUL). */
const sqlKey = (v: { schema: string; name: string }) => JSON.stringify([v.schema, v.name]);

function statementsOf(op: Operation): string {
  return renderOperation(op)
    .map((statement) => executeStatement(statement.sql))
    .join("\n");
}

/** Which of `views` exist now (as views or materialized views), by {@link keyOf}. */
async function existingViews(
  trx: Kysely<any>,
  views: readonly ViewDescription[],
): Promise<Set<string>> {
  const { rows } = await sql<{ schema: string; name: string }>`
    select n.nspname::text as schema, c.relname::text as name
    from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    join unnest(${views.map((v) => v.schema)}::text[], ${views.map((v) => v.name)}::text[])
      as wanted(schema, name) on wanted.schema = n.nspname and wanted.name = c.relname
    where c.relkind in ('v', 'm')`.execute(trx);
  return new Set(rows.map(keyOf));
}

/** Views in an order where each comes before those it reads. */
function dropOrder(views: readonly ViewDescription[]): ViewDescription[] {
  const byKey = new Map(views.map((v) => [keyOf(v), v]));
  const done = new Set<string>();
  const order: ViewDescription[] = [];
  const visit = (v: ViewDescription) => {
    if (done.has(keyOf(v))) return;
    done.add(keyOf(v));
    for (const d of v.dependsOn ?? []) {
      const read = byKey.get(keyOf(d));
      if (read !== undefined) visit(read);
    }
    order.push(v);
  };
  for (const v of views) visit(v);
  return order.reverse();
}
