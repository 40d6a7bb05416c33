import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { foreignData } from "./catalog-foreign-data";
import { tableHierarchy } from "./catalog-partitions";
import { privileges } from "./catalog-privileges";
import {
  comments,
  publications,
  relationSettings,
  rulesAndStatistics,
  tableSettings,
  triggersAndPolicies,
} from "./catalog-relations";
import {
  aggregates,
  castsAndConversions,
  eventTriggers,
  operatorClasses,
  operators,
  routines,
} from "./catalog-routines";
import { notExtensionMember, type UnmanagedRow } from "./catalog-sql";
import { textSearchConfigurations, textSearchParsersAndTemplates } from "./catalog-text-search";
import { collations } from "./catalog-types";
import { canonicalRangeTypes } from "./catalog-user-types";

// Everything retort reads but does not manage, in four queries: each kind's select lives with
// its concern (catalog-relations, catalog-routines...), and these put them together.

/** Kinds retort names but cannot print, and kinds it does not know: reported, never created. */
function unprintable(inScope: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    -- Base types need C functions: they come with an extension, or by hand.
    select 'base type', n.nspname::text, t.typname::text, null, null
    from pg_type t join pg_namespace n on n.oid = t.typnamespace
    where t.typtype in ('b', 'p') and t.typcategory <> 'A' and ${inScope}
      and ${notExtensionMember("pg_type", sql`t.oid`)}
    union all
    -- Whatever else lives in a schema in scope, from catalogs no query here reads (whatever
    -- later versions add): named as PostgreSQL names it.
    select 'other object', n.nspname::text, pg_describe_object(d.classid, d.objid, d.objsubid), null, null
    from pg_depend d join pg_namespace n on n.oid = d.refobjid
    where d.refclassid = 'pg_namespace'::regclass and d.deptype = 'n' and ${inScope}
      and d.classid not in ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass,
                            'pg_collation'::regclass, 'pg_conversion'::regclass, 'pg_operator'::regclass,
                            'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_ts_config'::regclass,
                            'pg_ts_dict'::regclass, 'pg_ts_parser'::regclass, 'pg_ts_template'::regclass,
                            'pg_statistic_ext'::regclass, 'pg_extension'::regclass)
      and not exists (select 1 from pg_depend e where e.classid = d.classid and e.objid = d.objid
                        and e.deptype = 'e')`;
}

/**
 * What retort reads but does not manage, but for privileges, settings and the objects of
 * {@link unmanagedObjectsQuery}. `version` is `server_version_num` (collation columns differ
 * between versions).
 */
export function unmanagedQuery(schemas: string[], version: number): RawBuilder<UnmanagedRow> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  return unmanagedRows([
    routines(inScope, version),
    triggersAndPolicies(inScope, version),
    canonicalRangeTypes(inScope),
    collations(inScope, version),
    rulesAndStatistics(inScope, version),
    eventTriggers(inScope),
    operators(inScope),
    textSearchConfigurations(inScope),
    tableHierarchy(inScope),
  ]);
}

/**
 * The privileges of `schemas` (`grant` and `default privileges` rows), apart from the other kinds:
 * their query alone takes as long to plan as {@link unmanagedSettingsQuery}, so they can run on two
 * sessions.
 */
export function unmanagedPrivilegesQuery(
  schemas: string[],
  version: number,
): RawBuilder<UnmanagedRow> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  return sql<UnmanagedRow>`${privileges(inScope, version)} order by 1, 2, 4, 3, 5`;
}

/**
 * Unmanaged rows of `selects` (no two of which give one kind), ordered as the description is: two
 * parents of one child share kind, schema and name, so their order is kept stable.
 */
function unmanagedRows(selects: readonly RawBuilder<unknown>[]): RawBuilder<UnmanagedRow> {
  // The first select names the columns.
  return sql<UnmanagedRow>`
    select null::text as kind, null::text as schema, null::text as name, null::text as table,
           null::text as definition
    where false
    ${sql.join(
      selects.map((select) => sql`union all ${select}`),
      sql` `,
    )}
    order by 1, 2, 4, 3, 5`;
}

/**
 * The rest of what retort reads but does not manage (see {@link unmanagedQuery}), but for
 * privileges ({@link unmanagedPrivilegesQuery}), in two queries:
 * comments and settings of relations (a column's sequence options among them) and publications;
 * then {@link unmanagedObjectsQuery}.
 */
export function unmanagedSettingsQuery(
  schemas: string[],
  version: number,
): RawBuilder<UnmanagedRow> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  return unmanagedRows([
    comments(inScope),
    tableSettings(inScope),
    relationSettings(inScope, version),
    publications(schemas, version),
  ]);
}

/**
 * The objects of {@link unmanagedSettingsQuery}' second query: casts, conversions, aggregates,
 * text search parsers and templates, operator families and classes, foreign tables with their
 * servers, wrappers and user mappings, and base types and kinds retort does not know (named,
 * without a definition).
 */
export function unmanagedObjectsQuery(schemas: string[]): RawBuilder<UnmanagedRow> {
  const inScope = sql`n.nspname = any(${schemas}::text[])`;
  return unmanagedRows([
    castsAndConversions(inScope),
    aggregates(inScope),
    textSearchParsersAndTemplates(inScope),
    operatorClasses(inScope),
    foreignData(inScope),
    unprintable(inScope),
  ]);
}
