// Over 500 lines: renderTableFile writes a table's file top to bottom in one pass (imports,
// columns, constraints, indexes, comments), and its parts share the names it chose; split, they
// would pass that state around.
import { expressionColumnName } from "../models/describe-models";
import { defaultConstraintName, type GeneratedNameKind } from "../schema/default-constraint-name";
import { serialDefault } from "../schema/normalize-default";
import { expressionIdentifiers } from "../schema/normalize-expression";
import { storageParameterValues } from "../schema/normalize-storage-parameters";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type {
  ColumnDescription,
  ExclusionElementDescription,
  IndexElementDescription,
  TableDescription,
} from "../schema/schema-description";
import { objectNameSource } from "./object-name-source";
import { renderColumnBuilder } from "./render-column-builder";
import { indexStatisticsLiteral } from "./render-index-statistics";
import { forValuesOption, partitionByOption } from "./render-partition-file";
import { tablePhysicalOptions } from "./render-table-physical";
import {
  numberOrString,
  propertyAccess,
  propertyKey,
  sqlTemplate,
  stringLiteral,
  valueLiteral,
} from "./typescript-source";

/** Where a table or enum is exported from. */
export interface ModelExport {
  identifier: string;
  /** Absolute path of its file. */
  file: string;
}

/**
 * Names PostgreSQL (and so `describeModels`) considers taken in one schema while it picks
 * default names. `describeModels` claims them table by table, in the order of the models
 * namespace's keys; the renderer walks tables in that same order so it omits a name exactly
 * when `describeModels` would generate the same one.
 */
export interface SchemaNames {
  relations: Set<string>;
  constraints: Set<string>;
}

/** Everything a table file needs to know about the rest of the models. */
export interface TableFileContext {
  /** Free-standing sequences (not owned by a column), as `quoteQualified` prints them. */
  freeSequences: Set<string>;
  /**
   * Sequences columns create as their serial, as `quoteQualified` prints them: another column's
   * default may read one (an inherited key, a shared sequence).
   */
  serialSequences: Set<string>;
  exportOf: ModelExport;
  /** Column keys of every table, by `schema\0table` then column name. */
  columnKeys: Map<string, Map<string, string>>;
  tables: Map<string, ModelExport>;
  /**
   * For each table (`qualifiedKey`), the tables its foreign keys reach that reach it back (itself
   * for a self-reference): TypeScript cannot infer a model's type through such a cycle, so the
   * reference's function names its return type.
   */
  cycles: Map<string, Set<string>>;
  enums: Map<string, ModelExport>;
  names: SchemaNames;
  /** Import specifier for a file, relative to this table's file. */
  specifier: (file: string) => string;
  importFrom: string;
  warnings: string[];
  /** More of the models DSL the file imports (what is written after the table: `policy`). */
  extraDsl?: readonly string[];
}

/** A key for maps of schema-qualified objects. */
export function qualifiedKey(schema: string, name: string): string {
  return `${schema}\u0000${name}`;
}

function elementName(e: IndexElementDescription): string {
  return e.column ?? expressionColumnName(e.expression ?? "");
}

/** Biome's line width in this repository; longer column chains break before each call. */
const lineWidth = 100;

/** A call with one options object, `unique({ ... })`, that breaks one option per line when long. */
interface OptionsCall {
  call: string;
  parts: string[];
}

type ListItem = string | OptionsCall;

function flat(item: ListItem): string {
  return typeof item === "string" ? item : `${item.call}(${options(item.parts)})`;
}

/** `key: [items],` on one line when it fits, else one item per line (broken further if need be). */
function listProperty(key: string, items: ListItem[], indent: string): string {
  const inline = `${indent}${key}: [${items.map(flat).join(", ")}],\n`;
  if (items.length <= 1 && inline.length - 1 <= lineWidth) return inline;
  const inner = `${indent}  `;
  const lines = items.map((item) => {
    const line = `${inner}${flat(item)},`;
    if (line.length <= lineWidth || typeof item === "string") return `${line}\n`;
    const parts = item.parts.map((part) => `${inner}  ${part},\n`).join("");
    return `${inner}${item.call}({\n${parts}${inner}}),\n`;
  });
  return `${indent}${key}: [\n${lines.join("")}${indent}],\n`;
}

/** A constraint's `comment: "..."` option, when it has one. */
function commentPart(constraint: { comment?: string | undefined }): string[] {
  return constraint.comment === undefined ? [] : [`comment: ${stringLiteral(constraint.comment)}`];
}

/** An options object `{ a: 1, b: 2 }`, on one line. */
function options(parts: string[]): string {
  return parts.length === 0 ? "" : `{ ${parts.join(", ")} }`;
}

/**
 * The source of one table's file: imports, then `export const <identifier> = table(...)`.
 * Constraint and index names are left out where `describeModels` would generate the same one.
 */
export function renderTableFile(
  table: TableDescription,
  context: TableFileContext,
): { text: string; imports: Set<string> } {
  const where = `${table.schema}.${table.name}`;
  const { names, warnings } = context;
  const keys = context.columnKeys.get(qualifiedKey(table.schema, table.name))!;
  const dsl = new Set<string>(table.columns.length > 0 ? ["column as c", "table"] : ["table"]);
  for (const name of context.extraDsl ?? []) dsl.add(name);
  const modelImports = new Map<string, Set<string>>();
  const useExport = (target: ModelExport): string => {
    if (target.file !== context.exportOf.file) {
      const set = modelImports.get(target.file) ?? new Set<string>();
      modelImports.set(target.file, set);
      set.add(target.identifier);
    }
    return target.identifier;
  };
  let usesT = false;
  const ref = (column: string): string => {
    usesT = true;
    return propertyAccess("t", keys.get(column) ?? column);
  };

  /** Claims `actual` and tells whether PostgreSQL's default name is the same. */
  const isDefaultName = (
    kind: GeneratedNameKind,
    actual: string,
    columns: readonly string[],
    space: "relation" | "constraint",
  ): boolean => {
    const isTaken =
      space === "relation"
        ? (n: string) => names.relations.has(n)
        : (n: string) => names.constraints.has(n);
    const generated = defaultConstraintName({ kind, table: table.name, columns, isTaken });
    names.constraints.add(actual);
    if (space === "relation") names.relations.add(actual);
    return generated === actual;
  };

  // Per column: the chained constraint calls, in the order describeModels reads them.
  const inline = new Map<string, string[]>(table.columns.map((c) => [c.name, []]));
  const push = (column: string, call: string): void => {
    inline.get(column)!.push(call);
  };

  // Serial sequences: claimed first, in column order (describeModels names them while it reads columns).
  const { freeSequences, serialSequences } = context;
  const serial = new Set<string>();
  for (const column of table.columns) {
    if (column.default === null || !column.default.includes("nextval(")) continue;
    const sequence = defaultConstraintName({
      kind: "sequence",
      table: table.name,
      columns: [column.name],
      isTaken: (n) => names.relations.has(n),
    });
    if (
      isSerialCandidate(column) &&
      column.default === serialDefault(table.schema, sequence) &&
      !freeSequences.has(quoteQualifiedAsNeeded(table.schema, sequence))
    ) {
      serial.add(column.name);
      names.relations.add(sequence);
      names.constraints.add(sequence);
    } else {
      const read = /nextval\('(.*)'::regclass\)/.exec(column.default)?.[1] ?? "";
      if (freeSequences.has(read) || serialSequences.has(read)) continue;
      // A sequence owned by the column but not named as serial would name it: not describable.
      warnings.push(
        `${where}.${column.name}: its default ${column.default} reads a sequence the models cannot declare (the column owns it, under a name that is not its serial's); the baseline creates it, any other database needs it from a migration (op.createSequence).`,
      );
    }
  }

  // Primary key.
  const extras: string[] = [];
  let inlinePrimaryKey: string | null = null;
  const pk = table.primaryKey;
  if (pk) {
    const isDefault = isDefaultName("primaryKey", pk.name, [], "relation");
    if (pk.deferrable) {
      warnings.push(
        `${where}: the primary key ${pk.name} is deferrable, which the models cannot declare.`,
      );
    }
    // A comment needs the options form (a column's `.primaryKey()` takes none).
    if (pk.columns.length === 1 && isDefault && pk.comment === undefined)
      inlinePrimaryKey = pk.columns[0]!;
    else {
      const columns = pk.columns.map(ref);
      const parts = [
        ...(isDefault ? [] : [`name: ${stringLiteral(pk.name)}`]),
        `columns: [${columns.join(", ")}]`,
        ...commentPart(pk),
      ];
      extras.push(
        `    primaryKey: ${
          isDefault && pk.comment === undefined
            ? `primaryKey(${columns.join(", ")})`
            : `primaryKey(${options(parts)})`
        },\n`,
      );
      dsl.add("primaryKey");
    }
  }
  const pkColumns = new Set(pk?.columns ?? []);

  // Uniques: one-column ones on the column (claimed first, in column order), the rest on the table.
  const columnUnique = new Map<string, (typeof table.uniques)[number]>();
  const tableUniques: typeof table.uniques = [];
  for (const u of table.uniques) {
    const only = u.columns[0]!;
    if (
      u.columns.length === 1 &&
      u.include.length === 0 &&
      !u.deferrable &&
      !columnUnique.has(only)
    ) {
      columnUnique.set(only, u);
    } else tableUniques.push(u);
  }
  for (const column of table.columns) {
    const u = columnUnique.get(column.name);
    if (!u) continue;
    const parts: string[] = [];
    if (!isDefaultName("unique", u.name, [column.name], "relation")) {
      parts.push(`name: ${stringLiteral(u.name)}`);
    }
    if (u.nullsNotDistinct) parts.push("nullsNotDistinct: true");
    parts.push(...commentPart(u));
    push(column.name, `.unique(${options(parts)})`);
  }
  const uniqueItems = tableUniques.map((u): ListItem => {
    const isDefault = isDefaultName("unique", u.name, [...u.columns, ...u.include], "relation");
    const plain =
      isDefault &&
      u.include.length === 0 &&
      !u.nullsNotDistinct &&
      !u.deferrable &&
      u.comment === undefined;
    if (plain) return `unique(${u.columns.map(ref).join(", ")})`;
    const parts: string[] = [];
    if (!isDefault) parts.push(`name: ${stringLiteral(u.name)}`);
    parts.push(`columns: [${u.columns.map(ref).join(", ")}]`);
    if (u.include.length > 0) parts.push(`include: [${u.include.map(ref).join(", ")}]`);
    if (u.nullsNotDistinct) parts.push("nullsNotDistinct: true");
    if (u.deferrable) parts.push("deferrable: true");
    if (u.initiallyDeferred) parts.push("initiallyDeferred: true");
    parts.push(...commentPart(u));
    return { call: "unique", parts };
  });
  if (uniqueItems.length > 0) dsl.add("unique");

  // Checks: one that mentions a single column sits on it; the rest on the table.
  const columnNames = new Set(table.columns.map((c) => c.name));
  const mentioned = (expression: string): string[] =>
    expressionIdentifiers(expression).filter((n) => columnNames.has(n));
  const columnChecks = new Map<string, (typeof table.checks)[number][]>();
  const tableChecks: typeof table.checks = [];
  for (const check of table.checks) {
    const columns = mentioned(check.expression);
    if (columns.length === 1 && !check.noInherit) {
      const checks = columnChecks.get(columns[0]!) ?? [];
      checks.push(check);
      columnChecks.set(columns[0]!, checks);
    } else tableChecks.push(check);
  }
  for (const column of table.columns) {
    for (const check of columnChecks.get(column.name) ?? []) {
      const isDefault = isDefaultName("check", check.name, [column.name], "constraint");
      const parts: string[] = [];
      if (!isDefault) parts.push(`name: ${stringLiteral(check.name)}`);
      if (check.notValid) parts.push("notValid: true");
      parts.push(...commentPart(check));
      const rest = parts.length === 0 ? "" : `, ${options(parts)}`;
      push(column.name, `.check(${stringLiteral(check.expression)}${rest})`);
    }
  }
  const checkItems = tableChecks.map((check) => {
    const columns = mentioned(check.expression);
    const isDefault = isDefaultName(
      "check",
      check.name,
      columns.length === 1 ? columns : [],
      "constraint",
    );
    const parts: string[] = [];
    if (!isDefault) parts.push(`name: ${stringLiteral(check.name)}`);
    if (check.noInherit) parts.push("noInherit: true");
    if (check.notValid) parts.push("notValid: true");
    parts.push(...commentPart(check));
    const rest = parts.length === 0 ? "" : `, ${options(parts)}`;
    return `check(${stringLiteral(check.expression)}${rest})`;
  });
  if (checkItems.length > 0) dsl.add("check");

  // Foreign keys: to tables the models declare only (describeModels refuses others).
  const targetColumn = (fkSchema: string, fkTable: string, column: string): string | null => {
    const target = context.tables.get(qualifiedKey(fkSchema, fkTable));
    const targetKeys = context.columnKeys.get(qualifiedKey(fkSchema, fkTable));
    if (!target || !targetKeys) return null;
    return propertyAccess(`${useExport(target)}.columns`, targetKeys.get(column) ?? column);
  };
  const fkOptions = (fk: (typeof table.foreignKeys)[number], isDefault: boolean): string[] => {
    const parts: string[] = [];
    if (!isDefault) parts.push(`name: ${stringLiteral(fk.name)}`);
    if (fk.onDelete !== "no action") parts.push(`onDelete: ${stringLiteral(fk.onDelete)}`);
    if (fk.onDeleteColumns) {
      parts.push(`onDeleteColumns: [${fk.onDeleteColumns.map(ref).join(", ")}]`);
    }
    if (fk.onUpdate !== "no action") parts.push(`onUpdate: ${stringLiteral(fk.onUpdate)}`);
    if (fk.match === "full") parts.push(`match: "full"`);
    if (fk.deferrable) parts.push("deferrable: true");
    if (fk.initiallyDeferred) parts.push("initiallyDeferred: true");
    if (fk.notValid) parts.push("notValid: true");
    parts.push(...commentPart(fk));
    return parts;
  };
  const columnFks = new Map<string, (typeof table.foreignKeys)[number]>();
  const tableFks: typeof table.foreignKeys = [];
  for (const fk of table.foreignKeys) {
    if (!context.tables.has(qualifiedKey(fk.refSchema, fk.refTable))) {
      warnings.push(
        `${where}: the foreign key ${fk.name} references ${fk.refSchema}.${fk.refTable}, which is not pulled; it is left out of the models.`,
      );
      continue;
    }
    if (fk.match === "partial") {
      warnings.push(
        `${where}: the foreign key ${fk.name} is MATCH PARTIAL, which the models cannot declare.`,
      );
    }
    if (fk.columns.length === 1 && !columnFks.has(fk.columns[0]!) && !fk.onDeleteColumns)
      columnFks.set(fk.columns[0]!, fk);
    else tableFks.push(fk);
  }
  const cycle = context.cycles.get(qualifiedKey(table.schema, table.name));
  // `(): ColumnRef =>` where the target's type depends on this table's.
  const arrow = (fk: (typeof table.foreignKeys)[number], returns: string): string => {
    if (!cycle?.has(qualifiedKey(fk.refSchema, fk.refTable))) return "() =>";
    dsl.add("type ColumnRef");
    return `(): ${returns} =>`;
  };
  for (const column of table.columns) {
    const fk = columnFks.get(column.name);
    if (!fk) continue;
    const isDefault = isDefaultName("foreignKey", fk.name, [column.name], "constraint");
    const target = targetColumn(fk.refSchema, fk.refTable, fk.refColumns[0]!);
    const parts = fkOptions(fk, isDefault);
    push(
      column.name,
      `.references(${arrow(fk, "ColumnRef")} ${target}${parts.length > 0 ? `, ${options(parts)}` : ""})`,
    );
  }
  const fkItems = tableFks.map((fk): ListItem => {
    const isDefault = isDefaultName("foreignKey", fk.name, fk.columns, "constraint");
    const targets = fk.refColumns.map((c) => targetColumn(fk.refSchema, fk.refTable, c));
    const rest = fkOptions(fk, true);
    return {
      call: "foreignKey",
      parts: [
        ...(isDefault ? [] : [`name: ${stringLiteral(fk.name)}`]),
        `columns: [${fk.columns.map(ref).join(", ")}]`,
        `references: ${arrow(fk, "ColumnRef[]")} [${targets.join(", ")}]`,
        ...rest,
      ],
    };
  });
  if (fkItems.length > 0) dsl.add("foreignKey");

  // Index and exclusion elements.
  const elementObject = (e: IndexElementDescription): string[] => {
    const parts: string[] = [];
    if (e.column !== null) parts.push(`column: ${ref(e.column)}`);
    else {
      dsl.add("sql");
      parts.push(`expression: ${sqlTemplate(e.expression ?? "")}`);
    }
    if (e.descending) parts.push(`order: "desc"`);
    if (e.nullsFirst !== e.descending) parts.push(`nulls: ${e.nullsFirst ? `"first"` : `"last"`}`);
    if (e.opclass !== null) parts.push(`opclass: ${objectNameSource(e.opclass)}`);
    if (e.opclassOptions !== null) {
      const options = Object.entries(e.opclassOptions).map(
        ([k, v]) => `${propertyKey(k)}: ${numberOrString(v)}`,
      );
      parts.push(`opclassOptions: { ${options.join(", ")} }`);
    }
    if (e.collation !== null) parts.push(`collation: ${objectNameSource(e.collation)}`);
    return parts;
  };
  const indexElement = (e: IndexElementDescription): string => {
    const isPlain =
      !e.descending &&
      !e.nullsFirst &&
      e.opclass === null &&
      e.opclassOptions === null &&
      e.collation === null;
    if (isPlain && e.column !== null) return ref(e.column);
    if (isPlain) {
      dsl.add("sql");
      return sqlTemplate(e.expression ?? "");
    }
    return options(elementObject(e));
  };

  const exclusionItems = table.exclusions.map((x): ListItem => {
    const isDefault = isDefaultName(
      "exclusion",
      x.name,
      [...x.elements.map(elementName), ...x.include],
      "relation",
    );
    const elements = x.elements.map(
      (e: ExclusionElementDescription) =>
        `{ ${[...elementObject(e), `operator: ${stringLiteral(e.operator)}`].join(", ")} }`,
    );
    const parts: string[] = [];
    if (!isDefault) parts.push(`name: ${stringLiteral(x.name)}`);
    if (x.method !== "gist") parts.push(`using: ${stringLiteral(x.method)}`);
    parts.push(`elements: [${elements.join(", ")}]`);
    if (x.include.length > 0) parts.push(`include: [${x.include.map(ref).join(", ")}]`);
    if (x.where !== null) parts.push(`where: ${stringLiteral(x.where)}`);
    if (x.deferrable) parts.push("deferrable: true");
    if (x.initiallyDeferred) parts.push("initiallyDeferred: true");
    parts.push(...commentPart(x));
    return { call: "exclude", parts };
  });
  if (exclusionItems.length > 0) dsl.add("exclude");

  const indexItems = table.indexes.map((i) => {
    const isDefault = isDefaultName(
      "index",
      i.name,
      [...i.elements.map(elementName), ...i.include],
      "relation",
    );
    let code = isDefault ? "index()" : `index(${stringLiteral(i.name)})`;
    if (i.unique) code += ".unique()";
    if (i.method !== "btree") code += `.using(${stringLiteral(i.method)})`;
    code += `.on(${i.elements.map(indexElement).join(", ")})`;
    if (i.include.length > 0) code += `.include(${i.include.map(ref).join(", ")})`;
    if (i.where !== null) code += `.where(${stringLiteral(i.where)})`;
    if (i.nullsNotDistinct) code += ".nullsNotDistinct()";
    if (table.clusterOn === i.name) code += ".cluster()";
    if (i.comment !== undefined) code += `.comment(${stringLiteral(i.comment)})`;
    if (i.statistics !== undefined) code += `.statistics(${indexStatisticsLiteral(i.statistics)})`;
    if (i.storageParameters !== undefined)
      code += `.with(${valueLiteral(storageParameterValues(i.storageParameters))})`;
    return code;
  });
  if (indexItems.length > 0) dsl.add("index");

  // The order describeModels reads them in does not matter here: names were decided above.
  if (uniqueItems.length > 0) extras.push(listProperty("uniques", uniqueItems, "    "));
  if (checkItems.length > 0) extras.push(listProperty("checks", checkItems, "    "));
  if (fkItems.length > 0) extras.push(listProperty("foreignKeys", fkItems, "    "));
  if (indexItems.length > 0) extras.push(listProperty("indexes", indexItems, "    "));
  if (exclusionItems.length > 0) extras.push(listProperty("exclusions", exclusionItems, "    "));

  const columnLines = table.columns.map((column) => {
    const enumTarget =
      column.userType === null
        ? undefined
        : context.enums.get(qualifiedKey(column.userType.schema, column.userType.name));
    const key = keys.get(column.name) ?? column.name;
    const builder = renderColumnBuilder(
      column,
      {
        enumExport: enumTarget ? useExport(enumTarget) : null,
        isSerial: serial.has(column.name),
        isInlinePrimaryKey: inlinePrimaryKey === column.name,
        isInPrimaryKey: pkColumns.has(column.name),
        constraints: inline.get(column.name) ?? [],
        key,
      },
      `${where}.${column.name}`,
      warnings,
    );
    const line = `    ${propertyKey(key)}: ${builder.join("")},`;
    // Like Biome (and Prettier), a chain of three calls or more breaks when one takes a function.
    const hasCallback = builder.length > 3 && builder.some((call) => call.includes("=>"));
    if (line.length <= lineWidth && !hasCallback) return `${line}\n`;
    return `    ${propertyKey(key)}: ${builder[0]}\n${builder
      .slice(1)
      .map((call) => `      ${call}\n`)
      .join("")
      .replace(/\n$/, ",\n")}`;
  });

  const tableOptions: string[] = [];
  if (table.schema !== "public") tableOptions.push(`schema: ${stringLiteral(table.schema)}`);
  if (table.comment !== null) tableOptions.push(`comment: ${stringLiteral(table.comment)}`);
  if (table.rowSecurity !== undefined) {
    const { enabled, forced } = table.rowSecurity;
    tableOptions.push(
      `rls: ${valueLiteral({ ...(enabled ? { enabled } : {}), ...(forced ? { forced } : {}) })}`,
    );
  }
  tableOptions.push(...tablePhysicalOptions(table));
  if (table.partitionBy !== undefined) {
    tableOptions.push(partitionByOption(table.partitionBy, keys, dsl));
  }
  if (table.partitionOf !== undefined) {
    const parent = context.tables.get(
      qualifiedKey(table.partitionOf.schema, table.partitionOf.table),
    );
    if (parent !== undefined) {
      tableOptions.push(
        `partitionOf: { parent: ${useExport(parent)}, ${forValuesOption(table.partitionOf.bound, dsl)} }`,
      );
    }
  }

  const args = [
    `  ${stringLiteral(table.name)},\n`,
    columnLines.length === 0 ? "  {},\n" : `  {\n${columnLines.join("")}  },\n`,
  ];
  if (extras.length > 0) {
    args.push(`  (${usesT ? "t" : ""}) => ({\n${extras.join("")}  }),\n`);
  }
  if (tableOptions.length > 0) args.push(`  ${options(tableOptions)},\n`);

  const importLines = [
    `import { ${[...dsl].sort(bySpecifierName).join(", ")} } from ${stringLiteral(context.importFrom)};\n`,
  ];
  for (const [file, identifiers] of [...modelImports].sort(([a], [b]) =>
    context.specifier(a) < context.specifier(b) ? -1 : 1,
  )) {
    importLines.push(
      `import { ${[...identifiers].sort().join(", ")} } from ${stringLiteral(context.specifier(file))};\n`,
    );
  }
  const declaration = `export const ${context.exportOf.identifier} = table(`;
  const oneLine = `${declaration}${stringLiteral(table.name)}, {}${tableOptions.length > 0 ? `, ${options(tableOptions)}` : ""});`;
  const body =
    columnLines.length === 0 && extras.length === 0 && oneLine.length <= lineWidth
      ? `${oneLine}\n`
      : `${declaration}\n${args.join("")});\n`;
  const text = `${importLines.join("")}\n${body}`;
  return { text, imports: new Set(modelImports.keys()) };
}

/** Sorts `column as c` by `column`, as Biome orders named imports. */
function bySpecifierName(a: string, b: string): number {
  const ka = a.replace(/^type /, "").split(" ")[0]!;
  const kb = b.replace(/^type /, "").split(" ")[0]!;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A column that `c.serial()` might describe, if its default names the expected sequence. */
function isSerialCandidate(column: ColumnDescription): boolean {
  return (
    (column.type === "integer" || column.type === "bigint" || column.type === "smallint") &&
    !column.nullable &&
    column.identity === null &&
    column.generated === null &&
    column.default !== null
  );
}
