// Over 500 lines: the baseline's dependency graph is one decision — each operation's node (its
// key, phase and what it needs) must agree with every other kind's, so the node table for all
// kinds stays together; the graph walk itself is in order-by-dependencies.ts.
import {
  type AttachPartitionOperation,
  isSqlExpression,
  type Operation,
  reverseOperation,
} from "@retort/core";
import { diffSchemas } from "../compare/diff-schemas";
import { type CatalogDependency, objectKey } from "../introspect/object-key";
import { qualifiedReferences } from "../schema/normalize-expression";
import {
  emptySchema,
  type SchemaDescription,
  type UnmanagedObject,
} from "../schema/schema-description";
import { isCreatedWithItsType, type Phase, phaseIndex, unmanagedPhases } from "./baseline-phases";
import { privilegeKey, privilegeNode } from "./baseline-privileges";
import { type DependencyEdge, orderByDependencies } from "./order-by-dependencies";
import { createStatements, dropStatement } from "./unmanaged-statements";

/** A statement of the baseline: an operation, or SQL it runs with `op.execute`. */
export type BaselineStatement = Operation | string;

/** One object the baseline creates in `up` and drops in `down`. */
export interface BaselineStep {
  key: string;
  /** Functions, procedures and aggregates: `up` turns `check_function_bodies` off before them. */
  isRoutine: boolean;
  up: BaselineStatement[];
  down: BaselineStatement[];
}

/** What {@link planBaseline} decides. */
export interface BaselinePlan {
  /** In the order `up` runs them; `down` runs them reversed. */
  steps: BaselineStep[];
  /** The unmanaged objects the baseline creates, in that order. */
  created: UnmanagedObject[];
  /**
   * Objects retort cannot print (base types, kinds it does not know): never created nor dropped.
   */
  withoutDefinition: UnmanagedObject[];
  /**
   * Inheritances the baseline cannot set on the plain table it creates (their parent is not a
   * table it creates): never run, only noted.
   */
  tableNotes: UnmanagedObject[];
  /**
   * Dependencies of a cycle no split could break, which the order leaves out (pg_dump warns alike).
   */
  unordered: DependencyEdge[];
}

/**
 * Whether `ALTER TABLE child INHERIT parent` succeeds on what the baseline creates: the parent
 * must be a table it creates. The child's copies of the parent's checks, which INHERIT requires,
 * are in its description (introspection reads inherited checks as the child's own).
 */
function canInherit(u: UnmanagedObject, schema: SchemaDescription): boolean {
  const at = (u.definition ?? "").lastIndexOf(" INHERIT ");
  if (at < 0) return false;
  const [parent] = qualifiedReferences((u.definition ?? "").slice(at));
  return schema.tables.some((t) => `${t.schema}\u0000${t.name}` === parent);
}

function byName(a: UnmanagedObject, b: UnmanagedObject): number {
  const ka = `${a.schema}\u0000${a.table ?? ""}\u0000${a.name}`;
  const kb = `${b.schema}\u0000${b.table ?? ""}\u0000${b.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

const relationKey = (schema: string | undefined, name: string) =>
  objectKey("relation", schema ?? "public", null, name);

/** The key of an unmanaged object, as the catalog's dependencies name it. */
function unmanagedKey(u: UnmanagedObject): string {
  switch (u.kind) {
    case "view":
    case "materialized view":
    case "foreign table":
    case "index":
      return relationKey(u.schema, u.name);
    case "function":
    case "procedure":
    case "aggregate":
      return objectKey("routine", u.schema, null, u.name);
    case "domain":
    case "composite type":
    case "range type":
      return objectKey("type", u.schema, null, u.name);
    case "extension":
    case "foreign server":
    case "foreign data wrapper":
      return objectKey(u.kind, null, null, u.name);
    case "view default":
      // As the catalog's dependencies name a column default: what it calls is the default's.
      return objectKey("default", u.schema, u.table, u.name);
    case "collation":
    case "statistics":
    case "operator":
    case "operator class":
    case "operator family":
    case "text search configuration":
    case "text search dictionary":
    case "text search parser":
    case "text search template":
      return objectKey(u.kind, u.schema, null, u.name);
    default:
      return objectKey(u.kind, u.schema, u.table, u.name);
  }
}

/** What an operation creates, and what undoes it, share a key: the pairs of up and down. */
function targetKey(op: Operation): string | null {
  const schema = "schema" in op ? (op.schema ?? "public") : "public";
  switch (op.kind) {
    case "createSchema":
    case "dropSchema":
      return `schema\u0000${op.name}`;
    case "createEnum":
    case "dropEnum":
      return `enum\u0000${schema}\u0000${op.name}`;
    case "createSequence":
    case "dropSequence":
      return `sequence\u0000${schema}\u0000${op.name}`;
    case "createExtension":
    case "dropExtension":
      return `extension\u0000${op.name}`;
    case "alterSequence":
      // Only OWNED BY: the down releases it, so dropping the owner leaves the sequence to its step.
      return `sequence owner\u0000${schema}\u0000${op.name}`;
    case "createTable":
    case "dropTable":
      return `table\u0000${schema}\u0000${op.table}`;
    case "createView":
    case "dropView":
    case "createMaterializedView":
    case "dropMaterializedView":
      return `view\u0000${schema}\u0000${op.name}`;
    case "createIndex":
    case "dropIndex":
      return `index\u0000${schema}\u0000${op.name}`;
    case "addForeignKey":
    case "addCheck":
    case "dropConstraint":
      return `constraint\u0000${schema}\u0000${op.table}\u0000${op.name}`;
    case "alterColumn":
      return `column\u0000${schema}\u0000${op.table}\u0000${op.column}`;
    case "setIndexComment":
      return `index comment\u0000${schema}\u0000${op.name}`;
    case "setConstraintComment":
      return `constraint comment\u0000${schema}\u0000${op.table}\u0000${op.name}`;
    case "setIndexStatistics":
      return `index statistics\u0000${schema}\u0000${op.name}\u0000${op.column}`;
    case "alterTable":
      return `table settings\u0000${schema}\u0000${op.table}`;
    case "createFunction":
      return `routine\u0000${schema}\u0000${op.name}(${op.identityArguments ?? op.arguments})`;
    case "dropFunction":
      return `routine\u0000${schema}\u0000${op.name}(${op.arguments})`;
    case "createTrigger":
    case "dropTrigger":
      return `trigger\u0000${schema}\u0000${op.table}\u0000${op.name}`;
    case "createPolicy":
    case "dropPolicy":
      return `policy\u0000${schema}\u0000${op.table}\u0000${op.name}`;
    case "enableRowSecurity":
    case "disableRowSecurity":
      return `row security\u0000${schema}\u0000${op.table}`;
    case "forceRowSecurity":
    case "noForceRowSecurity":
      return `force row security\u0000${schema}\u0000${op.table}`;
    case "grant":
    case "revoke":
    case "grantDefaultPrivileges":
    case "revokeDefaultPrivileges":
      return privilegeKey(op);
    case "createDomain":
    case "dropDomain":
    case "createCompositeType":
    case "dropCompositeType":
    case "createRangeType":
    case "dropRangeType":
      return `type\u0000${schema}\u0000${op.name}`;
    default:
      return null;
  }
}

/** The key and phase of a managed operation of the baseline, and the objects it needs. */
function operationNode(op: Operation): { key: string; phase: Phase; needs: string[] } | null {
  switch (op.kind) {
    case "createSchema":
      return { key: objectKey("schema", null, null, op.name), phase: "schemas", needs: [] };
    case "createEnum":
      return {
        key: objectKey("type", op.schema ?? "public", null, op.name),
        phase: "enums and sequences",
        needs: [],
      };
    case "createSequence":
      return { key: relationKey(op.schema, op.name), phase: "enums and sequences", needs: [] };
    case "createExtension":
    case "alterSequence":
    case "setSequenceComment":
    case "setSchemaComment":
      return namespaceNode(op);
    case "createTable": {
      const needs = op.columns.flatMap((c) =>
        typeof c.collation === "object" && c.collation.schema !== undefined
          ? [objectKey("collation", c.collation.schema, null, c.collation.name)]
          : [],
      );
      return { key: relationKey(op.schema, op.table), phase: "tables", needs };
    }
    case "createView":
    case "createMaterializedView":
      // What it reads comes from the catalog's dependencies, as for pg_dump.
      return { key: relationKey(op.schema, op.name), phase: "views", needs: [] };
    case "createIndex":
      return {
        key: relationKey(op.schema, op.name),
        phase: "table parts",
        needs: [relationKey(op.schema, op.table)],
      };
    case "addForeignKey":
      return {
        key: objectKey("constraint", op.schema ?? "public", op.table, op.name),
        phase: "foreign keys",
        needs: [
          relationKey(op.schema, op.table),
          relationKey(op.references.schema ?? op.schema, op.references.table),
        ],
      };
    case "addCheck":
      return {
        key: objectKey("constraint", op.schema ?? "public", op.table, op.name),
        phase: "table parts",
        needs: [relationKey(op.schema, op.table)],
      };
    case "setIndexComment":
      return {
        key: objectKey("comment", op.schema ?? "public", null, `INDEX ${op.name}`),
        phase: "table parts",
        needs: [relationKey(op.schema, op.name)],
      };
    case "setConstraintComment":
      // With the foreign keys: a foreign key's comment needs it added first.
      return {
        key: objectKey("comment", op.schema ?? "public", op.table, `CONSTRAINT ${op.name}`),
        phase: "foreign keys",
        needs: [
          relationKey(op.schema, op.table),
          objectKey("constraint", op.schema ?? "public", op.table, op.name),
        ],
      };
    case "setIndexStatistics":
      return {
        key: objectKey("index statistics", op.schema ?? "public", op.name, String(op.column)),
        phase: "table parts",
        needs: [relationKey(op.schema, op.name)],
      };
    case "alterTable":
      // CLUSTER ON and REPLICA IDENTITY USING INDEX name an index, created before.
      return {
        key: objectKey("table settings", op.schema ?? "public", op.table, op.table),
        phase: "table parts",
        needs: [
          relationKey(op.schema, op.table),
          ...[
            op.clusterOn ?? undefined,
            typeof op.replicaIdentity === "object" ? op.replicaIdentity.index : undefined,
          ].flatMap((index) => (index === undefined ? [] : [relationKey(op.schema, index)])),
        ],
      };
    case "alterColumn":
      if (op.statistics !== undefined) {
        return {
          key: objectKey("statistics", op.schema ?? "public", op.table, op.column),
          phase: "table parts",
          needs: [relationKey(op.schema, op.table)],
        };
      }
      // A default set after the tables (another table's serial): the catalog names it as a default.
      return {
        key: objectKey("default", op.schema ?? "public", op.table, op.column),
        phase: "table parts",
        needs: [relationKey(op.schema, op.table)],
      };
    case "createFunction":
      return {
        key: objectKey(
          "routine",
          op.schema ?? "public",
          null,
          `${op.name}(${op.identityArguments ?? op.arguments})`,
        ),
        phase: "routines",
        needs: [],
      };
    case "createTrigger":
      return {
        key: objectKey("trigger", op.schema ?? "public", op.table, op.name),
        phase: "triggers",
        needs: [
          relationKey(op.schema, op.table),
          objectKey(
            "routine",
            op.function.schema ?? op.schema ?? "public",
            null,
            `${op.function.name}()`,
          ),
        ],
      };
    case "createPolicy":
      // The functions its expressions call come from the catalog's dependencies.
      return {
        key: objectKey("policy", op.schema ?? "public", op.table, op.name),
        phase: "policies",
        needs: [relationKey(op.schema, op.table)],
      };
    case "enableRowSecurity":
    case "forceRowSecurity":
      return {
        key: `operation\u0000${targetKey(op)}`,
        phase: "table properties",
        needs: [relationKey(op.schema, op.table)],
      };
    case "grant":
    case "grantDefaultPrivileges":
      return privilegeNode(op);
    case "createDomain":
    case "createCompositeType":
    case "createRangeType":
      // What it is built on (types, functions, collations) comes from the catalog's dependencies.
      return {
        key: objectKey("type", op.schema ?? "public", null, op.name),
        phase:
          op.kind === "createDomain"
            ? "domains"
            : op.kind === "createRangeType"
              ? "range types"
              : "composite types",
        needs: [],
      };
    case "execute":
      // A comment on the object created just before (an enum's).
      return null;
    default:
      return { key: `operation\u0000${targetKey(op) ?? op.kind}`, phase: "table parts", needs: [] };
  }
}

/** The objects an unmanaged object needs that the description says: its table (or view). */
function unmanagedNeeds(u: UnmanagedObject): string[] {
  switch (u.kind) {
    case "sequence persistence":
      // After the sequence, and after its table (created UNLOGGED, which changes it too).
      return u.table === null
        ? [relationKey(u.schema, u.name)]
        : [relationKey(u.schema, u.table), relationKey(u.schema, u.name)];
    case "cluster":
    case "index statistics":
      return [relationKey(u.schema, u.table ?? u.name), relationKey(u.schema, u.name)];
    default:
      return u.table === null ? [] : [relationKey(u.schema, u.table)];
  }
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

interface Draft {
  key: string;
  phase: Phase;
  needs: string[];
  isRoutine: boolean;
  up: BaselineStatement[];
  down: BaselineStatement[];
  object?: UnmanagedObject;
}

/**
 * Orders what the baseline creates: the managed objects (the comparison of an empty schema with
 * `schema`, whose downgrade drops them) and the unmanaged ones, each one step with its creation
 * and its drop. Steps go by {@link phases}, each after what it depends on: what the description
 * says (a table's foreign keys, a trigger's table, a column's type) and `dependencies`, the
 * catalog's `pg_depend`. A cycle is broken as pg_dump breaks it: a column default that closes it
 * is split off its table and set once what it calls exists.
 */
export function planBaseline(
  schema: SchemaDescription,
  dependencies: readonly CatalogDependency[],
): BaselinePlan {
  // The partitions' ATTACH comes from the unmanaged `partition` objects (as an operation): they
  // are ordered after the copies of the parent's indexes that keep their names.
  const diff = withoutAttachments(diffSchemas(emptySchema, schema));
  const sorted = [...schema.unmanaged].sort(byName);
  const partitioned = partitionKeys(sorted.filter((u) => u.kind === "partitioned table"));
  const downs = new Map<string, Operation>();
  for (const op of diff.downgrade) {
    const key = targetKey(op);
    if (key !== null && !downs.has(key)) downs.set(key, partitioned(op));
  }

  const drafts: Draft[] = [];
  for (const raw of diff.upgrade) {
    const op = partitioned(raw);
    const node = operationNode(op);
    const previous = drafts[drafts.length - 1];
    if (node === null && previous !== undefined) {
      previous.up.push(op);
      continue;
    }
    const key = targetKey(op);
    const down = key === null ? undefined : downs.get(key);
    const draft: Draft = {
      key: node?.key ?? `operation\u0000${drafts.length}`,
      phase: node?.phase ?? "table parts",
      needs: node?.needs ?? [],
      isRoutine: op.kind === "createFunction",
      up: [op],
      down: down === undefined ? [] : [down],
    };
    drafts.push(draft);
  }
  // A column of a user type (an enum, a domain...) needs the type.
  const tableDrafts = new Map(drafts.map((d) => [d.key, d]));
  for (const t of schema.tables) {
    const draft = tableDrafts.get(relationKey(t.schema, t.name));
    if (draft === undefined) continue;
    for (const c of t.columns) {
      if (c.userType !== null)
        draft.needs.push(objectKey("type", c.userType.schema, null, c.userType.name));
    }
  }

  const withoutDefinition: UnmanagedObject[] = [];
  const tableNotes: UnmanagedObject[] = [];
  for (const u of sorted) {
    if (isCreatedWithItsType(u)) continue;
    const phase = unmanagedPhases[u.kind];
    if (u.definition === null || (phase === null && u.kind !== "partitioned table")) {
      withoutDefinition.push(u);
      continue;
    }
    if (phase === null) continue;
    if (u.kind === "inheritance" && !canInherit(u, schema)) {
      tableNotes.push(u);
      continue;
    }
    const attach = u.kind === "partition" ? attachOperation(schema, u) : undefined;
    drafts.push({
      key: unmanagedKey(u),
      phase,
      needs: unmanagedNeeds(u),
      isRoutine: u.kind === "function" || u.kind === "procedure" || u.kind === "aggregate",
      up: attach === undefined ? createStatements(u) : [attach],
      down:
        attach === undefined
          ? [dropStatement(u)].filter((s) => s !== "")
          : [reverseOperation(attach)!],
      object: u,
    });
  }

  // Node keys are unique; a second object under one key (a table inheriting from two parents)
  // gets a key of its own and the needs the description gives it.
  const byKey = new Map<string, Draft>();
  for (const [k, draft] of drafts.entries()) {
    if (byKey.has(draft.key)) draft.key = `${draft.key}\u0001${k}`;
    byKey.set(draft.key, draft);
  }
  const edges: DependencyEdge[] = drafts.flatMap((d) => d.needs.map((to) => ({ from: d.key, to })));
  edges.push(...keysAfterPartitions(drafts, dependencies));
  for (const e of dependencies) {
    // A default the comparison already sets apart depends on what it calls, not its table.
    if (e.part !== undefined && byKey.has(e.part)) edges.push({ from: e.part, to: e.to });
    else edges.push(e);
  }
  const result = orderByDependencies(
    drafts.map((d) => ({ key: d.key, phase: phaseIndex.get(d.phase)! })),
    edges,
  );

  const splitDefaults = new Map(result.splits.map((s) => [s.part, s.from]));
  const steps: BaselineStep[] = [];
  const created: UnmanagedObject[] = [];
  for (const key of result.order) {
    const draft = byKey.get(key);
    if (draft !== undefined) {
      steps.push({ key, isRoutine: draft.isRoutine, up: draft.up, down: draft.down });
      if (draft.object !== undefined) created.push(draft.object);
      continue;
    }
    const table = byKey.get(splitDefaults.get(key) ?? "");
    if (table !== undefined) steps.push(splitDefault(key, table));
  }
  return { steps, created, withoutDefinition, tableNotes, unordered: result.broken };
}

/**
 * Edges that put each foreign key of a partitioned table after the `ATTACH PARTITION` of its
 * partitions (at every level): reversed, the down drops the key before it detaches them.
 */
function keysAfterPartitions(
  drafts: readonly Draft[],
  dependencies: readonly CatalogDependency[],
): DependencyEdge[] {
  const attaches = new Map<string, Draft>();
  for (const d of drafts) if (d.object?.kind === "partition") attaches.set(d.key, d);
  if (attaches.size === 0) return [];
  // The parent of an attach is in the catalog's dependencies; its child is its table.
  const partitionsOf = new Map<string, Draft[]>();
  for (const e of dependencies) {
    const attach = attaches.get(e.from);
    if (attach === undefined) continue;
    const list = partitionsOf.get(e.to);
    if (list) list.push(attach);
    else partitionsOf.set(e.to, [attach]);
  }
  const edges: DependencyEdge[] = [];
  for (const d of drafts) {
    const create = d.up[0];
    if (typeof create !== "object" || create.kind !== "addForeignKey") continue;
    const pending = [relationKey(create.schema, create.table)];
    for (let table = pending.pop(); table !== undefined; table = pending.pop()) {
      for (const attach of partitionsOf.get(table) ?? []) {
        edges.push({ from: d.key, to: attach.key });
        pending.push(relationKey(attach.object!.schema, attach.object!.table ?? ""));
      }
    }
  }
  return edges;
}

/**
 * The step that sets a column default split off its table (`key` names the column), taking the
 * default out of the table's creation.
 */
function splitDefault(key: string, table: Draft): BaselineStep {
  const column = key.slice(key.lastIndexOf("\u0000") + 1);
  const create = table.up[0];
  if (typeof create !== "object" || create.kind !== "createTable") {
    return { key, isRoutine: false, up: [], down: [] };
  }
  const definition = create.columns.find((c) => c.name === column);
  if (definition === undefined || !isSqlExpression(definition.default)) {
    return { key, isRoutine: false, up: [], down: [] };
  }
  table.up[0] = {
    ...create,
    columns: create.columns.map((c) => (c.name === column ? { ...c, default: undefined } : c)),
  };
  const target = { schema: create.schema, table: create.table, column };
  return {
    key,
    isRoutine: false,
    up: [{ kind: "alterColumn", ...target, default: definition.default, existingDefault: null }],
    down: [{ kind: "alterColumn", ...target, default: null, existingDefault: definition.default }],
  };
}

/** The baseline node of an extension, of a sequence's owner and comment, of a schema's comment. */
function namespaceNode(
  op: Extract<
    Operation,
    { kind: "createExtension" | "alterSequence" | "setSequenceComment" | "setSchemaComment" }
  >,
): { key: string; phase: Phase; needs: string[] } {
  switch (op.kind) {
    case "createExtension":
      return { key: objectKey("extension", null, null, op.name), phase: "extensions", needs: [] };
    case "alterSequence": {
      // The baseline sets only OWNED BY apart from the creation: once the table exists.
      const owner = op.ownedBy ?? null;
      return {
        key: objectKey("sequence owner", op.schema ?? "public", null, op.name),
        phase: "table parts",
        needs: [
          relationKey(op.schema, op.name),
          ...(owner === null ? [] : [relationKey(owner.schema, owner.table)]),
        ],
      };
    }
    case "setSequenceComment":
      return {
        key: objectKey("comment", op.schema ?? "public", null, `SEQUENCE ${op.name}`),
        phase: "comments",
        needs: [relationKey(op.schema, op.name)],
      };
    case "setSchemaComment":
      return {
        key: objectKey("comment", null, null, `SCHEMA ${op.name}`),
        phase: "comments",
        needs: op.name === "public" ? [] : [objectKey("schema", null, null, op.name)],
      };
  }
}

/** The diff without its attaches and detaches: the baseline attaches partitions itself. */
function withoutAttachments<D extends { upgrade: Operation[]; downgrade: Operation[] }>(
  diff: D,
): D {
  const isAttachment = (op: Operation) =>
    op.kind === "attachPartition" || op.kind === "detachPartition";
  return {
    ...diff,
    upgrade: diff.upgrade.filter((op) => !isAttachment(op)),
    downgrade: diff.downgrade.filter((op) => !isAttachment(op)),
  };
}

/** A partition's `ATTACH PARTITION` as the operation its model gives. */
function attachOperation(
  schema: SchemaDescription,
  u: UnmanagedObject,
): AttachPartitionOperation | undefined {
  const t = schema.tables.find((t) => t.schema === u.schema && t.name === u.name);
  const of = t?.partitionOf;
  if (of === undefined) return undefined;
  return {
    kind: "attachPartition",
    schema: of.schema,
    table: of.table,
    partition: u.name,
    ...(u.schema === of.schema ? {} : { partitionSchema: u.schema }),
    bound: of.bound,
  };
}
