import { sql } from "@retort/core/kysely-runtime";
import { parseReloptions } from "../schema/normalize-storage-parameters";
import type { TableDescription } from "../schema/schema-description";
import { type CatalogQuery, notExtensionMember, rowsOf } from "./catalog-sql";

// The physical settings the table models carry: storage parameters (the table's and its TOAST
// table's), persistence, replica identity, the index it is clustered on, and the columns'
// statistics targets. Only tables that have one of them come back.

export interface TableSettingsRow {
  oid: string;
  options: string[] | null;
  toast_options: string[] | null;
  unlogged: boolean;
  /** `f`, `n`, `i` (with `identity_index`); `d` rows are not read unless another setting is. */
  replica_identity: string;
  identity_index: string | null;
  cluster_index: string | null;
  /** `name=target` of the columns whose statistics target is not the default. */
  statistics: string[] | null;
}

/** The tables of `schemas` that have one of the settings, with them. */
export function tableSettingsQuery(schemas: string[]): CatalogQuery<TableSettingsRow[]> {
  // attstattarget is -1 for the default before PostgreSQL 17 and NULL from 17 on.
  return rowsOf(
    sql<TableSettingsRow>`
    select * from (
      select c.oid::text as oid, c.reloptions::text[] as options,
             toast.reloptions::text[] as toast_options, c.relpersistence = 'u' as unlogged,
             c.relreplident::text as replica_identity,
             (select ic.relname::text from pg_index i join pg_class ic on ic.oid = i.indexrelid
              where i.indrelid = c.oid and i.indisreplident) as identity_index,
             (select ic.relname::text from pg_index i join pg_class ic on ic.oid = i.indexrelid
              where i.indrelid = c.oid and i.indisclustered) as cluster_index,
             (select array_agg(a.attname || '=' || a.attstattarget order by a.attnum)
              from pg_attribute a
              where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                and coalesce(a.attstattarget::int, -1) <> -1) as statistics
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      left join pg_class toast on toast.oid = c.reltoastrelid
      where c.relkind in ('r', 'p') and n.nspname = any(${schemas}::text[])
        and ${notExtensionMember("pg_class", sql`c.oid`)}
    ) s
    where options is not null or toast_options is not null or unlogged
       or replica_identity <> 'd' or cluster_index is not null or statistics is not null`,
  );
}

/** Puts the physical settings {@link readTableSettings} read into the tables' descriptions, by oid. */
export function applyTableSettings(
  rows: readonly TableSettingsRow[],
  tables: ReadonlyMap<string, TableDescription>,
): void {
  for (const row of rows) {
    const table = tables.get(row.oid);
    if (table === undefined) continue;
    const toast = Object.entries(parseReloptions(row.toast_options) ?? {}).map(
      ([name, value]) => [`toast.${name}`, value] as const,
    );
    const parameters = { ...parseReloptions(row.options), ...Object.fromEntries(toast) };
    if (Object.keys(parameters).length > 0) table.storageParameters = parameters;
    if (row.unlogged) table.unlogged = true;
    // USING INDEX whose index was dropped logs as NOTHING but pg_dump writes no clause: as default.
    if (row.replica_identity === "f") table.replicaIdentity = "full";
    else if (row.replica_identity === "n") table.replicaIdentity = "nothing";
    else if (row.replica_identity === "i" && row.identity_index !== null)
      table.replicaIdentity = { index: row.identity_index };
    if (row.cluster_index !== null) table.clusterOn = row.cluster_index;
    for (const entry of row.statistics ?? []) {
      const at = entry.lastIndexOf("=");
      const column = table.columns.find((c) => c.name === entry.slice(0, at));
      if (column !== undefined) column.statistics = Number(entry.slice(at + 1));
    }
  }
}
