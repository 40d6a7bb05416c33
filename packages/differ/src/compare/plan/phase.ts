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
  // Before the renames, so a trigger is dropped under the names it was created with; before the
  // views, so an INSTEAD OF trigger goes before its view.
  DropTriggers: 3,
  // Before the renames (dropped under the names they were created with), and before the
  // columns and functions they read are dropped or retyped.
  DropPolicies: 4,
  Renames: 5,
  DropViews: 6,
  DropForeignKeys: 7,
  DropConstraints: 8,
  RenameConstraints: 9,
  DropColumns: 10,
  DropTables: 11,
  // After the tables, columns and views that call them are gone; before a function of the
  // same signature is created again.
  DropFunctions: 12,
  // Before the tables, whose defaults and checks may call them.
  CreateFunctions: 13,
  CreateTables: 14,
  AddColumns: 15,
  AlterColumns: 16,
  // SQL functions (PostgreSQL checks their bodies) and functions whose signature names a table.
  LateFunctions: 17,
  Comments: 18,
  AddConstraints: 19,
  CreateIndexes: 20,
  AddForeignKeys: 21,
  // Once every table is whole, and after the functions views may call.
  CreateViews: 22,
  CreateViewIndexes: 23,
  // After their tables, views (INSTEAD OF) and functions.
  CreateTriggers: 24,
  // Once tables, columns and the functions their expressions call exist.
  RowSecurity: 25,
  CreatePolicies: 26,
  DropSequences: 27,
  DropEnums: 28,
  DropSchemas: 29,
  Count: 30,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
