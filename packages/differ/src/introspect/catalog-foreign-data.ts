import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { commentClause, description, notExtensionMember, procName, qualified } from "./catalog-sql";

// Foreign tables, and the servers, wrappers and user mappings they use.

/** ` OPTIONS (name 'value', ...)` from a foreign-data `text[]` of `name=value`; `''` for none. */
function fdwOptions(options: RawBuilder<unknown>, leaveOut = ""): RawBuilder<unknown> {
  return sql`coalesce((select ' OPTIONS (' || string_agg(quote_ident(o.option_name) || ' ' || quote_literal(o.option_value), ', ' order by o.ord) || ')'
                       from pg_options_to_table(${options}) with ordinality o(option_name, option_value, ord)
                       where o.option_name <> ${leaveOut}), '')`;
}

/**
 * The foreign servers that foreign tables in scope use, as `(oid, schema)`: a server belongs to
 * the database, so it goes with the first schema that needs it.
 */
export function serversInScope(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(select s.oid, min(n.nspname)::text as schema
              from pg_foreign_table ft join pg_class c on c.oid = ft.ftrelid
              join pg_namespace n on n.oid = c.relnamespace join pg_foreign_server s on s.oid = ft.ftserver
              where ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}
                and ${notExtensionMember("pg_foreign_server", sql`s.oid`)}
              group by s.oid)`;
}

/** The foreign-data wrappers of {@link serversInScope}, as `(oid, schema)`. */
export function wrappersInScope(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  // Grouped by a column of the servers' list: catalogs have no primary key (which would let a
  // query select the wrapper's other columns) before PostgreSQL 14.
  return sql`(select s.srvfdw as oid, min(sv.schema) as schema
              from ${serversInScope(inScope)} sv join pg_foreign_server s on s.oid = sv.oid
              group by s.srvfdw)`;
}

/**
 * Foreign tables, the servers they use, those servers' user mappings (without a `password`
 * option: a secret does not belong in a migration file; the mapping's name says when one was left
 * out), and the foreign-data wrappers that no extension created.
 */
export function foreignData(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const relation = qualified(sql`n.nspname`, sql`c.relname`);
  const mappedRole = sql`case when um.umuser = 0 then 'PUBLIC' else quote_ident(um.usename) end`;
  return sql`
    select 'foreign data wrapper', wv.schema, w.fdwname::text, null,
           'CREATE FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)
           || coalesce(' HANDLER ' || ${procName(sql`w.fdwhandler`)}, '')
           || coalesce(' VALIDATOR ' || ${procName(sql`w.fdwvalidator`)}, '') || ${fdwOptions(sql`w.fdwoptions`)}
           || ${commentClause(sql`'FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)`, description(sql`w.oid`, "pg_foreign_data_wrapper"))}
    from ${wrappersInScope(inScope)} wv join pg_foreign_data_wrapper w on w.oid = wv.oid
    where ${notExtensionMember("pg_foreign_data_wrapper", sql`w.oid`)}
    union all
    select 'foreign server', sv.schema, s.srvname::text, null,
           'CREATE SERVER ' || quote_ident(s.srvname) || coalesce(' TYPE ' || quote_literal(s.srvtype), '')
           || coalesce(' VERSION ' || quote_literal(s.srvversion), '')
           || ' FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ${fdwOptions(sql`s.srvoptions`)}
           || ${commentClause(sql`'SERVER ' || quote_ident(s.srvname)`, description(sql`s.oid`, "pg_foreign_server"))}
    from ${serversInScope(inScope)} sv join pg_foreign_server s on s.oid = sv.oid
    join pg_foreign_data_wrapper w on w.oid = s.srvfdw
    union all
    select 'user mapping', sv.schema,
           ${mappedRole} || ' SERVER ' || quote_ident(s.srvname)
           || case when exists (select 1 from pg_options_to_table(um.umoptions) o where o.option_name = 'password')
                then ' (password left out)' else '' end, null,
           'CREATE USER MAPPING FOR ' || ${mappedRole} || ' SERVER ' || quote_ident(s.srvname)
           || ${fdwOptions(sql`um.umoptions`, "password")}
    from ${serversInScope(inScope)} sv join pg_foreign_server s on s.oid = sv.oid
    join pg_user_mappings um on um.srvid = s.oid
    union all
    select 'foreign table', n.nspname::text, c.relname::text, null,
           'CREATE FOREIGN TABLE ' || ${relation} || E' (\n    '
           || coalesce((select string_agg(item, E',\n    ' order by ord) from (
                select a.attnum::int as ord,
                       quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) || ${fdwOptions(sql`a.attfdwoptions`)}
                       || case when a.attcollation <> t.typcollation
                            then ' COLLATE ' || ${qualified(sql`cn.nspname`, sql`co.collname`)} else '' end
                       || case when a.attnotnull then ' NOT NULL' else '' end
                       || coalesce(case a.attgenerated
                                     when 's' then ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') STORED'
                                     when 'v' then ' GENERATED ALWAYS AS (' || pg_get_expr(ad.adbin, ad.adrelid) || ') VIRTUAL'
                                     else ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) end, '') as item
                from pg_attribute a join pg_type t on t.oid = a.atttypid
                left join pg_collation co on co.oid = a.attcollation left join pg_namespace cn on cn.oid = co.collnamespace
                left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
                where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                union all
                select 100000 + row_number() over (order by con.conname)::int,
                       'CONSTRAINT ' || quote_ident(con.conname) || ' ' || pg_get_constraintdef(con.oid)
                -- A check it inherits comes with ATTACH PARTITION ('partition check') or INHERIT.
                from pg_constraint con where con.conrelid = c.oid and con.contype = 'c'
                  and con.coninhcount = 0) items), '')
           || E'\n) SERVER ' || quote_ident(s.srvname) || ${fdwOptions(sql`ft.ftoptions`)}
           || ${commentClause(sql`'FOREIGN TABLE ' || ${relation}`, description(sql`c.oid`, "pg_class"))}
    from pg_foreign_table ft join pg_class c on c.oid = ft.ftrelid
    join pg_namespace n on n.oid = c.relnamespace join pg_foreign_server s on s.oid = ft.ftserver
    where ${inScope} and ${notExtensionMember("pg_class", sql`c.oid`)}`;
}
