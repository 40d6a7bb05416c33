import type { ObjectName } from "@retort/core";
import type {
  CompositeTypeDescription,
  DomainDescription,
  RangeTypeDescription,
} from "../schema/type-description";
import { propertyKey, sqlTemplate, stringLiteral, valueLiteral } from "./typescript-source";

/** A domain, composite or range type as `pull` writes it. */
export type UserTypeDescription =
  | DomainDescription
  | CompositeTypeDescription
  | RangeTypeDescription;

/** Types are written as SQL text: the models read a qualified name as the type of that name. */
const typeText = (type: string) => stringLiteral(type);

const objectName = (name: ObjectName) =>
  typeof name === "string" ? stringLiteral(name) : valueLiteral(name);

/** `key: value,` lines of an options object, one per line. */
function block(call: string, lines: string[]): string {
  return `${call}, {\n${lines.map((l) => `  ${l},\n`).join("")}});\n`;
}

function common(t: UserTypeDescription): string[] {
  const lines: string[] = [];
  if (t.schema !== "public") lines.push(`schema: ${stringLiteral(t.schema)}`);
  if (t.comment !== null) lines.push(`comment: ${stringLiteral(t.comment)}`);
  return lines;
}

function renderDomain(d: DomainDescription, identifier: string): string {
  const lines = [`type: ${typeText(d.type)}`, ...common(d)];
  if (d.notNull) lines.push("notNull: true");
  if (d.default !== null) lines.push(`default: ${sqlTemplate(d.default)}`);
  if (d.collation !== null) lines.push(`collation: ${objectName(d.collation)}`);
  if (d.checks.length > 0) {
    const checks = d.checks.map((c) => {
      const check = c.notValid
        ? `{ expression: ${sqlTemplate(c.expression)}, notValid: true }`
        : sqlTemplate(c.expression);
      return `    ${propertyKey(c.name)}: ${check},\n`;
    });
    lines.push(`checks: {\n${checks.join("")}  }`);
  }
  return block(`export const ${identifier} = domain(${stringLiteral(d.name)}`, lines);
}

function renderComposite(t: CompositeTypeDescription, identifier: string): string {
  const attributes = t.attributes.map((a) => {
    const type =
      a.collation === null
        ? typeText(a.type)
        : `{ type: ${typeText(a.type)}, collation: ${objectName(a.collation)} }`;
    return `    ${propertyKey(a.name)}: ${type},\n`;
  });
  const lines = [`attributes: {\n${attributes.join("")}  }`, ...common(t)];
  return block(`export const ${identifier} = compositeType(${stringLiteral(t.name)}`, lines);
}

function renderRange(r: RangeTypeDescription, identifier: string): string {
  const lines = [`subtype: ${typeText(r.subtype)}`, ...common(r)];
  if (r.subtypeOpclass !== null) lines.push(`subtypeOpclass: ${objectName(r.subtypeOpclass)}`);
  if (r.collation !== null) lines.push(`collation: ${objectName(r.collation)}`);
  if (r.canonical !== null) lines.push(`canonical: ${objectName(r.canonical)}`);
  if (r.subtypeDiff !== null) lines.push(`subtypeDiff: ${objectName(r.subtypeDiff)}`);
  if (r.multirangeName !== null) {
    lines.push(`multirangeName: ${stringLiteral(r.multirangeName.name)}`);
  }
  return block(`export const ${identifier} = rangeType(${stringLiteral(r.name)}`, lines);
}

/**
 * The `types.ts` of one schema's folder: its domains, composite and range types, each a model
 * whose type references are SQL names (a qualified name is the type of that name in the models).
 *
 * @example
 * ```ts
 * renderTypesFile({ domains, compositeTypes, rangeTypes }, identifiers, "retort");
 * // export const positiveInt = domain("positive_int", { type: "integer", ... });
 * ```
 */
export function renderTypesFile(
  types: {
    domains: DomainDescription[];
    compositeTypes: CompositeTypeDescription[];
    rangeTypes: RangeTypeDescription[];
  },
  identifiers: ReadonlyMap<UserTypeDescription, string>,
  importFrom: string,
): string {
  const names: string[] = [];
  const blocks: string[] = [];
  if (types.domains.length > 0) names.push("domain");
  if (types.compositeTypes.length > 0) names.push("compositeType");
  if (types.rangeTypes.length > 0) names.push("rangeType");
  if (types.domains.some((d) => d.default !== null || d.checks.length > 0)) names.push("sql");
  for (const d of types.domains) blocks.push(renderDomain(d, identifiers.get(d)!));
  for (const r of types.rangeTypes) blocks.push(renderRange(r, identifiers.get(r)!));
  for (const t of types.compositeTypes) blocks.push(renderComposite(t, identifiers.get(t)!));
  return `import { ${names.join(", ")} } from ${stringLiteral(importFrom)};\n\n${blocks.join("\n")}`;
}
