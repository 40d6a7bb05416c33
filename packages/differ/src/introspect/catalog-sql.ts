import { sql } from "@retort/core/kysely-runtime";
import type { Kysely, RawBuilder } from "kysely";

/*
 * What every catalog query shares. One query per kind of object for the whole database, never
 * one per table: a database with thousands of tables is read in a handful of round trips, as
 * pg_dump does. Every query runs with `search_path = pg_catalog`, so `format_type`, `regclass`
 * output and `pg_get_expr` always schema-qualify user objects (`'happy'::public.mood`,
 * `nextval('public.t_id_seq'::regclass)`).
 *
 * Oids are read as text: drivers disagree on how they parse `oid`, and they are only keys here.
 */

/** Excludes objects that belong to an extension (`pg_depend.deptype = 'e'`). */
export function notExtensionMember(catalog: string, oid: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`not exists (select 1 from pg_depend d where d.classid = ${sql.raw(`'${catalog}'::regclass`)} and d.objid = ${oid} and d.deptype = 'e')`;
}

/**
 * The comment of the object `oid` of `catalog`, as `obj_description(oid, catalog)` gives it: a
 * subquery, because `obj_description` is a SQL function the planner cannot inline, run as a query
 * of its own per row (15 ms over MusicBrainz's 2,000 constraints).
 */
export function description(oid: RawBuilder<unknown>, catalog: string): RawBuilder<unknown> {
  return sql`(select d.description from pg_description d where d.objoid = ${oid}
              and d.classoid = ${sql.raw(`'${catalog}'::regclass`)} and d.objsubid = 0)`;
}

/**
 * `pg_get_expr(expr, relid[, pretty])` that names the relation only when the expression reads one
 * of its columns (a `Var` in the node tree): naming it opens the relation, which costs a backend
 * that has not opened it yet a relation-cache entry (50 ms over 1,000 tables, in each session);
 * an expression without columns (most defaults: `now()`, `0`, `nextval(...)`) prints the same
 * with relation 0.
 */
export function expressionText(
  expr: RawBuilder<unknown>,
  relid: RawBuilder<unknown>,
  pretty?: boolean,
): RawBuilder<unknown> {
  const relation = sql`case when ${expr}::text like '%{VAR %' then ${relid} else 0 end`;
  return pretty === undefined
    ? sql`pg_get_expr(${expr}, ${relation})`
    : sql`pg_get_expr(${expr}, ${relation}, ${sql.raw(String(pretty))})`;
}

export interface UnmanagedRow {
  kind: string;
  schema: string;
  name: string;
  table: string | null;
  definition: string | null;
}

/**
 * `'\nCOMMENT ON <target> IS ''...'';'` when the object has a comment, else `''`: appended to
 * a definition so the baseline recreates the comment with the object.
 */
export function commentClause(
  target: RawBuilder<unknown>,
  comment: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`coalesce(E'\nCOMMENT ON ' || ${target} || ' IS ' || quote_literal(${comment}) || ';', '')`;
}

/**
 * `name='value', ...` from a `reloptions`-style `text[]` of `name=value`, each name prefixed
 * with `prefix` (`toast.`), keeping only `only` when given; `null` for none.
 */
export function optionList(
  options: RawBuilder<unknown>,
  prefix: string,
  only?: readonly string[],
): RawBuilder<unknown> {
  const kept =
    only === undefined ? sql`` : sql`where split_part(o, '=', 1) = any(${[...only]}::text[])`;
  return sql`(select string_agg(${prefix} || split_part(o, '=', 1) || '=' || quote_literal(substr(o, strpos(o, '=') + 1)), ', ')
              from unnest(${options}) o ${kept})`;
}

/** A role oid from an ACL as GRANT names it: `PUBLIC` for 0. */
export function granteeName(oid: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`case when ${oid} = 0 then 'PUBLIC' else quote_ident(pg_get_userbyid(${oid})) end`;
}

/** `quote_ident(schema) || '.' || quote_ident(name)` for two SQL expressions. */
export function qualified(
  schema: RawBuilder<unknown>,
  name: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`quote_ident(${schema}) || '.' || quote_ident(${name})`;
}

/** A `regproc` column as the name `CREATE AGGREGATE` and friends take; `null` for none (0). */
export function procName(column: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`nullif(${column}::oid, 0)::regproc::text`;
}

/** `server_version_num`, e.g. 150004. */
export async function serverVersionNum(db: Kysely<any>): Promise<number> {
  const result = await sql<{
    v: string;
  }>`select pg_catalog.current_setting('server_version_num') as v`.execute(db);
  return Number(result.rows[0]?.v ?? 0);
}

/** Rows per JSON array of {@link jsonRows}: a few MB each, far below a value's 1 GB limit. */
const ROWS_PER_PART = 5000;

/** `query`'s rows as JSON arrays (`part`) of `rowsPerPart` rows each, in order (`g`). */
function jsonParts(query: RawBuilder<unknown>, rowsPerPart: number): RawBuilder<unknown> {
  return sql`
    select json_agg(p.r order by p.n)::text as part, p.n / ${sql.lit(rowsPerPart)} as g
    from (select r, row_number() over () - 1 as n from (${query}) r) p
    group by p.n / ${sql.lit(rowsPerPart)}`;
}

function parseParts<T>(parts: readonly string[]): T[] {
  if (parts.length === 1) return JSON.parse(parts[0]!) as T[];
  const rows: T[] = [];
  for (const part of parts) for (const row of JSON.parse(part) as T[]) rows.push(row);
  return rows;
}

/**
 * The rows of `query`, sent by the server as JSON arrays (`json_agg`) of up to 5,000 rows each
 * and parsed with `JSON.parse`. A big catalog read returns thousands of rows of up to 25
 * columns: the driver building each row object and parsing each typed column (arrays above all)
 * cost more client CPU than parsing a few strings (MusicBrainz: #12/#17). The parts keep each
 * value small however big the catalog. JSON carries what the readers select as the driver gives
 * it: text, `int4`/`int2` numbers, booleans, `NULL`, text and int arrays (with `NULL` elements)
 * and `json` values; a reader selects `int8`, `oid` and `numeric` as text, as it must for the
 * driver too. The query's order is kept: rows are numbered as the sorted subquery gives them
 * (the catalog session runs without parallel workers) and aggregated in that order.
 */
export async function jsonRows<T>(
  db: Kysely<any>,
  query: RawBuilder<T>,
  rowsPerPart = ROWS_PER_PART,
): Promise<{ rows: T[] }> {
  const result = await sql<{ part: string }>`
    select j.part from (${jsonParts(query, rowsPerPart)}) j order by j.g`.execute(db);
  return { rows: parseParts(result.rows.map((r) => r.part)) };
}

/**
 * The rows of each of `queries` (as {@link jsonRows} reads them), in one statement: one round
 * trip, so the server reads them all while this process is busy elsewhere (loading the models)
 * instead of waiting for it between queries.
 */
export async function jsonRowsBatch(
  db: Kysely<any>,
  queries: readonly RawBuilder<unknown>[],
  rowsPerPart = ROWS_PER_PART,
): Promise<unknown[][]> {
  if (queries.length === 0) return [];
  const branches = queries.map(
    (query, k) =>
      sql`select ${sql.lit(k)} as k, j.g, j.part from (${jsonParts(query, rowsPerPart)}) j`,
  );
  const result = await sql<{ k: number; part: string }>`
    select b.k, b.part from (${sql.join(branches, sql` union all `)}) b order by b.k, b.g`.execute(
    db,
  );
  const parts: string[][] = queries.map(() => []);
  for (const { k, part } of result.rows) parts[Number(k)]!.push(part);
  return parts.map((list) => (list.length === 0 ? [] : parseParts(list)));
}

/**
 * A read that is one query, its rows read as {@link jsonRows} reads them and made into a result
 * by `map`. Over several sessions, such reads go as one statement per session (see
 * {@link CatalogSnapshot.all}).
 */
export interface CatalogQuery<T> {
  readonly query: RawBuilder<unknown>;
  readonly map: (rows: any[]) => T;
}

/** A {@link CatalogQuery} whose result is its rows. */
export function rowsOf<R>(query: RawBuilder<R>): CatalogQuery<R[]> {
  return { query, map: (rows: R[]) => rows };
}

/**
 * Runs `query` on `db` alone.
 *
 * @example
 * ```ts
 * const triggers = await runQuery(trx, triggersQuery(["public"], 150000));
 * ```
 */
export async function runQuery<T>(db: Kysely<any>, query: CatalogQuery<T>): Promise<T> {
  return query.map((await jsonRows(db, query.query)).rows);
}
