/**
 * The planner's phases, in the order their operations come out. Comparators emit each operation
 * into a phase; the plan is the phases concatenated. PostgreSQL needs a schema before its
 * tables, an enum before its columns, every table before the foreign keys between them (which
 * may form cycles), and on the way out foreign keys dropped before the keys they depend on.
 * A new object family adds its phases here, where its objects' dependencies put them. Views are
 * dropped before the columns and tables they read change, and created once every table is whole.
 */
export const Phase = {
  CreateSchemas: 0,
  Enums: 1,
  Sequences: 2,
  Renames: 3,
  DropViews: 4,
  DropForeignKeys: 5,
  DropConstraints: 6,
  RenameConstraints: 7,
  DropColumns: 8,
  DropTables: 9,
  CreateTables: 10,
  AddColumns: 11,
  AlterColumns: 12,
  Comments: 13,
  AddConstraints: 14,
  CreateIndexes: 15,
  AddForeignKeys: 16,
  CreateViews: 17,
  CreateViewIndexes: 18,
  DropSequences: 19,
  DropEnums: 20,
  DropSchemas: 21,
  Count: 22,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
