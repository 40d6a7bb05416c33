import {
  type FunctionParallel,
  type FunctionVolatility,
  lexSql,
  type TriggerEvent,
} from "@retort/core";
import { sql } from "@retort/core/kysely-runtime";
import type { RawBuilder } from "kysely";
import { faithfulExpression } from "../schema/normalize-expression";
import type { FunctionDescription, TriggerDescription } from "../schema/routine-description";
import { defaultCost, defaultRows, triggerEventOrder } from "../schema/routine-description";
import { type CatalogQuery, description, notExtensionMember } from "./catalog-sql";

// The functions, procedures and triggers the models declare. What they cannot declare (C
// functions, SQL-standard bodies, disabled triggers, triggers with transition tables or on
// views) stays unmanaged: `managedRoutine` and `managedTrigger` draw the line for both readers.

/** Whether the `pg_proc` row `p` (language `l`) is a function or procedure the models declare. */
export function managedRoutine(version: number): RawBuilder<unknown> {
  // prosqlbody (BEGIN ATOMIC bodies) exists from PostgreSQL 14.
  const sqlBody = version >= 140000 ? sql`p.prosqlbody is null` : sql`true`;
  return sql`(p.prokind in ('f', 'p') and p.prolang not in (select oid from pg_language where lanname in ('c', 'internal')) and ${sqlBody})`;
}

/** Whether the `pg_trigger` row `tg` on relation `c` is a trigger the models declare. */
export function managedTrigger(): RawBuilder<unknown> {
  return sql`(c.relkind in ('r', 'p') and tg.tgenabled = 'O' and tg.tgoldtable is null and tg.tgnewtable is null)`;
}

interface FunctionRow {
  schema: string;
  name: string;
  procedure: boolean;
  identity_arguments: string;
  arguments: string;
  returns: string | null;
  language: string;
  body: string;
  volatility: string;
  strict: boolean;
  security_definer: boolean;
  parallel: string;
  leakproof: boolean;
  /** `procost` and `prorows` (float4) as text: their shortest exact spelling. */
  cost: string;
  rows: string;
  returns_set: boolean;
  config: string[] | null;
  comment: string | null;
}

const volatilities: Record<string, FunctionVolatility> = {
  i: "immutable",
  s: "stable",
  v: "volatile",
};
const parallels: Record<string, FunctionParallel> = { s: "safe", r: "restricted", u: "unsafe" };

/** `proconfig` (`name=value` items) as a record. */
export function configRecord(config: readonly string[] | null): Record<string, string> {
  const set: Record<string, string> = {};
  for (const item of config ?? []) {
    const at = item.indexOf("=");
    set[item.slice(0, at)] = item.slice(at + 1);
  }
  return set;
}

/** The managed functions and procedures of `schemas`. */
export function functionsQuery(
  schemas: string[],
  version: number,
): CatalogQuery<FunctionDescription[]> {
  return {
    query: sql<FunctionRow>`
    select n.nspname::text as schema, p.proname::text as name, p.prokind = 'p' as procedure,
           pg_get_function_identity_arguments(p.oid) as identity_arguments,
           pg_get_function_arguments(p.oid) as arguments,
           case when p.prokind = 'p' then null else pg_get_function_result(p.oid) end as returns,
           l.lanname::text as language, p.prosrc as body, p.provolatile::text as volatility,
           p.proisstrict as strict, p.prosecdef as security_definer, p.proparallel::text as parallel,
           p.proleakproof as leakproof, p.procost::text as cost, p.prorows::text as rows,
           p.proretset as returns_set,
           p.proconfig::text[] as config, ${description(sql`p.oid`, "pg_proc")} as comment
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
    where n.nspname = any(${schemas}::text[]) and ${managedRoutine(version)}
      and ${notExtensionMember("pg_proc", sql`p.oid`)}`,
    map: (rows: FunctionRow[]) =>
      rows.map((r) => ({
        schema: r.schema,
        name: r.name,
        procedure: r.procedure,
        identityArguments: r.identity_arguments,
        arguments: r.arguments,
        returns: r.returns,
        language: r.language,
        body: r.body,
        volatility: volatilities[r.volatility] ?? "volatile",
        strict: r.strict,
        security: r.security_definer ? "definer" : "invoker",
        parallel: parallels[r.parallel] ?? "unsafe",
        leakproof: r.leakproof,
        cost: r.procedure || Number(r.cost) === defaultCost(r.language) ? null : Number(r.cost),
        rows: r.returns_set && Number(r.rows) !== defaultRows ? Number(r.rows) : null,
        set: configRecord(r.config),
        comment: r.comment,
        renamedFrom: null,
      })),
  };
}

interface TriggerRow {
  schema: string;
  table: string;
  table_oid: string;
  name: string;
  type: number;
  update_of: string[];
  definition: string;
  has_when: boolean;
  /** `pg_get_triggerdef` without `pretty`, for a trigger with a `WHEN`. */
  definition_plain: string | null;
  function_schema: string;
  function_name: string;
  args: string;
  constraint: boolean;
  deferrable: boolean;
  initially_deferred: boolean;
  comment: string | null;
  calls: string[] | null;
}

/**
 * The `WHEN` condition of a trigger definition as `pg_get_triggerdef` prints it: the
 * parenthesized text after the first `WHEN` keyword (names and strings are lexed over, so a
 * trigger or column named "when" does not count).
 */
export function triggerWhen(definition: string): string | null {
  const lexemes = lexSql(definition).filter((l) => l.kind !== "space" && l.kind !== "comment");
  const text = (k: number) => definition.slice(lexemes[k]!.start, lexemes[k]!.end);
  const at = lexemes.findIndex(
    (l, k) => l.kind === "identifier" && text(k).toUpperCase() === "WHEN",
  );
  if (at < 0 || text(at + 1) !== "(") return null;
  let depth = 0;
  for (let k = at + 1; k < lexemes.length; k++) {
    if (lexemes[k]!.kind !== "punct") continue;
    if (text(k) === "(") depth++;
    else if (text(k) === ")" && --depth === 0) {
      return definition.slice(lexemes[at + 1]!.end, lexemes[k]!.start);
    }
  }
  return null;
}

/** A trigger's `WHEN`, from its pretty and plain definitions: see {@link faithfulExpression}. */
function whenCondition(pretty: string, plain: string | null): string | null {
  const when = triggerWhen(pretty);
  const plainWhen = plain === null ? null : triggerWhen(plain);
  return when === null || plainWhen === null ? when : faithfulExpression(when, plainWhen);
}

/** `tgargs`: each argument ends with a NUL byte. */
function triggerArgs(hex: string): string[] {
  const bytes = Buffer.from(hex, "hex");
  const args: string[] = [];
  let from = 0;
  for (let k = 0; k < bytes.length; k++) {
    if (bytes[k] === 0) {
      args.push(bytes.subarray(from, k).toString("utf8"));
      from = k + 1;
    }
  }
  return args;
}

/** The managed triggers on the tables of `schemas`, with their table's oid. */
export function triggersQuery(
  schemas: string[],
  version: number,
): CatalogQuery<(TriggerDescription & { tableOid: string })[]> {
  const ownTrigger = version >= 130000 ? sql`tg.tgparentid = 0` : sql`true`;
  return {
    query: sql<TriggerRow>`
    select n.nspname::text as schema, c.relname::text as table, c.oid::text as table_oid,
           tg.tgname::text as name, tg.tgtype::int as type,
           array(select a.attname::text from unnest(tg.tgattr::int2[]) with ordinality u(k, n)
                 join pg_attribute a on a.attrelid = tg.tgrelid and a.attnum = u.k order by u.n) as update_of,
           pg_get_triggerdef(tg.oid, true) as definition, tg.tgqual is not null as has_when,
           case when tg.tgqual is not null then pg_get_triggerdef(tg.oid, false) end as definition_plain,
           fn.nspname::text as function_schema, p.proname::text as function_name,
           encode(tg.tgargs, 'hex') as args, tg.tgconstraint <> 0 as constraint,
           tg.tgdeferrable as deferrable, tg.tginitdeferred as initially_deferred,
           ${description(sql`tg.oid`, "pg_trigger")} as comment,
           array(select dn.nspname::text || chr(1) || dp.proname::text
                 from pg_depend d join pg_proc dp on dp.oid = d.refobjid
                 join pg_namespace dn on dn.oid = dp.pronamespace
                 where d.classid = 'pg_trigger'::regclass and d.objid = tg.oid
                   and d.refclassid = 'pg_proc'::regclass and d.refobjid <> tg.tgfoid
                 order by 1) as calls
    from pg_trigger tg join pg_class c on c.oid = tg.tgrelid join pg_namespace n on n.oid = c.relnamespace
    join pg_proc p on p.oid = tg.tgfoid join pg_namespace fn on fn.oid = p.pronamespace
    where not tg.tgisinternal and ${ownTrigger} and n.nspname = any(${schemas}::text[])
      and ${managedTrigger()} and ${notExtensionMember("pg_class", sql`c.oid`)}`,
    map: (rows: TriggerRow[]) =>
      rows.map((r) => {
        const type = Number(r.type);
        const events = triggerEventOrder.filter(
          (e: TriggerEvent) => (type & { insert: 4, delete: 8, update: 16, truncate: 32 }[e]) !== 0,
        );
        return {
          schema: r.schema,
          table: r.table,
          tableOid: r.table_oid,
          name: r.name,
          timing: (type & 64) !== 0 ? "instead of" : (type & 2) !== 0 ? "before" : "after",
          events,
          updateOf: r.update_of,
          forEach: (type & 1) !== 0 ? "row" : "statement",
          when: r.has_when ? whenCondition(r.definition, r.definition_plain) : null,
          function: { schema: r.function_schema, name: r.function_name },
          args: triggerArgs(r.args ?? ""),
          constraint: r.constraint,
          deferrable: r.deferrable,
          initiallyDeferred: r.initially_deferred,
          comment: r.comment,
          calls: (r.calls ?? []).map((c) => {
            const [schema = "", name = ""] = c.split("\u0001");
            return { schema, name };
          }),
        };
      }),
  };
}
