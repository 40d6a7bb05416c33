// Over 500 lines: renderModelFiles lays out every model file of a pull in one pass (export
// names, folders, file names, column keys, the entry), and each decision reads the names the
// earlier ones took; the per-kind writers (tables, views, routines) live in files of their own.

import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { isPlainSerial, nextvalSequence } from "../compare/table-definition";
import { isIndexLikeKey } from "../models/index-like-key";
import type { PolicyDescription } from "../schema/policy-description";
import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type {
  EnumDescription,
  ExtensionDescription,
  FunctionDescription,
  SchemaDescription,
  SequenceDescription,
  TableDescription,
  TriggerDescription,
  UnmanagedObject,
} from "../schema/schema-description";
import type { ViewDescription } from "../schema/view-description";
import {
  assignNames,
  camelName,
  isFreeIdentifier,
  kebabName,
  type NameRequest,
} from "./assign-names";
import { isCreatedWithItsType } from "./baseline-phases";
import {
  type DeclaredSchema,
  declaredSchemas,
  extensionsFile,
  renderExtensionsFile,
  renderSchemasFile,
  renderSequencesFile,
  schemasFile,
  sequencesFile,
} from "./render-namespace-files";
import { policyExportCandidates, renderPolicy } from "./render-policies";
import { privilegesFile, renderPrivilegesFile } from "./render-privileges-file";
import {
  functionExportCandidates,
  functionLabel,
  functionsFile,
  routineFiles,
  triggerExportCandidates,
  triggersFile,
} from "./render-routine-files";
import {
  type ModelExport,
  qualifiedKey,
  renderTableFile,
  type SchemaNames,
} from "./render-table-file";
import { renderTypesFile, type UserTypeDescription } from "./render-types-file";
import { renderViewFile } from "./render-view-file";
import { stringLiteral } from "./typescript-source";

/** Per-call input of {@link renderModelFiles}. */
export interface RenderModelFilesOptions {
  /** Absolute path of the models folder (the folder of the models entry). */
  modelsDir: string;
  /** The models entry, relative to `modelsDir` (or absolute), e.g. `"index.ts"`. */
  entryFile: string;
  /** Where the generated files import the DSL from. Default is `"retort"`. */
  importFrom?: string;
  /**
   * What relative imports end with: `""` (the default, for a bundler's resolution), `".js"`
   * (Node's `nodenext`), `".ts"` (`allowImportingTsExtensions`).
   */
  importExtension?: "" | ".js" | ".ts";
}

/** One generated source file. */
export interface ModelFile {
  /** Absolute path. */
  path: string;
  text: string;
}

/** What {@link renderModelFiles} produces. */
export interface RenderModelFilesResult {
  /** Every file to write, sorted by path: the entry, the enums files, one file per table. */
  files: ModelFile[];
  /** Objects the models DSL cannot declare (functions, triggers...): the baseline keeps them. */
  skipped: UnmanagedObject[];
  /** Parts of the schema the models cannot reproduce exactly, one sentence each. */
  warnings: string[];
}

const enumsFile = "enums";
/** Domains, composite and range types of a folder. */
const typesFile = "types";

function sortedByQualifiedName<T extends { schema: string; name: string }>(
  items: readonly T[],
): T[] {
  // Keys made once, not twice per comparison.
  const keyed = items.map((item) => ({ key: qualifiedKey(item.schema, item.name), item }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Candidate identifiers of an exported table or enum, best first. */
function exportCandidates(schema: string, name: string, suffix: string): string[] {
  const candidates = unique(
    [
      camelName(name),
      name,
      camelName(`${name} ${suffix}`),
      camelName(`${schema} ${name}`),
      camelName(`${schema} ${name} ${suffix}`),
    ].filter(isFreeIdentifier),
  );
  // A name and schema of punctuation only (`"#"."%"`) leave nothing readable.
  return candidates.length > 0 ? candidates : [`_${suffix}`];
}

/**
 * Numbered names once every candidate is taken: tables `"#"` and `"%"` both become
 * `publicTable`, so the second (in name order) is `publicTable2`.
 */
function withNumberedFallback<T>(request: NameRequest<T>): NameRequest<T> {
  if (request.fallback !== undefined) return request;
  const base = request.candidates.at(-1) ?? "_model";
  return { ...request, fallback: (n) => `${base}${n}` };
}

/** A file name request (without `.ts`): kebab-case first, numbered (`account-2`) as a last resort. */
function fileRequest<T>(
  item: T,
  label: () => string,
  name: string,
  identifier: string,
  reserved: Set<string>,
): NameRequest<T> {
  const base = kebabName(name) || kebabName(identifier) || "table";
  const candidates = [
    base,
    kebabName(identifier),
    name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "_"),
  ];
  return {
    item,
    label,
    candidates: unique(
      candidates.filter((c) => c !== "" && c !== "_" && !reserved.has(c.toLowerCase())),
    ),
    fallback: (n) => `${base}-${n}`,
  };
}

/**
 * Writes the models DSL source for a schema description: the reverse of `describeModels`, for
 * `retort pull`. Pure: it returns the files and writes nothing.
 *
 * Layout: one file per table, view or materialized view in `modelsDir` (in a folder per schema when tables or enums live
 * in more than one schema: `app/account.ts`, `billing/invoice.ts`), the enums of a folder in its
 * `enums.ts`, its free-standing sequences in `sequences.ts`, the schemas that need declaring
 * (empty or commented) in `schemas.ts` and the extensions in `extensions.ts` beside the entry,
 * and the entry re-exporting every file (`export * from "./account";`). File names
 * are kebab-case; exports and column keys are camelCase, with the real name passed to the DSL
 * when it differs (`.name("created_at")`). Names PostgreSQL would generate anyway are left out.
 *
 * Importing the entry and calling `describeModels` on it gives back `schema` without its
 * `unmanaged` objects (returned in `skipped`) and without what `warnings` lists. Objects whose
 * readable names are all taken are numbered in name order (tables `"#"` and `"%"` give
 * `publicTable` and `publicTable2`).
 *
 * @example
 * ```ts
 * const schema = await introspectSchema(db);
 * const { files, skipped, warnings } = renderModelFiles(schema, {
 *   modelsDir: "/repo/app/models",
 *   entryFile: "index.ts",
 * });
 * files.map((f) => f.path); // ["/repo/app/models/account.ts", ..., "/repo/app/models/index.ts"]
 * ```
 */
export function renderModelFiles(
  schema: SchemaDescription,
  options: RenderModelFilesOptions,
): RenderModelFilesResult {
  const importFrom = options.importFrom ?? "retort";
  const specifier = specifiers(options.importExtension ?? "");
  const modelsDir = resolve(options.modelsDir);
  const entryPath = resolve(modelsDir, options.entryFile);
  const warnings: string[] = [];
  const tables = sortedByQualifiedName(schema.tables);
  const enums = sortedByQualifiedName(schema.enums);
  const functions = schema.functions;
  const triggers = schema.triggers;
  const views = sortedByQualifiedName(schema.views);
  const policies = schema.policies;
  const userTypes: UserTypeDescription[] = [
    ...schema.domains,
    ...schema.compositeTypes,
    ...schema.rangeTypes,
  ];

  // Exports: one namespace for every model, since the entry re-exports them all.
  const exportRequests: NameRequest<Exported>[] = [
    ...tables.map((t) => ({
      item: t,
      label: () => `table ${quoteQualifiedAsNeeded(t.schema, t.name)}`,
      candidates: exportCandidates(t.schema, t.name, "table"),
      exact: t.name,
    })),
    ...enums.map((e) => ({
      item: e,
      label: () => `enum ${quoteQualifiedAsNeeded(e.schema, e.name)}`,
      candidates: exportCandidates(e.schema, e.name, "enum"),
      exact: e.name,
    })),
    ...functions.map((f) => ({
      item: f,
      label: () => functionLabel(f),
      candidates: functionExportCandidates(f),
    })),
    ...triggers.map((t) => ({
      item: t,
      label: () => `trigger ${t.name} on ${quoteQualifiedAsNeeded(t.schema, t.table)}`,
      candidates: triggerExportCandidates(t),
    })),
    ...views.map((v) => ({
      item: v,
      label: () => `view ${quoteQualifiedAsNeeded(v.schema, v.name)}`,
      candidates: exportCandidates(v.schema, v.name, "view"),
      exact: v.name,
    })),
    ...policies.map((p) => ({
      item: p,
      label: () => `policy ${p.name} on ${quoteQualifiedAsNeeded(p.schema, p.table)}`,
      candidates: policyExportCandidates(p),
    })),
    ...userTypes.map((t) => ({
      item: t,
      label: () => `type ${quoteQualifiedAsNeeded(t.schema, t.name)}`,
      candidates: exportCandidates(t.schema, t.name, "type"),
      exact: t.name,
    })),
  ];
  const sequences = sortedByQualifiedName(schema.sequences);
  // Folders: one per schema when there is more than one.
  const usedSchemas = unique([
    ...tables.map((t) => t.schema),
    ...enums.map((e) => e.schema),
    ...functions.map((f) => f.schema),
    ...triggers.map((t) => t.schema),
    ...views.map((v) => v.schema),
    ...sequences.map((q) => q.schema),
    ...userTypes.map((t) => t.schema),
  ]).sort();
  const schemaModels = declaredSchemas(schema, usedSchemas);
  exportRequests.push(
    ...sequences.map((q) => ({
      item: q,
      label: () => `sequence ${quoteQualifiedAsNeeded(q.schema, q.name)}`,
      candidates: exportCandidates(q.schema, q.name, "sequence"),
      exact: q.name,
    })),
    ...schemaModels.map((m) => ({
      item: m,
      label: () => `schema ${quoteIdentAsNeeded(m.name)}`,
      candidates: unique(
        [camelName(`${m.name} schema`), camelName(m.name), m.name].filter(isFreeIdentifier),
      ),
      exact: m.name,
    })),
    ...schema.extensions.map((e) => ({
      item: e,
      label: () => `extension ${quoteIdentAsNeeded(e.name)}`,
      candidates: unique(
        [camelName(e.name), camelName(`${e.name} extension`), e.name].filter(isFreeIdentifier),
      ),
      exact: e.name,
    })),
  );
  const identifiers = assignNames("export", exportRequests.map(withNumberedFallback));

  const folderOf = new Map<string, string>();
  if (usedSchemas.length > 1) {
    const folders = assignNames(
      "folder",
      usedSchemas.map((s) =>
        fileRequest(s, () => `schema ${quoteIdentAsNeeded(s)}`, s, camelName(s), new Set()),
      ),
      (name) => name.toLowerCase(),
    );
    for (const s of usedSchemas) folderOf.set(s, join(modelsDir, folders.get(s)!));
  } else {
    for (const s of usedSchemas) folderOf.set(s, modelsDir);
  }

  // Files: per folder, kebab-case, never the entry's or the enums file's name.
  const fileOf = new Map<TableDescription | ViewDescription, string>();
  for (const s of usedSchemas) {
    const folder = folderOf.get(s)!;
    const reserved = new Set([enumsFile, functionsFile, triggersFile, sequencesFile, typesFile]);
    if (folder === modelsDir) reserved.add(schemasFile).add(extensionsFile).add(privilegesFile);
    if (dirname(entryPath) === folder) {
      reserved.add(
        entryPath
          .slice(folder.length + 1)
          .replace(/\.[cm]?[jt]sx?$/, "")
          .toLowerCase(),
      );
    }
    const inFolder = [...tables, ...views].filter((t) => t.schema === s);
    const files = assignNames(
      "file",
      inFolder.map((t) =>
        fileRequest<TableDescription | ViewDescription>(
          t,
          () =>
            `${"materialized" in t ? "view" : "table"} ${quoteQualifiedAsNeeded(t.schema, t.name)}`,
          t.name,
          identifiers.get(t)!,
          reserved,
        ),
      ),
      (name) => name.toLowerCase(),
    );
    for (const t of inFolder) fileOf.set(t, join(folder, `${files.get(t)!}.ts`));
  }

  const tableExports = new Map<string, ModelExport>();
  for (const t of tables) {
    tableExports.set(qualifiedKey(t.schema, t.name), {
      identifier: identifiers.get(t)!,
      file: fileOf.get(t)!,
    });
  }
  const enumExports = new Map<string, ModelExport>();
  for (const e of enums) {
    enumExports.set(qualifiedKey(e.schema, e.name), {
      identifier: identifiers.get(e)!,
      file: join(folderOf.get(e.schema)!, `${enumsFile}.ts`),
    });
  }

  // Column keys: camelCase, or the real name (quoted if need be) when two would collide.
  // Tables share column names (`id`, `created_at`): each is camel-cased once.
  const camelNames = new Map<string, string>();
  const columnKeys = new Map<string, Map<string, string>>();
  for (const t of tables) {
    const keys = assignNames(
      "column key",
      t.columns.map((c) => {
        let camel = camelNames.get(c.name);
        if (camel === undefined) {
          camel = camelName(c.name);
          camelNames.set(c.name, camel);
        }
        return {
          item: c.name,
          label: () =>
            `column ${quoteQualifiedAsNeeded(t.schema, t.name)}.${quoteIdentAsNeeded(c.name)}`,
          // A key JavaScript sorts first (`"2012"`) would reorder the columns: `_2012` instead.
          candidates: unique(
            [camel, c.name].filter((k) => k !== "" && k !== "__proto__" && !isIndexLikeKey(k)),
          ),
          fallback: (n: number) => `_${c.name}${n === 2 ? "" : `_${n}`}`,
          exact: c.name,
        };
      }),
    );
    columnKeys.set(qualifiedKey(t.schema, t.name), keys);
  }

  // describeModels reads tables in the order of the entry namespace's keys (sorted exports).
  const namesBySchema = new Map<string, SchemaNames>();
  for (const t of tables) {
    const names = namesBySchema.get(t.schema) ?? { relations: new Set(), constraints: new Set() };
    namesBySchema.set(t.schema, names);
    names.relations.add(t.name);
  }
  // describeModels takes the views' names before it names any index.
  for (const v of views) {
    const names = namesBySchema.get(v.schema) ?? { relations: new Set(), constraints: new Set() };
    namesBySchema.set(v.schema, names);
    names.relations.add(v.name);
  }
  const freeSequences = new Set(
    schema.sequences.map((s) => quoteQualifiedAsNeeded(s.schema, s.name)),
  );
  const cycles = foreignKeyCycles(tables);
  const serialSequences = new Set(
    tables.flatMap((t) =>
      t.columns.flatMap((c) => {
        const sequence = isPlainSerial(t, c) ? nextvalSequence(c.default) : null;
        return sequence === null ? [] : [quoteQualifiedAsNeeded(sequence.schema, sequence.name)];
      }),
    ),
  );
  const files: ModelFile[] = [];
  const byExport = [...tables].sort((a, b) => {
    const ia = identifiers.get(a)!;
    const ib = identifiers.get(b)!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  for (const t of byExport) {
    const file = fileOf.get(t)!;
    const onTable = policies.filter((p) => p.schema === t.schema && p.table === t.name);
    const { text } = renderTableFile(t, {
      cycles,
      freeSequences,
      serialSequences,
      exportOf: tableExports.get(qualifiedKey(t.schema, t.name))!,
      columnKeys,
      tables: tableExports,
      enums: enumExports,
      names: namesBySchema.get(t.schema)!,
      specifier: (target) => specifier(file, target),
      importFrom,
      warnings,
      extraDsl: [
        ...(onTable.length > 0 ? ["policy"] : []),
        ...(onTable.some((p) => p.using !== null || p.withCheck !== null) ? ["sql"] : []),
      ],
    });
    const exportOf = tableExports.get(qualifiedKey(t.schema, t.name))!;
    const policyText = onTable
      .map((p) => `\n${renderPolicy(p, identifiers.get(p)!, exportOf.identifier)}`)
      .join("");
    files.push({ path: file, text: `${text}${policyText}` });
  }

  for (const v of views) {
    const text = renderViewFile(v, { identifier: identifiers.get(v)!, importFrom, warnings });
    files.push({ path: fileOf.get(v)!, text });
  }

  for (const s of usedSchemas) {
    const inSchema = (t: { schema: string }) => t.schema === s;
    if (!userTypes.some(inSchema)) continue;
    files.push({
      path: join(folderOf.get(s)!, `${typesFile}.ts`),
      text: renderTypesFile(
        {
          domains: schema.domains.filter(inSchema),
          compositeTypes: schema.compositeTypes.filter(inSchema),
          rangeTypes: schema.rangeTypes.filter(inSchema),
        },
        identifiers as ReadonlyMap<UserTypeDescription, string>,
        importFrom,
      ),
    });
  }

  for (const s of usedSchemas) {
    const inSchema = enums.filter((e) => e.schema === s);
    if (inSchema.length === 0) continue;
    const path = join(folderOf.get(s)!, `${enumsFile}.ts`);
    files.push({ path, text: renderEnumsFile(inSchema, identifiers, importFrom) });
  }

  for (const s of usedSchemas) {
    const inSchema = sequences.filter((q) => q.schema === s);
    if (inSchema.length === 0) continue;
    const path = join(folderOf.get(s)!, `${sequencesFile}.ts`);
    files.push(
      renderSequencesFile(path, inSchema, {
        identifiers,
        tableExports,
        columnKeys,
        importFrom,
        specifier,
        warnings,
      }),
    );
  }
  if (schemaModels.length > 0) {
    files.push(renderSchemasFile(modelsDir, schemaModels, identifiers, importFrom));
  }
  if (schema.extensions.length > 0) {
    files.push(renderExtensionsFile(modelsDir, schema.extensions, identifiers, importFrom));
  }

  files.push(
    ...routineFiles(
      { functions, triggers, identifiers, folderOf, tableExports, importFrom },
      specifier,
    ),
  );

  const privileges = renderPrivilegesFile(schema, new Set(identifiers.values()), importFrom);
  if (privileges !== null) {
    files.push({ path: join(dirname(entryPath), `${privilegesFile}.ts`), text: privileges });
  }

  const entryLines = files
    .map((f) => `export * from ${stringLiteral(specifier(entryPath, f.path))};\n`)
    .sort();
  files.push({
    path: entryPath,
    text: `// Every model is exported from here: \`retort revision --autogenerate\` compares what this file\n// exports with the database.\n${entryLines.length === 0 ? "export {};\n" : entryLines.join("")}`,
  });

  for (const u of schema.unmanaged) {
    const warning = tablePropertyWarning(u);
    if (warning !== null) warnings.push(warning);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    files,
    skipped: schema.unmanaged.filter((u) => !isCreatedWithItsType(u) && !isPartitioning(u)),
    warnings,
  };
}

/**
 * Partitioning, which the models declare (`partitionBy`, `partitionOf`), with the partitions'
 * copies of their parent's indexes and checks, which the parent's model declares.
 */
function isPartitioning(u: UnmanagedObject): boolean {
  return (
    u.kind === "partitioned table" ||
    u.kind === "partition" ||
    u.kind === "partition index" ||
    u.kind === "partition check"
  );
}

/** What the models lose of a table property (`UNLOGGED`, `INHERITS`, partitioning), or `null`. */
function tablePropertyWarning(u: UnmanagedObject): string | null {
  const table = `table ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
  switch (u.kind) {
    case "unlogged table":
      return `${table} is UNLOGGED: the models declare a logged table; the baseline sets it UNLOGGED again.`;
    case "inheritance":
      return `${table} inherits from another table (${u.definition}): the models declare it standalone, with the inherited columns and checks as its own; the baseline runs the INHERIT.`;
    case "typed table":
      return `${table} is a typed table (${u.definition}): the models declare its columns; the baseline links it to its type again, and PostgreSQL changes its columns only through the type.`;
    default:
      return null;
  }
}

/**
 * The import specifier of `target` from `from`'s folder: `./account`, `../billing/invoice`,
 * ending with `extension`. Remembered per folder and target: the tables of a folder import the
 * same few tables, and the entry every file.
 */
function specifiers(extension: string): (from: string, target: string) => string {
  const folders = new Map<string, string>();
  const folderOf = (path: string): string => {
    let folder = folders.get(path);
    if (folder === undefined) {
      folder = dirname(path);
      folders.set(path, folder);
    }
    return folder;
  };
  const made = new Map<string, string>();
  return (from, target) => {
    const folder = folderOf(from);
    const key = `${folder}\u0000${target}`;
    let text = made.get(key);
    if (text === undefined) {
      // Most are of a file in the same folder, where `relative` would only cost its resolving.
      let path =
        folderOf(target) === folder
          ? basename(target)
          : relative(folder, target).split(sep).join("/");
      path = path.replace(/\.ts$/, extension);
      text = path.startsWith(".") ? path : `./${path}`;
      made.set(key, text);
    }
    return text;
  };
}

type Exported =
  | SequenceDescription
  | ExtensionDescription
  | DeclaredSchema
  | TableDescription
  | EnumDescription
  | FunctionDescription
  | TriggerDescription
  | ViewDescription
  | PolicyDescription
  | UserTypeDescription;

function renderEnumsFile(
  enums: EnumDescription[],
  identifiers: Map<Exported, string>,
  importFrom: string,
): string {
  const blocks = enums.map((e) => {
    const values = e.values.map(stringLiteral);
    const options: string[] = [];
    if (e.schema !== "public") options.push(`schema: ${stringLiteral(e.schema)}`);
    if (e.comment !== null) options.push(`comment: ${stringLiteral(e.comment)}`);
    // enumType wants at least one label in its type; PostgreSQL allows an empty enum.
    const list = values.length === 0 ? "[] as unknown as [string]" : `[${values.join(", ")}]`;
    const args = [stringLiteral(e.name), list];
    if (options.length > 0) args.push(`{ ${options.join(", ")} }`);
    const oneLine = `export const ${identifiers.get(e)!} = enumType(${args.join(", ")});\n`;
    if (oneLine.length <= 100) return oneLine;
    const listLine = `  ${list},`;
    const listText =
      listLine.length <= 100
        ? `${listLine}\n`
        : `  [\n${values.map((v) => `    ${v},\n`).join("")}  ],\n`;
    const rest = options.length > 0 ? `  { ${options.join(", ")} },\n` : "";
    return `export const ${identifiers.get(e)!} = enumType(\n  ${stringLiteral(e.name)},\n${listText}${rest});\n`;
  });
  return `import { enumType } from ${stringLiteral(importFrom)};\n\n${blocks.join("\n")}`;
}

/**
 * For each table, the tables in its strongly connected component of the foreign-key graph when
 * that component is a cycle (a self-reference included): Tarjan's algorithm, iterative so that a
 * long chain of tables does not overflow the stack.
 */
function foreignKeyCycles(tables: readonly TableDescription[]): Map<string, Set<string>> {
  const keys = new Set(tables.map((t) => qualifiedKey(t.schema, t.name)));
  const edges = new Map<string, string[]>();
  for (const t of tables) {
    const targets = t.foreignKeys
      .map((fk) => qualifiedKey(fk.refSchema, fk.refTable))
      .filter((k) => keys.has(k));
    edges.set(qualifiedKey(t.schema, t.name), targets);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Map<string, Set<string>>();
  let counter = 0;
  for (const start of keys) {
    if (index.has(start)) continue;
    const work: [node: string, next: number][] = [[start, 0]];
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
      }
      const targets = edges.get(node)!;
      if (next < targets.length) {
        frame[1] = next + 1;
        const target = targets[next]!;
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
        continue;
      }
      work.pop();
      const parent = work.at(-1)?.[0];
      if (parent !== undefined) low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      if (low.get(node) !== index.get(node)) continue;
      const component = new Set<string>();
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.add(member);
      } while (member !== node);
      if (component.size > 1 || targets.includes(node)) {
        for (const k of component) result.set(k, component);
      }
    }
  }
  return result;
}
