import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type { UnmanagedKind, UnmanagedObject } from "../schema/schema-description";

// How pull and the baseline name an unmanaged object: in SQL (signatures, qualified names) and
// to a person (describeUnmanaged).

/** `schema.op` for an operator named `op(left, right)`: operators are never quoted. */
export function operatorName(u: UnmanagedObject): string {
  const open = u.name.indexOf("(");
  return `${quoteIdentAsNeeded(u.schema)}.${open < 0 ? u.name : u.name.slice(0, open)}`;
}

/** How introspection marks a user mapping whose `password` option it left out. */
const passwordLeftOut = " (password left out)";

/**
 * A user mapping's `role SERVER server` (what follows `USER MAPPING FOR`), and whether
 * introspection left its password out.
 */
export function userMapping(u: UnmanagedObject): { target: string; withoutPassword: boolean } {
  const withoutPassword = u.name.endsWith(passwordLeftOut);
  return {
    target: withoutPassword ? u.name.slice(0, -passwordLeftOut.length) : u.name,
    withoutPassword,
  };
}

/** `schema.name USING method` for an operator class or family named `name USING method`. */
export function accessMethodQualified(u: UnmanagedObject): string {
  const at = u.name.lastIndexOf(" USING ");
  return `${quoteQualifiedAsNeeded(u.schema, u.name.slice(0, at))}${u.name.slice(at)}`;
}

/** `schema.name(args)` for a routine named `name(args)` in the description, else `schema.name`. */
export function routineSignature(u: UnmanagedObject): string {
  if (u.kind === "operator") return `${operatorName(u)} ${u.name.slice(u.name.indexOf("("))}`;
  const open = u.name.indexOf("(");
  if (open < 0) return quoteQualifiedAsNeeded(u.schema, u.name);
  return `${quoteQualifiedAsNeeded(u.schema, u.name.slice(0, open))}${u.name.slice(open)}`;
}

/** Kinds whose `name` says on its own what the object is, without its schema. */
const selfNamedKinds = new Set<UnmanagedKind>([
  "publication",
  "cast",
  "event trigger",
  "foreign server",
  "foreign data wrapper",
]);

/** Kinds that belong to the table named `table`: printed `<kind> <name> on <table>`. */
const onTableKinds = new Set<UnmanagedKind>([
  "view default",
  "owned sequence",
  "sequence persistence",
  "cluster",
  "index statistics",
  "trigger",
  "policy",
  "rule",
  "statistics",
  "index",
  "partition index",
  "partition check",
]);

/**
 * How `pull` names an unmanaged object to a person: its kind and what identifies it.
 *
 * @example
 * ```ts
 * describeUnmanaged({ kind: "trigger", schema: "app", name: "touch", table: "post", definition });
 * // 'trigger touch on app.post'
 * describeUnmanaged({ kind: "grant", schema: "app", name: "...", table: "post", definition: "GRANT SELECT ON TABLE app.post TO reader" });
 * // 'GRANT SELECT ON TABLE app.post TO reader'
 * ```
 */
export function describeUnmanaged(u: UnmanagedObject): string {
  switch (u.kind) {
    case "grant":
    case "default privileges":
      return u.definition ?? `${u.kind} ${u.name}`;
    case "comment":
      return `comment on ${u.name}`;
    case "other object":
      return u.name;
    case "user mapping": {
      const { target, withoutPassword } = userMapping(u);
      return `user mapping for ${target}${withoutPassword ? ", without its password" : ""}`;
    }
    default:
      break;
  }
  if (selfNamedKinds.has(u.kind)) return `${u.kind} ${u.name}`;
  if (onTableKinds.has(u.kind) && u.table !== null) {
    return `${u.kind} ${quoteIdentAsNeeded(u.name)} on ${quoteQualifiedAsNeeded(u.schema, u.table)}`;
  }
  if (u.kind === "operator class" || u.kind === "operator family") {
    return `${u.kind} ${accessMethodQualified(u)}`;
  }
  if (u.kind === "storage parameters" && u.table !== null && u.table !== u.name) {
    return `storage parameters of index ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
  }
  return `${u.kind} ${routineSignature(u)}`;
}
