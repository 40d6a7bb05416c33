import type { DefaultPrivilegeObjects, PrivilegeObjectType } from "@retort/core";

// Privileges as the schema description holds them: one entry per object (or column), grantee
// and privilege, so both sides compare as sets and a change is a delta. The owner's own
// privileges are never listed (the owner differs between databases), nor what an object has
// when nobody granted anything (PUBLIC's EXECUTE on a function, USAGE on a type).

/** One privilege one role holds on one object beyond the object's default. */
export interface GrantDescription {
  type: PrivilegeObjectType;
  /** The object's schema; for `type: "schema"`, the schema itself (as `name`). */
  schema: string;
  name: string;
  /** A routine's identity argument types; `null` for other objects. */
  arguments: string | null;
  /** A column privilege's column; `null` for the whole object. */
  column: string | null;
  /** The role; `public` is PUBLIC. */
  grantee: string;
  /** Lower case: `select`. */
  privilege: string;
  /** Held `WITH GRANT OPTION`. */
  grantable: boolean;
}

/** One default privilege (`ALTER DEFAULT PRIVILEGES`), beyond the built-in default. */
export interface DefaultPrivilegeDescription {
  /** The role whose new objects get it. */
  forRole: string;
  /** `IN SCHEMA`, or `null` for every schema. */
  schema: string | null;
  on: DefaultPrivilegeObjects;
  grantee: string;
  privilege: string;
  grantable: boolean;
}

/** The privileges of a schema description. */
export interface PrivilegesDescription {
  /** Sorted by {@link grantKey}. */
  grants: GrantDescription[];
  /** Sorted by {@link defaultPrivilegeKey}. */
  defaults: DefaultPrivilegeDescription[];
  /**
   * The roles whose privileges are managed: from the models, every role a grant or default
   * privilege names (even with no privilege: `privileges: []` says the role holds none); from a
   * database, every grantee read. Only these roles' privileges are compared, so a project that
   * declares no grant never sees one revoked.
   */
  roles: string[];
  /**
   * Set by the comparison only: the grants of roles the models do not name, on objects it
   * manages. Never compared; a view (or routine) the plan drops and creates again gets them back.
   */
  others?: GrantDescription[];
}

/** No privileges, no managed role. */
export const noPrivileges: PrivilegesDescription = Object.freeze({
  grants: [],
  defaults: [],
  roles: [],
}) as unknown as PrivilegesDescription;

/** The object a grant is on: `table\0app\0account\0\0` (arguments and column last). */
export function grantObjectKey(g: GrantDescription): string {
  return [g.type, g.schema, g.name, g.arguments ?? "", g.column ?? ""].join("\u0000");
}

export function grantKey(g: GrantDescription): string {
  return `${grantObjectKey(g)}\u0000${g.grantee}\u0000${g.privilege}`;
}

export function defaultPrivilegeKey(d: DefaultPrivilegeDescription): string {
  return [d.forRole, d.schema ?? "", d.on, d.grantee, d.privilege].join("\u0000");
}

const byKey =
  <T>(key: (v: T) => string) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

/** Sorted, without repeats (two grantors of one privilege are one grant, held with the option if either gave it). */
export function sortPrivileges(p: PrivilegesDescription): PrivilegesDescription {
  const grants = new Map<string, GrantDescription>();
  for (const g of p.grants) {
    const known = grants.get(grantKey(g));
    grants.set(grantKey(g), known ? { ...g, grantable: known.grantable || g.grantable } : g);
  }
  const defaults = new Map<string, DefaultPrivilegeDescription>();
  for (const d of p.defaults) {
    const known = defaults.get(defaultPrivilegeKey(d));
    defaults.set(
      defaultPrivilegeKey(d),
      known ? { ...d, grantable: known.grantable || d.grantable } : d,
    );
  }
  return {
    grants: [...grants.values()].sort(byKey(grantKey)),
    defaults: [...defaults.values()].sort(byKey(defaultPrivilegeKey)),
    roles: [...new Set(p.roles)].sort(),
  };
}
