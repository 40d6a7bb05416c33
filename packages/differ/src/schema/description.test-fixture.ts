// Schema descriptions for unit tests: every field at its default, the ones a test cares about
// patched in.
import { noPrivileges } from "./privilege-description";
import type {
  ColumnDescription,
  IndexDescription,
  SchemaDescription,
  TableDescription,
} from "./schema-description";

/** An `integer` column, nullable, with nothing else. */
export function column(name: string, patch: Partial<ColumnDescription> = {}): ColumnDescription {
  return {
    name,
    type: "integer",
    userType: null,
    nullable: true,
    default: null,
    identity: null,
    generated: null,
    collation: null,
    comment: null,
    renamedFrom: null,
    ...patch,
  };
}

/** A table in `public` with an `id integer not null` column. */
export function table(name: string, patch: Partial<TableDescription> = {}): TableDescription {
  return {
    schema: "public",
    name,
    columns: [column("id", { nullable: false })],
    primaryKey: null,
    uniques: [],
    checks: [],
    foreignKeys: [],
    indexes: [],
    exclusions: [],
    comment: null,
    renamedFrom: null,
    ...patch,
  };
}

/** A schema description holding `tables`. */
export function schema(
  tables: TableDescription[],
  patch: Partial<SchemaDescription> = {},
): SchemaDescription {
  return {
    schemas: [],
    enums: [],
    tables,
    sequences: [],
    functions: [],
    triggers: [],
    views: [],
    policies: [],
    domains: [],
    compositeTypes: [],
    rangeTypes: [],
    unmanaged: [],
    extensions: [],
    schemaComments: [],
    privileges: noPrivileges,
    ...patch,
  };
}

/** A plain btree index on `column`, ascending. */
export function index(name: string, column: string): IndexDescription {
  return {
    name,
    unique: false,
    method: "btree",
    elements: [
      {
        column,
        expression: null,
        descending: false,
        nullsFirst: false,
        opclass: null,
        opclassOptions: null,
        collation: null,
      },
    ],
    include: [],
    where: null,
    nullsNotDistinct: false,
  };
}
