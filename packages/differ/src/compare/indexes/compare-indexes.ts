import { normalizeStorageParameters } from "../../schema/normalize-storage-parameters";
import type { Comparator } from "../plan/comparator";
import { pairNamed } from "../plan/pair-named";
import { Phase } from "../plan/phase";
import { readsRecreated } from "../plan/table-pair";
import { indexOperation } from "../table-definition";
import { castInsensitiveIndex } from "./cast-insensitive-index";

/** Creates, drops and renames a table's indexes (those no constraint backs). */
export const compareIndexes: Comparator = {
  family: "indexes",
  compareTable(comparison, pair) {
    const { from: f, to: t } = pair;
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
        drop: (i) => {
          // A unique index is a key a foreign key may depend on.
          if (i.unique && i.elements.every((e) => e.column !== null))
            comparison.markKeyDropped(
              t.schema,
              t.name,
              i.elements.map((e) => e.column!),
            );
          comparison.emit(Phase.DropConstraints, {
            kind: "dropIndex",
            schema: t.schema,
            name: i.name,
            definition: indexOperation(t, i),
          });
        },
        add: (i) => comparison.emit(Phase.CreateIndexes, indexOperation(t, i)),
        rename: (from, to) =>
          comparison.emit(Phase.RenameConstraints, {
            kind: "renameIndex",
            schema: t.schema,
            name: from.name,
            newName: to.name,
          }),
      },
      (i) => ({
        ...castInsensitiveIndex(i),
        storageParameters: normalizeStorageParameters(i.storageParameters),
        // A comment is set on the index as it stands (compare-table-settings).
        comment: undefined,
        // So are statistics targets (compare-index-statistics).
        statistics: undefined,
      }),
    );
  },
};
