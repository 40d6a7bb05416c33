import { normalizeStorageParameters } from "../../schema/normalize-storage-parameters";
import type { IndexDescription, TableDescription } from "../../schema/schema-description";
import type { Comparison } from "../plan/comparison";
import { pairNamed } from "../plan/pair-named";
import { Phase } from "../plan/phase";
import { readsRecreated, type TablePair } from "../plan/table-pair";
import { castInsensitiveIndex } from "./cast-insensitive-index";

type Targets = Readonly<Record<number, number>> | undefined;

/** One `setIndexStatistics` per index column whose target differs from `before` to `after`. */
function emitTargets(
  comparison: Comparison,
  schema: string,
  name: string,
  before: Targets,
  after: Targets,
): void {
  const columns = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const column of [...columns].map(Number).sort((a, b) => a - b)) {
    const from = before?.[column] ?? null;
    const to = after?.[column] ?? null;
    if (from === to) continue;
    comparison.emit(Phase.TableSettings, {
      kind: "setIndexStatistics",
      schema,
      name,
      column,
      statistics: to,
      existingStatistics: from,
    });
  }
}

/** The targets of a new table's indexes, set once they are created. */
export function newIndexStatistics(comparison: Comparison, t: TableDescription): void {
  for (const i of t.indexes) emitTargets(comparison, t.schema, i.name, undefined, i.statistics);
}

/**
 * The statistics targets of the indexes of a table both sides have, paired as `compareIndexes`
 * pairs the indexes: a created or rebuilt index gets its targets after its creation; a kept or
 * renamed index changes in place.
 */
export function compareIndexStatistics(comparison: Comparison, pair: TablePair): void {
  const { from: f, to: t } = pair;
  const fromByName = new Map(f.indexes.map((i) => [i.name, i]));
  const paired = new Set<string>();
  pairNamed(
    f.indexes,
    t.indexes,
    (i) =>
      readsRecreated(
        pair,
        [...i.elements.map((e) => e.column), ...i.include],
        [...i.elements.map((e) => e.expression), i.where],
      ),
    {
      // A dropped index takes its targets along; the downgrade, planned the other way, sets
      // them again after creating it.
      drop: () => {},
      add: (i) => {
        paired.add(i.name);
        emitTargets(comparison, t.schema, i.name, undefined, i.statistics);
      },
      rename: (from, to) => {
        paired.add(to.name);
        emitTargets(comparison, t.schema, to.name, from.statistics, to.statistics);
      },
    },
    (i: IndexDescription) => ({
      ...castInsensitiveIndex(i),
      storageParameters: normalizeStorageParameters(i.storageParameters),
      comment: undefined,
      statistics: undefined,
    }),
  );
  for (const ti of t.indexes) {
    if (paired.has(ti.name)) continue;
    const before = fromByName.get(ti.name)?.statistics;
    emitTargets(comparison, t.schema, ti.name, before, ti.statistics);
  }
}
