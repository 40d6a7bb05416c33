/**
 * The planner's phases, in the order their operations come out. Comparators emit each operation
 * into a phase; the plan is the phases concatenated. PostgreSQL needs a schema before its
 * tables, an enum before its columns, every table before the foreign keys between them (which
 * may form cycles), and on the way out foreign keys dropped before the keys they depend on.
 * A new object family adds its phases to this list, where its objects' dependencies put them
 * (numbers follow from the order, so a new phase is one line). Views are
 * dropped before the columns and tables they read change, and created once every table is whole.
 */
const order = [
  "CreateSchemas",
  "Enums",
  "Sequences",
  // Before the renames, so a trigger is dropped under the names it was created with; before the
  // views, so an INSTEAD OF trigger goes before its view.
  "DropTriggers",
  "Renames",
  "DropViews",
  "DropForeignKeys",
  "DropConstraints",
  "RenameConstraints",
  "DropColumns",
  "DropTables",
  // After the tables, columns and views that call them are gone; before a function of the
  // same signature is created again.
  "DropFunctions",
  // Before the tables, whose defaults and checks may call them.
  "CreateFunctions",
  "CreateTables",
  "AddColumns",
  "AlterColumns",
  // SQL functions (PostgreSQL checks their bodies) and functions whose signature names a table.
  "LateFunctions",
  "Comments",
  "AddConstraints",
  "CreateIndexes",
  "AddForeignKeys",
  // Once every table is whole, and after the functions views may call.
  "CreateViews",
  "CreateViewIndexes",
  // After their tables, views (INSTEAD OF) and functions.
  "CreateTriggers",
  "DropSequences",
  "DropEnums",
  "DropSchemas",
] as const;

/** Each phase's position in the plan, and `Count`, the number of phases. */
export const Phase = Object.freeze(
  Object.fromEntries([...order.map((name, index) => [name, index]), ["Count", order.length]]),
) as { readonly [Name in (typeof order)[number] | "Count"]: number };

export type Phase = number;
