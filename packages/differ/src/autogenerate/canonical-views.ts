import { type Operation, quoteLiteral, quoteQualified, renderOperation } from "@retort/core";
import { type Kysely, sql } from "kysely";
import { isDeepEqual } from "../compare/is-deep-equal";
import { indexOperation } from "../compare/table-definition";
import { createViewOperation } from "../compare/views/view-operations";
import { introspectViews } from "../introspect/introspect-schema";
import type { SchemaDescription } from "../schema/schema-description";
import type { ViewDescription } from "../schema/view-description";

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

/** What {@link canonicalViews} returns. */
export interface CanonicalViews {
  /** The target with its views as the server prints them. */
  target: SchemaDescription;
  /** Declared column types that disagree with the server's: `check` reports them. */
  mismatches: ViewColumnMismatch[];
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
 * names (`WITH NO DATA` for a materialized view: nothing runs), each after those it reads. A
 * view PostgreSQL refuses (it reads a table or column the migration has yet to add) keeps its
 * text as written: the migration creates it, and `check` is clean once it ran.
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
  if (target.views.length === 0) return { target, mismatches: [] };
  const printed = isAsPrinted(current.views, target.views)
    ? new Map(current.views.map((v) => [keyOf(v), v]))
    : await printViews(db, current, target);
  const mismatches: ViewColumnMismatch[] = [];
  const views = target.views.map((v) => {
    const p = printed.get(keyOf(v));
    if (p === undefined) return v;
    mismatches.push(...columnMismatches(v, p));
    return {
      ...v,
      definition: p.definition,
      columns: p.columns,
      dependsOn: p.dependsOn,
      indexes: v.indexes.map((i) => p.indexes.find((q) => q.name === i.name) ?? i),
    };
  });
  return { target: { ...target, views }, mismatches };
}

/**
 * Whether the models' views are the database's, each as the server printed it (what `pull`
 * writes): the same views, queries, declared columns (or none) and indexes. Then the server
 * would print them as the catalog holds them, and dropping and creating every view (an ACCESS
 * EXCLUSIVE lock on each, the longest part of `check` on a schema of dozens) is not needed.
 */
function isAsPrinted(
  current: readonly ViewDescription[],
  models: readonly ViewDescription[],
): boolean {
  if (current.length !== models.length) return false;
  const byKey = new Map(current.map((v) => [keyOf(v), v]));
  return models.every((v) => {
    const c = byKey.get(keyOf(v));
    return (
      c !== undefined &&
      c.materialized === v.materialized &&
      c.definition === v.definition &&
      (v.columns.length === 0 || isDeepEqual(v.columns, c.columns)) &&
      isDeepEqual(v.indexes, c.indexes)
    );
  });
}

/** The models' views as the server prints them, by {@link keyOf}: see {@link canonicalViews}. */
async function printViews(
  db: Kysely<any>,
  current: SchemaDescription,
  target: SchemaDescription,
): Promise<Map<string, ViewDescription>> {
  let printed = new Map<string, ViewDescription>();
  try {
    await db.transaction().execute(async (trx) => {
      // Dependents first, so no CASCADE reaches beyond the views (a rule, a trigger on one).
      // One DO block for all of them, and one a round for the creations: a round trip per
      // statement was most of `check` on a schema of a few dozen views.
      const drops = dropOrder(current.views).map((v) => {
        const kind = v.materialized ? "MATERIALIZED VIEW" : "VIEW";
        return `DROP ${kind} IF EXISTS ${quoteQualified(v.schema, v.name)} CASCADE`;
      });
      if (drops.length > 0) await sql.raw(doBlock(drops.map(execute).join("\n"))).execute(trx);
      let pending = [...target.views];
      while (pending.length > 0) {
        // Each view in a subtransaction of its own (a refused view is skipped), its indexes
        // each in one inside it, so their expressions are printed as the server prints them.
        const steps = pending.map((v) =>
          attempt(
            [
              statementsOf(createViewOperation({ ...v, comment: null, withData: false })),
              ...v.indexes.map((i) => attempt(statementsOf(indexOperation(v, i)))),
            ].join("\n"),
          ),
        );
        await sql.raw(doBlock(steps.join("\n"))).execute(trx);
        const created = await existingViews(trx, pending);
        const refused = pending.filter((v) => !created.has(keyOf(v)));
        if (refused.length === pending.length) break;
        pending = refused;
      }
      const probed = await introspectViews(trx, [...new Set(target.views.map((v) => v.schema))]);
      printed = new Map(probed.map((v) => [keyOf(v), v]));
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return printed;
}

function statementsOf(op: Operation): string {
  return renderOperation(op)
    .map((statement) => execute(statement.sql))
    .join("\n");
}

function execute(statement: string): string {
  return `EXECUTE ${quoteLiteral(statement)};`;
}

/** PL/pgSQL that runs `body` in a subtransaction and goes on when it fails. */
function attempt(body: string): string {
  return `BEGIN\n${body}\nEXCEPTION WHEN others THEN NULL;\nEND;`;
}

/** `body` as a `DO` statement, under a dollar quote the body does not hold. */
function doBlock(body: string): string {
  let tag = "$retort_probe$";
  for (let k = 0; body.includes(tag); k++) tag = `$retort_probe_${k}$`;
  return `DO ${tag}\nBEGIN\n${body}\nEND\n${tag}`;
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
    for (const d of v.dependsOn) {
      const read = byKey.get(keyOf(d));
      if (read !== undefined) visit(read);
    }
    order.push(v);
  };
  for (const v of views) visit(v);
  return order.reverse();
}
