import type { Operation } from "@retort/core";
import { diffSchemas } from "../compare/diff-schemas";
import { renderMigrationBody } from "../render/render-migration-body";
import { quoteQualifiedAsNeeded } from "../schema/quote-ident";
import type { SchemaDescription, UnmanagedObject } from "../schema/schema-description";
import {
  createStatement,
  dropStatement,
  planUnmanaged,
  routineSignature,
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

const emptySchema: SchemaDescription = {
  schemas: [],
  enums: [],
  tables: [],
  sequences: [],
  unmanaged: [],
};

/** An `op.execute(...)` line; SQL over several lines is a template literal, to stay readable. */
function executeLine(sql: string): string {
  if (!sql.includes("\n")) return `op.execute(${JSON.stringify(sql)});`;
  const body = sql.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${");
  return `op.execute(\`${body}\`);`;
}

function executeBlock(
  objects: readonly UnmanagedObject[],
  render: (u: UnmanagedObject) => string,
): string[] {
  return objects.map((u) => executeLine(render(u)));
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
 * `up` is, in order: the schemas; extensions; enums and free-standing sequences; functions whose
 * signature uses only built-in types (with `check_function_bodies` off, as pg_dump does, so a
 * function may use tables created later); range types, domains, composite types; the tables
 * with their keys, indexes and foreign keys (the comparison of an empty schema with `schema`,
 * rendered by `renderMigrationBody`); functions whose signature uses a table; views in
 * dependency order; triggers; policies. Unmanaged objects are `op.execute(<definition>)`.
 * `down` undoes it in reverse. Objects PostgreSQL cannot print (aggregates, foreign tables)
 * appear only in `unmanagedNotes`, never silently dropped.
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
  const partition = (ops: readonly Operation[]) => ({
    schemas: ops.filter(isSchemaOp),
    types: ops.filter(isTypeOp),
    tables: ops.filter((op) => !isSchemaOp(op) && !isTypeOp(op)),
  });
  const up = partition(diff.upgrade);
  const down = partition(diff.downgrade);
  const functions = [...plan.earlyFunctions, ...plan.lateFunctions];
  // SET LOCAL lasts until the migration's transaction ends; pg_dump turns the check off too.
  const relaxBodies =
    functions.length > 0 ? [executeLine("SET LOCAL check_function_bodies = off")] : [];

  const upgrades = body([
    opsBlock(up.schemas),
    executeBlock(plan.extensions, createStatement),
    opsBlock(up.types),
    relaxBodies,
    executeBlock(plan.earlyFunctions, createStatement),
    executeBlock(plan.types, createStatement),
    opsBlock(up.tables),
    executeBlock(plan.lateFunctions, createStatement),
    executeBlock(plan.views, createStatement),
    executeBlock(plan.triggers, createStatement),
    executeBlock(plan.policies, createStatement),
  ]);
  const reversed = (objects: readonly UnmanagedObject[]) => [...objects].reverse();
  const downgrades = body([
    executeBlock(reversed(plan.policies), dropStatement),
    executeBlock(reversed(plan.triggers), dropStatement),
    executeBlock(reversed(plan.views), dropStatement),
    executeBlock(reversed(plan.lateFunctions), dropStatement),
    opsBlock(down.tables),
    executeBlock(reversed(plan.types), dropStatement),
    executeBlock(reversed(plan.earlyFunctions), dropStatement),
    opsBlock(down.types),
    executeBlock(reversed(plan.extensions), dropStatement),
    opsBlock(down.schemas),
  ]);

  const unmanagedNotes = plan.withoutDefinition.map(
    (u) =>
      `${u.kind} ${routineSignature(u)}: PostgreSQL cannot print its definition, so the baseline neither creates nor drops it; add it to the baseline by hand.`,
  );
  const tablesWithPolicies = [
    ...new Set(plan.policies.map((p) => quoteQualifiedAsNeeded(p.schema, p.table ?? ""))),
  ];
  for (const table of tablesWithPolicies) {
    unmanagedNotes.push(
      `policies on ${table}: the baseline recreates them, but not ENABLE ROW LEVEL SECURITY nor the roles they apply to; check them.`,
    );
  }
  return { upgrades, downgrades, unmanagedNotes };
}
