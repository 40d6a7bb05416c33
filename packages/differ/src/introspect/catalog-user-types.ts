import type { ObjectName } from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { normalizeDefault } from "../schema/normalize-default";
import { faithfulExpression, normalizeExpression } from "../schema/normalize-expression";
import { normalizeType } from "../schema/normalize-type";
import type { QualifiedName } from "../schema/schema-description";
import {
  type CompositeTypeDescription,
  type DomainDescription,
  defaultMultirangeName,
  type RangeTypeDescription,
} from "../schema/type-description";
import { type CatalogQuery, description, notExtensionMember } from "./catalog-sql";

// Domains, composite types and range types (managed). Introspection runs with `search_path`
// set to `pg_catalog`, so `format_type` qualifies every other type.

/** `schema` and `name` of the type `oid` (its element's for an array) when outside pg_catalog. */
function userTypeOf(oid: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(select json_build_object('schema', un.nspname::text, 'name', ut.typname::text)
              from pg_type at0 join pg_type ut on ut.oid = case when at0.typcategory = 'A' and at0.typelem <> 0 then at0.typelem else at0.oid end
              join pg_namespace un on un.oid = ut.typnamespace
              where at0.oid = ${oid} and un.nspname <> 'pg_catalog')`;
}

/** A collation (or operator class, function) as `{ schema, name }`; `null` for none. */
function objectOf(
  catalog: "pg_collation" | "pg_opclass" | "pg_proc",
  oid: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const [name, namespace] =
    catalog === "pg_collation"
      ? ["collname", "collnamespace"]
      : catalog === "pg_opclass"
        ? ["opcname", "opcnamespace"]
        : ["proname", "pronamespace"];
  return sql`(select json_build_object('schema', on0.nspname::text, 'name', o.${sql.raw(name)}::text)
              from ${sql.raw(catalog)} o join pg_namespace on0 on on0.oid = o.${sql.raw(namespace)}
              where o.oid = ${oid})`;
}

/** A name in `pg_catalog` is written bare, as columns' collations are. */
function objectName(o: QualifiedName | null): ObjectName | null {
  if (o === null) return null;
  return o.schema === "pg_catalog" ? o.name : { schema: o.schema, name: o.name };
}

interface DomainRow {
  schema: string;
  name: string;
  type: string;
  user_type: QualifiedName | null;
  not_null: boolean;
  default_expr: string | null;
  collation: QualifiedName | null;
  checks: { name: string; pretty: string; plain: string; validated: boolean }[];
  comment: string | null;
}

/** Domains of the schemas, with their checks (PostgreSQL 17+ lists NOT NULL there too: left out). */
export function domainsQuery(schemas: string[]): CatalogQuery<DomainDescription[]> {
  return {
    query: sql<DomainRow>`
    select n.nspname::text as schema, t.typname::text as name,
           format_type(t.typbasetype, t.typtypmod) as type,
           ${userTypeOf(sql`t.typbasetype`)} as user_type,
           t.typnotnull as not_null,
           pg_get_expr(t.typdefaultbin, 0, true) as default_expr,
           case when t.typcollation <> bt.typcollation then ${objectOf("pg_collation", sql`t.typcollation`)} end as collation,
           coalesce((select json_agg(json_build_object('name', c.conname::text,
                                                      'pretty', pg_get_expr(c.conbin, 0, true),
                                                      'plain', pg_get_expr(c.conbin, 0),
                                                      'validated', c.convalidated)
                                     order by c.conname)
                     from pg_constraint c where c.contypid = t.oid and c.contype = 'c'), '[]'::json) as checks,
           ${description(sql`t.oid`, "pg_type")} as comment
    from pg_type t
    join pg_namespace n on n.oid = t.typnamespace
    join pg_type bt on bt.oid = t.typbasetype
    where t.typtype = 'd' and n.nspname = any(${schemas}::text[])
      and ${notExtensionMember("pg_type", sql`t.oid`)}`,
    map: (rows: DomainRow[]) =>
      rows.map((r) => {
        const type = normalizeType(r.type);
        return {
          schema: r.schema,
          name: r.name,
          type,
          userType: r.user_type,
          notNull: r.not_null,
          default: r.default_expr === null ? null : normalizeDefault(r.default_expr, type),
          collation: objectName(r.collation),
          checks: r.checks.map((c) => ({
            name: c.name,
            expression: normalizeExpression(faithfulExpression(c.pretty, c.plain)),
            ...(c.validated ? {} : { notValid: true as const }),
          })),
          comment: r.comment,
          renamedFrom: null,
        };
      }),
  };
}

interface CompositeRow {
  schema: string;
  name: string;
  attributes: {
    name: string;
    type: string;
    user_type: QualifiedName | null;
    collation: QualifiedName | null;
  }[];
  comment: string | null;
}

/** Free-standing composite types (`CREATE TYPE ... AS`), not the row types of tables. */
export function compositeTypesQuery(schemas: string[]): CatalogQuery<CompositeTypeDescription[]> {
  return {
    query: sql<CompositeRow>`
    select n.nspname::text as schema, t.typname::text as name,
           coalesce((select json_agg(json_build_object(
                       'name', a.attname::text,
                       'type', format_type(a.atttypid, a.atttypmod),
                       'user_type', ${userTypeOf(sql`a.atttypid`)},
                       'collation', case when a.attcollation <> at.typcollation then ${objectOf("pg_collation", sql`a.attcollation`)} end)
                     order by a.attnum)
                     from pg_attribute a join pg_type at on at.oid = a.atttypid
                     where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped), '[]'::json) as attributes,
           ${description(sql`t.oid`, "pg_type")} as comment
    from pg_type t
    join pg_namespace n on n.oid = t.typnamespace
    join pg_class rc on rc.oid = t.typrelid
    where t.typtype = 'c' and rc.relkind = 'c' and n.nspname = any(${schemas}::text[])
      and ${notExtensionMember("pg_type", sql`t.oid`)}`,
    map: (rows: CompositeRow[]) =>
      rows.map((r) => ({
        schema: r.schema,
        name: r.name,
        attributes: r.attributes.map((a) => ({
          name: a.name,
          type: normalizeType(a.type),
          userType: a.user_type,
          collation: objectName(a.collation),
          renamedFrom: null,
        })),
        comment: r.comment,
        renamedFrom: null,
      })),
  };
}

interface RangeRow {
  schema: string;
  name: string;
  subtype: string;
  user_type: QualifiedName | null;
  opclass: QualifiedName | null;
  collation: QualifiedName | null;
  canonical: QualifiedName | null;
  subtype_diff: QualifiedName | null;
  multirange: QualifiedName | null;
  comment: string | null;
}

/** Range types. `version` is `server_version_num`: multiranges came with PostgreSQL 14. */
export function rangeTypesQuery(
  schemas: string[],
  version: number,
): CatalogQuery<RangeTypeDescription[]> {
  const multirange =
    version >= 140000
      ? sql`(select json_build_object('schema', mn.nspname::text, 'name', mt.typname::text)
             from pg_type mt join pg_namespace mn on mn.oid = mt.typnamespace where mt.oid = r.rngmultitypid)`
      : sql`null::json`;
  return {
    query: sql<RangeRow>`
    select n.nspname::text as schema, t.typname::text as name,
           format_type(r.rngsubtype, null) as subtype,
           ${userTypeOf(sql`r.rngsubtype`)} as user_type,
           case when not (select oc.opcdefault from pg_opclass oc where oc.oid = r.rngsubopc)
             then ${objectOf("pg_opclass", sql`r.rngsubopc`)} end as opclass,
           case when r.rngcollation <> 0 and r.rngcollation <> st.typcollation
             then ${objectOf("pg_collation", sql`r.rngcollation`)} end as collation,
           case when r.rngcanonical <> 0 then ${objectOf("pg_proc", sql`r.rngcanonical`)} end as canonical,
           case when r.rngsubdiff <> 0 then ${objectOf("pg_proc", sql`r.rngsubdiff`)} end as subtype_diff,
           ${multirange} as multirange,
           ${description(sql`t.oid`, "pg_type")} as comment
    from pg_range r
    join pg_type t on t.oid = r.rngtypid
    join pg_type st on st.oid = r.rngsubtype
    join pg_namespace n on n.oid = t.typnamespace
    where n.nspname = any(${schemas}::text[]) and r.rngcanonical = 0
      and ${notExtensionMember("pg_type", sql`t.oid`)}`,
    map: (rows: RangeRow[]) =>
      rows.map((r) => ({
        schema: r.schema,
        name: r.name,
        subtype: normalizeType(r.subtype),
        userType: r.user_type,
        subtypeOpclass: objectName(r.opclass),
        collation: objectName(r.collation),
        canonical: objectName(r.canonical),
        subtypeDiff: objectName(r.subtype_diff),
        multirangeName:
          r.multirange === null ||
          (r.multirange.schema === r.schema && r.multirange.name === defaultMultirangeName(r.name))
            ? null
            : r.multirange,
        comment: r.comment,
        renamedFrom: null,
      })),
  };
}

/**
 * Range types with a canonical function, for the unmanaged query: the function takes and returns
 * the range, so creating one needs a shell type first, which the models do not declare. Named,
 * without a definition (as base types are).
 */
export function canonicalRangeTypes(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    select 'range type', n.nspname::text, t.typname::text, null, null
    from pg_range r join pg_type t on t.oid = r.rngtypid join pg_namespace n on n.oid = t.typnamespace
    where r.rngcanonical <> 0 and ${inScope} and ${notExtensionMember("pg_type", sql`t.oid`)}`;
}
