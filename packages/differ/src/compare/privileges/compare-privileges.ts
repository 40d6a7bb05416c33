import type { Operation, PrivilegeObject } from "@retort/core";
import type {
  DefaultPrivilegeDescription,
  GrantDescription,
} from "../../schema/privilege-description";
import { defaultPrivilegeKey, grantKey } from "../../schema/privilege-description";
import { quoteQualifiedAsNeeded } from "../../schema/quote-ident";
import type { SchemaDescription } from "../../schema/schema-description";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";

// Privileges change by deltas: each (object, role, privilege) the target has and the current
// schema lacks is granted, each it lacks is revoked, and a changed grant option is granted or
// revoked alone, never revoke-all-then-grant. Objects dropped in the plan take their ACLs with
// them: nothing is revoked there, and what such an object is created again with is granted anew.

export type Action = "grant" | "revoke" | "grantOption" | "revokeOption";

export interface Delta<T> {
  readonly entry: T;
  readonly action: Action;
}

const keyOf = (...parts: (string | null | boolean | undefined)[]) =>
  parts.map((p) => String(p ?? "")).join("\u0000");

function deltas<T extends { grantable: boolean }>(
  from: readonly T[],
  to: readonly T[],
  key: (t: T) => string,
  isGone: (t: T) => boolean,
  stays: (t: T) => boolean,
): Delta<T>[] {
  const before = new Map(from.map((f) => [key(f), f]));
  const after = new Set(to.map(key));
  const out: Delta<T>[] = [];
  for (const t of to) {
    const f = before.get(key(t));
    if (f === undefined || isGone(t)) out.push({ entry: t, action: "grant" });
    else if (t.grantable && !f.grantable) out.push({ entry: t, action: "grantOption" });
    else if (!t.grantable && f.grantable) out.push({ entry: f, action: "revokeOption" });
  }
  for (const f of from) {
    if (!after.has(key(f)) && !isGone(f) && stays(f)) out.push({ entry: f, action: "revoke" });
  }
  return out;
}

/** The flags of a grant or revoke node for a delta. */
function flags(d: Delta<{ grantable: boolean }>): {
  withGrantOption?: true;
  grantOptionOnly?: true;
} {
  switch (d.action) {
    case "grant":
    case "revoke":
      return d.entry.grantable ? { withGrantOption: true } : {};
    case "grantOption":
    case "revokeOption":
      return { withGrantOption: true, grantOptionOnly: true };
  }
}

const isGrantAction = (a: Action) => a === "grant" || a === "grantOption";

/**
 * Groups deltas into few statements: one per object, action and role with all its privileges,
 * then columns with the same privileges together, then roles with the same statement.
 */
function group<T>(
  items: readonly T[],
  key: (t: T) => string,
  merge: (first: T, rest: T[]) => T,
): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()].map(([first, ...rest]) => merge(first!, rest));
}

export interface GrantStatement {
  readonly kind: "grant" | "revoke";
  readonly on: PrivilegeObject;
  readonly privileges: string[];
  readonly roles: string[];
  readonly withGrantOption?: true;
  readonly grantOptionOnly?: true;
}

/**
 * Grant deltas as few statements (see {@link group}); `pull` writes a description's grants as
 * models through it too, as grants of everything.
 */
export function grantStatements(list: Delta<GrantDescription>[]): GrantStatement[] {
  const single: GrantStatement[] = list.map((d) => {
    const g = d.entry;
    const on: PrivilegeObject = {
      type: g.type,
      ...(g.type === "schema" ? {} : { schema: g.schema }),
      name: g.name,
      ...(g.arguments === null ? {} : { arguments: g.arguments }),
      ...(g.column === null ? {} : { columns: [g.column] }),
    };
    return {
      kind: isGrantAction(d.action) ? "grant" : "revoke",
      on,
      privileges: [g.privilege],
      roles: [g.grantee],
      ...flags(d),
    };
  });
  const statementKey = (s: GrantStatement, ...parts: (string | undefined)[]) =>
    keyOf(
      s.kind,
      s.on.type,
      s.on.schema,
      s.on.name,
      s.on.arguments,
      s.withGrantOption,
      s.grantOptionOnly,
      ...parts,
    );
  const byPrivileges = group(
    single,
    (s) => statementKey(s, s.on.columns?.join(","), s.roles[0]),
    (first, rest) => ({
      ...first,
      privileges: [first, ...rest].flatMap((s) => s.privileges).sort(),
    }),
  );
  const byColumns = group(
    byPrivileges,
    (s) =>
      statementKey(
        s,
        s.on.columns === undefined ? "table" : "columns",
        s.privileges.join(","),
        s.roles[0],
      ),
    (first, rest) =>
      first.on.columns === undefined
        ? first
        : {
            ...first,
            on: {
              ...first.on,
              columns: [first, ...rest].flatMap((s) => s.on.columns ?? []).sort(),
            },
          },
  );
  return group(
    byColumns,
    (s) => statementKey(s, s.on.columns?.join(","), s.privileges.join(",")),
    (first, rest) => ({ ...first, roles: [first, ...rest].flatMap((s) => s.roles).sort() }),
  );
}

/**
 * The revokes of a built-in default (`REVOKE EXECUTE ON FUNCTION ... FROM PUBLIC`) that held on
 * a function or procedure the plan drops and creates again. The create gives PUBLIC its
 * default EXECUTE back, and the models hold no such revoke (it stays SQL, as `pull` reads it):
 * said again after the create, so a function someone locked down does not become callable by
 * everyone. Both ways: up, the database's revokes; down, those of the side it goes back to.
 */
function revokedDefaultsOfRecreated(
  comparison: Comparison,
  gone: ReadonlySet<string>,
  exists: (g: GrantDescription) => boolean,
): string[] {
  const targets = new Set<string>();
  for (const f of [...comparison.from.functions, ...comparison.to.functions]) {
    const type = f.procedure ? "procedure" : "function";
    if (!gone.has(keyOf(type, f.schema, f.name, f.identityArguments))) continue;
    const again: GrantDescription = {
      type,
      schema: f.schema,
      name: f.name,
      arguments: f.identityArguments,
      column: null,
      grantee: "",
      privilege: "execute",
      grantable: false,
    };
    if (!exists(again)) continue;
    targets.add(
      `${type.toUpperCase()} ${quoteQualifiedAsNeeded(f.schema, f.name)}(${f.identityArguments})`,
    );
  }
  if (targets.size === 0) return [];
  const statements = new Set<string>();
  for (const u of [...comparison.from.unmanaged, ...comparison.to.unmanaged]) {
    if (u.kind !== "grant" || u.definition === null || !u.definition.startsWith("REVOKE "))
      continue;
    const at = u.name.lastIndexOf(" REVOKE ");
    if (at > 0 && targets.has(u.name.slice(0, at))) statements.add(u.definition);
  }
  return [...statements];
}

/** The objects a plan drops (and may create again): their ACLs go with them. */
function droppedObjects(ops: readonly Operation[]): Set<string> {
  const gone = new Set<string>();
  for (const op of ops) {
    switch (op.kind) {
      case "dropTable":
        gone.add(keyOf("table", op.schema ?? "public", op.table, null));
        break;
      case "dropView":
      case "dropMaterializedView":
        gone.add(keyOf("table", op.schema ?? "public", op.name, null));
        break;
      case "dropColumn":
        gone.add(keyOf("column", op.schema ?? "public", op.table, op.column));
        break;
      case "dropSequence":
        gone.add(keyOf("sequence", op.schema ?? "public", op.name, null));
        break;
      case "dropSchema":
        gone.add(keyOf("schema", op.name, op.name, null));
        break;
      case "dropFunction":
        gone.add(
          keyOf(
            op.procedure ? "procedure" : "function",
            op.schema ?? "public",
            op.name,
            op.arguments,
          ),
        );
        break;
      default:
        break;
    }
  }
  return gone;
}

/** The sequences a description holds, free-standing or owned by a column (identity, serial). */
function sequencesOf(d: SchemaDescription): Set<string> {
  const names = new Set(d.sequences.map((s) => keyOf(s.schema, s.name)));
  for (const t of d.tables) {
    for (const c of t.columns) {
      if (c.identity) {
        const s = c.identity.sequence;
        names.add(s ? keyOf(s.schema, s.name) : keyOf(t.schema, `${t.name}_${c.name}_seq`));
      }
      const m = c.default === null ? null : /nextval\('([^']+)'::regclass\)/.exec(c.default);
      if (m) {
        const parts = m[1]!.split(".").map((p) => p.replace(/^"|"$/g, "").replace(/""/g, '"'));
        names.add(parts.length === 2 ? keyOf(parts[0], parts[1]) : keyOf(t.schema, parts[0]));
      }
    }
  }
  return names;
}

/** Whether the object of `g` exists in `d` (the schema the plan ends with). */
function existsIn(
  d: SchemaDescription,
  sequencesOf: () => Set<string>,
): (g: GrantDescription) => boolean {
  // Read from every column's default, so only once a sequence grant asks.
  let sequences: Set<string> | undefined;
  return (g) => {
    switch (g.type) {
      case "table": {
        const table = d.tables.find((t) => t.schema === g.schema && t.name === g.name);
        if (table) return g.column === null || table.columns.some((c) => c.name === g.column);
        return d.views.some((v) => v.schema === g.schema && v.name === g.name);
      }
      case "sequence":
        sequences ??= sequencesOf();
        return sequences.has(keyOf(g.schema, g.name));
      case "schema":
        return g.name === "public" || d.schemas.includes(g.name);
      case "function":
      case "procedure":
        return d.functions.some(
          (f) => f.schema === g.schema && f.name === g.name && f.identityArguments === g.arguments,
        );
    }
  };
}

/**
 * The current grants under the names the renames give their objects (a renamed table or view
 * keeps its ACL).
 */
function renamed(comparison: Comparison, grants: readonly GrantDescription[]): GrantDescription[] {
  const { tables, columns, sequences } = comparison.renames;
  return grants.map((g) => {
    let out = g;
    if (g.type === "table") {
      const t = tables.find((r) => r.schema === g.schema && r.from === g.name);
      const view = comparison.renamedViews.get(objectKey(g.schema, g.name));
      if (t) out = { ...out, name: t.to };
      else if (view !== undefined) out = { ...out, name: view };
      const c = columns.find(
        (r) => r.schema === out.schema && r.table === out.name && r.from === out.column,
      );
      if (c) out = { ...out, column: c.to };
    } else if (g.type === "sequence") {
      const r = sequences.find((r) => r.schema === g.schema && r.from === g.name);
      if (r) out = { ...out, name: r.to };
    }
    return out;
  });
}

function compare(comparison: Comparison): void {
  const from = {
    ...comparison.from.privileges,
    grants: renamed(comparison, comparison.from.privileges.grants),
    others: renamed(comparison, comparison.from.privileges.others ?? []),
  };
  const to = comparison.to.privileges;
  const gone = droppedObjects(comparison.emitted());
  const isGone = (g: GrantDescription) =>
    gone.has(keyOf(g.type, g.schema, g.name, g.arguments)) ||
    (g.column !== null && gone.has(keyOf("column", g.schema, g.name, g.column)));
  const exists = existsIn(comparison.to, () => sequencesOf(comparison.to));
  const grantDeltas = deltas(from.grants, to.grants, grantKey, isGone, exists);
  // What roles the models do not name held on an object the plan drops and creates again: the
  // drop took it, the database keeps it (on the way up, the current side; down, the target).
  const regranted = new Set<string>();
  const kept = [...(from.others ?? []), ...(comparison.to.privileges.others ?? [])].filter((g) => {
    const key = grantKey(g);
    if (!isGone(g) || !exists(g) || regranted.has(key)) return false;
    regranted.add(key);
    return true;
  });
  for (const g of kept) grantDeltas.push({ entry: g, action: "grant" });
  for (const s of grantStatements(grantDeltas)) {
    comparison.emit(s.kind === "grant" ? Phase.Grants : Phase.Revokes, s);
  }
  for (const statement of revokedDefaultsOfRecreated(comparison, gone, exists)) {
    comparison.emit(Phase.Grants, { kind: "execute", sql: statement });
  }

  const defaultDeltas = deltas(
    from.defaults,
    to.defaults,
    defaultPrivilegeKey,
    () => false,
    () => true,
  );
  const singles = defaultDeltas.map((d) => ({
    d,
    privileges: [d.entry.privilege],
    roles: [d.entry.grantee],
  }));
  const defaultKey = (d: Delta<DefaultPrivilegeDescription>) =>
    keyOf(d.action, d.entry.forRole, d.entry.schema, d.entry.on, d.entry.grantable);
  const byPrivileges = group(
    singles,
    (s) => keyOf(defaultKey(s.d), s.roles[0]),
    (first, rest) => ({
      ...first,
      privileges: [first, ...rest].flatMap((s) => s.privileges).sort(),
    }),
  );
  const byRoles = group(
    byPrivileges,
    (s) => keyOf(defaultKey(s.d), s.privileges.join(",")),
    (first, rest) => ({ ...first, roles: [first, ...rest].flatMap((s) => s.roles).sort() }),
  );
  for (const { d, privileges, roles } of byRoles) {
    const e = d.entry;
    // Granted last, so that what the plan creates gets only the grants the models give it;
    // revoked first, so that it does not get what they take away.
    comparison.emit(isGrantAction(d.action) ? Phase.Grants : Phase.RevokeDefaultPrivileges, {
      kind: isGrantAction(d.action) ? "grantDefaultPrivileges" : "revokeDefaultPrivileges",
      forRole: e.forRole,
      ...(e.schema === null ? {} : { inSchema: e.schema }),
      on: e.on,
      privileges,
      roles,
      ...flags(d),
    });
  }
}

/** Grants, revokes and default privileges, once every other family has planned its drops. */
export const comparePrivileges: Comparator = {
  family: "privileges",
  compareSchema: compare,
};
