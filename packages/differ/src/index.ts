// The schema description: the plain data that models, introspection, comparison and pull share.
export type {
  CheckDescription,
  ColumnDescription,
  DeferrableDescription,
  EnumDescription,
  ExclusionDescription,
  ExclusionElementDescription,
  ForeignKeyDescription,
  GeneratedDescription,
  IdentityDescription,
  IndexDescription,
  IndexElementDescription,
  PrimaryKeyDescription,
  QualifiedName,
  ReferentialAction,
  SchemaDescription,
  SequenceDescription,
  TableDescription,
  UniqueDescription,
  UnmanagedKind,
  UnmanagedObject,
} from "./schema/schema-description";
export {
  defaultConstraintName,
  makeObjectName,
  NAMEDATALEN,
  nameAddition,
} from "./schema/default-constraint-name";
export type { DefaultConstraintNameOptions, GeneratedNameKind } from "./schema/default-constraint-name";
export { normalizeType, typeWithoutModifiers } from "./schema/normalize-type";
export { jsonbText, normalizeDefault, serialDefault } from "./schema/normalize-default";
export {
  expressionIdentifiers,
  normalizeExpression,
  renderTokens,
  tokenizeSql,
} from "./schema/normalize-expression";
export type { SqlToken } from "./schema/normalize-expression";
export { quoteIdent, quoteLiteral, quoteQualified, unquoteIdent } from "./schema/quote-ident";
export { sortSchemaDescription } from "./schema/sort-schema-description";

// The models DSL.
export { column, ColumnBuilder, isColumnBuilder } from "./models/column-builder";
export type {
  BigIntInput,
  ColumnDefinition,
  ColumnRef,
  ColumnState,
  IdentityOptions,
  ReferenceOptions,
} from "./models/column-builder";
export { enumType, isEnumType } from "./models/enum-type";
export type { EnumType, EnumTypeOptions } from "./models/enum-type";
export { index, IndexBuilder } from "./models/index-builder";
export type { IndexDefinition, IndexElement } from "./models/index-builder";
export { isSqlFragment, rawSql, sql } from "./models/sql-fragment";
export type { SqlFragment, SqlValue } from "./models/sql-fragment";
export { check, exclude, foreignKey, primaryKey, unique } from "./models/table-constraints";
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
export { definedTables, isTable, table, unexportedTables } from "./models/table";
export type {
  AnyTable,
  BoundColumns,
  Column,
  ColumnMap,
  DefinedTable,
  Table,
  TableExtras,
  TableOptions,
} from "./models/table";
export type { DatabaseOf, KyselyColumnOf, RowOf, TableKeyOf } from "./models/database-of";
export { describeModels } from "./models/describe-models";

// Catalog introspection.
export { introspectSchema } from "./introspect/introspect-schema";
export type { IntrospectSchemaOptions } from "./introspect/introspect-schema";
