export { BadOperationError } from "./bad-operation-error";
export type {
  CollationName,
  ColumnDefault,
  ColumnDefinition,
  ColumnReference,
  ColumnType,
  ForeignKeyMatch,
  IdentityDefinition,
  IdentityGeneration,
  LiteralValue,
  ObjectName,
  ReferentialAction,
  SequenceNumber,
  SequenceOptions,
  SqlExpression,
  UserDefinedType,
} from "./column-definition";
export type { ColumnInput } from "./column-input";
export type {
  CheckDefinition,
  Deferrability,
  ExclusionDefinition,
  ExclusionElement,
  ForeignKeyDefinition,
  IndexElement,
  IndexElementOptions,
  PrimaryKeyDefinition,
  ReferencedTable,
  UniqueDefinition,
} from "./constraint-definition";
export { defineOperation } from "./define-operation";
export { describeOperation } from "./describe-operation";
export { isSafeTypeText } from "./is-safe-type-text";
export type { AddCheckOptions } from "./kinds/add-check";
export type { AddColumnOptions } from "./kinds/add-column";
export type { AddEnumValueOptions } from "./kinds/add-enum-value";
export type { AddExclusionOptions } from "./kinds/add-exclusion";
export type { AddForeignKeyOptions } from "./kinds/add-foreign-key";
export type { AddPrimaryKeyOptions } from "./kinds/add-primary-key";
export type { AddUniqueOptions } from "./kinds/add-unique";
export type { AlterColumnOptions } from "./kinds/alter-column";
export type { AlterExtensionOptions } from "./kinds/alter-extension";
export type { AlterPolicyOptions } from "./kinds/alter-policy";
export type { AlterSequenceOptions } from "./kinds/alter-sequence";
export type { AlterTableOptions } from "./kinds/alter-table";
export type { AttachPartitionOptions } from "./kinds/attach-partition";
export type * from "./kinds/composite-type-kinds";
export type { CreateExtensionOptions } from "./kinds/create-extension";
export type { CreateFunctionOptions } from "./kinds/create-function";
export type { CreateIndexOptions } from "./kinds/create-index";
export type { CreateMaterializedViewOptions } from "./kinds/create-materialized-view";
export type { CreatePolicyOptions } from "./kinds/create-policy";
export type { CreateSchemaOptions } from "./kinds/create-schema";
export type { CreateSequenceOptions } from "./kinds/create-sequence";
export type { CreateTableOptions } from "./kinds/create-table";
export type { CreateTriggerOptions } from "./kinds/create-trigger";
export type { CreateViewOptions } from "./kinds/create-view";
export type { DefaultPrivilegeOptions } from "./kinds/default-privileges";
export type { DetachPartitionOptions } from "./kinds/detach-partition";
export type * from "./kinds/domain-kinds";
export type { DropColumnOptions } from "./kinds/drop-column";
export type { DropConstraintOptions } from "./kinds/drop-constraint";
export type { DropEnumOptions } from "./kinds/drop-enum";
export type { DropExtensionOptions } from "./kinds/drop-extension";
export type { DropFunctionOptions } from "./kinds/drop-function";
export type { DropIndexOptions } from "./kinds/drop-index";
export type { DropMaterializedViewOptions } from "./kinds/drop-materialized-view";
export type { DropPolicyOptions } from "./kinds/drop-policy";
export type { DropSchemaOptions } from "./kinds/drop-schema";
export type { DropSequenceOptions } from "./kinds/drop-sequence";
export type { DropTableOptions } from "./kinds/drop-table";
export type { DropTriggerOptions } from "./kinds/drop-trigger";
export type { DropViewOptions } from "./kinds/drop-view";
export type { ExecuteOptions } from "./kinds/execute";
export type { PrivilegeOptions } from "./kinds/grant";
export type * from "./kinds/range-type-kinds";
export type { RefreshMaterializedViewOptions } from "./kinds/refresh-materialized-view";
export type { RenameViewOptions } from "./kinds/rename-view";
export type { SetFunctionCommentOptions } from "./kinds/set-function-comment";
export type { SetIndexStatisticsOptions } from "./kinds/set-index-statistics";
export type { SetSchemaCommentOptions } from "./kinds/set-schema-comment";
export type { SetSequenceCommentOptions } from "./kinds/set-sequence-comment";
export type { SetCommentOptions } from "./kinds/set-table-comment";
export type { SetViewCommentOptions } from "./kinds/set-view-comment";
export type * from "./namespace-operations";
export type {
  AddCheckOperation,
  AddColumnOperation,
  AddConstraintOperation,
  AddEnumValueOperation,
  AddExclusionOperation,
  AddForeignKeyOperation,
  AddPrimaryKeyOperation,
  AddUniqueOperation,
  AlterColumnOperation,
  AlterSequenceOperation,
  AlterTableOperation,
  BulkInsertOperation,
  CreateEnumOperation,
  CreateExtensionOperation,
  CreateIndexOperation,
  CreateSchemaOperation,
  CreateSequenceOperation,
  CreateTableOperation,
  DropColumnOperation,
  DropConstraintOperation,
  DropEnumOperation,
  DropExtensionOperation,
  DropIndexOperation,
  DropSchemaOperation,
  DropSequenceOperation,
  DropTableOperation,
  ExecuteOperation,
  Operation,
  OperationKind,
  OperationOf,
  RenameColumnOperation,
  RenameConstraintOperation,
  RenameEnumOperation,
  RenameEnumValueOperation,
  RenameIndexOperation,
  RenameSchemaOperation,
  RenameSequenceOperation,
  RenameTableOperation,
  ReplicaIdentity,
  RunContext,
  RunOperation,
  SchemaObjectTarget,
  SequenceDefinition,
  SequenceOwner,
  SetColumnCommentOperation,
  SetConstraintCommentOperation,
  SetIndexCommentOperation,
  SetIndexStatisticsOperation,
  SetTableCommentOperation,
  TableTarget,
  ValidateConstraintOperation,
} from "./operation";
export { operationCallArguments } from "./operation-call-arguments";
export type {
  DestructiveSpec,
  OperationKindSpec,
  OptionKeys,
  ReverseContext,
} from "./operation-kind-spec";
export type { OperationKinds } from "./operation-kinds";
export { isOperationKind, operationKindOf, operationKinds } from "./operation-kinds";
export type { OperationTarget } from "./operation-target";
export { operationTarget } from "./operation-target";
export { Operations } from "./operations";
export type * from "./partition-operations";
export type * from "./policy-operation";
export type * from "./privilege-operation";
export { reverseOperation, reverseOperations } from "./reverse-operation";
export type * from "./routine-operation";
export type { SchemaOptions } from "./schema-options";
export type * from "./type-operations";
export type { OperationChecker } from "./validate-operation";
export { validateOperation } from "./validate-operation";
export type {
  CreateMaterializedViewOperation,
  CreateViewOperation,
  DropMaterializedViewOperation,
  DropViewOperation,
  MaterializedViewDefinition,
  RefreshMaterializedViewOperation,
  RenameViewOperation,
  SetViewCommentOperation,
  ViewCheckOption,
  ViewDefinition,
  ViewOperation,
} from "./view-operations";
