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
  DropViews: 5,
  // Before the tables they leave are dropped, so a dropped partition's `down` attaches it again.
  DetachPartitions: 5.5,
  DropForeignKeys: 6,
  DropConstraints: 7,
  RenameConstraints: 8,
  DropColumns: 9,
  DropTables: 10,
  // After the tables, columns and views that call them are gone; before a function of the
  // same signature is created again.
  DropFunctions: 11,
  // Before the tables, whose defaults and checks may call them.
  CreateFunctions: 12,
  CreateTables: 13,
  AddColumns: 14,
  AlterColumns: 15,
  // SQL functions (PostgreSQL checks their bodies) and functions whose signature names a table.
  LateFunctions: 16,
  Comments: 17,
  AddConstraints: 18,
  CreateIndexes: 19,
  // Once the parent and the partition are whole; before the parent's foreign keys, which
  // PostgreSQL then adds to every partition at once.
  AttachPartitions: 19.5,
  AddForeignKeys: 20,
  // Once every table is whole, and after the functions views may call.
  CreateViews: 21,
  CreateViewIndexes: 22,
  // After their tables, views (INSTEAD OF) and functions.
  CreateTriggers: 23,
  DropSequences: 24,
  DropEnums: 25,
  DropSchemas: 26,
  Count: 27,
} as const;
export type Phase = (typeof Phase)[keyof typeof Phase];
