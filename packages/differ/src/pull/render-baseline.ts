import type { CatalogDependency } from "../introspect/object-key";
import { renderMigrationBody } from "../render/render-migration-body";
import { quoteIdentAsNeeded, quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type { SchemaDescription, UnmanagedObject } from "../schema/schema-description";
import {
  type BaselinePlan,
  type BaselineStatement,
  type BaselineStep,
  planBaseline,
} from "./baseline-plan";
import { grantRoles } from "./grant-roles";
import { routineSignature, userMapping } from "./unmanaged-names";

/** What {@link renderBaseline} produces. */
export interface RenderBaselineResult {
  /** The body of the baseline's `up(op)`: statements, not indented, plain JavaScript. */
  upgrades: string;
  /** The body of its `down(op)`. */
  downgrades: string;
  /** Objects the baseline cannot recreate, one sentence each; `pull` prints them. */
  unmanagedNotes: string[];
}

/** Options of {@link renderBaseline}. */
export interface RenderBaselineOptions {
  /**
   * The catalog's dependencies between the objects (`introspectDependencies`), which order them.
   * Without them, only what the description says orders them (a foreign key after its tables,
   * a trigger after its table, a column after its type), then the phases.
   */
  dependencies?: readonly CatalogDependency[] | undefined;
}

/** An `op.execute(...)` line; SQL over several lines is a template literal, to stay readable. */
function executeLine(sql: string): string {
  if (!sql.includes("\n")) return `op.execute(${JSON.stringify(sql)});`;
  const body = sql.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${");
  return `op.execute(\`${body}\`);`;
}

function renderStatement(statement: BaselineStatement): string {
  return typeof statement === "string" ? executeLine(statement) : renderMigrationBody([statement]);
}

/** The body of `up` or `down`: the steps' statements, in order. */
function body(steps: readonly BaselineStep[], side: "up" | "down"): string {
  const lines: string[] = [];
  let isRelaxed = false;
  for (const step of steps) {
    // SET LOCAL lasts until the migration's transaction ends; pg_dump turns the check off too.
    if (side === "up" && step.isRoutine && !isRelaxed) {
      lines.push(executeLine("SET LOCAL check_function_bodies = off"));
      isRelaxed = true;
    }
    for (const statement of step[side]) lines.push(renderStatement(statement));
  }
  return lines.length === 0 ? "// No changes." : lines.join("\n");
}

/**
 * The first revision for a database retort adopts (`retort pull --baseline`): `up` creates the
 * whole schema as it is, `down` drops it. The database itself is stamped, never upgraded.
 *
 * `up` creates every object after everything it depends on, as pg_dump orders its output: a
 * topological sort of the catalog's dependencies (`options.dependencies`, from
 * `introspectDependencies`) and of what the description says, which among the objects free to
 * go takes them by phase (`baseline-plan.ts`): schemas, extensions, foreign-data wrappers,
 * servers and user mappings, collations, text search objects, enums and sequences, routines
 * (with `check_function_bodies` off, as pg_dump does), range types, domains, composite types,
 * operators, families and classes, aggregates, tables (the comparison of an empty schema with
 * `schema`, rendered by `renderMigrationBody`; partitioned tables with their `PARTITION BY`),
 * their indexes, foreign keys, foreign tables, table properties (`UNLOGGED`, `INHERIT`...), the
 * partitions' copies of their parents' indexes and checks then `ATTACH PARTITION` (so every
 * name stays), casts, statistics, views, indexes on materialized views, storage parameters,
 * rules, triggers, policies, comments, publications, privileges, event triggers. A cycle is
 * broken as pg_dump breaks it: a column default that closes it is set once what it calls
 * exists. `down` drops the same objects in the reverse order, so a foreign key goes before the
 * tables it joins and a view before what it selects from. Unmanaged objects are
 * `op.execute(<definition>)`, and their comments a second `op.execute`; a user mapping's
 * password is left out, with a note. Objects retort cannot print (base types) and an
 * inheritance the baseline cannot re-attach appear only in `unmanagedNotes`, never silently
 * dropped.
 *
 * @example
 * ```ts
 * const { upgrades, downgrades, unmanagedNotes } = renderBaseline(await introspectSchema(db), {
 *   dependencies: await introspectDependencies(db),
 * });
 * // upgrades:
 * // op.createSchema("app");
 * // op.execute("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public");
 * // op.createTable("account", { ... });
 * // op.execute(`CREATE VIEW public.active_account AS ...`);
 * ```
 */
export function renderBaseline(
  schema: SchemaDescription,
  options: RenderBaselineOptions = {},
): RenderBaselineResult {
  const plan = planBaseline(schema, options.dependencies ?? []);
  return {
    upgrades: body(plan.steps, "up"),
    downgrades: body([...plan.steps].reverse(), "down"),
    unmanagedNotes: notesOf(schema, plan),
  };
}

/**
 * The `unmanagedNotes` of {@link renderBaseline}, without writing the baseline's source: what
 * `pull --dry-run --baseline` prints. The notes come from the same plan (a dependency loop the
 * order cannot break is one), so the plan is still made.
 *
 * @example
 * ```ts
 * const notes = baselineNotes(schema, { dependencies: await introspectDependencies(db) });
 * ```
 */
export function baselineNotes(
  schema: SchemaDescription,
  options: RenderBaselineOptions = {},
): string[] {
  return notesOf(schema, planBaseline(schema, options.dependencies ?? []));
}

function notesOf(schema: SchemaDescription, plan: BaselinePlan): string[] {
  const unmanagedNotes = plan.withoutDefinition.map((u) =>
    u.kind === "other object"
      ? `${u.name}: retort does not know this kind of object, so the baseline neither creates nor drops it; add it to the baseline by hand.`
      : `${u.kind} ${routineSignature(u)}: retort cannot rebuild this kind of object, so the baseline neither creates nor drops it; add it to the baseline by hand.`,
  );
  for (const u of plan.tableNotes) unmanagedNotes.push(tableNote(u));
  const created = plan.created;
  const ofKind = (...kinds: UnmanagedObject["kind"][]) =>
    created.filter((u) => kinds.includes(u.kind)).sort(byName);
  for (const u of ofKind("user mapping")) {
    const mapping = userMapping(u);
    if (mapping.withoutPassword) {
      unmanagedNotes.push(
        `user mapping for ${mapping.target}: the baseline creates it without its password, which does not belong in a migration file; where the baseline runs, add it with ALTER USER MAPPING FOR ${mapping.target} OPTIONS (ADD password '...').`,
      );
    }
  }
  for (const u of ofKind("inheritance")) {
    unmanagedNotes.push(
      `table ${quoteQualifiedAsNeeded(u.schema, u.name)}: the baseline creates it with all its columns and checks and then runs "${u.definition}", so the columns and checks it inherited may be declared as its own; check them.`,
    );
  }
  for (const e of plan.unordered) {
    unmanagedNotes.push(
      `${describeKey(e.from)} depends on ${describeKey(e.to)} in a loop the baseline cannot break, so it may create them in an order PostgreSQL refuses; check them.`,
    );
  }
  // PUBLIC is not a role anybody creates.
  const namesRole = (u: UnmanagedObject) =>
    !/ (?:TO|FROM) PUBLIC(?: WITH GRANT OPTION)?$/.test(u.definition ?? "");
  const roleNaming =
    ofKind("grant", "default privileges").filter(namesRole).length +
    ofKind("policy").filter((p) => / TO /.test(p.definition ?? "")).length +
    ofKind("user mapping").filter((u) => !u.name.startsWith("PUBLIC ")).length;
  if (roleNaming > 0) {
    const statements =
      roleNaming === 1 ? "1 statement names a role" : `${roleNaming} statements name roles`;
    unmanagedNotes.push(
      `roles: the baseline grants, applies policies and maps users as the database does (${statements}); roles belong to the server, not the database, so create them wherever the baseline runs.`,
    );
  }
  const grantRoleNames = grantRoles(schema);
  if (grantRoleNames.length > 0) {
    unmanagedNotes.push(
      `roles used by grants and default privileges: ${grantRoleNames.map(quoteIdentAsNeeded).join(", ")}; these roles must exist where the baseline runs (roles are created outside migrations).`,
    );
  }
  return unmanagedNotes;
}

function byName(a: UnmanagedObject, b: UnmanagedObject): number {
  const ka = `${a.schema}\u0000${a.table ?? ""}\u0000${a.name}`;
  const kb = `${b.schema}\u0000${b.table ?? ""}\u0000${b.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** An object of the dependency graph as a person reads it: `trigger app.account.touch`. */
function describeKey(key: string): string {
  const [kind = "", ...names] = key.split("\u0000");
  return `${kind} ${names.filter((n) => n !== "").join(".")}`;
}

/** The note for an inheritance the baseline cannot set on the plain table it creates. */
function tableNote(u: UnmanagedObject): string {
  return `table ${quoteQualifiedAsNeeded(u.schema, u.name)} inherits from a table the baseline does not create: the baseline creates it standalone; add "${u.definition}" by hand once its parent exists.`;
}
