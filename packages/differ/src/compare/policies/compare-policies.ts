import type { PolicyDescription } from "../../schema/policy-description";
import { policyKey } from "../../schema/policy-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { policyDefinition } from "./policy-definition";

function drop(comparison: Comparison, p: PolicyDescription): void {
  comparison.emit(Phase.DropPolicies, {
    kind: "dropPolicy",
    schema: p.schema,
    table: p.table,
    name: p.name,
    definition: policyDefinition(p),
  });
}

function create(comparison: Comparison, p: PolicyDescription): void {
  comparison.emit(Phase.CreatePolicies, { kind: "createPolicy", ...policyDefinition(p) });
}

/**
 * Creates, changes, renames and drops policies, and switches tables' row-level security. A
 * policy's roles and expressions change in place (`ALTER POLICY`); its kind or command, or an
 * expression added or removed, cannot: it is dropped and created again. A policy goes first and
 * comes back after when a column or function it reads is dropped or retyped (PostgreSQL refuses
 * those while the policy stands). Policies of a dropped table are dropped before it.
 */
export const comparePolicies: Comparator = {
  family: "policies",
  compareSchema(comparison) {
    const { renames, to } = comparison;
    const tableName = (schema: string, name: string) =>
      renames.tables.find((r) => r.schema === schema && r.from === name)?.to ?? name;
    const columnName = (schema: string, table: string, name: string) =>
      renames.columns.find((r) => r.schema === schema && r.table === table && r.from === name)
        ?.to ?? name;
    // The database's policies under their tables' and columns' names once the renames ran.
    const asRead = new Map<string, PolicyDescription>();
    const from = comparison.from.policies.map((p) => {
      const table = tableName(p.schema, p.table);
      const renamed = {
        ...p,
        table,
        columns: p.columns.map((c) => columnName(p.schema, table, c)),
      };
      asRead.set(policyKey(renamed), p);
      return renamed;
    });
    const fromByKey = new Map(from.map((p) => [policyKey(p), p]));
    const toKeys = new Set(to.policies.map(policyKey));
    const mustRecreate = (f: PolicyDescription) =>
      f.columns.some((c) =>
        comparison.changedColumns().has(`${objectKey(f.schema, f.table)}\u0000${c}`),
      ) || f.calls.some((c) => comparison.droppedFunctions.has(objectKey(c.schema, c.name)));
    const matched = new Set<string>();
    const replaces = (a: string | null, b: string | null) => a !== b && (a === null || b === null);
    // What ALTER POLICY cannot do.
    const needsRecreate = (f: PolicyDescription, t: PolicyDescription) =>
      mustRecreate(f) ||
      // Only the catalog's side knows what a policy reads and calls: the target, when comparing
      // back.
      mustRecreate(t) ||
      f.as !== t.as ||
      f.for !== t.for ||
      replaces(f.using, t.using) ||
      replaces(f.withCheck, t.withCheck);

    // Renames asked by `renamedFrom`, in either direction: on the models' policy when they are
    // the target, on the database's side (read from the models) when comparing back.
    const renamedFrom = new Map<string, PolicyDescription>();
    const toByKey = new Map(to.policies.map((p) => [policyKey(p), p]));
    for (const t of to.policies) {
      if (t.renamedFrom === null || fromByKey.has(policyKey(t))) continue;
      const old = fromByKey.get(policyKey({ ...t, name: t.renamedFrom }));
      if (old !== undefined && !toKeys.has(policyKey(old))) renamedFrom.set(policyKey(t), old);
    }
    for (const f of from) {
      if (f.renamedFrom === null || toKeys.has(policyKey(f))) continue;
      const t = toByKey.get(policyKey({ ...f, name: f.renamedFrom }));
      if (t !== undefined && !fromByKey.has(policyKey(t))) renamedFrom.set(policyKey(t), f);
    }

    for (const t of to.policies) {
      let f = fromByKey.get(policyKey(t));
      const old = renamedFrom.get(policyKey(t));
      if (f !== undefined) matched.add(policyKey(f));
      else if (old !== undefined) {
        matched.add(policyKey(old));
        if (needsRecreate(old, t)) {
          drop(comparison, asRead.get(policyKey(old))!);
          create(comparison, t);
          continue;
        }
        comparison.emit(Phase.Renames, {
          kind: "renamePolicy",
          schema: t.schema,
          table: t.table,
          name: old.name,
          newName: t.name,
        });
        f = { ...old, name: t.name };
      }
      if (f === undefined) {
        create(comparison, t);
        continue;
      }
      if (needsRecreate(f, t)) {
        drop(comparison, asRead.get(policyKey(f))!);
        create(comparison, t);
        continue;
      }
      const sameRoles = isDeepEqual(f.to, t.to);
      if (!sameRoles || f.using !== t.using || f.withCheck !== t.withCheck) {
        comparison.emit(Phase.CreatePolicies, {
          kind: "alterPolicy",
          schema: t.schema,
          table: t.table,
          name: t.name,
          ...(sameRoles ? {} : { to: t.to, existingTo: f.to }),
          ...(f.using !== t.using ? { using: t.using!, existingUsing: f.using } : {}),
          ...(f.withCheck !== t.withCheck
            ? { withCheck: t.withCheck!, existingWithCheck: f.withCheck }
            : {}),
        });
      }
      if (f.comment !== t.comment) {
        comparison.emit(Phase.Comments, {
          kind: "setPolicyComment",
          schema: t.schema,
          table: t.table,
          name: t.name,
          comment: t.comment,
          existingComment: f.comment,
        });
      }
    }
    for (const f of from) {
      if (matched.has(policyKey(f)) || toKeys.has(policyKey(f))) continue;
      // Dropped with its table too, first: a policy may read other tables (a subquery), which
      // PostgreSQL refuses to drop while it stands, and the tables go in no order it knows of.
      drop(comparison, asRead.get(policyKey(f))!);
    }
    compareRowSecurity(comparison);
  },
};

/** `ENABLE` / `DISABLE` and `FORCE` / `NO FORCE ROW LEVEL SECURITY` where they differ. */
function compareRowSecurity(comparison: Comparison): void {
  const kept = new Map(
    comparison.keptTables.map((pair) => [objectKey(pair.to.schema, pair.to.name), pair.from]),
  );
  for (const t of comparison.to.tables) {
    const f = kept.get(objectKey(t.schema, t.name));
    const was = f?.rowSecurity ?? { enabled: false, forced: false };
    const now = t.rowSecurity ?? { enabled: false, forced: false };
    const target = { schema: t.schema, table: t.name };
    if (was.enabled !== now.enabled) {
      comparison.emit(Phase.RowSecurity, {
        kind: now.enabled ? "enableRowSecurity" : "disableRowSecurity",
        ...target,
      });
    }
    if (was.forced !== now.forced) {
      comparison.emit(Phase.RowSecurity, {
        kind: now.forced ? "forceRowSecurity" : "noForceRowSecurity",
        ...target,
      });
    }
  }
}
