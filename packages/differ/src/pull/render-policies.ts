import type { PolicyDescription } from "../schema/policy-description";
import { camelName, isFreeIdentifier } from "./assign-names";
import { sqlTemplate, stringLiteral, valueLiteral } from "./typescript-source";

/** The export names a policy may take, best first: `ownPosts`, `postOwnPosts`, ... */
export function policyExportCandidates(p: PolicyDescription): string[] {
  return [
    ...new Set(
      [
        camelName(p.name),
        camelName(`${p.name} policy`),
        camelName(`${p.table} ${p.name}`),
        camelName(`${p.schema} ${p.table} ${p.name}`),
      ].filter(isFreeIdentifier),
    ),
  ];
}

/**
 * One `policy(...)` declaration, written after its table in the table's file (`table` is the
 * table's export there): a policy reads best beside the columns its expressions name.
 * PostgreSQL's defaults (permissive, for all, to public) are left out.
 */
export function renderPolicy(p: PolicyDescription, identifier: string, table: string): string {
  const lines = [`on: ${table}`];
  if (p.as !== "permissive") lines.push(`as: ${stringLiteral(p.as)}`);
  if (p.for !== "all") lines.push(`for: ${stringLiteral(p.for)}`);
  if (!(p.to.length === 1 && p.to[0] === "public")) lines.push(`to: ${valueLiteral(p.to)}`);
  if (p.using !== null) lines.push(`using: ${sqlTemplate(p.using)}`);
  if (p.withCheck !== null) lines.push(`withCheck: ${sqlTemplate(p.withCheck)}`);
  if (p.comment !== null) lines.push(`comment: ${stringLiteral(p.comment)}`);
  return `export const ${identifier} = policy(${stringLiteral(p.name)}, {\n${lines.map((l) => `  ${l},\n`).join("")}});\n`;
}
