// The nodes of GRANT, REVOKE and ALTER DEFAULT PRIVILEGES. A grant and a revoke carry the same
// fields, so each is the other's reverse with only its kind flipped: `withGrantOption` says
// whether the privileges are (were) held with the grant option, `grantOptionOnly` that only the
// grant option changes (the privilege itself was there before and stays after).

/** What a privilege is on. */
export type PrivilegeObjectType = "table" | "sequence" | "schema" | "function" | "procedure";

/** The object of a `GRANT`: `TABLE app.account`, `FUNCTION app.f(integer)`, `SCHEMA app`... */
export interface PrivilegeObject {
  readonly type: PrivilegeObjectType;
  /** The object's schema (not for `type: "schema"`); omitted means unqualified. */
  readonly schema?: string | undefined;
  /** The table, view, sequence, schema or routine. */
  readonly name: string;
  /** A routine's identity argument types, as SQL (`integer, text`; `""` for none). */
  readonly arguments?: string | undefined;
  /** A table's columns: the privileges are column privileges. */
  readonly columns?: readonly string[] | undefined;
}

/** What a grant or a revoke of privileges on an object says. */
export interface PrivilegeChange {
  readonly on: PrivilegeObject;
  /** Lower case: `select`, `usage`, `execute`... */
  readonly privileges: readonly string[];
  /** Role names; `public` is `PUBLIC` (everyone). */
  readonly roles: readonly string[];
  /** `WITH GRANT OPTION` (on a revoke: the privileges were held with it). Default is `false`. */
  readonly withGrantOption?: boolean | undefined;
  /**
   * Only the grant option changes: a grant adds it to privileges the roles hold, a revoke is
   * `REVOKE GRANT OPTION FOR`. Needs `withGrantOption`. Default is `false`.
   */
  readonly grantOptionOnly?: boolean | undefined;
}

/** `GRANT privileges ON object TO roles [WITH GRANT OPTION]`. */
export interface GrantOperation extends PrivilegeChange {
  readonly kind: "grant";
}

/** `REVOKE [GRANT OPTION FOR] privileges ON object FROM roles`. */
export interface RevokeOperation extends PrivilegeChange {
  readonly kind: "revoke";
}

/** The kinds of object `ALTER DEFAULT PRIVILEGES` applies to. */
export type DefaultPrivilegeObjects = "tables" | "sequences" | "functions" | "types" | "schemas";

/** What a change of default privileges says. */
export interface DefaultPrivilegeChange {
  /** `FOR ROLE`: the role whose future objects get the privileges. Default is the current role. */
  readonly forRole?: string | undefined;
  /** `IN SCHEMA`: only objects created in this schema. Not for `schemas`. */
  readonly inSchema?: string | undefined;
  readonly on: DefaultPrivilegeObjects;
  readonly privileges: readonly string[];
  readonly roles: readonly string[];
  readonly withGrantOption?: boolean | undefined;
  readonly grantOptionOnly?: boolean | undefined;
}

/** `ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT ...`. */
export interface GrantDefaultPrivilegesOperation extends DefaultPrivilegeChange {
  readonly kind: "grantDefaultPrivileges";
}

/** `ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] REVOKE ...`. */
export interface RevokeDefaultPrivilegesOperation extends DefaultPrivilegeChange {
  readonly kind: "revokeDefaultPrivileges";
}

/** The privilege nodes, in the `Operation` union. */
export type PrivilegeOperation =
  | GrantOperation
  | RevokeOperation
  | GrantDefaultPrivilegesOperation
  | RevokeDefaultPrivilegesOperation;
