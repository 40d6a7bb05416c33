import { join } from "node:path";
import { sequenceDefaults } from "../compare/table-definition";
import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type {
  ExtensionDescription,
  SchemaDescription,
  SequenceDescription,
} from "../schema/schema-description";
import type { ModelFile } from "./render-model-files";
import { type ModelExport, qualifiedKey } from "./render-table-file";
import { propertyAccess, stringLiteral } from "./typescript-source";

// The model files of free-standing sequences (`sequences.ts` in their schema's folder), and of
// the schemas and extensions (`schemas.ts`, `extensions.ts` beside the entry).

export const sequencesFile = "sequences";
export const schemasFile = "schemas";
export const extensionsFile = "extensions";

/** A schema `pull` declares with `schema()`: one with a comment, or one nothing else creates. */
export interface DeclaredSchema {
  name: string;
  comment: string | null;
}

/** The schemas that need a `schema()` model: commented ones, and those no other model uses. */
export function declaredSchemas(
  schema: SchemaDescription,
  usedSchemas: readonly string[],
): DeclaredSchema[] {
  const comments = new Map(schema.schemaComments.map((c) => [c.name, c.comment]));
  const names = new Set([
    ...schema.schemas.filter((s) => !usedSchemas.includes(s)),
    ...comments.keys(),
  ]);
  return [...names].sort().map((name) => ({ name, comment: comments.get(name) ?? null }));
}

/** A sequence number as source: a number when it is safe, else its decimal text. */
function numberSource(text: string): string {
  const value = BigInt(text);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? text
    : stringLiteral(text);
}

interface SequencesFileContext {
  identifiers: ReadonlyMap<object, string>;
  tableExports: ReadonlyMap<string, ModelExport>;
  columnKeys: ReadonlyMap<string, ReadonlyMap<string, string>>;
  importFrom: string;
  /** The import specifier of a model file from `from`. */
  specifier(from: string, to: string): string;
  warnings: string[];
}

/** The `sequence(...)` declarations of one schema's sequences, in `path`. */
export function renderSequencesFile(
  path: string,
  sequences: readonly SequenceDescription[],
  context: SequencesFileContext,
): ModelFile {
  const imports = new Map<string, Set<string>>();
  const blocks = sequences.map((s) => {
    const d = sequenceDefaults(s.dataType, s.increment);
    const ascending = !s.increment.startsWith("-");
    const min = s.min;
    const max = s.max;
    const options: string[] = [];
    if (s.schema !== "public") options.push(`schema: ${stringLiteral(s.schema)}`);
    if (s.dataType !== "bigint") options.push(`as: ${stringLiteral(s.dataType)}`);
    if (s.start !== (ascending ? min : max)) options.push(`start: ${numberSource(s.start)}`);
    if (s.increment !== "1") options.push(`increment: ${numberSource(s.increment)}`);
    if (min !== d.min) options.push(`minValue: ${numberSource(min)}`);
    if (max !== d.max) options.push(`maxValue: ${numberSource(max)}`);
    if (s.cache !== "1") options.push(`cache: ${numberSource(s.cache)}`);
    if (s.cycle) options.push("cycle: true");
    if (s.ownedBy !== null) {
      const key = qualifiedKey(s.schema, s.ownedBy.table);
      const table = context.tableExports.get(key);
      const column = context.columnKeys.get(key)?.get(s.ownedBy.column);
      if (table === undefined || column === undefined) {
        context.warnings.push(
          `sequence ${quoteQualifiedAsNeeded(s.schema, s.name)}: it is owned by ${quoteQualifiedAsNeeded(s.schema, s.ownedBy.table)}.${quoteIdentAsNeeded(s.ownedBy.column)}, which is not pulled; the model leaves ownedBy out.`,
        );
      } else {
        const from = context.specifier(path, table.file);
        const names = imports.get(from) ?? new Set<string>();
        imports.set(from, names);
        names.add(table.identifier);
        options.push(`ownedBy: ${propertyAccess(`${table.identifier}.columns`, column)}`);
      }
    }
    if (s.comment !== null) options.push(`comment: ${stringLiteral(s.comment)}`);
    const name = context.identifiers.get(s)!;
    const args =
      options.length === 0
        ? stringLiteral(s.name)
        : `${stringLiteral(s.name)}, {\n${options.map((o) => `  ${o},\n`).join("")}}`;
    return `export const ${name} = sequence(${args});\n`;
  });
  const importLines = [...imports]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([from, names]) =>
        `import { ${[...names].sort().join(", ")} } from ${stringLiteral(from)};\n`,
    );
  const text = `import { sequence } from ${stringLiteral(context.importFrom)};\n${importLines.join("")}\n${blocks.join("\n")}`;
  return { path, text };
}

/** The `schema(...)` declarations, in `schemas.ts` of `modelsDir`. */
export function renderSchemasFile(
  modelsDir: string,
  schemas: readonly DeclaredSchema[],
  identifiers: ReadonlyMap<object, string>,
  importFrom: string,
): ModelFile {
  const blocks = schemas.map((s) => {
    const options = s.comment === null ? "" : `, { comment: ${stringLiteral(s.comment)} }`;
    return `export const ${identifiers.get(s)!} = schema(${stringLiteral(s.name)}${options});\n`;
  });
  return {
    path: join(modelsDir, `${schemasFile}.ts`),
    text: `import { schema } from ${stringLiteral(importFrom)};\n\n${blocks.join("")}`,
  };
}

/**
 * The `extension(...)` declarations, in `extensions.ts` of `modelsDir`. Versions are pinned to
 * the installed ones, so a database built from the models gets the same objects.
 */
export function renderExtensionsFile(
  modelsDir: string,
  extensions: readonly ExtensionDescription[],
  identifiers: ReadonlyMap<object, string>,
  importFrom: string,
): ModelFile {
  const blocks = extensions.map((e) => {
    const options = [`schema: ${stringLiteral(e.schema)}`];
    if (e.version !== null) options.push(`version: ${stringLiteral(e.version)}`);
    return `export const ${identifiers.get(e)!} = extension(${stringLiteral(e.name)}, { ${options.join(", ")} });\n`;
  });
  return {
    path: join(modelsDir, `${extensionsFile}.ts`),
    text: `import { extension } from ${stringLiteral(importFrom)};\n\n${blocks.join("")}`,
  };
}
