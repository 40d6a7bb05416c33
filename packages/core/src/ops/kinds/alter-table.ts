import type { AlterTableOperation, ReplicaIdentity } from "../operation";
import type { OperationKindSpec, OptionKeys, ReverseContext } from "../operation-kind-spec";
import type { Operations } from "../operations";
import type { SchemaOptions } from "../schema-options";
import type { OperationChecker } from "../validate-operation";
import { withOptions } from "../with-options";

/** Changes of {@link Operations.alterTable}; see {@link AlterTableOperation}. */
export interface AlterTableOptions extends SchemaOptions {
  readonly with?: Readonly<Record<string, string | number | boolean>> | undefined;
  readonly reset?: readonly string[] | undefined;
  readonly unlogged?: boolean | undefined;
  readonly replicaIdentity?: ReplicaIdentity | undefined;
  readonly clusterOn?: string | null | undefined;
  readonly existingWith?: Readonly<Record<string, string | number | boolean>> | undefined;
  readonly existingUnlogged?: boolean | undefined;
  readonly existingReplicaIdentity?: ReplicaIdentity | undefined;
  readonly existingClusterOn?: string | null | undefined;
}

// The SQL writes a parameter's name bare, so only a plain (or `toast.`-prefixed) name is safe.
const PARAMETER_NAME = /^(toast\.)?[a-z_][a-z0-9_]*$/;

/** Checks storage parameters given to `with`: safe names, literal values. */
export function checkStorageParameters(
  check: OperationChecker,
  value: unknown,
  what: string,
): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    check.fail(`${what} must be an object of storage parameters.`);
  for (const [name, v] of Object.entries(value)) {
    if (!PARAMETER_NAME.test(name))
      check.fail(
        `storage parameter ${JSON.stringify(name)} is not a plain lowercase name.`,
        "use names such as fillfactor, autovacuum_vacuum_scale_factor or toast.autovacuum_enabled",
      );
    const isFiniteNumber = typeof v === "number" && Number.isFinite(v);
    if (!isFiniteNumber && typeof v !== "boolean" && typeof v !== "string")
      check.fail(`storage parameter ${name} must be a finite number, a boolean or a string.`);
  }
}

function checkReplicaIdentity(check: OperationChecker, value: unknown, what: string): void {
  if (value === undefined || value === "default" || value === "full" || value === "nothing") return;
  if (typeof value === "object" && value !== null && "index" in value) {
    check.name((value as { index: unknown }).index, `${what}.index`);
    return;
  }
  check.fail(`${what} must be "default", "full", "nothing" or { index }.`);
}

function reverse(op: AlterTableOperation, undo: ReverseContext): AlterTableOperation {
  const touched = [...Object.keys(op.with ?? {}), ...(op.reset ?? [])];
  const existing = op.existingWith ?? {};
  for (const name of op.reset ?? []) {
    if (!Object.hasOwn(existing, name))
      undo.irreversible(
        `storage parameter ${name} is reset but existingWith does not give its value.`,
        "pass existingWith",
      );
  }
  const restored = Object.fromEntries(
    touched.filter((name) => Object.hasOwn(existing, name)).map((name) => [name, existing[name]!]),
  );
  const unset = touched.filter((name) => !Object.hasOwn(existing, name));
  return {
    kind: "alterTable",
    schema: op.schema,
    table: op.table,
    with: Object.keys(restored).length > 0 ? restored : undefined,
    reset: unset.length > 0 ? unset : undefined,
    // A boolean has one other value: without existingUnlogged, undo by flipping.
    unlogged: op.unlogged !== undefined ? (op.existingUnlogged ?? !op.unlogged) : undefined,
    // Alembic reads a missing "existing" as the default: a table replicates by its key and is
    // clustered on nothing until told otherwise.
    replicaIdentity:
      op.replicaIdentity !== undefined ? (op.existingReplicaIdentity ?? "default") : undefined,
    clusterOn: op.clusterOn !== undefined ? (op.existingClusterOn ?? null) : undefined,
    existingWith: op.with !== undefined ? { ...op.with } : undefined,
    existingUnlogged: op.unlogged ?? op.existingUnlogged,
    existingReplicaIdentity: op.replicaIdentity ?? op.existingReplicaIdentity,
    existingClusterOn: op.clusterOn !== undefined ? op.clusterOn : op.existingClusterOn,
  };
}

function identityText(identity: ReplicaIdentity): string {
  return typeof identity === "string" ? identity : `using index ${identity.index}`;
}

function change(op: AlterTableOperation, object: string): string {
  const parts: string[] = [];
  const set = Object.entries(op.with ?? {}).map(([name, value]) => `${name}=${value}`);
  if (set.length > 0) parts.push(`storage parameters set (${set.join(", ")})`);
  if (op.reset !== undefined && op.reset.length > 0) {
    parts.push(`storage parameters reset (${op.reset.join(", ")})`);
  }
  if (op.unlogged !== undefined) {
    parts.push(`now ${op.unlogged ? "UNLOGGED" : "logged"} (rewrites the table)`);
  }
  if (op.replicaIdentity !== undefined) {
    parts.push(`replica identity ${identityText(op.replicaIdentity)}`);
  }
  if (op.clusterOn !== undefined) {
    parts.push(op.clusterOn === null ? "no longer clustered" : `clustered on ${op.clusterOn}`);
  }
  return `changed table ${object}: ${parts.join(", ")}`;
}

/** `op.alterTable(table, changes)`: `ALTER TABLE` of storage parameters, persistence, replica identity, clustering. */
export const alterTableKind = {
  positional: ["table"],
  named: 1,
  optionsRequired: true,
  options: {
    schema: true,
    with: true,
    reset: true,
    unlogged: true,
    replicaIdentity: true,
    clusterOn: true,
    existingWith: true,
    existingUnlogged: true,
    existingReplicaIdentity: true,
    existingClusterOn: true,
  } satisfies OptionKeys<AlterTableOptions>,
  callArguments: (op) => {
    const { kind: _kind, table, ...changes } = op;
    return withOptions([table], changes, true);
  },
  validate: (op, check) => {
    check.tableTarget(op);
    checkStorageParameters(check, op.with, "with");
    checkStorageParameters(check, op.existingWith, "existingWith");
    if (op.reset !== undefined) {
      if (!Array.isArray(op.reset)) check.fail("reset must be an array of parameter names.");
      for (const name of op.reset) {
        if (typeof name !== "string" || !PARAMETER_NAME.test(name))
          check.fail(`storage parameter ${JSON.stringify(name)} is not a plain lowercase name.`);
        if (op.with !== undefined && Object.hasOwn(op.with, name))
          check.fail(`storage parameter ${name} is both set and reset.`);
      }
    }
    checkReplicaIdentity(check, op.replicaIdentity, "replicaIdentity");
    checkReplicaIdentity(check, op.existingReplicaIdentity, "existingReplicaIdentity");
    if (op.clusterOn !== undefined && op.clusterOn !== null) check.name(op.clusterOn, "clusterOn");
    const changes = [
      Object.keys(op.with ?? {}).length > 0 ? true : undefined,
      op.reset !== undefined && op.reset.length > 0 ? true : undefined,
      op.unlogged,
      op.replicaIdentity,
      op.clusterOn,
    ];
    if (changes.every((c) => c === undefined)) {
      check.fail(
        "nothing to change.",
        "pass at least one of with, reset, unlogged, replicaIdentity or clusterOn",
      );
    }
  },
  reverse,
  target: (op) => ({ schema: op.schema, table: op.table }),
  change,
} satisfies OperationKindSpec<AlterTableOperation, Parameters<Operations["alterTable"]>>;
