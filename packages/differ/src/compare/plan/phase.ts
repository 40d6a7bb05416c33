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
  // Before anything is created: an object created after still gets what they took away.
  "RevokeDefaultPrivileges",
  "Enums",
  "Sequences",
  // Before the renames, so a trigger is dropped under the names it was created with; before the
  // views, so an INSTEAD OF trigger goes before its view.
  "DropTriggers",
  // Before the renames (dropped under the names they were created with), and before the
  // columns and functions they read are dropped or retyped.
  "DropPolicies",
  "Renames",
  // Domains without checks or defaults, composite and range types: before the functions
  // whose signatures may name them; after the renames, so a renamed type changes by its new name.
  "CreateTypes",
  "DropViews",
  // Before the tables they leave are dropped, so a dropped partition's `down` attaches it again.
  "DetachPartitions",
  "DropForeignKeys",
  "DropConstraints",
  "RenameConstraints",
  "DropColumns",
  // Functions whose signature names a table's row type (`RETURNS SETOF t`): before the table.
  "EarlyDropFunctions",
  "DropTables",
  // Types only dropped tables and columns used: before the functions their checks may call.
  "EarlyDropTypes",
  "EarlyDropDomains",
  // After the tables, columns and views that call them are gone; before a function of the
  // same signature is created again.
  "DropFunctions",
  // Before the tables, whose defaults and checks may call them.
  "CreateFunctions",
  // Domains whose checks or defaults may call functions, and what is built on them.
  "LateTypes",
  "CreateTables",
  "AddColumns",
  "AlterColumns",
  // SQL functions (PostgreSQL checks their bodies) and functions whose signature names a table.
  "LateFunctions",
  "Comments",
  "AddConstraints",
  "CreateIndexes",
  // A partition whose bound changes under the same parent: detached only now, so that it took
  // every change of the parent's columns and indexes while attached; then attached again.
  "DetachRebound",
  // Once the parent and the partition are whole; before the parent's foreign keys, which
  // PostgreSQL then adds to every partition at once.
  "AttachPartitions",
  "AddForeignKeys",
  // Once every table is whole, and after the functions views may call.
  "CreateViews",
  "CreateViewIndexes",
  // After their tables, views (INSTEAD OF) and functions.
  "CreateTriggers",
  // Once tables, columns and the functions their expressions call exist.
  "RowSecurity",
  "CreatePolicies",
  // After the columns that used them moved; composite and range types before the domains
  // they may be built on.
  "DropTypes",
  "DropDomains",
  "DropSequences",
  "DropEnums",
  "DropSchemas",
  // CLUSTER ON and REPLICA IDENTITY USING INDEX name indexes created above; a new column's
  // statistics target follows its column.
  "TableSettings",
  // Privileges last: a grant's object exists by then, and an object dropped took its ACL along.
  "Revokes",
  "Grants",
] as const;

/** Each phase's position in the plan, and `Count`, the number of phases. */
export const Phase = Object.freeze(
  Object.fromEntries([...order.map((name, index) => [name, index]), ["Count", order.length]]),
) as { readonly [Name in (typeof order)[number] | "Count"]: number };

export type Phase = number;
