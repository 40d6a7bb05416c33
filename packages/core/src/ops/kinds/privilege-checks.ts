import type {
  DefaultPrivilegeChange,
  PrivilegeChange,
  PrivilegeObjectType,
} from "../privilege-operation";
import type { OperationChecker } from "../validate-operation";

/** The privileges each kind of object takes (`maintain` is PostgreSQL 17's). */
export const privilegesOf: Readonly<Record<PrivilegeObjectType, readonly string[]>> = {
  table: ["select", "insert", "update", "delete", "truncate", "references", "trigger", "maintain"],
  sequence: ["usage", "select", "update"],
  schema: ["usage", "create"],
  function: ["execute"],
  procedure: ["execute"],
};

const columnPrivileges = ["select", "insert", "update", "references"];

/** Default privileges take what the objects they name take; types take `usage`. */
const defaultPrivilegesOf: Readonly<Record<DefaultPrivilegeChange["on"], readonly string[]>> = {
  tables: privilegesOf.table,
  sequences: privilegesOf.sequence,
  functions: privilegesOf.function,
  types: ["usage"],
  schemas: privilegesOf.schema,
};

function checkList(
  check: OperationChecker,
  privileges: readonly string[],
  allowed: readonly string[],
  what: string,
): void {
  if (!Array.isArray(privileges) || privileges.length === 0)
    check.fail("privileges must list at least one privilege.");
  for (const p of privileges) {
    if (!allowed.includes(p))
      check.fail(
        `privilege ${JSON.stringify(p)} does not apply to ${what}.`,
        `use one of ${allowed.join(", ")} (lower case)`,
      );
  }
}

function checkRoles(
  check: OperationChecker,
  roles: readonly string[],
  option: { withGrantOption?: boolean | undefined; grantOptionOnly?: boolean | undefined },
): void {
  if (!Array.isArray(roles) || roles.length === 0) check.fail("roles must name at least one role.");
  roles.forEach((role, k) => {
    check.name(role, `roles[${k}]`);
  });
  if (option.grantOptionOnly && !option.withGrantOption)
    check.fail("grantOptionOnly needs withGrantOption.");
  if (option.withGrantOption && roles.includes("public"))
    check.fail("the grant option cannot be granted to PUBLIC.");
}

/** Checks a grant's or a revoke's fields. */
export function checkPrivilegeChange(check: OperationChecker, op: PrivilegeChange): void {
  const on = op.on;
  if (typeof on !== "object" || on === null || !(on.type in privilegesOf))
    check.fail(`on.type must be one of ${Object.keys(privilegesOf).join(", ")}.`);
  check.name(on.name, "on.name");
  if (on.type === "schema") {
    if (on.schema !== undefined) check.fail("a schema's privileges take no on.schema.");
  } else check.optionalName(on.schema, "on.schema");
  const isRoutine = on.type === "function" || on.type === "procedure";
  if (isRoutine && typeof on.arguments !== "string")
    check.fail('on.arguments must be the routine\'s argument types ("" for none).');
  if (!isRoutine && on.arguments !== undefined) check.fail(`a ${on.type} takes no on.arguments.`);
  if (on.columns !== undefined) {
    if (on.type !== "table") check.fail("only a table's privileges take on.columns.");
    check.names(on.columns, "on.columns", true);
    checkList(check, op.privileges, columnPrivileges, "columns");
  } else checkList(check, op.privileges, privilegesOf[on.type], `a ${on.type}`);
  checkRoles(check, op.roles, op);
}

/** Checks a change of default privileges. */
export function checkDefaultPrivilegeChange(
  check: OperationChecker,
  op: DefaultPrivilegeChange,
): void {
  if (!(op.on in defaultPrivilegesOf))
    check.fail(`on must be one of ${Object.keys(defaultPrivilegesOf).join(", ")}.`);
  check.optionalName(op.forRole, "forRole");
  check.optionalName(op.inSchema, "inSchema");
  if (op.on === "schemas" && op.inSchema !== undefined)
    check.fail("default privileges on schemas cannot be limited to a schema (inSchema).");
  checkList(check, op.privileges, defaultPrivilegesOf[op.on], op.on);
  checkRoles(check, op.roles, op);
}

/** `select, insert on table app.account to reader`, for change lists. */
export function privilegeSummary(op: PrivilegeChange, object: string): string {
  const columns = op.on.columns ? ` (${op.on.columns.join(", ")})` : "";
  const what = op.grantOptionOnly
    ? `grant option for ${op.privileges.join(", ")}`
    : op.privileges.join(", ");
  return `${what}${columns} on ${op.on.type} ${object}`;
}
