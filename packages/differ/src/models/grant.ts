import {
  type DefaultPrivilegeObjects,
  defineOperation,
  isRetortError,
  type Operation,
  type PrivilegeObject,
} from "@retort/core";
import { badModel } from "./bad-model";
import { identityArgumentsOf } from "./describe-routines";
import { type FnModel, isFnModel } from "./fn";
import { type AnyTable, isTable } from "./table";
import { type AnyView, isView } from "./view";

const grantBrand = Symbol.for("retort.grant");
const defaultPrivilegesBrand = Symbol.for("retort.default-privileges");

/** A schema-qualified object by name: `"app.ticket_no"` (no dot: in `public`), or `{ schema?, name }`. */
export type NamedObject = string | { readonly schema?: string; readonly name: string };

/**
 * What a {@link grant} is on: a table or view model (or `{ table: "app.account" }`), some of its
 * columns (`{ table, columns }`), a sequence (`{ sequence }`), a schema (`{ schema }`: its name or
 * its model) or a function or procedure (its model, or `{ function | procedure, arguments }`).
 */
export type GrantTarget =
  | AnyTable
  | AnyView
  | FnModel
  | {
      readonly table: AnyTable | AnyView | NamedObject;
      readonly columns?: readonly (string | { readonly name: string })[];
    }
  | { readonly sequence: NamedObject }
  | { readonly schema: string | { readonly name: string } }
  | { readonly function: NamedObject; readonly arguments: string }
  | { readonly procedure: NamedObject; readonly arguments: string };

/** Options of {@link grant}. */
export interface GrantOptions {
  on: GrantTarget;
  /** Lower case, or `"all"` (every privilege the object takes on every supported version). */
  privileges: readonly string[] | "all";
  /** A role or roles; `"public"` is everyone. */
  to: string | readonly string[];
  /** `WITH GRANT OPTION`. Default is `false`. */
  withGrantOption?: boolean;
}

/** A grant declared in the models. */
export interface GrantModel {
  readonly [grantBrand]: true;
  /** With `schema` defaulted to `public` and a routine's `arguments` as identity arguments. */
  readonly on: PrivilegeObject & { readonly schema?: string };
  readonly privileges: readonly string[];
  readonly roles: readonly string[];
  readonly withGrantOption: boolean;
}

/** Options of {@link defaultPrivileges}. */
export interface DefaultPrivilegesOptions {
  /** The role whose future objects get the privileges (`FOR ROLE`): the role that creates them. */
  forRole: string;
  /** Only objects created in this schema (`IN SCHEMA`). Default: every schema. */
  inSchema?: string;
  on: DefaultPrivilegeObjects;
  grant: readonly string[] | "all";
  to: string | readonly string[];
  withGrantOption?: boolean;
}

/** Default privileges declared in the models. */
export interface DefaultPrivilegesModel {
  readonly [defaultPrivilegesBrand]: true;
  readonly forRole: string;
  readonly inSchema: string | null;
  readonly on: DefaultPrivilegeObjects;
  readonly privileges: readonly string[];
  readonly roles: readonly string[];
  readonly withGrantOption: boolean;
}

export function isGrantModel(value: unknown): value is GrantModel {
  return typeof value === "object" && value !== null && grantBrand in value;
}

export function isDefaultPrivilegesModel(value: unknown): value is DefaultPrivilegesModel {
  return typeof value === "object" && value !== null && defaultPrivilegesBrand in value;
}

// "all" is spelled out, so a model means the same on every server: PostgreSQL 17's MAINTAIN is
// listed by name where wanted.
const allOf: Record<string, readonly string[]> = {
  table: ["select", "insert", "update", "delete", "truncate", "references", "trigger"],
  columns: ["select", "insert", "update", "references"],
  sequence: ["usage", "select", "update"],
  schema: ["usage", "create"],
  function: ["execute"],
  procedure: ["execute"],
  tables: ["select", "insert", "update", "delete", "truncate", "references", "trigger"],
  sequences: ["usage", "select", "update"],
  functions: ["execute"],
  types: ["usage"],
  schemas: ["usage", "create"],
};

function named(o: NamedObject): { schema: string; name: string } {
  if (typeof o !== "string") return { schema: o.schema ?? "public", name: o.name };
  const dot = o.indexOf(".");
  return dot < 0
    ? { schema: "public", name: o }
    : { schema: o.slice(0, dot), name: o.slice(dot + 1) };
}

function objectOf(on: GrantTarget): PrivilegeObject {
  if (isTable(on) || isView(on)) return { type: "table", schema: on.schema, name: on.name };
  if (isFnModel(on)) {
    const type = on.procedure ? "procedure" : "function";
    return {
      type,
      schema: on.schema,
      name: on.name,
      arguments: identityArgumentsOf(on.arguments, on.procedure),
    };
  }
  if ("table" in on) {
    const t = isTable(on.table) || isView(on.table) ? on.table : named(on.table);
    const columns = on.columns?.map((c) => (typeof c === "string" ? c : c.name));
    return { type: "table", schema: t.schema, name: t.name, ...(columns ? { columns } : {}) };
  }
  if ("sequence" in on) return { type: "sequence", ...named(on.sequence) };
  if ("schema" in on)
    return { type: "schema", name: typeof on.schema === "string" ? on.schema : on.schema.name };
  if ("function" in on) return { type: "function", ...named(on.function), arguments: on.arguments };
  return { type: "procedure", ...named(on.procedure), arguments: on.arguments };
}

/** Runs core's checks of the operation the model stands for, as a `BAD_MODEL`. */
function checked(op: Operation, what: string): void {
  try {
    defineOperation(op);
  } catch (error) {
    if (!isRetortError(error)) throw error;
    throw badModel(
      `${what}: ${error.message.replace(/^[^:]*: /, "")}`,
      { model: what },
      error.hint,
    );
  }
}

const roleList = (to: string | readonly string[]) =>
  Object.freeze(typeof to === "string" ? [to] : [...to]);

/**
 * Declares privileges roles hold on a table (or some of its columns), a sequence, a schema or
 * a function. Export it from the models entry. Only the roles some grant or default privilege
 * names are managed: see the README's "Grants and default privileges".
 *
 * @example
 * ```ts
 * export const readAccounts = grant({ on: account, privileges: ["select"], to: "reporting" });
 * // GRANT SELECT ON TABLE "public"."account" TO "reporting"
 * export const editNames = grant({ on: { table: account, columns: ["name"] }, privileges: ["update"], to: "support" });
 * // GRANT UPDATE ("name") ON TABLE "public"."account" TO "support"
 * ```
 */
export function grant(options: GrantOptions): GrantModel {
  if (
    typeof options !== "object" ||
    options === null ||
    options.on === undefined ||
    options.to === undefined
  ) {
    throw badModel(
      "A grant needs `on`, `privileges` and `to`.",
      {},
      'Declare it as grant({ on: table, privileges: ["select"], to: "role" }).',
    );
  }
  const on = objectOf(options.on);
  const privileges =
    options.privileges === "all"
      ? allOf[on.columns ? "columns" : on.type]!
      : options.privileges.map((p) => p.toLowerCase());
  const roles = roleList(options.to);
  const what = `grant on ${on.type} ${on.type === "schema" ? on.name : `${on.schema}.${on.name}`}`;
  // An empty list says the roles hold nothing there: nothing to run, nothing to check but names.
  checked(
    {
      kind: "grant",
      on,
      privileges:
        privileges.length === 0 ? [allOf[on.columns ? "columns" : on.type]![0]!] : privileges,
      roles,
      withGrantOption: options.withGrantOption === true,
    },
    what,
  );
  return Object.freeze({
    [grantBrand]: true as const,
    on: Object.freeze(on),
    privileges: Object.freeze([...privileges]),
    roles,
    withGrantOption: options.withGrantOption === true,
  });
}

/**
 * Declares the privileges roles get on the objects `forRole` creates from now on
 * (`ALTER DEFAULT PRIVILEGES`). Export it from the models entry.
 *
 * @example
 * ```ts
 * export const readNewTables = defaultPrivileges({ forRole: "app", inSchema: "app", on: "tables", grant: ["select"], to: "reporting" });
 * // ALTER DEFAULT PRIVILEGES FOR ROLE "app" IN SCHEMA "app" GRANT SELECT ON TABLES TO "reporting"
 * ```
 */
export function defaultPrivileges(options: DefaultPrivilegesOptions): DefaultPrivilegesModel {
  if (
    typeof options !== "object" ||
    options === null ||
    typeof options.forRole !== "string" ||
    options.to === undefined
  ) {
    throw badModel(
      "Default privileges need `forRole`, `on`, `grant` and `to`.",
      {},
      'Declare them as defaultPrivileges({ forRole: "app", on: "tables", grant: ["select"], to: "role" }).',
    );
  }
  const privileges =
    options.grant === "all" ? (allOf[options.on] ?? []) : options.grant.map((p) => p.toLowerCase());
  const roles = roleList(options.to);
  checked(
    {
      kind: "grantDefaultPrivileges",
      forRole: options.forRole,
      ...(options.inSchema === undefined ? {} : { inSchema: options.inSchema }),
      on: options.on,
      privileges: privileges.length === 0 ? [allOf[options.on]?.[0] ?? "usage"] : privileges,
      roles,
      withGrantOption: options.withGrantOption === true,
    },
    `default privileges on ${options.on} for role ${options.forRole}`,
  );
  return Object.freeze({
    [defaultPrivilegesBrand]: true as const,
    forRole: options.forRole,
    inSchema: options.inSchema ?? null,
    on: options.on,
    privileges: Object.freeze([...privileges]),
    roles,
    withGrantOption: options.withGrantOption === true,
  });
}
