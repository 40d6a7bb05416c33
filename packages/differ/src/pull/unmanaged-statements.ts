import { qualifiedReferences } from "../schema/normalize-expression";
import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type {
  SchemaDescription,
  UnmanagedKind,
  UnmanagedObject,
} from "../schema/schema-description";

/** Unmanaged objects grouped by when the baseline may create them. */
export interface UnmanagedPlan {
  extensions: UnmanagedObject[];
  /** Foreign-data wrappers, servers, then user mappings. */
  foreignServers: UnmanagedObject[];
  /** Before enums, types and tables, whose columns may use them. */
  collations: UnmanagedObject[];
  /**
   * Text search parsers and templates, dictionaries (which use templates), then configurations
   * (which use parsers and map to dictionaries): before the tables, whose generated columns and
   * indexes may name them.
   */
  textSearch: UnmanagedObject[];
  /** Functions whose signature uses no table or user type: before the types and tables. */
  earlyFunctions: UnmanagedObject[];
  /** Range types, domains, then composite types (which may use domains). */
  types: UnmanagedObject[];
  /** Functions whose signature uses a range, domain or composite type but no table. */
  typeFunctions: UnmanagedObject[];
  /**
   * Operators, then operator families and classes, that use no table's row type and no late
   * function: before the tables, whose indexes and constraints may use them.
   */
  earlyOperators: UnmanagedObject[];
  /**
   * Aggregates that need no table, then the functions with an SQL-standard body that call them:
   * before the tables, whose defaults and checks may call them.
   */
  earlyAggregates: UnmanagedObject[];
  /**
   * `UNLOGGED`, `INHERIT`, row-level security, replica identity and column settings, set again
   * on tables the table operations created plain (and with their indexes).
   */
  tableProperties: UnmanagedObject[];
  /** After the types their columns may use, before the functions that may use their row type. */
  foreignTables: UnmanagedObject[];
  /** Partitioned tables: their `PARTITION BY` clause goes into the table operation. */
  partitionedTables: UnmanagedObject[];
  /** The partitions' copies of their parents' indexes and checks, before they are attached. */
  partitionParts: UnmanagedObject[];
  /** `ATTACH PARTITION`, once the partitions hold what their parents require. */
  partitions: UnmanagedObject[];
  /** Functions whose signature uses a table's row type or a user type. */
  lateFunctions: UnmanagedObject[];
  /** Casts and conversions, once every function and type exists. */
  casts: UnmanagedObject[];
  /** The other operators, then operator families and classes: after every function. */
  operators: UnmanagedObject[];
  /** After the operators their `SORTOP` may name, before the views that may use them. */
  aggregates: UnmanagedObject[];
  /**
   * Functions with an SQL-standard body (parsed when created) that call an aggregate of the
   * database's own.
   */
  functionsUsingAggregates: UnmanagedObject[];
  statistics: UnmanagedObject[];
  /** Views and materialized views, each after the views it selects from. */
  views: UnmanagedObject[];
  /** Indexes on materialized views. */
  indexes: UnmanagedObject[];
  /** Storage parameters of tables, materialized views and indexes, once they all exist. */
  storageParameters: UnmanagedObject[];
  /** Rules, after the views and tables they are on and may use. */
  rules: UnmanagedObject[];
  triggers: UnmanagedObject[];
  policies: UnmanagedObject[];
  /** Comments on objects created by then. */
  comments: UnmanagedObject[];
  publications: UnmanagedObject[];
  /** Privileges and default privileges, on everything created before. */
  grants: UnmanagedObject[];
  /** Last: from then on they fire on the DDL that follows. */
  eventTriggers: UnmanagedObject[];
  /** Objects retort cannot print (base types, kinds it does not know): never created nor dropped. */
  withoutDefinition: UnmanagedObject[];
  /**
   * Table properties the baseline cannot set on the plain table it creates (an inheritance
   * whose parent it cannot attach to): never run, only noted.
   */
  tableNotes: UnmanagedObject[];
}

const typeOrder: Record<string, number> = { "range type": 0, domain: 1, "composite type": 2 };

const foreignServerOrder: Record<string, number> = {
  "foreign data wrapper": 0,
  "foreign server": 1,
  "user mapping": 2,
};

const textSearchOrder: Record<string, number> = {
  "text search parser": 0,
  "text search template": 0,
  "text search dictionary": 1,
  "text search configuration": 2,
};

function byName(a: UnmanagedObject, b: UnmanagedObject): number {
  const ka = `${a.schema}\u0000${a.table ?? ""}\u0000${a.name}`;
  const kb = `${b.schema}\u0000${b.table ?? ""}\u0000${b.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The part of `pg_get_functiondef` output before the body: name, arguments, return type. */
function functionHeader(definition: string): string {
  const at = definition.search(/\n\s*AS\s|\n\s*BEGIN ATOMIC|\n\s*RETURN\s/);
  return at < 0 ? definition : definition.slice(0, at);
}

/**
 * Views in an order PostgreSQL accepts: a view after every view its definition names. The
 * definitions come from `pg_get_viewdef` with only `pg_catalog` on the search path, so every
 * relation they use is schema-qualified; ties and cycles (which PostgreSQL would not allow) fall
 * back to name order.
 */
function sortViews(views: UnmanagedObject[]): UnmanagedObject[] {
  const sorted = [...views].sort(byName);
  const key = (v: UnmanagedObject): string => `${v.schema}\u0000${v.name}`;
  const byKey = new Map(sorted.map((v) => [key(v), v]));
  const dependsOn = new Map<UnmanagedObject, UnmanagedObject[]>();
  for (const v of sorted) {
    const refs = qualifiedReferences(v.definition ?? "");
    dependsOn.set(
      v,
      [...refs]
        .map((r) => byKey.get(r))
        .filter((d): d is UnmanagedObject => d !== undefined && d !== v),
    );
  }
  const done = new Set<UnmanagedObject>();
  const visiting = new Set<UnmanagedObject>();
  const out: UnmanagedObject[] = [];
  const visit = (v: UnmanagedObject): void => {
    if (done.has(v) || visiting.has(v)) return;
    visiting.add(v);
    for (const d of dependsOn.get(v) ?? []) visit(d);
    visiting.delete(v);
    done.add(v);
    out.push(v);
  };
  for (const v of sorted) visit(v);
  return out;
}

/**
 * Whether PostgreSQL creates the object by itself with another one: the constructor functions
 * of a range type and of its multirange type come with `CREATE TYPE ... AS RANGE`, and
 * creating them again fails. Their definitions name the C functions only PostgreSQL provides.
 */
export function isCreatedWithItsType(u: UnmanagedObject): boolean {
  return (
    u.kind === "function" &&
    u.definition !== null &&
    /\bLANGUAGE internal\b/.test(u.definition) &&
    /\$function\$(?:multi)?range_constructor\d\$function\$/.test(u.definition)
  );
}

/** Kinds that are properties of a table rather than objects of their own. */
const tablePropertyKinds = new Set<UnmanagedKind>([
  "unlogged table",
  "inheritance",
  "partitioned table",
  "partition",
  "partition index",
  "partition check",
]);

/** Whether `u` is a property of its table (`UNLOGGED`, `INHERITS`, partitioning). */
export function isTableProperty(u: UnmanagedObject): boolean {
  return tablePropertyKinds.has(u.kind);
}

/**
 * Whether `ALTER TABLE child INHERIT parent` succeeds on what the baseline creates: the parent
 * must be a table it creates, and have no inheritable CHECK, which introspection reads only on
 * the parent (the child's copy is not local) and which INHERIT requires on the child.
 */
function canInherit(u: UnmanagedObject, schema: SchemaDescription): boolean {
  const at = (u.definition ?? "").lastIndexOf(" INHERIT ");
  if (at < 0) return false;
  const [parent] = qualifiedReferences((u.definition ?? "").slice(at));
  const table = schema.tables.find((t) => `${t.schema}\u0000${t.name}` === parent);
  return table?.checks.every((c) => c.noInherit) ?? false;
}

/** Groups a schema's unmanaged objects in the order the baseline creates them. */
export function planUnmanaged(schema: SchemaDescription): UnmanagedPlan {
  const plan: UnmanagedPlan = {
    extensions: [],
    foreignServers: [],
    collations: [],
    textSearch: [],
    earlyFunctions: [],
    types: [],
    tableProperties: [],
    foreignTables: [],
    partitionedTables: [],
    partitionParts: [],
    partitions: [],
    lateFunctions: [],
    casts: [],
    earlyOperators: [],
    typeFunctions: [],
    earlyAggregates: [],
    operators: [],
    aggregates: [],
    functionsUsingAggregates: [],
    statistics: [],
    views: [],
    indexes: [],
    storageParameters: [],
    rules: [],
    triggers: [],
    policies: [],
    comments: [],
    publications: [],
    grants: [],
    eventTriggers: [],
    withoutDefinition: [],
    tableNotes: [],
  };
  // What a function's signature may name: relations (created with or after the tables) and the
  // types created before the tables.
  const relations = new Set<string>();
  const userTypes = new Set<string>();
  for (const t of schema.tables) relations.add(`${t.schema}\u0000${t.name}`);
  for (const u of schema.unmanaged) {
    if (u.kind === "view" || u.kind === "materialized view" || u.kind === "foreign table") {
      relations.add(`${u.schema}\u0000${u.name}`);
    }
    if (u.kind === "domain" || u.kind === "composite type" || u.kind === "range type") {
      userTypes.add(`${u.schema}\u0000${u.name}`);
    }
  }
  for (const u of [...schema.unmanaged].sort(byName)) {
    if (isCreatedWithItsType(u)) continue;
    if (u.definition === null) {
      plan.withoutDefinition.push(u);
      continue;
    }
    switch (u.kind) {
      case "extension":
        plan.extensions.push(u);
        break;
      case "function":
      case "procedure": {
        // A SQL-standard body (BEGIN ATOMIC, RETURN) is parsed at creation even with
        // check_function_bodies off, so what it uses must exist first, as for the signature.
        const isStandardBody = /\n\s*(?:BEGIN ATOMIC|RETURN\s)/.test(u.definition);
        const refs = qualifiedReferences(
          isStandardBody ? u.definition : functionHeader(u.definition),
        );
        if ([...refs].some((r) => relations.has(r))) plan.lateFunctions.push(u);
        else if ([...refs].some((r) => userTypes.has(r))) plan.typeFunctions.push(u);
        else plan.earlyFunctions.push(u);
        break;
      }
      case "range type":
      case "domain":
      case "composite type":
        plan.types.push(u);
        break;
      case "view":
      case "materialized view":
        plan.views.push(u);
        break;
      case "trigger":
        plan.triggers.push(u);
        break;
      case "policy":
        plan.policies.push(u);
        break;
      case "collation":
        plan.collations.push(u);
        break;
      case "unlogged table":
      case "row security":
      case "replica identity":
      case "column settings":
      case "owned sequence":
        plan.tableProperties.push(u);
        break;
      case "storage parameters":
        plan.storageParameters.push(u);
        break;
      case "grant":
      case "default privileges":
        plan.grants.push(u);
        break;
      case "comment":
        plan.comments.push(u);
        break;
      case "publication":
        plan.publications.push(u);
        break;
      case "cast":
      case "conversion":
        plan.casts.push(u);
        break;
      case "inheritance":
        (canInherit(u, schema) ? plan.tableProperties : plan.tableNotes).push(u);
        break;
      case "partitioned table":
        plan.partitionedTables.push(u);
        break;
      case "partition index":
      case "partition check":
        plan.partitionParts.push(u);
        break;
      case "partition":
        plan.partitions.push(u);
        break;
      case "operator":
        plan.operators.push(u);
        break;
      case "statistics":
        plan.statistics.push(u);
        break;
      case "index":
        plan.indexes.push(u);
        break;
      case "rule":
        plan.rules.push(u);
        break;
      case "event trigger":
        plan.eventTriggers.push(u);
        break;
      case "text search parser":
      case "text search template":
      case "text search dictionary":
      case "text search configuration":
        plan.textSearch.push(u);
        break;
      case "operator family":
      case "operator class":
        plan.operators.push(u);
        break;
      case "aggregate":
        plan.aggregates.push(u);
        break;
      case "foreign data wrapper":
      case "foreign server":
      case "user mapping":
        plan.foreignServers.push(u);
        break;
      case "foreign table":
        plan.foreignTables.push(u);
        break;
      case "base type":
      case "other object":
        plan.withoutDefinition.push(u);
        break;
    }
  }
  plan.types.sort((a, b) => (typeOrder[a.kind] ?? 0) - (typeOrder[b.kind] ?? 0) || byName(a, b));
  plan.views = sortViews(plan.views);
  plan.textSearch.sort(
    (a, b) => (textSearchOrder[a.kind] ?? 0) - (textSearchOrder[b.kind] ?? 0) || byName(a, b),
  );
  plan.foreignServers.sort(
    (a, b) => (foreignServerOrder[a.kind] ?? 0) - (foreignServerOrder[b.kind] ?? 0) || byName(a, b),
  );
  splitOperators(plan, schema);
  splitAggregates(plan, schema);
  return plan;
}

/**
 * Moves the functions whose SQL-standard body calls an aggregate of the plan after it, and the
 * aggregates that need no table (nor a late function or operator), with the functions that call
 * only those, to `earlyAggregates`.
 */
function splitAggregates(plan: UnmanagedPlan, schema: SchemaDescription): void {
  if (plan.aggregates.length === 0) return;
  const late = lateNames(plan, schema);
  const lateOperators = plan.operators
    .filter((u) => u.kind === "operator")
    .map((u) => `OPERATOR(${operatorName(u)})`);
  const isLate = (a: UnmanagedObject) =>
    [...qualifiedReferences(a.definition ?? "")].some((r) => late.has(r)) ||
    lateOperators.some((op) => (a.definition ?? "").includes(op));
  const early = plan.aggregates.filter((a) => !isLate(a));
  const earlyKeys = new Set(early.map(nameKey));
  const lateCallers: UnmanagedObject[] = [];
  const earlyCallers: UnmanagedObject[] = [];
  const pick = (functions: UnmanagedObject[], mayBeEarly: boolean) =>
    functions.filter((f) => {
      const called = calledAggregates(f, plan);
      if (called.length === 0) return true;
      (mayBeEarly && called.every((a) => earlyKeys.has(a)) ? earlyCallers : lateCallers).push(f);
      return false;
    });
  plan.earlyFunctions = pick(plan.earlyFunctions, true);
  plan.typeFunctions = pick(plan.typeFunctions, true);
  plan.lateFunctions = pick(plan.lateFunctions, false);
  plan.earlyAggregates = [...early, ...earlyCallers];
  plan.aggregates = plan.aggregates.filter((a) => !earlyKeys.has(nameKey(a)));
  plan.functionsUsingAggregates = lateCallers;
}

/** What comes with or after the tables: the tables, views and foreign tables, late functions. */
function lateNames(plan: UnmanagedPlan, schema: SchemaDescription): Set<string> {
  const late = new Set<string>(plan.lateFunctions.map(nameKey));
  for (const t of schema.tables) late.add(`${t.schema}\u0000${t.name}`);
  for (const u of schema.unmanaged) {
    if (u.kind === "view" || u.kind === "materialized view" || u.kind === "foreign table") {
      late.add(`${u.schema}\u0000${u.name}`);
    }
  }
  return late;
}

/** The qualified `schema.name` of a routine or operator named `name(args)`, as a key. */
export function nameKey(u: UnmanagedObject): string {
  const open = u.name.indexOf("(");
  return `${u.schema}\u0000${open < 0 ? u.name : u.name.slice(0, open)}`;
}

/** The aggregates of `plan` (as `nameKey`s) a function's SQL-standard body (parsed when created) calls. */
function calledAggregates(f: UnmanagedObject, plan: UnmanagedPlan): string[] {
  if (!/\n\s*(?:BEGIN ATOMIC|RETURN\s)/.test(f.definition ?? "")) return [];
  const refs = qualifiedReferences(f.definition ?? "");
  return plan.aggregates.map(nameKey).filter((k) => refs.has(k));
}

const operatorKindOrder: Record<string, number> = {
  operator: 0,
  "operator family": 1,
  "operator class": 2,
};

/**
 * Moves to `earlyOperators` the operators, families and classes the tables may need (an index's
 * class, the default class of a user type), when they use no table's row type and no late
 * function, directly or through another operator; the rest stay in `operators`. Each list goes
 * operators, families, classes.
 */
function splitOperators(plan: UnmanagedPlan, schema: SchemaDescription): void {
  const late = lateNames(plan, schema);
  const sorted = [...plan.operators].sort(
    (a, b) => (operatorKindOrder[a.kind] ?? 0) - (operatorKindOrder[b.kind] ?? 0) || byName(a, b),
  );
  const lateOperators: string[] = [];
  const early: UnmanagedObject[] = [];
  const rest: UnmanagedObject[] = [];
  for (const u of sorted) {
    const definition = u.definition ?? "";
    const isLate =
      [...qualifiedReferences(definition)].some((r) => late.has(r)) ||
      lateOperators.some((op) => definition.includes(op));
    if (isLate) {
      rest.push(u);
      // Operators are named `schema.op(` in a class; a family by its name in a class.
      if (u.kind === "operator") lateOperators.push(`${operatorName(u)}(`);
      else late.add(`${u.schema}\u0000${u.name.slice(0, u.name.lastIndexOf(" USING "))}`);
    } else early.push(u);
  }
  plan.earlyOperators = early;
  plan.operators = rest;
}

/**
 * The trailing `COMMENT ON ... IS '...';` introspection appends to a definition. The literal is
 * `quote_literal` output: quotes doubled, `E` prefix when it holds a backslash.
 */
const trailingComment = /\nCOMMENT ON [^\n]*? IS E?'(?:[^']|'')*';$/;

/**
 * The SQL statements that create an unmanaged object that has a definition: the object, then
 * what its definition appends (an event trigger's `ALTER EVENT TRIGGER ... DISABLE`, a
 * `COMMENT ON`), one statement each so every driver can run them.
 */
export function createStatements(u: UnmanagedObject): string[] {
  let definition = (u.definition ?? "").trim();
  const after: string[] = [];
  const comment = trailingComment.exec(definition);
  if (comment) {
    after.push(comment[0].slice(1, -1));
    definition = definition.slice(0, comment.index).trimEnd();
  }
  // Introspection prints these as a CREATE followed by ALTERs of the same object.
  const alter =
    u.kind === "event trigger"
      ? "ALTER EVENT TRIGGER "
      : u.kind === "text search configuration"
        ? "ALTER TEXT SEARCH CONFIGURATION "
        : u.kind === "operator family"
          ? "ALTER OPERATOR FAMILY "
          : u.kind === "trigger"
            ? "ALTER TABLE "
            : null;
  if (alter !== null) {
    const [create = "", ...alters] = definition.split(`;\n${alter}`);
    definition = create;
    after.unshift(...alters.map((a) => `${alter}${a}`));
  }
  switch (u.kind) {
    case "view":
      // pg_get_viewdef prints only the query, ending with a semicolon.
      definition = `CREATE VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)} AS\n${definition.replace(/;$/, "")}`;
      break;
    case "materialized view":
      definition = `CREATE MATERIALIZED VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)} AS\n${definition.replace(/;$/, "")}`;
      break;
    default:
      break;
  }
  return [definition, ...after];
}

/** `schema.op` for an operator named `op(left, right)`: operators are never quoted. */
function operatorName(u: UnmanagedObject): string {
  const open = u.name.indexOf("(");
  return `${quoteIdentAsNeeded(u.schema)}.${open < 0 ? u.name : u.name.slice(0, open)}`;
}

/** How introspection marks a user mapping whose `password` option it left out. */
const passwordLeftOut = " (password left out)";

/**
 * A user mapping's `role SERVER server` (what follows `USER MAPPING FOR`), and whether
 * introspection left its password out.
 */
export function userMapping(u: UnmanagedObject): { target: string; withoutPassword: boolean } {
  const withoutPassword = u.name.endsWith(passwordLeftOut);
  return {
    target: withoutPassword ? u.name.slice(0, -passwordLeftOut.length) : u.name,
    withoutPassword,
  };
}

/** `schema.name USING method` for an operator class or family named `name USING method`. */
function accessMethodQualified(u: UnmanagedObject): string {
  const at = u.name.lastIndexOf(" USING ");
  return `${quoteQualifiedAsNeeded(u.schema, u.name.slice(0, at))}${u.name.slice(at)}`;
}

/** `schema.name(args)` for a routine named `name(args)` in the description, else `schema.name`. */
export function routineSignature(u: UnmanagedObject): string {
  if (u.kind === "operator") return `${operatorName(u)} ${u.name.slice(u.name.indexOf("("))}`;
  const open = u.name.indexOf("(");
  if (open < 0) return quoteQualifiedAsNeeded(u.schema, u.name);
  return `${quoteQualifiedAsNeeded(u.schema, u.name.slice(0, open))}${u.name.slice(open)}`;
}

/** The SQL that drops an unmanaged object created by {@link createStatements}. */
export function dropStatement(u: UnmanagedObject): string {
  const onTable = `${quoteIdentAsNeeded(u.name)} ON ${quoteQualifiedAsNeeded(u.schema, u.table ?? "")}`;
  switch (u.kind) {
    case "view":
      return `DROP VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "materialized view":
      return `DROP MATERIALIZED VIEW ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "function":
      return `DROP FUNCTION ${routineSignature(u)}`;
    case "procedure":
      return `DROP PROCEDURE ${routineSignature(u)}`;
    case "aggregate":
      return `DROP AGGREGATE ${routineSignature(u)}`;
    case "trigger":
      return `DROP TRIGGER ${onTable}`;
    case "policy":
      return `DROP POLICY ${onTable}`;
    case "domain":
      return `DROP DOMAIN ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "composite type":
    case "range type":
      return `DROP TYPE ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "extension":
      return `DROP EXTENSION ${quoteIdentAsNeeded(u.name)}`;
    case "foreign table":
      return `DROP FOREIGN TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "foreign server":
      return `DROP SERVER ${quoteIdentAsNeeded(u.name)}`;
    case "foreign data wrapper":
      return `DROP FOREIGN DATA WRAPPER ${quoteIdentAsNeeded(u.name)}`;
    case "user mapping":
      return `DROP USER MAPPING FOR ${userMapping(u).target}`;
    case "collation":
      return `DROP COLLATION ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "rule":
      return `DROP RULE ${onTable}`;
    case "statistics":
      return `DROP STATISTICS ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "index":
      return `DROP INDEX ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "event trigger":
      return `DROP EVENT TRIGGER ${quoteIdentAsNeeded(u.name)}`;
    case "operator":
      return `DROP OPERATOR ${routineSignature(u)}`;
    case "text search configuration":
      return `DROP TEXT SEARCH CONFIGURATION ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "text search dictionary":
      return `DROP TEXT SEARCH DICTIONARY ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "text search parser":
      return `DROP TEXT SEARCH PARSER ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "text search template":
      return `DROP TEXT SEARCH TEMPLATE ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "operator class":
    case "operator family":
      // Dropping a family drops its classes; the class goes first all the same.
      return `DROP ${u.kind.toUpperCase()} ${accessMethodQualified(u)}`;
    case "unlogged table":
      return `ALTER TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)} SET LOGGED`;
    case "inheritance":
      // The reverse of ALTER TABLE child INHERIT parent.
      return (u.definition ?? "").replace(/ INHERIT /, " NO INHERIT ");
    case "partition":
      return (u.definition ?? "")
        .replace(/ ATTACH PARTITION /, " DETACH PARTITION ")
        .replace(/ (?:FOR VALUES|DEFAULT)\b[\s\S]*$/, "");
    case "partitioned table":
      // A clause of CREATE TABLE, undone by dropping the table.
      return "";
    case "partition index":
    case "partition check":
      // Detached with the partition, they become the table's own and go with it.
      return "";
    case "row security":
      return `ALTER TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)} DISABLE ROW LEVEL SECURITY, NO FORCE ROW LEVEL SECURITY`;
    case "replica identity":
      return `ALTER TABLE ${quoteQualifiedAsNeeded(u.schema, u.name)} REPLICA IDENTITY DEFAULT`;
    case "column settings":
    case "owned sequence":
    case "storage parameters":
    case "grant":
    case "comment":
      // Settings, privileges and comments of objects the downgrade drops go with them.
      return "";
    case "default privileges":
      return reverseDefaultPrivileges(u.definition ?? "");
    case "publication":
      return `DROP PUBLICATION ${quoteIdentAsNeeded(u.name)}`;
    case "cast":
      return `DROP CAST ${u.name}`;
    case "conversion":
      return `DROP CONVERSION ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
    case "base type":
    case "other object":
      // Never created: nothing to drop.
      return "";
  }
}

// What introspection prints: ALTER DEFAULT PRIVILEGES FOR ROLE <role>[ IN SCHEMA <schema>]
// GRANT|REVOKE <privileges> ON <TABLES...> TO|FROM <grantee>[ WITH GRANT OPTION]. Privileges and
// object kinds are keywords, so the grantee is what follows the last of them.
const defaultPrivileges =
  /^(.*) (GRANT|REVOKE) ([A-Z]+(?:, [A-Z]+)*) ON (TABLES|SEQUENCES|FUNCTIONS|TYPES|SCHEMAS) (?:TO|FROM) (.*?)(?: WITH GRANT OPTION)?$/s;

/** `ALTER DEFAULT PRIVILEGES` that undoes one introspection printed (they outlive the tables). */
function reverseDefaultPrivileges(definition: string): string {
  const m = defaultPrivileges.exec(definition);
  if (m === null) return "";
  const [, prefix, action, privileges, objects, grantee] = m;
  return action === "GRANT"
    ? `${prefix} REVOKE ${privileges} ON ${objects} FROM ${grantee}`
    : `${prefix} GRANT ${privileges} ON ${objects} TO ${grantee}`;
}

/** Kinds whose `name` says on its own what the object is, without its schema. */
const selfNamedKinds = new Set<UnmanagedKind>([
  "publication",
  "cast",
  "event trigger",
  "foreign server",
  "foreign data wrapper",
]);

/** Kinds that belong to the table named `table`: printed `<kind> <name> on <table>`. */
const onTableKinds = new Set<UnmanagedKind>([
  "owned sequence",
  "trigger",
  "policy",
  "rule",
  "statistics",
  "index",
  "partition index",
  "partition check",
]);

/**
 * How `pull` names an unmanaged object to a person: its kind and what identifies it.
 *
 * @example
 * ```ts
 * describeUnmanaged({ kind: "trigger", schema: "app", name: "touch", table: "post", definition });
 * // 'trigger touch on app.post'
 * describeUnmanaged({ kind: "grant", schema: "app", name: "...", table: "post", definition: "GRANT SELECT ON TABLE app.post TO reader" });
 * // 'GRANT SELECT ON TABLE app.post TO reader'
 * ```
 */
export function describeUnmanaged(u: UnmanagedObject): string {
  switch (u.kind) {
    case "grant":
    case "default privileges":
      return u.definition ?? `${u.kind} ${u.name}`;
    case "comment":
      return `comment on ${u.name}`;
    case "other object":
      return u.name;
    case "user mapping": {
      const { target, withoutPassword } = userMapping(u);
      return `user mapping for ${target}${withoutPassword ? ", without its password" : ""}`;
    }
    default:
      break;
  }
  if (selfNamedKinds.has(u.kind)) return `${u.kind} ${u.name}`;
  if (onTableKinds.has(u.kind) && u.table !== null) {
    return `${u.kind} ${quoteIdentAsNeeded(u.name)} on ${quoteQualifiedAsNeeded(u.schema, u.table)}`;
  }
  if (u.kind === "operator class" || u.kind === "operator family") {
    return `${u.kind} ${accessMethodQualified(u)}`;
  }
  if (u.kind === "storage parameters" && u.table !== null && u.table !== u.name) {
    return `storage parameters of index ${quoteQualifiedAsNeeded(u.schema, u.name)}`;
  }
  return `${u.kind} ${routineSignature(u)}`;
}
