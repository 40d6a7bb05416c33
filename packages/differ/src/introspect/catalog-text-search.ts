import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { commentClause, description, notExtensionMember, procName, qualified } from "./catalog-sql";

// Text search parsers, templates, dictionaries and configurations.

/** Text search parsers and templates: the C functions they name come with PostgreSQL. */
export function textSearchParsersAndTemplates(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  const parser = qualified(sql`n.nspname`, sql`prs.prsname`);
  const template = qualified(sql`n.nspname`, sql`tmpl.tmplname`);
  return sql`
    select 'text search parser', n.nspname::text, prs.prsname::text, null,
           'CREATE TEXT SEARCH PARSER ' || ${parser} || ' (' || concat_ws(', ',
             'START = ' || ${procName(sql`prs.prsstart`)}, 'GETTOKEN = ' || ${procName(sql`prs.prstoken`)},
             'END = ' || ${procName(sql`prs.prsend`)}, 'LEXTYPES = ' || ${procName(sql`prs.prslextype`)},
             'HEADLINE = ' || ${procName(sql`prs.prsheadline`)}) || ')'
           || ${commentClause(sql`'TEXT SEARCH PARSER ' || ${parser}`, description(sql`prs.oid`, "pg_ts_parser"))}
    from pg_ts_parser prs join pg_namespace n on n.oid = prs.prsnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_parser", sql`prs.oid`)}
    union all
    select 'text search template', n.nspname::text, tmpl.tmplname::text, null,
           'CREATE TEXT SEARCH TEMPLATE ' || ${template} || ' (' || concat_ws(', ',
             'INIT = ' || ${procName(sql`tmpl.tmplinit`)}, 'LEXIZE = ' || ${procName(sql`tmpl.tmpllexize`)}) || ')'
           || ${commentClause(sql`'TEXT SEARCH TEMPLATE ' || ${template}`, description(sql`tmpl.oid`, "pg_ts_template"))}
    from pg_ts_template tmpl join pg_namespace n on n.oid = tmpl.tmplnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_template", sql`tmpl.oid`)}`;
}

/**
 * Text search configurations (their mappings take one ALTER per token type, as pg_dump prints
 * them), and dictionaries.
 */
export function textSearchConfigurations(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    -- The mappings take one ALTER per token type, as pg_dump prints them.
    select 'text search configuration', n.nspname::text, cf.cfgname::text, null,
           'CREATE TEXT SEARCH CONFIGURATION ' || ${qualified(sql`n.nspname`, sql`cf.cfgname`)}
           || ' (PARSER = ' || ${qualified(sql`prsn.nspname`, sql`prs.prsname`)} || ')'
           || coalesce((select string_agg(E';\nALTER TEXT SEARCH CONFIGURATION ' || ${qualified(sql`n.nspname`, sql`cf.cfgname`)}
                                          || ' ADD MAPPING FOR ' || tt.alias || ' WITH ' || m.dicts, '' order by m.token)
                        from (select mp.maptokentype as token,
                                     string_agg(${qualified(sql`dn.nspname`, sql`dct.dictname`)}, ', ' order by mp.mapseqno) as dicts
                              from pg_ts_config_map mp join pg_ts_dict dct on dct.oid = mp.mapdict
                              join pg_namespace dn on dn.oid = dct.dictnamespace
                              where mp.mapcfg = cf.oid group by mp.maptokentype) m
                        join ts_token_type(cf.cfgparser) tt on tt.tokid = m.token), '')
           || ${commentClause(sql`'TEXT SEARCH CONFIGURATION ' || ${qualified(sql`n.nspname`, sql`cf.cfgname`)}`, description(sql`cf.oid`, "pg_ts_config"))}
    from pg_ts_config cf join pg_namespace n on n.oid = cf.cfgnamespace
    join pg_ts_parser prs on prs.oid = cf.cfgparser join pg_namespace prsn on prsn.oid = prs.prsnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_config", sql`cf.oid`)}
    union all
    select 'text search dictionary', n.nspname::text, td.dictname::text, null,
           'CREATE TEXT SEARCH DICTIONARY ' || ${qualified(sql`n.nspname`, sql`td.dictname`)}
           || ' (TEMPLATE = ' || ${qualified(sql`tmn.nspname`, sql`tmpl.tmplname`)}
           || coalesce(', ' || td.dictinitoption, '') || ')'
           || ${commentClause(sql`'TEXT SEARCH DICTIONARY ' || ${qualified(sql`n.nspname`, sql`td.dictname`)}`, description(sql`td.oid`, "pg_ts_dict"))}
    from pg_ts_dict td join pg_namespace n on n.oid = td.dictnamespace
    join pg_ts_template tmpl on tmpl.oid = td.dicttemplate join pg_namespace tmn on tmn.oid = tmpl.tmplnamespace
    where ${inScope} and ${notExtensionMember("pg_ts_dict", sql`td.oid`)}`;
}
