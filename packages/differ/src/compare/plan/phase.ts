/**
 * The planner's phases, in the order their operations come out. Comparators emit each operation
 * into a phase; the plan is the phases concatenated. PostgreSQL needs a schema before its
 * tables, an enum before its columns, every table before the foreign keys between them (which
 * may form cycles), and on the way out foreign keys dropped before the keys they depend on.
 * A new object family adds its phases here, where its objects' dependencies put them.
 */
export const Phase = {
  CreateSchemas: 0,
  Enums: 1,
  Sequences: 2,
  Renames: 3,
  DropForeignKeys: 4,
  DropConstraints: 5,
  RenameConstraints: 6,
  DropColumns: 7,
  DropTables: 8,
  CreateTables: 9,
  AddColumns: 10,
  AlterColumns: 11,
  Comments: 12,
  AddConstraints: 13,
  CreateIndexes: 14,
  AddForeignKeys: 15,
  DropSequences: 16,
  DropEnums: 17,
  DropSchemas: 18,
  Count: 19,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
