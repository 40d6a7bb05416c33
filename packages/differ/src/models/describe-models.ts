// Over 500 lines: describeTable reads one table model in a single pass (columns, keys, checks,
// foreign keys, exclusions, indexes), and each part needs the names the earlier parts took from
// the schema's namespace (PostgreSQL's own naming order), so they share that state.

import { type ObjectName, utf8Length } from "@retort/core";
import { defaultConstraintName } from "../schema/default-constraint-name";
import { normalizeDefault, serialDefault } from "../schema/normalize-default";
import {
  expressionIdentifiers,
  normalizeExpression,
  tokenizeSql,
} from "../schema/normalize-expression";
import {
  storageParametersField,
  storageParameterTexts,
} from "../schema/normalize-storage-parameters";
import { normalizeType, splitTypeModifier } from "../schema/normalize-type";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type {
  CheckDescription,
  ColumnDescription,
  EnumDescription,
  ExclusionDescription,
  ForeignKeyDescription,
  IndexDescription,
  IndexElementDescription,
  PrimaryKeyDescription,
  SchemaDescription,
  TableDescription,
  TriggerDescription,
  UniqueDescription,
} from "../schema/schema-description";
import { sortSchemaDescription } from "../schema/sort-schema-description";
import type { ViewDescription } from "../schema/view-description";
import { badModel, checkIdentifier } from "./bad-model";
import type { ColumnRef } from "./column-builder";
import { identityDescription, literalDefault } from "./describe-column-default";
import { describeNamespaces } from "./describe-namespaces";
import { withPartitioning } from "./describe-partitions";
import { describePolicies } from "./describe-policies";
import { describePrivileges } from "./describe-privileges";
import { describeRoutines } from "./describe-routines";
import { columnPhysicalFields, tablePhysicalFields } from "./describe-table-physical";
import {
  describeTypeReference,
  isUserTypeModel,
  type UserTypeModel,
  UserTypes,
} from "./describe-types";
import { describeView } from "./describe-view";
import { type EnumType, isEnumType } from "./enum-type";
import { indexStatisticsField } from "./index-statistics";
import { isSqlFragment } from "./sql-fragment";
import { type AnyTable, isTable } from "./table";
import type { IndexElementInput } from "./table-constraints";
import { type AnyView, isView } from "./view";

/** PostgreSQL's name for an index expression column (`FigureIndexColname`): the function's name, else `expr`. */
export function expressionColumnName(expression: string): string {
  const tokens = tokenizeSql(expression);
  const first = tokens[0];
  if (
    first &&
    (first.kind === "identifier" || first.kind === "quoted") &&
    tokens[1]?.text === "("
  ) {
    let depth = 0;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k]!.text === "(") depth++;
      if (tokens[k]!.text === ")") depth--;
      if (depth === 0) return k === tokens.length - 1 ? first.text.replace(/^"|"$/g, "") : "expr";
    }
  }
  return "expr";
}

/** Names in use in one schema, as PostgreSQL checks them when it picks a name. */
interface SchemaNames {
  relations: Set<string>;
  constraints: Set<string>;
}

/**
 * Reads a models module namespace into a {@link SchemaDescription}. Every exported table, enum,
 * function, procedure, trigger, sequence, schema and extension is described (other exports are ignored); enums used by columns are included even if not
 * exported. Constraint, index and serial sequence names left out get PostgreSQL's generated
 * names, so the result compares equal with `introspectSchema` once the models exist in a database.
 *
 * Throws `BAD_MODEL` for two tables (or enums) with one name, two columns with one name, a
 * foreign key to a table the models do not export, mismatched key column counts, an identifier
 * longer than 63 bytes, or two primary keys.
 *
 * @example
 * ```ts
 * import * as models from "./app/models/index";
 * const wanted = describeModels(models);
 * wanted.tables.map((t) => t.name); // ["account", "post"]
 * ```
 */
export function describeModels(exported: Record<string, unknown>): SchemaDescription {
  // A models module's exports are getters (a re-export's, a chain of them): read each once here,
  // not once for each kind of model read from them below.
  const models: Record<string, unknown> = { ...exported };
  const tables: AnyTable[] = [];
  const views: AnyView[] = [];
  const enums = new Map<string, EnumType>();
  const addEnum = (e: EnumType): void => {
    const key = `${e.schema}.${e.name}`;
    checkIdentifier("schema", e.schema, { enum: key }, `enum ${e.name}`);
    checkIdentifier("enum", e.name, { enum: key });
    for (const value of e.values) {
      // PostgreSQL refuses these itself, but only once the migration runs.
      if (utf8Length(value) > 63) {
        throw badModel(`The label "${value}" of enum ${key} must be at most 63 bytes long.`, {
          enum: key,
          value,
        });
      }
    }
    const known = enums.get(key);
    // Compared label by label: a join would take [""] and [] (PostgreSQL allows an empty label)
    // for the same list.
    const sameValues = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((v, k) => v === b[k]);
    if (known && known !== e && !sameValues(known.values, e.values)) {
      throw badModel(`Two enums are named ${key} with different values.`, { enum: key });
    }
    if (!known) enums.set(key, e);
  };
  const userTypes = new UserTypes(addEnum);
  const useType = (m: EnumType | UserTypeModel): void => userTypes.add(m);
  // A model exported under two names is one model.
  const seen = new Set<unknown>();
  for (const value of Object.values(models)) {
    if (isTable(value)) {
      if (!seen.has(value)) tables.push(value);
    } else if (isEnumType(value)) addEnum(value);
    else if (isUserTypeModel(value)) userTypes.add(value);
    else if (isView(value) && !seen.has(value)) views.push(value);
    seen.add(value);
  }
  const byName = new Map<string, AnyTable>();
  for (const t of tables) {
    checkIdentifier("schema", t.schema, { table: t.name, schema: t.schema }, `table ${t.name}`);
    checkIdentifier("table", t.name, { table: t.name, schema: t.schema });
    const key = `${t.schema}.${t.name}`;
    if (byName.has(key)) {
      throw badModel(
        `Two tables are named ${key}.`,
        { table: key },
        "Export each table once, under one name.",
      );
    }
    byName.set(key, t);
  }
  for (const v of views) {
    const key = `${v.schema}.${v.name}`;
    if (byName.has(key) || views.some((w) => w !== v && `${w.schema}.${w.name}` === key)) {
      throw badModel(
        `Two tables or views are named ${key}.`,
        { view: key },
        "Tables and views share one namespace: give each its own name.",
      );
    }
  }

  const namesBySchema = new Map<string, SchemaNames>();
  const schemaNames = (schema: string): SchemaNames => {
    let names = namesBySchema.get(schema);
    if (!names) {
      names = { relations: new Set(), constraints: new Set() };
      for (const t of tables) if (t.schema === schema) names.relations.add(t.name);
      for (const v of views) if (v.schema === schema) names.relations.add(v.name);
      namesBySchema.set(schema, names);
    }
    return names;
  };

  const described = withPartitioning(
    tables,
    tables.map((t) => describeTable(t, byName, schemaNames(t.schema), useType)),
  );
  const viewDescriptions = views.map((v) =>
    describeView(v, (t) => describeTable(t, byName, schemaNames(v.schema), useType)),
  );
  const types = userTypes.describe();
  const schemas = new Set<string>();
  for (const t of [...types.domains, ...types.compositeTypes, ...types.rangeTypes]) {
    schemas.add(t.schema);
  }
  for (const t of tables) schemas.add(t.schema);
  for (const v of views) schemas.add(v.schema);
  for (const e of enums.values()) schemas.add(e.schema);
  schemas.delete("public");
  const routines = describeRoutines(models);
  rejectTriggersOnViews(routines.triggers, viewDescriptions);
  for (const f of routines.functions) schemas.add(f.schema);
  schemas.delete("public");
  const enumDescriptions: EnumDescription[] = [...enums.values()].map((e) => ({
    schema: e.schema,
    name: e.name,
    values: [...e.values],
    comment: e.comment,
  }));
  const namespaces = describeNamespaces(models);
  return sortSchemaDescription({
    schemas: [...schemas, ...namespaces.schemas],
    enums: enumDescriptions,
    tables: described,
    sequences: namespaces.sequences,
    ...routines,
    views: viewDescriptions,
    policies: describePolicies(models, new Set(byName.keys())),
    ...types,
    unmanaged: [],
    extensions: namespaces.extensions,
    schemaComments: namespaces.schemaComments,
    privileges: describePrivileges(models),
  });
}

/**
 * A trigger on a view is read from the catalog as the view's (unmanaged, re-created with it), so
 * a model of one would be created by every migration and reported missing by every `check`.
 */
function rejectTriggersOnViews(
  triggers: readonly TriggerDescription[],
  views: readonly ViewDescription[],
): void {
  for (const t of triggers) {
    const view = views.find((v) => v.schema === t.schema && v.name === t.table);
    if (view === undefined) continue;
    throw badModel(
      `Trigger ${t.name} is on ${view.materialized ? "materialized view" : "view"} ${t.schema}.${t.table}: triggers on views are not models.`,
      { trigger: `${t.schema}.${t.table}.${t.name}` },
      'create it in a migration with op.execute("CREATE TRIGGER ..."): retort keeps it with the view (it is re-created when the view is).',
    );
  }
}

/** The column names of a table model, read once per table however many keys reference it. */
const columnNameSets = new WeakMap<AnyTable, ReadonlySet<string>>();
function columnNamesOf(t: AnyTable): ReadonlySet<string> {
  let names = columnNameSets.get(t);
  if (names === undefined) {
    names = new Set(Object.values(t.columns).map((c) => c.name));
    columnNameSets.set(t, names);
  }
  return names;
}

function describeTable(
  t: AnyTable,
  tablesByName: Map<string, AnyTable>,
  names: SchemaNames,
  addEnum: (e: EnumType | UserTypeModel) => void,
): TableDescription {
  // Details of a BAD_MODEL error; the objects built from it per column and constraint are
  // literals, not spreads of it (a spread is several times slower, for every column).
  const where = { table: `${t.schema}.${t.name}` };
  const columns = Object.values(t.columns);
  const columnNames = new Set<string>();
  for (const col of columns) {
    checkIdentifier("column", col.name, { table: where.table, column: col.name });
    if (columnNames.has(col.name)) {
      throw badModel(`Table ${where.table} has two columns named "${col.name}".`, {
        ...where,
        column: col.name,
      });
    }
    columnNames.add(col.name);
  }
  const own = (ref: ColumnRef, role: string): string => {
    if (ref.table.name !== t.name || ref.table.schema !== t.schema || !columnNames.has(ref.name)) {
      throw badModel(
        `The ${role} of table ${where.table} names column "${ref.name}" of another table (${ref.table.schema}.${ref.table.name}).`,
        { ...where, column: ref.name },
      );
    }
    return ref.name;
  };
  const isRelationTaken = (name: string): boolean => names.relations.has(name);
  const isConstraintTaken = (name: string): boolean => names.constraints.has(name);
  const claimRelation = (name: string, kind: string): string => {
    checkIdentifier(kind, name, { table: where.table, name }, `table ${where.table}`);
    names.relations.add(name);
    names.constraints.add(name);
    return name;
  };
  const claimConstraint = (name: string, kind: string): string => {
    checkIdentifier(kind, name, { table: where.table, name }, `table ${where.table}`);
    names.constraints.add(name);
    return name;
  };

  const columnDescriptions: ColumnDescription[] = columns.map((col) => {
    const def = col.definition;
    const details = { table: where.table, column: col.name };
    let type: string;
    let userType: ColumnDescription["userType"] = null;
    if (def.enumType) {
      addEnum(def.enumType);
      type = quoteQualifiedAsNeeded(def.enumType.schema, def.enumType.name);
      userType = { schema: def.enumType.schema, name: def.enumType.name };
    } else if (def.userTypeModel) {
      ({ type, userType } = describeTypeReference(def.userTypeModel, addEnum));
    } else {
      type = normalizeType(def.sqlType);
      // Only a qualified name (a user type) has a dot: most types skip the pattern.
      const dot = type.includes(".") ? /^("(?:[^"]|"")*"|[^".]+)\.(.+)$/.exec(type) : null;
      if (dot) {
        const unquote = (s: string): string =>
          s.startsWith('"') ? s.slice(1, -1).replaceAll('""', '"') : s;
        const [name] = splitTypeModifier(dot[2]!.replace(/\[\]$/, ""));
        userType = { schema: unquote(dot[1]!), name: unquote(name) };
      }
    }
    if (def.isArray && !type.endsWith("[]")) type = `${type}[]`;
    let defaultSql: string | null = null;
    if (def.serial) {
      const sequence = defaultConstraintName({
        kind: "sequence",
        table: t.name,
        columns: [col.name],
        isTaken: isRelationTaken,
      });
      claimRelation(sequence, "serial sequence");
      defaultSql = serialDefault(t.schema, sequence);
    } else if (def.default?.kind === "sql") {
      defaultSql = normalizeDefault(def.default.fragment.text, type);
    } else if (def.default?.kind === "value") {
      const literal = literalDefault(def.default.value, type, def.isArray);
      defaultSql = literal === null ? null : normalizeDefault(literal, type);
    }
    if (def.identity && (def.default || def.serial || def.generated)) {
      throw badModel(
        `Column ${where.table}.${col.name} cannot be an identity and have a default.`,
        details,
      );
    }
    return {
      name: col.name,
      type,
      userType,
      nullable: !(def.notNull || def.primaryKey || def.identity !== null || def.serial),
      default: defaultSql,
      identity: def.identity
        ? identityDescription(
            { schema: t.schema, table: t.name, column: col.name },
            type,
            def.identity.always,
            def.identity.options,
            details,
          )
        : null,
      generated: def.generated
        ? {
            expression: normalizeExpression(def.generated.expression),
            stored: def.generated.stored,
          }
        : null,
      collation: describeObjectName(def.collation),
      comment: def.comment,
      renamedFrom: def.renamedFrom,
      ...columnPhysicalFields(def, details),
    };
  });

  const extras = t.extras();

  // Primary key: PostgreSQL creates its index first, so it claims its name first.
  let primaryKey: PrimaryKeyDescription | null = null;
  const pkColumns = columns.filter((c) => c.definition.primaryKey).map((c) => c.name);
  if (pkColumns.length > 0 && extras.primaryKey) {
    throw badModel(`Table ${where.table} declares its primary key twice.`, where);
  }
  if (pkColumns.length > 0 || extras.primaryKey) {
    const keyColumns = extras.primaryKey
      ? extras.primaryKey.columns.map((c) => own(c, "primary key"))
      : pkColumns;
    const name =
      extras.primaryKey?.name ??
      defaultConstraintName({ kind: "primaryKey", table: t.name, isTaken: isRelationTaken });
    primaryKey = {
      name: claimRelation(name, "primary key"),
      columns: keyColumns,
      deferrable: false,
      initiallyDeferred: false,
      ...(extras.primaryKey?.comment === undefined ? {} : { comment: extras.primaryKey?.comment }),
    };
    for (const c of columnDescriptions) if (keyColumns.includes(c.name)) c.nullable = false;
  }

  const uniques: UniqueDescription[] = [];
  for (const col of columns) {
    const u = col.definition.unique;
    if (!u) continue;
    const name =
      u.name ??
      defaultConstraintName({
        kind: "unique",
        table: t.name,
        columns: [col.name],
        isTaken: isRelationTaken,
      });
    uniques.push({
      name: claimRelation(name, "unique constraint"),
      columns: [col.name],
      include: [],
      nullsNotDistinct: u.nullsNotDistinct,
      deferrable: false,
      initiallyDeferred: false,
      ...(u.comment === undefined ? {} : { comment: u.comment }),
    });
  }
  for (const u of extras.uniques ?? []) {
    const keyColumns = u.columns.map((c) => own(c, "unique constraint"));
    const include = u.include.map((c) => own(c, "unique constraint"));
    const name =
      u.name ??
      defaultConstraintName({
        kind: "unique",
        table: t.name,
        columns: [...keyColumns, ...include],
        isTaken: isRelationTaken,
      });
    uniques.push({
      name: claimRelation(name, "unique constraint"),
      columns: keyColumns,
      include,
      nullsNotDistinct: u.nullsNotDistinct,
      deferrable: u.deferrable,
      initiallyDeferred: u.initiallyDeferred,
      ...(u.comment === undefined ? {} : { comment: u.comment }),
    });
  }

  const checks: CheckDescription[] = [];
  const checkName = (expression: string): string => {
    const mentioned = expressionIdentifiers(expression).filter((n) => columnNames.has(n));
    return defaultConstraintName({
      kind: "check",
      table: t.name,
      columns: mentioned.length === 1 ? mentioned : [],
      isTaken: isConstraintTaken,
    });
  };
  const addCheck = (
    expression: string,
    explicit: string | null,
    noInherit: boolean,
    notValid: boolean,
    comment: string | undefined,
  ): void => {
    // PostgreSQL names a check after the one column it mentions, if it mentions exactly one.
    const name = explicit ?? checkName(expression);
    checks.push({
      name: claimConstraint(name, "check constraint"),
      expression: normalizeExpression(expression),
      noInherit,
      ...(notValid ? { notValid: true as const } : {}),
      ...(comment === undefined ? {} : { comment: comment }),
    });
  };
  for (const col of columns)
    for (const c of col.definition.checks)
      addCheck(c.expression, c.name, false, c.notValid, c.comment);
  for (const c of extras.checks ?? [])
    addCheck(c.expression, c.name, c.noInherit, c.notValid, c.comment);

  const foreignKeys: ForeignKeyDescription[] = [];
  const addForeignKey = (
    local: string[],
    targets: readonly ColumnRef[],
    options: Omit<
      ForeignKeyDescription,
      "columns" | "refSchema" | "refTable" | "refColumns" | "name"
    > & { name: string | null },
  ): void => {
    const details = { table: where.table, columns: local };
    const first = targets[0];
    if (!first || targets.length !== local.length) {
      throw badModel(
        `A foreign key of ${where.table} has ${local.length} column(s) but references ${targets.length}.`,
        details,
      );
    }
    const target = tablesByName.get(`${first.table.schema}.${first.table.name}`);
    if (!target) {
      throw badModel(
        `A foreign key of ${where.table} references ${first.table.schema}.${first.table.name}, which the models do not export.`,
        details,
        "Export the referenced table from the models entry.",
      );
    }
    const targetColumns = columnNamesOf(target);
    for (const ref of targets) {
      if (ref.table !== first.table || !targetColumns.has(ref.name)) {
        throw badModel(`A foreign key of ${where.table} references unknown column "${ref.name}".`, {
          ...details,
          column: ref.name,
        });
      }
    }
    const name =
      options.name ??
      defaultConstraintName({
        kind: "foreignKey",
        table: t.name,
        columns: local,
        isTaken: isConstraintTaken,
      });
    foreignKeys.push({
      ...options,
      name: claimConstraint(name, "foreign key"),
      columns: local,
      refSchema: target.schema,
      refTable: target.name,
      refColumns: targets.map((r) => r.name),
    });
  };
  for (const col of columns) {
    const r = col.definition.references;
    if (!r) continue;
    addForeignKey([col.name], [r.target()], {
      name: r.options.name ?? null,
      onDelete: r.options.onDelete ?? "no action",
      onUpdate: r.options.onUpdate ?? "no action",
      match: r.options.match ?? "simple",
      deferrable: r.options.deferrable ?? false,
      initiallyDeferred: r.options.initiallyDeferred ?? false,
      ...(r.options.notValid ? { notValid: true as const } : {}),
      ...(r.options.comment === undefined ? {} : { comment: r.options.comment }),
    });
  }
  for (const fk of extras.foreignKeys ?? []) {
    addForeignKey(
      fk.columns.map((c) => own(c, "foreign key")),
      fk.references(),
      {
        name: fk.name,
        onDelete: fk.onDelete,
        ...(fk.onDeleteColumns.length > 0
          ? { onDeleteColumns: fk.onDeleteColumns.map((c) => own(c, "foreign key")) }
          : {}),
        onUpdate: fk.onUpdate,
        match: fk.match,
        deferrable: fk.deferrable,
        initiallyDeferred: fk.initiallyDeferred,
        ...(fk.notValid ? { notValid: true as const } : {}),
        ...(fk.comment === undefined ? {} : { comment: fk.comment }),
      },
    );
  }

  const element = (e: IndexElementInput, role: string): IndexElementDescription => {
    const descending = e.order === "desc";
    let column: string | null = null;
    let expression: string | null = null;
    if (e.column) column = own(e.column, role);
    else if (e.expression !== undefined) {
      expression = normalizeExpression(
        isSqlFragment(e.expression) ? e.expression.text : e.expression,
      );
    } else
      throw badModel(
        `An element of ${role} on ${where.table} has neither column nor expression.`,
        where,
      );
    return {
      column,
      expression,
      descending,
      nullsFirst: e.nulls === undefined ? descending : e.nulls === "first",
      opclass: describeObjectName(e.opclass ?? null),
      opclassOptions:
        e.opclassOptions === undefined
          ? null
          : Object.fromEntries(Object.entries(e.opclassOptions).map(([k, v]) => [k, String(v)])),
      collation: describeObjectName(e.collation ?? null),
    };
  };
  const elementName = (e: IndexElementDescription): string =>
    e.column ?? expressionColumnName(e.expression ?? "");

  const exclusions: ExclusionDescription[] = (extras.exclusions ?? []).map((x) => {
    const elements = x.elements.map((e) => ({
      ...element(e, "an exclusion constraint"),
      operator: e.operator,
    }));
    const name =
      x.name ??
      defaultConstraintName({
        kind: "exclusion",
        table: t.name,
        columns: [...elements.map(elementName), ...x.include.map((c) => c.name)],
        isTaken: isRelationTaken,
      });
    return {
      name: claimRelation(name, "exclusion constraint"),
      method: x.using,
      elements,
      include: x.include.map((c) => own(c, "exclusion constraint")),
      where: x.where === null ? null : normalizeExpression(x.where),
      deferrable: x.deferrable,
      initiallyDeferred: x.initiallyDeferred,
      ...(x.comment === undefined ? {} : { comment: x.comment }),
    };
  });

  const indexes: IndexDescription[] = (extras.indexes ?? []).map((builder) => {
    const d = builder.definition;
    if (d.elements.length === 0)
      throw badModel(`An index on ${where.table} has no columns; call .on(...).`, where);
    const elements = d.elements.map((e) => element(e, "an index"));
    const name =
      // PostgreSQL names an index after its INCLUDE columns too (ChooseIndexColumnNames).
      d.name ??
      defaultConstraintName({
        kind: "index",
        table: t.name,
        columns: [...elements.map(elementName), ...d.include.map((c) => c.name)],
        isTaken: isRelationTaken,
      });
    return {
      name: claimRelation(name, "index"),
      unique: d.unique,
      method: d.method,
      elements,
      include: d.include.map((c) => own(c, "index")),
      where: d.where === null ? null : normalizeExpression(d.where),
      nullsNotDistinct: d.nullsNotDistinct,
      ...storageParametersField(storageParameterTexts(d.with)),
      ...(d.comment === undefined ? {} : { comment: d.comment }),
      ...indexStatisticsField(name, elements, d.statistics, where),
    };
  });

  return {
    schema: t.schema,
    name: t.name,
    columns: columnDescriptions,
    primaryKey,
    uniques,
    checks,
    foreignKeys,
    indexes,
    exclusions,
    comment: t.comment,
    renamedFrom: t.renamedFrom,
    ...(t.rls.enabled || t.rls.forced ? { rowSecurity: { ...t.rls } } : {}),
    ...tablePhysicalFields(t, { primaryKey, uniques, exclusions, indexes }, extras.indexes ?? []),
  };
}

/**
 * A collation or operator class as introspection reads it: one in `pg_catalog` (or
 * unqualified) by its name.
 */
function describeObjectName(name: ObjectName | null): ObjectName | null {
  if (name === null || typeof name === "string") return name;
  if (name.schema === undefined || name.schema === "pg_catalog") return name.name;
  return { schema: name.schema, name: name.name };
}
