import type {
  DefaultPrivilegeChange,
  GrantDefaultPrivilegesOperation,
  GrantOperation,
  PrivilegeChange,
  PrivilegeObject,
  RevokeDefaultPrivilegesOperation,
  RevokeOperation,
} from "../ops/privilege-operation";
import { statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import type { SqlStatement } from "./sql-statement";

// The SQL of GRANT, REVOKE and ALTER DEFAULT PRIVILEGES.

/** `PUBLIC` is a keyword, not a role: it stays unquoted. */
function roleList(roles: readonly string[]): string {
  return roles.map((r) => (r === "public" ? "PUBLIC" : quoteIdent(r))).join(", ");
}

/** `SELECT ("a", "b"), UPDATE ("a", "b")`: a column list follows each privilege. */
function privilegeList(privileges: readonly string[], columns?: readonly string[]): string {
  const list = columns ? ` (${columns.map(quoteIdent).join(", ")})` : "";
  return privileges.map((p) => `${p.toUpperCase()}${list}`).join(", ");
}

function objectText(on: PrivilegeObject): string {
  switch (on.type) {
    case "schema":
      return `SCHEMA ${quoteIdent(on.name)}`;
    case "function":
    case "procedure":
      return `${on.type.toUpperCase()} ${quoteQualified(on.schema, on.name)}(${on.arguments ?? ""})`;
    case "table":
    case "sequence":
      return `${on.type.toUpperCase()} ${quoteQualified(on.schema, on.name)}`;
  }
}

function grantText(op: PrivilegeChange | DefaultPrivilegeChange, object: string): string {
  const option = op.withGrantOption ? " WITH GRANT OPTION" : "";
  const columns = typeof op.on === "object" ? op.on.columns : undefined;
  return `GRANT ${privilegeList(op.privileges, columns)} ON ${object} TO ${roleList(op.roles)}${option}`;
}

function revokeText(op: PrivilegeChange | DefaultPrivilegeChange, object: string): string {
  const option = op.grantOptionOnly ? "GRANT OPTION FOR " : "";
  const columns = typeof op.on === "object" ? op.on.columns : undefined;
  return `REVOKE ${option}${privilegeList(op.privileges, columns)} ON ${object} FROM ${roleList(op.roles)}`;
}

function defaultsPrefix(op: DefaultPrivilegeChange): string {
  const forRole = op.forRole === undefined ? "" : ` FOR ROLE ${quoteIdent(op.forRole)}`;
  const inSchema = op.inSchema === undefined ? "" : ` IN SCHEMA ${quoteIdent(op.inSchema)}`;
  return `ALTER DEFAULT PRIVILEGES${forRole}${inSchema}`;
}

export const privilegeRenderers = {
  grant: (op: GrantOperation): SqlStatement[] => [statement(grantText(op, objectText(op.on)))],
  revoke: (op: RevokeOperation): SqlStatement[] => [statement(revokeText(op, objectText(op.on)))],
  grantDefaultPrivileges: (op: GrantDefaultPrivilegesOperation): SqlStatement[] => [
    statement(`${defaultsPrefix(op)} ${grantText(op, op.on.toUpperCase())}`),
  ],
  revokeDefaultPrivileges: (op: RevokeDefaultPrivilegesOperation): SqlStatement[] => [
    statement(`${defaultsPrefix(op)} ${revokeText(op, op.on.toUpperCase())}`),
  ],
};
