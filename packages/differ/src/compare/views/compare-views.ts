import { lexSql } from "@retort/core";
import { createStatements } from "../../pull/unmanaged-statements";
import { expressionIdentifiers } from "../../schema/normalize-expression";
import { normalizeStorageParameters } from "../../schema/normalize-storage-parameters";
import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../../schema/quote-ident";
import type { UnmanagedObject } from "../../schema/schema-description";
import type { ViewDependency, ViewDescription } from "../../schema/view-description";
import { castInsensitiveIndex } from "../indexes/cast-insensitive-index";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { objectKey } from "../plan/object-key";
import { pairNamed } from "../plan/pair-named";
import { Phase } from "../plan/phase";
import { indexOperation } from "../table-definition";
import { createViewOperation, dropViewOperation } from "./view-operations";

const viewKey = (v: { schema: string; name: string }) => objectKey(v.schema, v.name);

/** What decides whether a view must change: its query, options and columns as the server sees them. */
function shape(v: ViewDescription): unknown {
  return {
    materialized: v.materialized,
    definition: v.definition,
    securityBarrier: v.securityBarrier,
    securityInvoker: v.securityInvoker,
    checkOption: v.checkOption,
    columns: v.columns,
  };
}

/**
 * Whether `CREATE OR REPLACE VIEW` turns `from` into `to`: PostgreSQL allows it when the new
 * query keeps every old column (name, type, position) and only appends others. Only for a `from`
 * the server has printed: a models view it has not (the current side of a downgrade, reading what
 * the upgrade adds) has columns only as declared, and may read a column the plan drops or
 * retypes, which PostgreSQL refuses while the view stands; it is dropped and created instead.
 */
function isReplaceable(from: ViewDescription, to: ViewDescription): boolean {
  return (
    from.dependsOn !== null &&
    !from.materialized &&
    !to.materialized &&
    to.columns.length >= from.columns.length &&
    from.columns.length > 0 &&
    from.columns.every((c, k) => to.columns[k]?.name === c.name && to.columns[k]?.type === c.type)
  );
}

/**
 * Renames asked by `renamedFrom`, in either direction: on the models' view when they are the
 * target (upgrade), on the models' view when they are the current side (downgrade).
 */
function viewRenames(comparison: Comparison): Map<string, string> {
  const { from, to } = comparison;
  const fromKeys = new Set(from.views.map(viewKey));
  const toKeys = new Set(to.views.map(viewKey));
  const renames = new Map<string, string>();
  for (const t of to.views) {
    if (t.renamedFrom === null) continue;
    const old = objectKey(t.schema, t.renamedFrom);
    if (fromKeys.has(old) && !fromKeys.has(viewKey(t)) && !toKeys.has(old)) {
      renames.set(old, t.name);
    }
  }
  for (const f of from.views) {
    if (f.renamedFrom === null) continue;
    const old = objectKey(f.schema, f.renamedFrom);
    if (toKeys.has(old) && !toKeys.has(viewKey(f)) && !fromKeys.has(old)) {
      renames.set(viewKey(f), f.renamedFrom);
    }
  }
  return renames;
}

/** The current views once the renames ran: their names, and the names of what they read. */
function renamedViews(comparison: Comparison, renames: Map<string, string>): ViewDescription[] {
  const { tables, columns } = comparison.renames;
  /** The new name of a view or table the renames rename. */
  const renamedTo = (d: ViewDependency): string | undefined =>
    renames.get(objectKey(d.schema, d.name)) ??
    tables.find((r) => r.schema === d.schema && r.from === d.name)?.to;
  const dependency = (d: ViewDependency): ViewDependency => {
    const name = renamedTo(d) ?? d.name;
    return {
      schema: d.schema,
      name,
      columns: d.columns.map(
        (c) =>
          columns.find((r) => r.schema === d.schema && r.table === name && r.from === c)?.to ?? c,
      ),
    };
  };
  // A view reading a renamed view or table keeps working (PostgreSQL reads by oid) and then
  // prints the new name: its query is compared as printed after the rename, not taken for a
  // changed one and rebuilt (a materialized view's rows computed again). Only where `pg_depend`
  // says it reads the renamed relation; a query rewritten wrongly differs from the models' and is
  // rebuilt, as before. A renamed column is not rewritten: the view keeps the column's old name
  // as its own, which PostgreSQL then prints as an alias (`t.new AS old`) where the query had
  // none, so such a view is rebuilt as before.
  const renamedQuery = (v: ViewDescription): string => {
    let query = v.definition;
    for (const d of v.dependsOn ?? []) {
      const newName = renamedTo(d);
      if (newName !== undefined) query = renamedIn(query, d.schema, d.name, newName, true);
    }
    return query;
  };
  return comparison.from.views.map((v) => ({
    ...v,
    name: renames.get(viewKey(v)) ?? v.name,
    definition: renamedQuery(v),
    dependsOn: v.dependsOn?.map(dependency) ?? null,
  }));
}

/**
 * A test of whether a view reads a table column the plan drops or changes the type of (or a
 * table it drops): PostgreSQL refuses those changes while the view exists, so it is dropped first
 * and created again after. A view whose reads are unknown is taken to read every column of every
 * table: guessing it reads none is what would leave it standing in the way.
 */
function readsChangedColumn(comparison: Comparison): (v: ViewDescription) => boolean {
  // Built once for all the views: rebuilding them per view was views x tables.
  const fromTables = new Map(comparison.from.tables.map((t) => [viewKey(t), t]));
  const toTables = new Map(comparison.to.tables.map((t) => [viewKey(t), t]));
  const recreated = new Map(comparison.keptTables.map((p) => [viewKey(p.to), p.recreated]));
  const isChanged = (d: ViewDependency): boolean => {
    const table = fromTables.get(viewKey(d));
    if (table === undefined) return false;
    const target = toTables.get(viewKey(d));
    if (target === undefined) return true;
    return d.columns.some((name) => {
      const before = table.columns.find((c) => c.name === name);
      const after = target.columns.find((c) => c.name === name);
      return (
        before === undefined ||
        after === undefined ||
        before.type !== after.type ||
        recreated.get(viewKey(d))?.has(name) === true ||
        (after.userType !== null &&
          comparison.recreatedEnums.has(objectKey(after.userType.schema, after.userType.name)))
      );
    });
  };
  let readsAnyChanged: boolean | undefined;
  const everything = (): boolean =>
    (readsAnyChanged ??= comparison.from.tables.some((t) =>
      isChanged({ schema: t.schema, name: t.name, columns: t.columns.map((c) => c.name) }),
    ));
  return (v) => (v.dependsOn === null ? everything() : v.dependsOn.some(isChanged));
}

/**
 * `views` in an order where each comes after the views it reads (by `dependsOn`, then by the
 * other side's `dependsOn` when this side has none), ties by name.
 */
function inDependencyOrder(
  views: readonly ViewDescription[],
  fallback: ReadonlyMap<string, ViewDescription>,
): ViewDescription[] {
  const byKey = new Map(views.map((v) => [viewKey(v), v]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: ViewDescription[] = [];
  const visit = (v: ViewDescription) => {
    const key = viewKey(v);
    if (done.has(key) || visiting.has(key)) return;
    visiting.add(key);
    const reads =
      v.dependsOn !== null && v.dependsOn.length > 0
        ? v.dependsOn
        : (fallback.get(key)?.dependsOn ?? (v.dependsOn === null ? namedIn(v, views) : []));
    for (const d of reads) {
      const before = byKey.get(viewKey(d));
      if (before !== undefined) visit(before);
    }
    visiting.delete(key);
    done.add(key);
    order.push(v);
  };
  for (const v of views) visit(v);
  return order;
}

/**
 * The views of `views` whose names `v`'s query mentions, for a view whose reads the server could
 * not say (it reads a function or type the same plan creates): a guess by name, so that a view
 * is still created after one it reads, never a reason to leave one out.
 */
function namedIn(v: ViewDescription, views: readonly ViewDescription[]): ViewDescription[] {
  const names = new Set(expressionIdentifiers(v.definition));
  return views.filter((w) => w !== v && names.has(w.name));
}

/**
 * What hangs on a view that retort does not manage (grants, `INSTEAD OF` triggers, rules, comments
 * on its columns and their defaults, a materialized view's storage parameters, statistics and
 * clustering): a drop takes it along, so a re-created view gets it back, from the side that is
 * the database. A default of a column the new query no longer gives is left behind: PostgreSQL
 * would refuse it.
 */
function attachedTo(comparison: Comparison, v: ViewDescription, renamedFrom?: string): string[] {
  const hasColumn = (name: string) =>
    v.columns.length === 0 || v.columns.some((c) => c.name === name);
  const statementsOn = (name: string) => {
    const columnComment = `COLUMN ${quoteQualifiedAsNeeded(v.schema, name)}.`;
    const isAttached = (u: UnmanagedObject) =>
      u.schema === v.schema &&
      (u.kind !== "view default" || hasColumn(u.name)) &&
      (u.table === name || (u.kind === "comment" && u.name.startsWith(columnComment)));
    return [...comparison.from.unmanaged, ...comparison.to.unmanaged]
      .filter((u) => u.definition !== null && isAttached(u))
      .flatMap(createStatements);
  };
  // The database's side names a renamed view by its old name: the rename ran before the drop.
  const renamed =
    renamedFrom === undefined
      ? []
      : statementsOn(renamedFrom).map((sql) => renamedIn(sql, v.schema, renamedFrom, v.name));
  return [...new Set([...statementsOn(v.name), ...renamed])];
}

/**
 * `sql` with every `schema.from` (a qualified name, never inside a string or a comment) naming
 * `schema.to` instead, the way PostgreSQL's catalog functions print names. With
 * `isQualifierToo`, a bare `from` qualifying a column (`from.id`) too: in a view's query (printed
 * with only `pg_catalog` on the search path) a relation read without an alias names its columns
 * so, and after a rename PostgreSQL prints the new name there as well.
 */
function renamedIn(
  sql: string,
  schema: string,
  from: string,
  to: string,
  isQualifierToo = false,
): string {
  const lexemes = lexSql(sql).filter((l) => l.kind !== "space" && l.kind !== "comment");
  const text = (k: number) => {
    const l = lexemes[k];
    return l === undefined ? "" : sql.slice(l.start, l.end);
  };
  const names = (k: number, name: string) => {
    const l = lexemes[k];
    if (l?.kind === "identifier") return text(k).toLowerCase() === name;
    return l?.kind === "quoted" && text(k).slice(1, -1).replaceAll('""', '"') === name;
  };
  const isQualified = (k: number) =>
    names(k, from) && text(k - 1) === "." && names(k - 2, schema) && text(k - 3) !== ".";
  // Read under an alias of its own old name (`public.t t`), a relation keeps that alias, which
  // PostgreSQL then prints as it was.
  const isAliasedAsItself = lexemes.some((_, k) => isQualified(k) && names(k + 1, from));
  const isQualifier = (k: number) =>
    isQualifierToo &&
    !isAliasedAsItself &&
    names(k, from) &&
    text(k - 1) !== "." &&
    text(k + 1) === "." &&
    (lexemes[k + 2]?.kind === "identifier" || lexemes[k + 2]?.kind === "quoted") &&
    !isQualified(k + 2);
  let out = "";
  let at = 0;
  for (let k = 0; k < lexemes.length; k++) {
    if (isQualified(k) || isQualifier(k)) {
      out += sql.slice(at, lexemes[k]!.start) + quoteIdentAsNeeded(to);
      at = lexemes[k]!.end;
    }
  }
  return out + sql.slice(at);
}

function compareIndexes(comparison: Comparison, f: ViewDescription, t: ViewDescription): void {
  pairNamed(
    f.indexes,
    t.indexes,
    () => false,
    {
      drop: (i) =>
        comparison.emit(Phase.DropViews, {
          kind: "dropIndex",
          schema: t.schema,
          name: i.name,
          definition: indexOperation(t, i),
        }),
      add: (i) => comparison.emit(Phase.CreateViewIndexes, indexOperation(t, i)),
      rename: (from, to) =>
        comparison.emit(Phase.Renames, {
          kind: "renameIndex",
          schema: t.schema,
          name: from.name,
          newName: to.name,
        }),
    },
    (i) => ({
      ...castInsensitiveIndex(i),
      storageParameters: normalizeStorageParameters(i.storageParameters),
    }),
  );
}

/**
 * Creates, replaces, re-creates, renames and drops views and materialized views, with their
 * comments and indexes. A view whose columns only grow is replaced (`CREATE OR REPLACE`); any
 * other change drops and creates it, and so do the views that read it (from `pg_depend`), and
 * the views that read a column whose type changes or that goes: dropped before, created after,
 * each after what it reads.
 */
export const compareViews: Comparator = {
  family: "views",
  compareSchema(comparison) {
    const renames = viewRenames(comparison);
    /** A renamed view's name before the rename, by its key after. */
    const oldNames = new Map<string, string>();
    for (const f of comparison.from.views) {
      const newName = renames.get(viewKey(f));
      if (newName === undefined) continue;
      oldNames.set(objectKey(f.schema, newName), f.name);
      comparison.renamedViews.set(viewKey(f), newName);
      comparison.emit(Phase.Renames, {
        kind: "renameView",
        schema: f.schema,
        name: f.name,
        newName,
        materialized: f.materialized ? true : undefined,
      });
    }
    const current = renamedViews(comparison, renames);
    const currentByKey = new Map(current.map((v) => [viewKey(v), v]));
    const targetByKey = new Map(comparison.to.views.map((v) => [viewKey(v), v]));

    const recreated = new Set<string>();
    const replaced = new Set<string>();
    const dropped = new Set<string>();
    for (const t of comparison.to.views) {
      const f = currentByKey.get(viewKey(t));
      if (f === undefined || isDeepEqual(shape(f), shape(t))) continue;
      if (isReplaceable(f, t)) replaced.add(viewKey(t));
      else recreated.add(viewKey(t));
    }
    const readsChanged = current.length === 0 ? () => false : readsChangedColumn(comparison);
    for (const f of current) {
      if (!targetByKey.has(viewKey(f))) dropped.add(viewKey(f));
      else if (readsChanged(f)) recreated.add(viewKey(f));
    }
    // What reads a view that goes must go first, and come back after it; a view whose reads are
    // unknown may read any of them.
    const isGoing = (d: { schema: string; name: string }) =>
      recreated.has(viewKey(d)) || dropped.has(viewKey(d));
    for (let grew = true; grew; ) {
      grew = false;
      for (const f of current) {
        const key = viewKey(f);
        if (recreated.has(key) || dropped.has(key)) continue;
        if (f.dependsOn === null ? current.some(isGoing) : f.dependsOn.some(isGoing)) {
          recreated.add(key);
          grew = true;
        }
      }
    }
    for (const key of recreated) replaced.delete(key);

    const goes = current.filter((f) => dropped.has(viewKey(f)) || recreated.has(viewKey(f)));
    for (const f of inDependencyOrder(goes, targetByKey).reverse()) {
      comparison.emit(Phase.DropViews, dropViewOperation(f));
    }
    const comes = comparison.to.views.filter(
      (t) => !currentByKey.has(viewKey(t)) || recreated.has(viewKey(t)) || replaced.has(viewKey(t)),
    );
    for (const t of inDependencyOrder(comes, currentByKey)) {
      const f = currentByKey.get(viewKey(t));
      const isReplace = f !== undefined && replaced.has(viewKey(t));
      comparison.emit(Phase.CreateViews, createViewOperation(t, isReplace ? f : undefined));
      if (!isReplace) {
        for (const i of t.indexes) comparison.emit(Phase.CreateViewIndexes, indexOperation(t, i));
      }
      if (recreated.has(viewKey(t))) {
        for (const sql of attachedTo(comparison, t, oldNames.get(viewKey(t)))) {
          comparison.emit(Phase.CreateViewIndexes, { kind: "execute", sql });
        }
      }
    }
    for (const t of comparison.to.views) {
      const f = currentByKey.get(viewKey(t));
      if (f === undefined || recreated.has(viewKey(t))) continue;
      if (!replaced.has(viewKey(t)) && f.comment !== t.comment) {
        comparison.emit(Phase.CreateViews, {
          kind: "setViewComment",
          schema: t.schema,
          name: t.name,
          comment: t.comment,
          existingComment: f.comment,
          materialized: t.materialized ? true : undefined,
        });
      }
      compareIndexes(comparison, f, t);
    }
  },
};
