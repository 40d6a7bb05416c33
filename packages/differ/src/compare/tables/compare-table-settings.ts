import type { AlterTableOperation, ReplicaIdentity } from "@retort/core";
import {
  normalizeStorageParameters,
  storageParameterValue,
} from "../../schema/normalize-storage-parameters";
import type { TableDescription } from "../../schema/schema-description";
import { uncommented } from "../constraints/constraint-comments";
import { castInsensitiveIndex } from "../indexes/cast-insensitive-index";
import { compareIndexStatistics, newIndexStatistics } from "../indexes/compare-index-statistics";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { Phase } from "../plan/phase";
import { readsRecreated, type TablePair } from "../plan/table-pair";

const identityOf = (t: TableDescription): ReplicaIdentity => t.replicaIdentity ?? "default";

/** The changes of storage parameters from `f` to `t`: what to set, reset, and the values before. */
function parameterChanges(
  f: TableDescription | null,
  t: TableDescription,
): Pick<AlterTableOperation, "with" | "reset" | "existingWith"> {
  const before = f?.storageParameters ?? {};
  const after = t.storageParameters ?? {};
  const beforeKeys = normalizeStorageParameters(before) ?? {};
  const afterKeys = normalizeStorageParameters(after) ?? {};
  const set = Object.keys(after).filter((name) => beforeKeys[name] !== afterKeys[name]);
  const reset = Object.keys(before).filter((name) => !Object.hasOwn(after, name));
  const existing = [...set, ...reset].filter((name) => Object.hasOwn(before, name));
  if (set.length === 0 && reset.length === 0) return {};
  return {
    with:
      set.length === 0
        ? undefined
        : Object.fromEntries(set.map((name) => [name, storageParameterValue(after[name]!)])),
    reset: reset.length === 0 ? undefined : reset,
    existingWith: Object.fromEntries(
      existing.map((name) => [name, storageParameterValue(before[name]!)]),
    ),
  };
}

/**
 * Whether the index (or key constraint) `name` is dropped and created again by this plan: it
 * then comes back unclustered and without the replica identity, which must be set again.
 */
function isRebuilt(pair: TablePair, name: string): boolean {
  const { from: f, to: t } = pair;
  const index = (table: TableDescription) => table.indexes.find((i) => i.name === name);
  const fi = index(f);
  const ti = index(t);
  if (fi !== undefined && ti !== undefined) {
    const seen = (i: typeof fi) => ({
      ...castInsensitiveIndex(i),
      storageParameters: normalizeStorageParameters(i.storageParameters),
      comment: undefined,
      statistics: undefined,
    });
    return (
      !isDeepEqual(seen(fi), seen(ti)) ||
      readsRecreated(
        pair,
        [...ti.elements.map((e) => e.column), ...ti.include],
        [...ti.elements.map((e) => e.expression), ti.where],
      )
    );
  }
  const keys = (table: TableDescription) => [
    ...(table.primaryKey === null ? [] : [table.primaryKey]),
    ...table.uniques,
    ...table.exclusions,
  ];
  const fk = keys(f).find((k) => k.name === name);
  const tk = keys(t).find((k) => k.name === name);
  if (fk === undefined || tk === undefined) return false;
  const columns = "columns" in tk ? tk.columns : tk.elements.map((e) => e.column);
  return !isDeepEqual(uncommented(fk), uncommented(tk)) || readsRecreated(pair, columns);
}

/** The settings of a table that is new (or as good as new): what `createTable` does not say. */
export function newTableSettings(comparison: Comparison, t: TableDescription): void {
  const changes: Partial<AlterTableOperation> = {};
  if (t.replicaIdentity !== undefined) {
    Object.assign(changes, {
      replicaIdentity: t.replicaIdentity,
      existingReplicaIdentity: "default",
    });
  }
  if (t.clusterOn !== undefined)
    Object.assign(changes, { clusterOn: t.clusterOn, existingClusterOn: null });
  if (Object.keys(changes).length > 0) {
    comparison.emit(Phase.TableSettings, {
      kind: "alterTable",
      schema: t.schema,
      table: t.name,
      ...changes,
    });
  }
  for (const c of t.columns) newColumnStatistics(comparison, t, c.name, c.statistics);
  for (const i of t.indexes) indexComment(comparison, t, i.name, null, i.comment ?? null);
  newIndexStatistics(comparison, t);
}

function indexComment(
  comparison: Comparison,
  t: TableDescription,
  name: string,
  before: string | null,
  after: string | null,
): void {
  if (before === after) return;
  comparison.emit(Phase.TableSettings, {
    kind: "setIndexComment",
    schema: t.schema,
    name,
    comment: after,
    existingComment: before,
  });
}

function newColumnStatistics(
  comparison: Comparison,
  t: TableDescription,
  column: string,
  statistics: number | undefined,
): void {
  if (statistics === undefined) return;
  comparison.emit(Phase.TableSettings, {
    kind: "alterColumn",
    schema: t.schema,
    table: t.name,
    column,
    statistics,
    existingStatistics: null,
  });
}

interface PendingSettings {
  table: TableDescription;
  changes: Partial<AlterTableOperation>;
}

/** Each comparison's `alterTable`s, emitted once every table is compared (`compareSchema`). */
const pending = new WeakMap<Comparison, PendingSettings[]>();

function pendingOf(comparison: Comparison): PendingSettings[] {
  let list = pending.get(comparison);
  if (list === undefined) {
    list = [];
    pending.set(comparison, list);
  }
  return list;
}

/**
 * PostgreSQL refuses a logged table that references an unlogged one, at every step: tables
 * turning unlogged go referencing first, tables turning logged referenced first (foreign keys
 * as they stand when the settings run, after every add and drop). A cycle keeps name order.
 */
function persistenceOrder(list: readonly PendingSettings[]): PendingSettings[] {
  const key = (t: { schema: string; name: string }) => `${t.schema}\u0000${t.name}`;
  const turning = (unlogged: boolean) => {
    const group = list.filter((p) => p.changes.unlogged === unlogged);
    const inGroup = new Map(group.map((p) => [key(p.table), p]));
    // before.get(x): the tables that must come before x.
    const before = new Map(group.map((p) => [key(p.table), new Set<string>()]));
    for (const p of group) {
      for (const fk of p.table.foreignKeys) {
        const referenced = key({ schema: fk.refSchema, name: fk.refTable });
        if (referenced === key(p.table) || !inGroup.has(referenced)) continue;
        if (unlogged) before.get(referenced)!.add(key(p.table));
        else before.get(key(p.table))!.add(referenced);
      }
    }
    const ordered: PendingSettings[] = [];
    const done = new Set<string>();
    while (ordered.length < group.length) {
      const ready =
        group.find(
          (p) =>
            !done.has(key(p.table)) && [...before.get(key(p.table))!].every((k) => done.has(k)),
        ) ?? group.find((p) => !done.has(key(p.table)))!;
      done.add(key(ready.table));
      ordered.push(ready);
    }
    return ordered;
  };
  return [
    ...list.filter((p) => p.changes.unlogged === undefined),
    ...turning(true),
    ...turning(false),
  ];
}

/**
 * Storage parameters, `UNLOGGED`, replica identity and `CLUSTER ON` of a table both sides have,
 * as one `alterTable`; and the columns' statistics targets.
 */
export const compareTableSettings: Comparator = {
  family: "tables",
  // Runs after every table was compared (the tables comparator's compareSchema calls
  // compareTable), so the persistence changes can be ordered among themselves.
  compareSchema(comparison) {
    for (const { table: t, changes } of persistenceOrder(pendingOf(comparison))) {
      comparison.emit(Phase.TableSettings, {
        kind: "alterTable",
        schema: t.schema,
        table: t.name,
        ...changes,
      });
    }
    pending.delete(comparison);
  },
  compareTable(comparison, pair) {
    const { from: f, to: t } = pair;
    const changes: Partial<AlterTableOperation> = { ...parameterChanges(f, t) };
    if ((f.unlogged ?? false) !== (t.unlogged ?? false)) {
      Object.assign(changes, {
        unlogged: t.unlogged ?? false,
        existingUnlogged: f.unlogged ?? false,
      });
    }
    const identity = identityOf(t);
    if (
      !isDeepEqual(identityOf(f), identity) ||
      (typeof identity === "object" && isRebuilt(pair, identity.index))
    ) {
      Object.assign(changes, { replicaIdentity: identity, existingReplicaIdentity: identityOf(f) });
    }
    const clusterOn = t.clusterOn ?? null;
    if ((f.clusterOn ?? null) !== clusterOn || (clusterOn !== null && isRebuilt(pair, clusterOn))) {
      Object.assign(changes, { clusterOn, existingClusterOn: f.clusterOn ?? null });
    }
    if (Object.keys(changes).length > 0) pendingOf(comparison).push({ table: t, changes });
    // An index created or rebuilt here has no comment yet; one kept keeps its own.
    const fromIndexes = new Map(f.indexes.map((i) => [i.name, i]));
    for (const ti of t.indexes) {
      const fi = fromIndexes.get(ti.name);
      const before = fi === undefined || isRebuilt(pair, ti.name) ? null : (fi.comment ?? null);
      indexComment(comparison, t, ti.name, before, ti.comment ?? null);
    }
    compareIndexStatistics(comparison, pair);
    const fromColumns = new Map(f.columns.map((c) => [c.name, c]));
    for (const tc of t.columns) {
      const fc = fromColumns.get(tc.name);
      if (fc === undefined || pair.recreated.has(tc.name)) {
        newColumnStatistics(comparison, t, tc.name, tc.statistics);
      } else if ((fc.statistics ?? null) !== (tc.statistics ?? null)) {
        comparison.emit(Phase.AlterColumns, {
          kind: "alterColumn",
          schema: t.schema,
          table: t.name,
          column: tc.name,
          statistics: tc.statistics ?? null,
          existingStatistics: fc.statistics ?? null,
        });
      }
    }
  },
};
