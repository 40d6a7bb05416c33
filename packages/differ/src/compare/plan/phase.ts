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
  // Before the renames, so a trigger is dropped under the names it was created with.
  DropTriggers: 3,
  Renames: 4,
  DropForeignKeys: 5,
  DropConstraints: 6,
  RenameConstraints: 7,
  DropColumns: 8,
  DropTables: 9,
  // After the tables and columns whose defaults call them are gone; before a function of the
  // same signature is created again.
  DropFunctions: 10,
  // Before the tables, whose defaults and checks may call them.
  CreateFunctions: 11,
  CreateTables: 12,
  AddColumns: 13,
  AlterColumns: 14,
  // SQL functions (PostgreSQL checks their bodies) and functions whose signature names a table.
  LateFunctions: 15,
  Comments: 16,
  AddConstraints: 17,
  CreateIndexes: 18,
  AddForeignKeys: 19,
  // After their tables and functions.
  CreateTriggers: 20,
  DropSequences: 21,
  DropEnums: 22,
  DropSchemas: 23,
  Count: 24,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
