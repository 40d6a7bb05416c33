import type { UnmanagedKind, UnmanagedObject } from "../schema/schema-description";

/**
 * The baseline's phases, in the order `up` runs them and `down` reverses them (pg_dump's
 * priorities by object type, `pg_dump_sort.c`). A phase only decides between objects that are
 * both free to go: an object waits for everything it depends on, whatever its phase.
 */
export const phases = [
  "schemas",
  "extensions",
  "foreign data wrappers",
  "foreign servers",
  "user mappings",
  "collations",
  "text search parsers and templates",
  "text search dictionaries",
  "text search configurations",
  "enums and sequences",
  // With check_function_bodies off, as pg_dump does, a body may use what comes later.
  "routines",
  "range types",
  "domains",
  "composite types",
  "operators",
  "operator families",
  "operator classes",
  "aggregates",
  "tables",
  // Indexes, checks added NOT VALID, defaults set once another table's serial exists.
  "table parts",
  "foreign tables",
  // UNLOGGED, INHERIT, row-level security, replica identity, column settings.
  "table properties",
  // A partition's copies of its parent's indexes and checks, then ATTACH PARTITION, so every
  // name stays as it is.
  "partition parts",
  "partitions",
  // After ATTACH PARTITION, as pg_dump does: a key added to a partitioned table reaches its
  // partitions, and DETACH in the down would leave each partition a copy of its own.
  "foreign keys",
  "casts",
  // A column default split off its table to break a cycle, and a view column's default.
  "defaults",
  "statistics",
  "views",
  "view indexes",
  "storage parameters",
  "rules",
  "triggers",
  "policies",
  "comments",
  "publications",
  "grants",
  // Last: from then on they fire on the DDL that follows.
  "event triggers",
] as const;

export type Phase = (typeof phases)[number];

export const phaseIndex = new Map<Phase, number>(phases.map((phase, k) => [phase, k]));

/**
 * The phase of each unmanaged kind; `null` for kinds that are no object of their own: the
 * `PARTITION BY` of a table goes into the table's creation, and what retort cannot print is
 * only noted.
 */
export const unmanagedPhases: Record<UnmanagedKind, Phase | null> = {
  extension: "extensions",
  "foreign data wrapper": "foreign data wrappers",
  "foreign server": "foreign servers",
  "user mapping": "user mappings",
  collation: "collations",
  "text search parser": "text search parsers and templates",
  "text search template": "text search parsers and templates",
  "text search dictionary": "text search dictionaries",
  "text search configuration": "text search configurations",
  function: "routines",
  procedure: "routines",
  "range type": "range types",
  domain: "domains",
  "composite type": "composite types",
  operator: "operators",
  "operator family": "operator families",
  "operator class": "operator classes",
  aggregate: "aggregates",
  "foreign table": "foreign tables",
  "unlogged table": "table properties",
  inheritance: "table properties",
  "typed table": "table properties",
  "row security": "table properties",
  "replica identity": "table properties",
  "column settings": "table properties",
  "view default": "defaults",
  "owned sequence": "table properties",
  "sequence persistence": "table properties",
  "partitioned table": null,
  "partition index": "partition parts",
  "partition check": "partition parts",
  partition: "partitions",
  cast: "casts",
  conversion: "casts",
  statistics: "statistics",
  view: "views",
  "materialized view": "views",
  index: "view indexes",
  "storage parameters": "storage parameters",
  cluster: "storage parameters",
  "index statistics": "storage parameters",
  rule: "rules",
  trigger: "triggers",
  policy: "policies",
  comment: "comments",
  publication: "publications",
  grant: "grants",
  "default privileges": "grants",
  "event trigger": "event triggers",
  "base type": null,
  "other object": null,
};

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
  "typed table",
  "partitioned table",
  "partition",
  "partition index",
  "partition check",
]);

/** Whether `u` is a property of its table (`UNLOGGED`, `INHERITS`, partitioning). */
export function isTableProperty(u: UnmanagedObject): boolean {
  return tablePropertyKinds.has(u.kind);
}
