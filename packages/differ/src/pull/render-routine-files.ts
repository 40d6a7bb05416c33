import { join } from "node:path";
import { splitArguments } from "../models/describe-routines";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type { FunctionDescription, TriggerDescription } from "../schema/routine-description";
import { camelName, isFreeIdentifier } from "./assign-names";
import type { ModelFile } from "./render-model-files";
import type { ModelExport } from "./render-table-file";
import { qualifiedKey } from "./render-table-file";
import { stringLiteral, valueLiteral } from "./typescript-source";

/** The files of a schema's folder that hold its functions and its triggers. */
export const functionsFile = "functions";
export const triggersFile = "triggers";

/** Candidate export names of a function (overloads add their argument types), best first. */
export function functionExportCandidates(f: FunctionDescription): string[] {
  const types = f.identityArguments.replace(/[^\p{L}\p{N}]+/gu, " ");
  return [
    ...new Set(
      [
        camelName(f.name),
        camelName(`${f.name} ${f.procedure ? "procedure" : "fn"}`),
        camelName(`${f.name} ${types}`),
        camelName(`${f.schema} ${f.name}`),
        camelName(`${f.schema} ${f.name} ${types}`),
      ].filter(isFreeIdentifier),
    ),
  ];
}

/** Candidate export names of a trigger, best first. */
export function triggerExportCandidates(t: TriggerDescription): string[] {
  return [
    ...new Set(
      [
        camelName(t.name),
        camelName(`${t.name} trigger`),
        camelName(`${t.table} ${t.name}`),
        camelName(`${t.schema} ${t.table} ${t.name}`),
      ].filter(isFreeIdentifier),
    ),
  ];
}

/** A body as TypeScript source: a template literal when it spans lines, kept byte for byte. */
function bodyLiteral(body: string): string {
  if (!body.includes("\n")) return stringLiteral(body);
  const escaped = body
    .replaceAll("\\", "\\\\")
    .replaceAll("`", "\\`")
    .replaceAll("${", "\\${")
    .replaceAll("\r", "\\r");
  return `\`${escaped}\``;
}

/** One `fn(...)` or `procedure(...)` declaration. */
export function renderFunction(f: FunctionDescription, identifier: string): string {
  const lines: string[] = [];
  if (f.schema !== "public") lines.push(`schema: ${stringLiteral(f.schema)}`);
  const args = splitArguments(f.arguments);
  if (args.length > 0) lines.push(`args: ${valueLiteral(args)}`);
  if (!f.procedure) lines.push(`returns: ${stringLiteral(f.returns ?? "void")}`);
  lines.push(`language: ${stringLiteral(f.language)}`);
  if (!f.procedure) {
    if (f.volatility !== "volatile") lines.push(`volatility: ${stringLiteral(f.volatility)}`);
    if (f.strict) lines.push("strict: true");
    if (f.parallel !== "unsafe") lines.push(`parallel: ${stringLiteral(f.parallel)}`);
    if (f.leakproof) lines.push("leakproof: true");
    if (f.cost !== null) lines.push(`cost: ${valueLiteral(f.cost)}`);
    if (f.rows !== null) lines.push(`rows: ${valueLiteral(f.rows)}`);
  }
  if (f.security !== "invoker") lines.push(`security: ${stringLiteral(f.security)}`);
  if (Object.keys(f.set).length > 0) lines.push(`set: ${valueLiteral(f.set)}`);
  if (f.comment !== null) lines.push(`comment: ${stringLiteral(f.comment)}`);
  lines.push(`body: ${bodyLiteral(f.body)}`);
  const builder = f.procedure ? "procedure" : "fn";
  return `export const ${identifier} = ${builder}(${stringLiteral(f.name)}, {\n${lines.map((l) => `  ${l},\n`).join("")}});\n`;
}

/** What {@link renderTrigger} refers to: the exports of tables and functions. */
export interface TriggerReferences {
  tables: ReadonlyMap<string, ModelExport>;
  /** Trigger functions (no arguments) by `qualifiedKey(schema, name)`. */
  functions: ReadonlyMap<string, ModelExport>;
  /** Records an import of `exp` into the triggers file. */
  use(exp: ModelExport): void;
}

/** One `trigger(...)` declaration. */
export function renderTrigger(
  t: TriggerDescription,
  identifier: string,
  refs: TriggerReferences,
): string {
  const table = refs.tables.get(qualifiedKey(t.schema, t.table));
  const fnExport = refs.functions.get(qualifiedKey(t.function.schema, t.function.name));
  if (table) refs.use(table);
  if (fnExport) refs.use(fnExport);
  const lines = [
    `on: ${table ? table.identifier : valueLiteral({ schema: t.schema, name: t.table })}`,
    `timing: ${stringLiteral(t.timing)}`,
    `events: ${valueLiteral(t.events)}`,
  ];
  if (t.updateOf.length > 0) lines.push(`updateOf: ${valueLiteral(t.updateOf)}`);
  if (t.forEach !== "statement") lines.push(`forEach: ${stringLiteral(t.forEach)}`);
  if (t.when !== null) lines.push(`when: ${stringLiteral(t.when)}`);
  lines.push(`function: ${fnExport ? fnExport.identifier : valueLiteral(t.function)}`);
  if (t.args.length > 0) lines.push(`args: ${valueLiteral(t.args)}`);
  if (t.constraint) lines.push("constraint: true");
  if (t.deferrable) lines.push("deferrable: true");
  if (t.initiallyDeferred) lines.push("initiallyDeferred: true");
  if (t.comment !== null) lines.push(`comment: ${stringLiteral(t.comment)}`);
  return `export const ${identifier} = trigger(${stringLiteral(t.name)}, {\n${lines.map((l) => `  ${l},\n`).join("")}});\n`;
}

/** The label of a function in naming errors. */
export function functionLabel(f: FunctionDescription): string {
  return `${f.procedure ? "procedure" : "function"} ${quoteQualifiedAsNeeded(f.schema, f.name)}(${f.identityArguments})`;
}

/** Per schema folder, `functions.ts` with its functions and procedures, `triggers.ts` with its triggers. */
export function routineFiles(
  context: {
    functions: readonly FunctionDescription[];
    triggers: readonly TriggerDescription[];
    identifiers: ReadonlyMap<unknown, string>;
    folderOf: ReadonlyMap<string, string>;
    tableExports: ReadonlyMap<string, ModelExport>;
    importFrom: string;
  },
  specifier: (from: string, target: string) => string,
): ModelFile[] {
  const { functions, triggers, identifiers, folderOf, tableExports, importFrom } = context;
  const files: ModelFile[] = [];
  const functionExports = new Map<string, ModelExport>();
  for (const f of functions) {
    // A trigger names its function without arguments: only an overload-free one is imported.
    if (f.identityArguments !== "" || f.procedure) continue;
    functionExports.set(qualifiedKey(f.schema, f.name), {
      identifier: identifiers.get(f)!,
      file: join(folderOf.get(f.schema)!, `${functionsFile}.ts`),
    });
  }
  for (const [s, folder] of [...folderOf].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const inSchema = functions.filter((f) => f.schema === s);
    if (inSchema.length > 0) {
      const builders = ["fn", "procedure"].filter((b) =>
        inSchema.some((f) => f.procedure === (b === "procedure")),
      );
      files.push({
        path: join(folder, `${functionsFile}.ts`),
        text: `import { ${builders.join(", ")} } from ${stringLiteral(importFrom)};\n\n${inSchema
          .map((f) => renderFunction(f, identifiers.get(f)!))
          .join("\n")}`,
      });
    }
    const onSchema = triggers.filter((t) => t.schema === s);
    if (onSchema.length === 0) continue;
    const path = join(folder, `${triggersFile}.ts`);
    const imports = new Map<string, Set<string>>();
    const refs = {
      tables: tableExports,
      functions: functionExports,
      use: (exp: ModelExport) => {
        const from = specifier(path, exp.file);
        imports.set(from, (imports.get(from) ?? new Set()).add(exp.identifier));
      },
    };
    const blocks = onSchema.map((t) => renderTrigger(t, identifiers.get(t)!, refs));
    const importLines = [...imports]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(
        ([from, names]) =>
          `import { ${[...names].sort().join(", ")} } from ${stringLiteral(from)};\n`,
      );
    files.push({
      path,
      text: `import { trigger } from ${stringLiteral(importFrom)};\n${importLines.join("")}\n${blocks.join("\n")}`,
    });
  }
  return files;
}
