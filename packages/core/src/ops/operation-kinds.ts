import { addCheckKind } from "./kinds/add-check";
import { addColumnKind } from "./kinds/add-column";
import { addEnumValueKind } from "./kinds/add-enum-value";
import { addExclusionKind } from "./kinds/add-exclusion";
import { addForeignKeyKind } from "./kinds/add-foreign-key";
import { addPrimaryKeyKind } from "./kinds/add-primary-key";
import { addUniqueKind } from "./kinds/add-unique";
import { alterColumnKind } from "./kinds/alter-column";
import { alterSequenceKind } from "./kinds/alter-sequence";
import { alterTableKind } from "./kinds/alter-table";
import { bulkInsertKind } from "./kinds/bulk-insert";
import { createEnumKind } from "./kinds/create-enum";
import { createExtensionKind } from "./kinds/create-extension";
import { createIndexKind } from "./kinds/create-index";
import { createSchemaKind } from "./kinds/create-schema";
import { createSequenceKind } from "./kinds/create-sequence";
import { createTableKind } from "./kinds/create-table";
import { dropColumnKind } from "./kinds/drop-column";
import { dropConstraintKind } from "./kinds/drop-constraint";
import { dropEnumKind } from "./kinds/drop-enum";
import { dropExtensionKind } from "./kinds/drop-extension";
import { dropIndexKind } from "./kinds/drop-index";
import { dropSchemaKind } from "./kinds/drop-schema";
import { dropSequenceKind } from "./kinds/drop-sequence";
import { dropTableKind } from "./kinds/drop-table";
import { executeKind } from "./kinds/execute";
import { namespaceKinds } from "./kinds/namespace-kinds";
import { partitionKinds } from "./kinds/partition-kinds";
import { renameColumnKind } from "./kinds/rename-column";
import { renameConstraintKind } from "./kinds/rename-constraint";
import { renameEnumKind } from "./kinds/rename-enum";
import { renameEnumValueKind } from "./kinds/rename-enum-value";
import { renameIndexKind } from "./kinds/rename-index";
import { renameSchemaKind } from "./kinds/rename-schema";
import { renameSequenceKind } from "./kinds/rename-sequence";
import { renameTableKind } from "./kinds/rename-table";
import { runKind } from "./kinds/run";
import { setColumnCommentKind } from "./kinds/set-column-comment";
import { setConstraintCommentKind } from "./kinds/set-constraint-comment";
import { setIndexCommentKind } from "./kinds/set-index-comment";
import { setIndexStatisticsKind } from "./kinds/set-index-statistics";
import { setTableCommentKind } from "./kinds/set-table-comment";
import { validateConstraintKind } from "./kinds/validate-constraint";
import { viewKinds } from "./kinds/view-kinds";
import type { Operation, OperationKind, OperationOf } from "./operation";
import type { OperationKindSpec } from "./operation-kind-spec";
import { policyKinds } from "./policy-kinds";
import { privilegeKinds } from "./privilege-kinds";
import { routineKinds } from "./routine-kinds";
import { typeKinds } from "./type-kinds";

/** One {@link OperationKindSpec} per operation kind; a kind without one does not compile. */
export type OperationKinds = { readonly [K in OperationKind]: OperationKindSpec<OperationOf<K>> };

/**
 * Every operation kind's facts, keyed by kind: the recorder (`op`), `validateOperation`,
 * `operationTarget`, `reverseOperation`, `describeOperation` and the differ's change list and
 * source writer all read them here. Each entry lives in `ops/kinds/<kind>.ts`; its SQL is a
 * separate visitor in `sql/render-operation.ts`.
 *
 * @example
 * ```ts
 * operationKinds.dropTable.target({ kind: "dropTable", schema: "app", table: "account" });
 * // { schema: "app", table: "account" }
 * ```
 */
export const operationKinds = {
  createTable: createTableKind,
  dropTable: dropTableKind,
  renameTable: renameTableKind,
  addColumn: addColumnKind,
  dropColumn: dropColumnKind,
  renameColumn: renameColumnKind,
  alterColumn: alterColumnKind,
  createIndex: createIndexKind,
  dropIndex: dropIndexKind,
  renameIndex: renameIndexKind,
  renameSequence: renameSequenceKind,
  addPrimaryKey: addPrimaryKeyKind,
  addUnique: addUniqueKind,
  addCheck: addCheckKind,
  addForeignKey: addForeignKeyKind,
  addExclusion: addExclusionKind,
  dropConstraint: dropConstraintKind,
  validateConstraint: validateConstraintKind,
  renameConstraint: renameConstraintKind,
  createSchema: createSchemaKind,
  dropSchema: dropSchemaKind,
  renameSchema: renameSchemaKind,
  createEnum: createEnumKind,
  addEnumValue: addEnumValueKind,
  renameEnumValue: renameEnumValueKind,
  renameEnum: renameEnumKind,
  dropEnum: dropEnumKind,
  createSequence: createSequenceKind,
  alterSequence: alterSequenceKind,
  dropSequence: dropSequenceKind,
  createExtension: createExtensionKind,
  dropExtension: dropExtensionKind,
  setTableComment: setTableCommentKind,
  setColumnComment: setColumnCommentKind,
  alterTable: alterTableKind,
  setIndexComment: setIndexCommentKind,
  setConstraintComment: setConstraintCommentKind,
  setIndexStatistics: setIndexStatisticsKind,
  ...viewKinds,
  execute: executeKind,
  bulkInsert: bulkInsertKind,
  run: runKind,
  ...routineKinds,
  ...namespaceKinds,
  ...policyKinds,
  ...privilegeKinds,
  ...partitionKinds,
  ...typeKinds,
} as const satisfies OperationKinds;

/**
 * The entry of `op`'s kind, typed for that node.
 *
 * @example
 * ```ts
 * operationKindOf(op).target(op); // { schema: "app", table: "account" }
 * ```
 */
export function operationKindOf<O extends Operation>(op: O): OperationKindSpec<O> {
  return operationKinds[op.kind] as unknown as OperationKindSpec<O>;
}

/**
 * Whether `kind` is one retort knows. Nodes built by hand (or by an older or newer retort) may
 * carry any kind, and messages about them must still be written.
 *
 * @example
 * ```ts
 * isOperationKind("dropTable"); // true
 * isOperationKind("dropView");  // false
 * ```
 */
export function isOperationKind(kind: unknown): kind is OperationKind {
  return typeof kind === "string" && Object.hasOwn(operationKinds, kind);
}
