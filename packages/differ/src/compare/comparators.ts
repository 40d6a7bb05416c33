// The comparison's registry: one entry per object family, each in its own folder of compare/.
//
// Contract for a family (views, functions, triggers, policies... next):
// - a folder `compare/<family>/` whose `compare-<family>.ts` exports a `Comparator`: either
//   `compareSchema(comparison)`, run once over both whole schemas, or `compareTable(comparison,
//   pair)`, run for each table both sides have and that differs (the `tables` entry calls it);
// - it reads `comparison.from` (the database, renames applied) and `comparison.to` (the models)
//   and only emits operations, each into a phase of `plan/phase.ts` (add the family's phases
//   there, where its objects' dependencies put them: the phase decides the output order);
// - its entry below: entries run in this order, so a family comes after those whose findings it
//   reads (`recreatedEnums`, `keptTables`, dropped keys on the comparison).
// The same list runs both ways: `diffSchemas` compares database -> models for the upgrade and
// models -> database for the downgrade.
import { compareColumns } from "./columns/compare-columns";
import { compareConstraints } from "./constraints/compare-constraints";
import { compareForeignKeys } from "./constraints/compare-foreign-keys";
import { compareEnums } from "./enums/compare-enums";
import { compareExtensions } from "./extensions/compare-extensions";
import { compareIndexes } from "./indexes/compare-indexes";
import { comparePartitions } from "./partitions/compare-partitions";
import type { Comparator } from "./plan/comparator";
import { comparePolicies } from "./policies/compare-policies";
import { comparePrivileges } from "./privileges/compare-privileges";
import { compareRenames } from "./renames/compare-renames";
import { compareFunctions } from "./routines/compare-functions";
import { compareSchemaComments } from "./schemas/compare-schema-comments";
import { compareSchemas } from "./schemas/compare-schemas";
import { compareSequences } from "./sequences/compare-sequences";
import { compareTableComment } from "./tables/compare-table-comment";
import { compareTableSettings } from "./tables/compare-table-settings";
import { compareTables } from "./tables/compare-tables";
import { compareTriggers } from "./triggers/compare-triggers";
import { compareCompositeTypes } from "./types/compare-composite-types";
import { compareDomains } from "./types/compare-domains";
import { compareRangeTypes } from "./types/compare-range-types";
import { compareViews } from "./views/compare-views";

/** Every object family's comparator, in the order they run. */
export const comparators: readonly Comparator[] = [
  compareRenames,
  compareSchemas,
  // After the schemas they install into, before every family that may use them.
  compareExtensions,
  compareSchemaComments,
  compareEnums,
  compareSequences,
  // Domains, then ranges, then composite types: each may be built on the ones before.
  compareDomains,
  compareRangeTypes,
  compareCompositeTypes,
  compareTables,
  // Table level, in this order for each table that differs: the columns first, so that the
  // constraints and indexes know which columns are re-created.
  compareColumns,
  compareConstraints,
  compareIndexes,
  compareTableComment,
  compareTableSettings,
  // Once every table is compared.
  compareForeignKeys,
  // Once every table is compared: a view re-created around a column change needs to know it.
  compareViews,
  // Functions before triggers, which read which functions are re-created or renamed.
  compareFunctions,
  compareTriggers,
  // After the tables (kept ones and their columns) and the functions (dropped ones).
  comparePolicies,
  // Last: it reads which objects the others drop.
  comparePrivileges,
  // Once every table is compared: it attaches and detaches the tables created and kept.
  comparePartitions,
];
