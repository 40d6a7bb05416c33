import { storageParameterValues } from "../schema/normalize-storage-parameters";
import type { TableDescription } from "../schema/schema-description";
import { stringLiteral, valueLiteral } from "./typescript-source";

/**
 * The `table(...)` options that give a table's physical settings: `with`, `unlogged`,
 * `replicaIdentity`, and `clusterOn` when the index is a key constraint's (an index of the
 * models says `.cluster()` itself).
 */
export function tablePhysicalOptions(table: TableDescription): string[] {
  const options: string[] = [];
  if (table.storageParameters !== undefined) {
    options.push(`with: ${valueLiteral(storageParameterValues(table.storageParameters))}`);
  }
  if (table.unlogged === true) options.push("unlogged: true");
  const identity = table.replicaIdentity;
  if (identity !== undefined) {
    options.push(
      `replicaIdentity: ${typeof identity === "object" ? `{ index: ${stringLiteral(identity.index)} }` : stringLiteral(identity)}`,
    );
  }
  if (table.clusterOn !== undefined && !table.indexes.some((i) => i.name === table.clusterOn)) {
    options.push(`clusterOn: ${stringLiteral(table.clusterOn)}`);
  }
  return options;
}
