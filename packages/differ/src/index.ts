// The schema description: the plain data that models, introspection, comparison and pull share.

export type {
  AutogenerateOptions,
  AutogenerateResult,
  GeneratedMigration,
} from "./autogenerate/autogenerate";
export { autogenerate, checkModels } from "./autogenerate/autogenerate";
export type {
  CanonicalViews,
  ViewColumnMismatch,
  ViewRefusal,
} from "./autogenerate/canonical-views";
export type { ModelsModule, UnexportedTable } from "./autogenerate/find-unexported-tables";
export { findUnexportedTables } from "./autogenerate/find-unexported-tables";
export type {
  PlannedMigration,
  PlannedMigrationPurpose,
  PlanOnlineOptions,
} from "./autogenerate/online-plan";
export { planOnline } from "./autogenerate/online-plan";
export type { CatalogPrefetch } from "./autogenerate/prefetch-catalog";
export { prefetchCatalog } from "./autogenerate/prefetch-catalog";
export type { AskRename } from "./autogenerate/settle-renames";
export type { Change } from "./compare/describe-change";
export { describeChange } from "./compare/describe-change";
export { destructiveReason, isNarrowingType } from "./compare/destructive-reason";
export type { DiffSchemasOptions, SchemaDiff } from "./compare/diff-schemas";
// Comparison, autogenerate rendering and the autogenerate / check API.
export { diffSchemas } from "./compare/diff-schemas";
export type { RenameCandidate } from "./compare/renames/find-rename-candidates";
export { findRenameCandidates } from "./compare/renames/find-rename-candidates";
export type { IntrospectDependenciesOptions } from "./introspect/catalog-dependencies";
export { introspectDependencies } from "./introspect/catalog-dependencies";
export type { PreviousTool, PreviousToolName } from "./introspect/detect-previous-tool";
export { detectPreviousTool } from "./introspect/detect-previous-tool";
export type { IntrospectSchemaOptions } from "./introspect/introspect-schema";
// Catalog introspection.
export { introspectSchema, introspectWithDependencies } from "./introspect/introspect-schema";
export type { CatalogDependency } from "./introspect/object-key";
export type { UncomparedSchema } from "./introspect/uncompared-schemas";
export type {
  BigIntInput,
  ColumnDefinition,
  ColumnRef,
  ColumnState,
  IdentityOptions,
  ReferenceOptions,
} from "./models/column-builder";
// The models DSL.
export { ColumnBuilder, column, isColumnBuilder } from "./models/column-builder";
export type {
  AttributeDefinition,
  CompositeType,
  CompositeTypeOptions,
} from "./models/composite-type";
export { compositeType, isCompositeType } from "./models/composite-type";
export type {
  DatabaseOf,
  DatabaseOfOptions,
  KyselyColumnOf,
  KyselyTableOf,
  RowOf,
  SnakeToCamel,
  TableKeyOf,
} from "./models/database-of";
export { describeModels } from "./models/describe-models";
export type { DescribedModels } from "./models/described-models";
export { describeForComparison, describerIdentity } from "./models/described-models";
export type {
  Domain,
  DomainCheck,
  DomainCheckInput,
  DomainOptions,
  TypeReference,
} from "./models/domain";
export { domain, isDomain } from "./models/domain";
export type { EnumType, EnumTypeOptions } from "./models/enum-type";
export { enumType, isEnumType } from "./models/enum-type";
export type { ExtensionModel, ExtensionModelOptions } from "./models/extension";
export { extension, isExtensionModel } from "./models/extension";
export type { FnArgument, FnModel, FnOptions, RoutineOptions } from "./models/fn";
export { fn, isFnModel, procedure } from "./models/fn";
export type {
  DefaultPrivilegesModel,
  DefaultPrivilegesOptions,
  GrantModel,
  GrantOptions,
  GrantTarget,
  NamedObject,
} from "./models/grant";
export {
  defaultPrivileges,
  grant,
  isDefaultPrivilegesModel,
  isGrantModel,
} from "./models/grant";
export type { IndexDefinition, IndexElement } from "./models/index-builder";
export { IndexBuilder, index } from "./models/index-builder";
export type {
  PartitionBound,
  PartitionBoundValue,
  PartitionBy,
  PartitionKeyPart,
  PartitionOfModel,
  PartitionOfOptions,
} from "./models/partition";
export { partitionOf } from "./models/partition";
export type { PolicyModel, PolicyOptions, PolicyTable } from "./models/policy";
export { isPolicyModel, policy } from "./models/policy";
export type { RangeType, RangeTypeOptions } from "./models/range-type";
export { isRangeType, rangeType } from "./models/range-type";
export type { SchemaModel, SchemaModelOptions } from "./models/schema-model";
export { isSchemaModel, schema } from "./models/schema-model";
export type { SequenceModel, SequenceModelOptions, SequenceValue } from "./models/sequence";
export { isSequenceModel, sequence } from "./models/sequence";
export type { SqlFragment, SqlValue } from "./models/sql-fragment";
export { isSqlFragment, rawSql, sql } from "./models/sql-fragment";
export type {
  AnyTable,
  BoundColumns,
  Column,
  ColumnMap,
  DefinedTable,
  Table,
  TableExtras,
  TableOptions,
  TablePhysicalOptions,
} from "./models/table";
export { definedTables, isTable, table, unexportedTables } from "./models/table";
export type {
  CheckDefinition,
  ExclusionDefinition,
  ExclusionOptions,
  ForeignKeyDefinition,
  ForeignKeyOptions,
  IndexElementInput,
  PrimaryKeyDefinition,
  UniqueDefinition,
  UniqueOptions,
} from "./models/table-constraints";
export { check, exclude, foreignKey, primaryKey, unique } from "./models/table-constraints";
export type { TriggerFunction, TriggerModel, TriggerOptions, TriggerTable } from "./models/trigger";
export { isTriggerModel, trigger } from "./models/trigger";
export type {
  AnyView,
  BoundViewColumns,
  MaterializedViewOptions,
  View,
  ViewColumn,
  ViewColumnMap,
  ViewOptions,
} from "./models/view";
export { isView, materializedView, view } from "./models/view";
export type { ViewKeyOf, ViewRowOf } from "./models/view-row";
// Pull: catalog -> model source, baseline.
export { NameCollisionError } from "./pull/assign-names";
export { grantRoles } from "./pull/grant-roles";
export type { RenderBaselineOptions, RenderBaselineResult } from "./pull/render-baseline";
export { baselineNotes, renderBaseline } from "./pull/render-baseline";
export type {
  ModelFile,
  RenderModelFilesOptions,
  RenderModelFilesResult,
} from "./pull/render-model-files";
export { renderModelFiles } from "./pull/render-model-files";
export { rolesUsed } from "./pull/roles-used";
export { describeUnmanaged } from "./pull/unmanaged-names";
export { renderMigrationBody } from "./render/render-migration-body";
export type {
  DefaultConstraintNameOptions,
  GeneratedNameKind,
} from "./schema/default-constraint-name";
export { defaultConstraintName, nameAddition } from "./schema/default-constraint-name";
export { jsonbText, normalizeDefault, serialDefault } from "./schema/normalize-default";
export type { SqlToken } from "./schema/normalize-expression";
export {
  castInsensitiveExpression,
  expressionIdentifiers,
  normalizeExpression,
  renderTokens,
  tokenizeSql,
} from "./schema/normalize-expression";
export { normalizeType, typeWithoutModifiers } from "./schema/normalize-type";
export type { PolicyDescription, RowSecurityDescription } from "./schema/policy-description";
export type {
  DefaultPrivilegeDescription,
  GrantDescription,
  PrivilegesDescription,
} from "./schema/privilege-description";
export { quoteIdentAsNeeded, quoteQualifiedAsNeeded, unquoteIdent } from "./schema/quote-ident";
export type { FunctionDescription, TriggerDescription } from "./schema/routine-description";
export type {
  CheckDescription,
  ColumnDescription,
  DeferrableDescription,
  EnumDescription,
  ExclusionDescription,
  ExclusionElementDescription,
  ExtensionDescription,
  ForeignKeyDescription,
  GeneratedDescription,
  IdentityDescription,
  IndexDescription,
  IndexElementDescription,
  PartitionOfDescription,
  PrimaryKeyDescription,
  QualifiedName,
  ReferentialAction,
  SchemaCommentDescription,
  SchemaDescription,
  SequenceDescription,
  TableDescription,
  UniqueDescription,
  UnmanagedKind,
  UnmanagedObject,
} from "./schema/schema-description";
export { emptySchema } from "./schema/schema-description";
export { sortSchemaDescription } from "./schema/sort-schema-description";
export type {
  CompositeTypeDescription,
  DomainCheckDescription,
  DomainDescription,
  RangeTypeDescription,
  TypeAttributeDescription,
} from "./schema/type-description";
export type {
  ViewColumnDescription,
  ViewDependency,
  ViewDescription,
} from "./schema/view-description";
// The managed scope: what introspection, comparison, autogenerate and pull may touch.
export type { ManagedScope, ManagedScopeConfig } from "./scope/managed-scope";
export { isExcludedTable, managedScope } from "./scope/managed-scope";
// retort test: the migration stairway on a throwaway database.
export type { SchemaDifference } from "./stairway/schema-differences";
export { schemaDifferences } from "./stairway/schema-differences";
export type {
  MigrationTestEvent,
  MigrationTestOptions,
  MigrationTestResult,
  ModelCheckResult,
  RevisionTestResult,
} from "./stairway/test-migrations";
export { runMigrationTest } from "./stairway/test-migrations";
export type { ThrowawayDatabase } from "./stairway/throwaway-database";
export { createThrowawayDatabase } from "./stairway/throwaway-database";
