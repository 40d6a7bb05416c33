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
  Renames: 4,
  // Domains, composite and range types: before the functions whose signatures may name them;
  // after the renames, so a renamed type changes by its new name.
  CreateTypes: 5,
  DropViews: 6,
  DropForeignKeys: 7,
  DropConstraints: 8,
  RenameConstraints: 9,
  DropColumns: 10,
  DropTables: 11,
  // Types that call functions (a check, a subtype_diff) and that only dropped tables and
  // columns used: before those functions go.
  EarlyDropTypes: 12,
  EarlyDropDomains: 13,
  // After the tables, columns and views that call them are gone; before a function of the
  // same signature is created again.
  DropFunctions: 14,
  // Before the tables, whose defaults and checks may call them.
  CreateFunctions: 15,
  // Domains whose checks or defaults call functions of the models, and what is built on them.
  LateTypes: 16,
  CreateTables: 17,
  AddColumns: 18,
  AlterColumns: 19,
  // SQL functions (PostgreSQL checks their bodies) and functions whose signature names a table.
  LateFunctions: 20,
  Comments: 21,
  AddConstraints: 22,
  CreateIndexes: 23,
  AddForeignKeys: 24,
  // Once every table is whole, and after the functions views may call.
  CreateViews: 25,
  CreateViewIndexes: 26,
  // After their tables, views (INSTEAD OF) and functions.
  CreateTriggers: 27,
  // After the columns that used them moved; composite and range types before the domains
  // they may be built on.
  DropTypes: 28,
  DropDomains: 29,
  DropSequences: 30,
  DropEnums: 31,
  DropSchemas: 32,
  Count: 33,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
