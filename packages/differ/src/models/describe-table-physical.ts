import {
  storageParametersField,
  storageParameterTexts,
} from "../schema/normalize-storage-parameters";
import type { ColumnDescription, TableDescription } from "../schema/schema-description";
import { badModel } from "./bad-model";
import type { ColumnDefinition } from "./column-builder";
import type { IndexBuilder } from "./index-builder";
import type { AnyTable } from "./table";

// The physical options of a table and its columns, as description fields that are absent at
// PostgreSQL's default: a table that sets none describes exactly as before they existed.

/** `{ statistics }` of a column, or `{}` for the default target. */
export function columnPhysicalFields(
  definition: ColumnDefinition,
  where: Record<string, unknown>,
): Pick<ColumnDescription, "statistics"> {
  const target = definition.statistics;
  if (target === undefined || target === null || target === -1) return {};
  if (!Number.isInteger(target) || target < 0 || target > 10000) {
    throw badModel(
      `The statistics target of column ${String(where.column)} of ${String(where.table)} is ${target}; PostgreSQL takes a whole number from 0 to 10000.`,
      where,
    );
  }
  return { statistics: target };
}

/**
 * The table's storage parameters, persistence, replica identity and clustering, checked against
 * the names of its indexes and key constraints (the only ones `CLUSTER ON` and `REPLICA
 * IDENTITY USING INDEX` accept).
 */
export function tablePhysicalFields(
  t: AnyTable,
  described: Pick<TableDescription, "primaryKey" | "uniques" | "exclusions" | "indexes">,
  indexBuilders: readonly IndexBuilder[],
): Pick<TableDescription, "storageParameters" | "unlogged" | "replicaIdentity" | "clusterOn"> {
  const where = { table: `${t.schema}.${t.name}` };
  const indexNames = new Set([
    ...(described.primaryKey === null ? [] : [described.primaryKey.name]),
    ...described.uniques.map((u) => u.name),
    ...described.exclusions.map((x) => x.name),
    ...described.indexes.map((i) => i.name),
  ]);
  const mustBeIndex = (name: string, what: string): void => {
    if (!indexNames.has(name)) {
      throw badModel(
        `The ${what} of table ${where.table} names "${name}", which is not one of its indexes or key constraints.`,
        { ...where, index: name },
        `name one of: ${[...indexNames].join(", ") || "(the table has none)"}.`,
      );
    }
  };
  // A view's indexes are described through a table-like object that has no physical options.
  const physical: AnyTable["physical"] = t.physical ?? {};
  const clustered = indexBuilders.flatMap((b, k) =>
    b.definition.cluster === true ? [described.indexes[k]!.name] : [],
  );
  if (clustered.length + (physical.clusterOn === undefined ? 0 : 1) > 1) {
    throw badModel(
      `Table ${where.table} is clustered on more than one index (${[...clustered, ...(physical.clusterOn === undefined ? [] : [physical.clusterOn])].join(", ")}).`,
      where,
      "keep one `.cluster()` (or `clusterOn`): PostgreSQL clusters a table on one index.",
    );
  }
  const clusterOn = physical.clusterOn ?? clustered[0];
  if (clusterOn !== undefined) mustBeIndex(clusterOn, "clusterOn");
  const identity = physical.replicaIdentity;
  if (typeof identity === "object") mustBeIndex(identity.index, "replica identity");
  return {
    ...storageParametersField(storageParameterTexts(physical.with ?? {})),
    ...(physical.unlogged === true ? { unlogged: true as const } : {}),
    ...(identity === undefined || identity === "default"
      ? {}
      : { replicaIdentity: typeof identity === "object" ? { index: identity.index } : identity }),
    ...(clusterOn === undefined ? {} : { clusterOn }),
  };
}
