import { sql } from "@retort/core/kysely-runtime";
import type { Kysely, RawBuilder } from "kysely";
import { faithfulExpression } from "../schema/normalize-expression";
import { normalizeType } from "../schema/normalize-type";
import type { ViewDependency, ViewDescription } from "../schema/view-description";
import { describedQuery as normalizeQuery } from "../schema/view-query";
import { description, jsonRows, notExtensionMember } from "./catalog-sql";

/** One view or materialized view as {@link readViews} returns it. */
export interface ViewRow {
  oid: string;
  schema: string;
  name: string;
  materialized: boolean;
  definition: string;
  /**
   * `pg_get_viewdef` without `pretty` (see {@link faithfulExpression}); `null` for a query with no
   * AND or OR, whose pretty text loses no parenthesis that matters.
   */
  definition_plain: string | null;
  populated: boolean;
  security_barrier: boolean;
  security_invoker: boolean;
  check_option: string | null;
  comment: string | null;
  column_names: string[];
  column_types: string[];
  /** `schema \x01 relation \x01 column` (column empty for the whole relation), from `pg_depend`. */
  dependencies: string[];
}

/**
 * The views and materialized views of `schemas` (not an extension's), with what the models
 * declare of them: the query as `pg_get_viewdef` prints it (pretty where that keeps its shape),
 * `security_barrier`, `security_invoker` (absent before PostgreSQL 15, so `false` there) and
 * `check_option`, the output columns with their types, the comment, and the relations and
 * columns the query reads, from its `_RETURN` rule's entries in `pg_depend`.
 */
export function viewsQuery(schemas: string[]): RawBuilder<ViewRow> {
  // Boolean reloptions are kept as written (`on`, `1`, `yes`...): PostgreSQL's parse_bool.
  const isTrue = (name: string) =>
    sql`coalesce((select lower(o.option_value) in ('true', 'on', 'yes', '1', 't', 'y')
                  from pg_options_to_table(c.reloptions) o where o.option_name = ${name}), false)`;
  return sql<ViewRow>`
    select c.oid::text as oid, n.nspname::text as schema, c.relname::text as name,
           c.relkind = 'm' as materialized,
           v.definition,
           case when v.definition ~* '\\m(and|or)\\M' then pg_get_viewdef(c.oid, false) end
             as definition_plain,
           c.relispopulated as populated,
           ${isTrue("security_barrier")} as security_barrier,
           ${isTrue("security_invoker")} as security_invoker,
           (select lower(o.option_value) from pg_options_to_table(c.reloptions) o
            where o.option_name = 'check_option') as check_option,
           ${description(sql`c.oid`, "pg_class")} as comment,
           array(select a.attname::text from pg_attribute a
                 where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                 order by a.attnum) as column_names,
           array(select format_type(a.atttypid, a.atttypmod) from pg_attribute a
                 where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                 order by a.attnum) as column_types,
           array(select distinct rn.nspname::text || chr(1) || rc.relname::text || chr(1)
                                 || coalesce(ra.attname::text, '')
                 from pg_rewrite r
                 join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
                   and d.refclassid = 'pg_class'::regclass and d.refobjid <> c.oid
                 join pg_class rc on rc.oid = d.refobjid
                 join pg_namespace rn on rn.oid = rc.relnamespace
                 left join pg_attribute ra on ra.attrelid = d.refobjid and ra.attnum = d.refobjsubid
                   and d.refobjsubid > 0
                 where r.ev_class = c.oid) as dependencies
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    cross join lateral (select pg_get_viewdef(c.oid, true) as definition) v
    where c.relkind in ('v', 'm') and n.nspname = any(${schemas}::text[])
      and ${notExtensionMember("pg_class", sql`c.oid`)}
    order by 2, 3`;
}

/** The rows of {@link viewsQuery}, read on `db`. */
export function readViews(
  db: Kysely<any>,
  ...args: Parameters<typeof viewsQuery>
): Promise<{ rows: ViewRow[] }> {
  return jsonRows(db, viewsQuery(...args));
}

/** The views of `rows` as the description holds them, by oid; their indexes are added after. */
export function describeViewRows(rows: readonly ViewRow[]): Map<string, ViewDescription> {
  const described = new Map<string, ViewDescription>();
  for (const row of rows) {
    const dependsOn = new Map<string, ViewDependency>();
    for (const entry of row.dependencies) {
      const [schema = "", name = "", column = ""] = entry.split("\u0001");
      const key = `${schema}\u0000${name}`;
      const dependency = dependsOn.get(key) ?? { schema, name, columns: [] };
      if (column !== "") dependency.columns.push(column);
      dependsOn.set(key, dependency);
    }
    described.set(row.oid, {
      schema: row.schema,
      name: row.name,
      materialized: row.materialized,
      // The text a view is created from must print again as itself (the fixed point
      // canonicalViews relies on): not the pretty one where it drops parentheses.
      definition: normalizeQuery(
        row.definition_plain === null
          ? row.definition
          : faithfulExpression(row.definition, row.definition_plain),
      ),
      columns: row.column_names.map((name, k) => ({
        name,
        type: normalizeType(row.column_types[k] ?? ""),
      })),
      securityBarrier: row.security_barrier,
      securityInvoker: row.security_invoker,
      checkOption:
        row.check_option === "local" || row.check_option === "cascaded" ? row.check_option : null,
      withData: row.materialized ? row.populated : true,
      indexes: [],
      comment: row.comment,
      renamedFrom: null,
      dependsOn: [...dependsOn.values()]
        .map((d) => ({ ...d, columns: [...d.columns].sort() }))
        .sort((a, b) => (`${a.schema}\u0000${a.name}` < `${b.schema}\u0000${b.name}` ? -1 : 1)),
    });
  }
  return described;
}
