import {
  type AlterColumnOperation,
  type CreateIndexOperation,
  isSqlExpression,
  type Operation,
} from "@retort/core";
import { diffSchemas } from "../compare/diff-schemas";
import { renderMigrationBody } from "../render/render-migration-body";
import { qualifiedReferences } from "../schema/normalize-expression";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import {
  emptySchema,
  type SchemaDescription,
  type UnmanagedObject,
} from "../schema/schema-description";
import {
  createStatements,
  dropStatement,
  nameKey,
  planUnmanaged,
  routineSignature,
  userMapping,
} from "./unmanaged-statements";

/** What {@link renderBaseline} produces. */
export interface RenderBaselineResult {
  /** The body of the baseline's `up(op)`: statements, not indented, plain JavaScript. */
  upgrades: string;
  /** The body of its `down(op)`. */
  downgrades: string;
  /** Objects the baseline cannot recreate, one sentence each; `pull` prints them. */
  unmanagedNotes: string[];
}

/** An `op.execute(...)` line; SQL over several lines is a template literal, to stay readable. */
function executeLine(sql: string): string {
  if (!sql.includes("\n")) return `op.execute(${JSON.stringify(sql)});`;
  const body = sql.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${");
  return `op.execute(\`${body}\`);`;
}

function executeBlock(
  objects: readonly UnmanagedObject[],
  render: (u: UnmanagedObject) => string | string[],
): string[] {
  return objects.flatMap((u) => {
    const statements = render(u);
    // An empty drop: the object goes with another one.
    return (typeof statements === "string" ? [statements] : statements)
      .filter((s) => s !== "")
      .map(executeLine);
  });
}

function body(blocks: readonly (readonly string[] | string)[]): string {
  const parts = blocks
    .map((b) => (typeof b === "string" ? b : b.join("\n")))
    .filter((b) => b !== "" && b !== "// No changes.");
  return parts.length === 0 ? "// No changes." : parts.join("\n");
}

function opsBlock(ops: readonly Operation[]): string {
  return ops.length === 0 ? "" : renderMigrationBody(ops);
}

/**
 * The first revision for a database retort adopts (`retort pull --baseline`): `up` creates the
 * whole schema as it is, `down` drops it. The database itself is stamped, never upgraded.
 *
 * `up` is, in order: the schemas; extensions; collations; text search parsers, templates,
 * dictionaries and configurations; enums and free-standing sequences;
 * functions whose signature uses only built-in types (with `check_function_bodies` off, as
 * pg_dump does, so a function may use tables created later); range types, domains, composite
 * types; functions whose signature uses one of those types; operators, operator families and
 * classes, and aggregates (with the functions that call them), that need no table; the tables
 * with their keys, indexes and foreign keys (the comparison of an empty schema with `schema`,
 * rendered by `renderMigrationBody`, partitioned tables with their `PARTITION BY`), then
 * `UNLOGGED` and `INHERIT`; the partitions' copies of their parents' indexes and checks, then
 * `ATTACH PARTITION` (as pg_dump does, so every name stays); functions whose signature uses a
 * table;
 * casts and conversions; the other operators, families and classes, then the indexes that use
 * them; aggregates, then the functions whose SQL-standard body calls one; statistics; views
 * in dependency order; indexes on materialized views; storage parameters; rules; triggers;
 * policies; comments; publications; privileges; event triggers. Unmanaged objects are
 * `op.execute(<definition>)`, and their comments a second `op.execute`. `down` undoes it in
 * reverse. Foreign-data wrappers, servers and user mappings come after the extensions, foreign
 * tables after the tables; a user mapping's password is left out, with a note. Objects retort
 * cannot print (base types) and an inheritance the baseline cannot re-attach appear only in
 * `unmanagedNotes`, never silently dropped.
 *
 * @example
 * ```ts
 * const { upgrades, downgrades, unmanagedNotes } = renderBaseline(await introspectSchema(db));
 * // upgrades:
 * // op.createSchema("app");
 * // op.execute("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public");
 * // op.createTable("account", { ... });
 * // op.execute(`CREATE VIEW public.active_account AS ...`);
 * ```
 */
export function renderBaseline(schema: SchemaDescription): RenderBaselineResult {
  const diff = diffSchemas(emptySchema, schema);
  const plan = planUnmanaged(schema);
  const isSchemaOp = (op: Operation) => op.kind === "createSchema" || op.kind === "dropSchema";
  const isTypeOp = (op: Operation) =>
    op.kind === "createEnum" ||
    op.kind === "createSequence" ||
    op.kind === "dropEnum" ||
    op.kind === "dropSequence";
  const group = (ops: readonly Operation[]) => ({
    schemas: ops.filter(isSchemaOp),
    types: ops.filter(isTypeOp),
    tables: ops.filter((op) => !isSchemaOp(op) && !isTypeOp(op)),
  });
  const partitioned = partitionKeys(plan.partitionedTables);
  const up = group(diff.upgrade.map(partitioned));
  const down = group(diff.downgrade.map(partitioned));
  // Indexes that use an operator class of the database's own wait for it.
  const usesOwnClass = usesOperatorClassOf(plan.operators);
  const lateIndexes = up.tables.filter(usesOwnClass) as CreateIndexOperation[];
  up.tables = up.tables.filter((op) => !usesOwnClass(op));
  const dropLateIndexes = lateIndexes.map(
    (op): Operation => ({ kind: "dropIndex", schema: op.schema, name: op.name, definition: op }),
  );
  // Defaults that call a function created after the tables are set once it exists.
  const lateDefaults = deferDefaults(up, [...plan.lateFunctions, ...plan.functionsUsingAggregates]);
  const functions = [
    ...plan.earlyFunctions,
    ...plan.typeFunctions,
    ...plan.earlyAggregates,
    ...plan.lateFunctions,
    ...plan.functionsUsingAggregates,
  ];
  // SET LOCAL lasts until the migration's transaction ends; pg_dump turns the check off too.
  const relaxBodies =
    functions.length > 0 ? [executeLine("SET LOCAL check_function_bodies = off")] : [];

  const upgrades = body([
    opsBlock(up.schemas),
    executeBlock(plan.extensions, createStatements),
    executeBlock(plan.foreignServers, createStatements),
    executeBlock(plan.collations, createStatements),
    executeBlock(plan.textSearch, createStatements),
    opsBlock(up.types),
    relaxBodies,
    executeBlock(plan.earlyFunctions, createStatements),
    executeBlock(plan.types, createStatements),
    executeBlock(plan.typeFunctions, createStatements),
    executeBlock(plan.earlyOperators, createStatements),
    executeBlock(plan.earlyAggregates, createStatements),
    opsBlock(up.tables),
    executeBlock(plan.foreignTables, createStatements),
    executeBlock(plan.tableProperties, createStatements),
    executeBlock(plan.partitionParts, createStatements),
    executeBlock(plan.partitions, createStatements),
    executeBlock(plan.lateFunctions, createStatements),
    executeBlock(plan.casts, createStatements),
    executeBlock(plan.operators, createStatements),
    opsBlock(lateIndexes),
    executeBlock(plan.aggregates, createStatements),
    executeBlock(plan.functionsUsingAggregates, createStatements),
    opsBlock(lateDefaults.set),
    executeBlock(plan.statistics, createStatements),
    executeBlock(plan.views, createStatements),
    executeBlock(plan.indexes, createStatements),
    executeBlock(plan.storageParameters, createStatements),
    executeBlock(plan.rules, createStatements),
    executeBlock(plan.triggers, createStatements),
    executeBlock(plan.policies, createStatements),
    executeBlock(plan.comments, createStatements),
    executeBlock(plan.publications, createStatements),
    executeBlock(plan.grants, createStatements),
    executeBlock(plan.eventTriggers, createStatements),
  ]);
  const reversed = (objects: readonly UnmanagedObject[]) => [...objects].reverse();
  const downgrades = body([
    executeBlock(reversed(plan.eventTriggers), dropStatement),
    executeBlock(reversed(plan.grants), dropStatement),
    executeBlock(reversed(plan.publications), dropStatement),
    executeBlock(reversed(plan.policies), dropStatement),
    executeBlock(reversed(plan.triggers), dropStatement),
    executeBlock(reversed(plan.rules), dropStatement),
    executeBlock(reversed(plan.indexes), dropStatement),
    executeBlock(reversed(plan.views), dropStatement),
    executeBlock(reversed(plan.statistics), dropStatement),
    opsBlock(lateDefaults.drop),
    executeBlock(reversed(plan.functionsUsingAggregates), dropStatement),
    executeBlock(reversed(plan.aggregates), dropStatement),
    opsBlock(dropLateIndexes),
    executeBlock(reversed(plan.operators), dropStatement),
    executeBlock(reversed(plan.casts), dropStatement),
    executeBlock(reversed(plan.lateFunctions), dropStatement),
    executeBlock(reversed(plan.partitions), dropStatement),
    executeBlock(reversed(plan.tableProperties), dropStatement),
    executeBlock(reversed(plan.foreignTables), dropStatement),
    opsBlock(down.tables),
    executeBlock(reversed(plan.earlyAggregates), dropStatement),
    executeBlock(reversed(plan.earlyOperators), dropStatement),
    executeBlock(reversed(plan.typeFunctions), dropStatement),
    executeBlock(reversed(plan.types), dropStatement),
    executeBlock(reversed(plan.earlyFunctions), dropStatement),
    opsBlock(down.types),
    executeBlock(reversed(plan.textSearch), dropStatement),
    executeBlock(reversed(plan.collations), dropStatement),
    executeBlock(reversed(plan.foreignServers), dropStatement),
    executeBlock(reversed(plan.extensions), dropStatement),
    opsBlock(down.schemas),
  ]);

  const unmanagedNotes = plan.withoutDefinition.map((u) =>
    u.kind === "other object"
      ? `${u.name}: retort does not know this kind of object, so the baseline neither creates nor drops it; add it to the baseline by hand.`
      : `${u.kind} ${routineSignature(u)}: retort cannot rebuild this kind of object, so the baseline neither creates nor drops it; add it to the baseline by hand.`,
  );
  for (const u of plan.tableNotes) unmanagedNotes.push(tableNote(u));
  for (const u of plan.foreignServers) {
    const mapping = u.kind === "user mapping" ? userMapping(u) : null;
    if (mapping?.withoutPassword) {
      unmanagedNotes.push(
        `user mapping for ${mapping.target}: the baseline creates it without its password, which does not belong in a migration file; where the baseline runs, add it with ALTER USER MAPPING FOR ${mapping.target} OPTIONS (ADD password '...').`,
      );
    }
  }
  for (const u of plan.tableProperties) {
    if (u.kind === "inheritance") {
      unmanagedNotes.push(
        `table ${quoteQualifiedAsNeeded(u.schema, u.name)}: the baseline creates it with all its columns and then runs "${u.definition}", so the columns it inherited may be declared as its own; check them.`,
      );
    }
  }
  // PUBLIC is not a role anybody creates.
  const namesRole = (u: UnmanagedObject) =>
    !/ (?:TO|FROM) PUBLIC(?: WITH GRANT OPTION)?$/.test(u.definition ?? "");
  const roleNaming =
    plan.grants.filter(namesRole).length +
    plan.policies.filter((p) => / TO /.test(p.definition ?? "")).length +
    plan.foreignServers.filter((u) => u.kind === "user mapping" && !u.name.startsWith("PUBLIC "))
      .length;
  if (roleNaming > 0) {
    const statements =
      roleNaming === 1 ? "1 statement names a role" : `${roleNaming} statements name roles`;
    unmanagedNotes.push(
      `roles: the baseline grants, applies policies and maps users as the database does (${statements}); roles belong to the server, not the database, so create them wherever the baseline runs.`,
    );
  }
  return { upgrades, downgrades, unmanagedNotes };
}

/**
 * Takes out of the tables `up` creates the column defaults that call one of `functions`
 * (created after the tables), and returns the operations that set them once the functions exist
 * and drop them before the functions go.
 */
function deferDefaults(
  up: { tables: Operation[] },
  functions: readonly UnmanagedObject[],
): { set: Operation[]; drop: Operation[] } {
  const late = new Set(functions.map(nameKey));
  const set: AlterColumnOperation[] = [];
  if (late.size === 0) return { set, drop: [] };
  up.tables = up.tables.map((op) => {
    if (op.kind !== "createTable") return op;
    const columns = op.columns.map((c) => {
      if (!isSqlExpression(c.default)) return c;
      if (![...qualifiedReferences(c.default.sql)].some((r) => late.has(r))) return c;
      const target = { schema: op.schema, table: op.table, column: c.name };
      set.push({ kind: "alterColumn", ...target, default: c.default, existingDefault: null });
      return { ...c, default: undefined };
    });
    return { ...op, columns };
  });
  const drop = set.map((op): Operation => ({ ...op, default: null, existingDefault: op.default }));
  return { set, drop: drop.reverse() };
}

/**
 * Whether an operation creates an index that names one of `operatorClasses` (the database's
 * own, which the baseline creates after the tables).
 */
function usesOperatorClassOf(
  operatorClasses: readonly UnmanagedObject[],
): (op: Operation) => boolean {
  const own = new Set(
    operatorClasses
      .filter((u) => u.kind === "operator class")
      .map((u) => `${u.schema}\u0000${u.name.slice(0, u.name.lastIndexOf(" USING "))}`),
  );
  return (op) =>
    own.size > 0 &&
    op.kind === "createIndex" &&
    op.elements.some(
      (e) => typeof e.opclass === "object" && own.has(`${e.opclass.schema}\u0000${e.opclass.name}`),
    );
}

/** The note for an inheritance the baseline cannot set on the plain table it creates. */
function tableNote(u: UnmanagedObject): string {
  return `table ${quoteQualifiedAsNeeded(u.schema, u.name)} inherits from another table: the baseline creates it standalone; add "${u.definition}" by hand, with the CHECK constraints it inherits.`;
}

/**
 * Gives the creation of each partitioned table its `PARTITION BY` clause (in a drop, the
 * definition it would be recreated from). The models declare plain tables, so the comparison
 * the baseline starts from has none.
 */
function partitionKeys(
  partitionedTables: readonly UnmanagedObject[],
): (op: Operation) => Operation {
  const keys = new Map(
    partitionedTables.map((u) => [
      `${u.schema}\u0000${u.name}`,
      (u.definition ?? "").replace(/^PARTITION BY /, ""),
    ]),
  );
  const withKey = <T extends Operation & { schema?: string | undefined; table: string }>(
    op: T,
  ): T => {
    const key = keys.get(`${op.schema ?? "public"}\u0000${op.table}`);
    return key === undefined ? op : { ...op, partitionBy: key };
  };
  return (op) => {
    if (keys.size === 0) return op;
    if (op.kind === "createTable") return withKey(op);
    if (op.kind === "dropTable" && op.definition !== undefined) {
      return { ...op, definition: withKey(op.definition) };
    }
    return op;
  };
}
