import { isIndexLikeKey } from "../models/index-like-key";
import { storageParameterValues } from "../schema/normalize-storage-parameters";
import type { IndexElementDescription } from "../schema/schema-description";
import type { ViewDescription } from "../schema/view-description";
import { objectNameSource } from "./object-name-source";
import { renderColumnBuilder } from "./render-column-builder";
import {
  propertyAccess,
  propertyKey,
  sqlTemplate,
  stringLiteral,
  valueLiteral,
} from "./typescript-source";

/**
 * The source of a view's or materialized view's model file: the query as the catalog prints it
 * (so the models compare equal with the database they were read from), its columns keyed by
 * their real names with the types the server infers, its options, comment and indexes (named,
 * over the view's columns or expressions).
 *
 * @example
 * ```ts
 * renderViewFile(view, { identifier: "postSummary", importFrom: "retort", warnings });
 * // import { column as c, sql, view } from "retort";
 * // export const postSummary = view("post_summary", sql`SELECT ...`, { columns: { ... } });
 * ```
 */
export function renderViewFile(
  v: ViewDescription,
  context: { identifier: string; importFrom: string; warnings: string[] },
): string {
  const dsl = new Set<string>([v.materialized ? "materializedView" : "view", "sql"]);
  const where = `${v.schema}.${v.name}`;
  const names = new Set(v.columns.map((column) => column.name));
  const keyOf = (name: string): string => {
    // A key JavaScript sorts first (`"2012"`) would reorder the columns: `_2012` instead.
    if (!isIndexLikeKey(name)) return name;
    let key = `_${name}`;
    while (names.has(key)) key = `_${key}`;
    return key;
  };
  const columnLines = v.columns.map((column) => {
    const builder = renderColumnBuilder(
      {
        name: column.name,
        type: column.type,
        userType: null,
        nullable: true,
        default: null,
        identity: null,
        generated: null,
        collation: null,
        comment: null,
        renamedFrom: null,
      },
      {
        enumExport: null,
        isSerial: false,
        isInlinePrimaryKey: false,
        isInPrimaryKey: false,
        constraints: [],
        key: keyOf(column.name),
      },
      `${where}.${column.name}`,
      context.warnings,
    );
    return `      ${propertyKey(keyOf(column.name))}: ${builder.join("")},\n`;
  });
  if (columnLines.length > 0) dsl.add("column as c");

  const element = (e: IndexElementDescription): string => {
    const head =
      e.column !== null ? propertyAccess("v", e.column) : sqlTemplate(e.expression ?? "");
    const isPlain =
      !e.descending &&
      !e.nullsFirst &&
      e.opclass === null &&
      e.opclassOptions === null &&
      e.collation === null;
    if (isPlain) return head;
    const parts = [e.column !== null ? `column: ${head}` : `expression: ${head}`];
    if (e.descending) parts.push(`order: "desc"`);
    if (e.nullsFirst !== e.descending) parts.push(`nulls: ${e.nullsFirst ? `"first"` : `"last"`}`);
    if (e.opclass !== null) parts.push(`opclass: ${objectNameSource(e.opclass)}`);
    if (e.opclassOptions !== null) parts.push(`opclassOptions: ${valueLiteral(e.opclassOptions)}`);
    if (e.collation !== null) parts.push(`collation: ${objectNameSource(e.collation)}`);
    return `{ ${parts.join(", ")} }`;
  };
  const indexLines = v.indexes.map((i) => {
    let code = `index(${stringLiteral(i.name)})`;
    if (i.unique) code += ".unique()";
    if (i.method !== "btree") code += `.using(${stringLiteral(i.method)})`;
    code += `.on(${i.elements.map(element).join(", ")})`;
    if (i.include.length > 0) {
      code += `.include(${i.include.map((c) => propertyAccess("v", c)).join(", ")})`;
    }
    if (i.where !== null) code += `.where(${stringLiteral(i.where)})`;
    if (i.nullsNotDistinct) code += ".nullsNotDistinct()";
    if (i.storageParameters !== undefined) {
      code += `.with(${valueLiteral(storageParameterValues(i.storageParameters))})`;
    }
    return `      ${code},\n`;
  });
  if (indexLines.length > 0) dsl.add("index");

  const options: string[] = [];
  if (v.schema !== "public") options.push(`    schema: ${stringLiteral(v.schema)},\n`);
  if (columnLines.length > 0) options.push(`    columns: {\n${columnLines.join("")}    },\n`);
  if (v.securityBarrier) options.push("    securityBarrier: true,\n");
  if (v.securityInvoker) options.push("    securityInvoker: true,\n");
  if (v.checkOption !== null) options.push(`    checkOption: ${stringLiteral(v.checkOption)},\n`);
  if (v.materialized && !v.withData) options.push("    withData: false,\n");
  if (indexLines.length > 0) options.push(`    indexes: (v) => [\n${indexLines.join("")}    ],\n`);
  if (v.comment !== null) options.push(`    comment: ${stringLiteral(v.comment)},\n`);

  const call = v.materialized ? "materializedView" : "view";
  // Verbatim, not indented: the query is compared as PostgreSQL printed it.
  const query = sqlTemplate(v.definition);
  const args = [`  ${stringLiteral(v.name)},\n`, `  ${query},\n`];
  if (options.length > 0) args.push(`  {\n${options.join("")}  },\n`);
  const specifiers = [...dsl].sort((a, b) =>
    a.replace(/ as .*/, "") < b.replace(/ as .*/, "") ? -1 : 1,
  );
  return `import { ${specifiers.join(", ")} } from ${stringLiteral(context.importFrom)};\n\nexport const ${context.identifier} = ${call}(\n${args.join("")});\n`;
}
