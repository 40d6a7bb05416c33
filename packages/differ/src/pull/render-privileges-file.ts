import type { GrantStatement } from "../compare/privileges/compare-privileges";
import { grantStatements } from "../compare/privileges/compare-privileges";
import { renderValue } from "../render/render-value";
import type { DefaultPrivilegeDescription } from "../schema/privilege-description";
import type { SchemaDescription } from "../schema/schema-description";
import { camelName, isFreeIdentifier } from "./assign-names";
import { stringLiteral } from "./typescript-source";

/** The file of the models entry's folder that holds the grants and default privileges. */
export const privilegesFile = "privileges";

/** What `grant({ on })` says for a statement's object: objects by name, never by import. */
function targetSource(on: GrantStatement["on"]): unknown {
  const named = { schema: on.schema ?? "public", name: on.name };
  switch (on.type) {
    case "table":
      return on.columns === undefined ? { table: named } : { table: named, columns: on.columns };
    case "sequence":
      return { sequence: named };
    case "schema":
      return { schema: on.name };
    case "function":
      return { function: named, arguments: on.arguments ?? "" };
    case "procedure":
      return { procedure: named, arguments: on.arguments ?? "" };
  }
}

function groupDefaults(defaults: readonly DefaultPrivilegeDescription[]) {
  const byStatement = new Map<
    string,
    { d: DefaultPrivilegeDescription; privileges: string[]; roles: string[] }
  >();
  for (const d of defaults) {
    const key = [d.forRole, d.schema ?? "", d.on, d.grantable, d.grantee].join("\u0000");
    const known = byStatement.get(key);
    if (known) known.privileges.push(d.privilege);
    else byStatement.set(key, { d, privileges: [d.privilege], roles: [d.grantee] });
  }
  const byRoles = new Map<
    string,
    { d: DefaultPrivilegeDescription; privileges: string[]; roles: string[] }
  >();
  for (const s of byStatement.values()) {
    s.privileges.sort();
    const key = [s.d.forRole, s.d.schema ?? "", s.d.on, s.d.grantable, s.privileges.join()].join(
      "\u0000",
    );
    const known = byRoles.get(key);
    if (known) known.roles.push(...s.roles);
    else byRoles.set(key, s);
  }
  return [...byRoles.values()];
}

/**
 * The models file of a description's grants and default privileges, or `null` when it has
 * none. Export names start from the object (`grantAccount`) and avoid `taken` (the other
 * models' exports).
 *
 * @example
 * ```ts
 * renderPrivilegesFile(schema, new Set(["account"]), "retort");
 * // export const grantAccount = grant({ on: { table: { schema: "public", name: "account" } }, ... });
 * ```
 */
export function renderPrivilegesFile(
  schema: SchemaDescription,
  taken: ReadonlySet<string>,
  importFrom: string,
): string | null {
  const { grants, defaults } = schema.privileges;
  if (grants.length === 0 && defaults.length === 0) return null;
  const used = new Set(taken);
  const nameFor = (base: string) => {
    const stem = isFreeIdentifier(camelName(base)) ? camelName(base) : "grant";
    let name = stem;
    for (let n = 2; used.has(name); n++) name = `${stem}${n}`;
    used.add(name);
    return name;
  };
  const lines: string[] = [];
  const statements = grantStatements(grants.map((g) => ({ entry: g, action: "grant" })));
  for (const s of statements) {
    const options = {
      on: targetSource(s.on),
      privileges: s.privileges,
      to: s.roles.length === 1 ? s.roles[0] : s.roles,
      withGrantOption: s.withGrantOption,
    };
    lines.push(
      `export const ${nameFor(`grant_${s.on.name}`)} = grant(${renderValue(options, "", 30)});`,
    );
  }
  for (const { d, privileges, roles } of groupDefaults(defaults)) {
    const options = {
      forRole: d.forRole,
      inSchema: d.schema ?? undefined,
      on: d.on,
      grant: privileges,
      to: roles.length === 1 ? roles[0] : roles,
      withGrantOption: d.grantable ? true : undefined,
    };
    lines.push(
      `export const ${nameFor(`default_${d.on}`)} = defaultPrivileges(${renderValue(options, "", 40)});`,
    );
  }
  const imports = [
    ...(defaults.length > 0 ? ["defaultPrivileges"] : []),
    ...(grants.length > 0 ? ["grant"] : []),
  ];
  return `import { ${imports.join(", ")} } from ${stringLiteral(importFrom)};

// Privileges of roles created outside migrations: they must exist wherever these models are
// migrated. Only the roles named here are managed.

${lines.join("\n\n")}
`;
}
