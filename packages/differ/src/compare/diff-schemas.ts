import type { Operation } from "@retort/core";
import type { SchemaDescription } from "../schema/schema-description";
import { type ManagedScope, withManagedSchemas } from "../scope/managed-scope";
import { alignTarget } from "./align/align-target";
import { inScope } from "./align/in-scope";
import { comparators } from "./comparators";
import { type Change, describeChange } from "./describe-change";
import { withAttachedCopies } from "./partitions/attached-copies";
import { withDetachedCopies } from "./partitions/detached-copies";
import { Comparison } from "./plan/comparison";
import { privilegesInScope } from "./privileges/privileges-in-scope";
import { findRenames, invertRenames } from "./renames/find-renames";

/**
 * Options of {@link diffSchemas}: what retort manages. The managed schemas default to `public`
 * and every schema the target uses.
 */
export type DiffSchemasOptions = ManagedScope;

/** What {@link diffSchemas} finds. */
export interface SchemaDiff {
  /** Operations that turn the current schema into the target, in an order PostgreSQL accepts. */
  upgrade: Operation[];
  /** Operations that turn the target back into the current schema. */
  downgrade: Operation[];
  /** One entry per upgrade operation, for people. */
  changes: Change[];
  /** No difference: `check` passes. */
  isEmpty: boolean;
}

/**
 * Compares two schema descriptions and returns the operations that turn `current` (the
 * database) into `target` (the models), the operations that undo them, and a list of changes
 * for people. Like Alembic's `autogenerate/compare`, it only produces operations: it writes no
 * file and runs no SQL.
 *
 * - Identical descriptions give no operation; `renamedFrom` hints never count as a difference.
 * - A table or column whose `renamedFrom` names one that exists in `current` (while its new
 *   name does not) is renamed, then compared.
 * - Index and constraint changes are a drop and an add; the same definition under a new name is
 *   a rename. Enum labels are added in place; removing or reordering labels re-creates the type.
 * - Order: schemas, enums, sequences, renames, dropped foreign keys, dropped constraints and
 *   indexes, dropped columns, dropped tables, new tables, new and changed columns, comments,
 *   new constraints and indexes, foreign keys (so tables that reference each other work),
 *   then dropped sequences, enums and schemas. Domains, composite and range types come after
 *   the renames (those whose checks may call functions after the functions) and go after the
 *   tables and columns that used them (see `plan/phase.ts`).
 * - Objects outside the managed schemas, excluded tables, retort's version and history tables
 *   are never touched; a schema that holds unmanaged objects is never dropped. Column order is
 *   not compared (PostgreSQL cannot reorder columns). A partition's columns are its parent's:
 *   they change with the parent, whatever the partition's model says.
 *
 * @example
 * ```ts
 * const diff = diffSchemas(await introspectSchema(db), describeModels(models));
 * diff.changes.map((c) => c.description);
 * // ["added table public.account", "dropped column public.post.draft (data will be lost)"]
 * ```
 */
export function diffSchemas(
  current: SchemaDescription,
  target: SchemaDescription,
  scope: ManagedScope = {},
): SchemaDiff {
  return compareSchemas(current, target, scope, true);
}

/**
 * {@link diffSchemas} for `check`, which reads the upgrade only: the downgrade (a second full
 * comparison of every table) is planned only when the upgrade is not empty, so that a change
 * only the downgrade refuses (a range type it cannot create) still fails as it does there.
 * Without an upgrade, `downgrade` is empty.
 */
export function diffSchemasUpgrade(
  current: SchemaDescription,
  target: SchemaDescription,
  scope: ManagedScope = {},
): SchemaDiff {
  return compareSchemas(current, target, scope, false);
}

function compareSchemas(
  current: SchemaDescription,
  target: SchemaDescription,
  scope: ManagedScope,
  isDowngradeNeeded: boolean,
): SchemaDiff {
  const managed = withManagedSchemas(scope, target);
  const scoped = privilegesInScope(inScope(current, managed), target, managed);
  const b = withAttachedCopies(
    alignTarget(scoped, privilegesInScope(inScope(target, managed), target, managed)),
    scoped,
  );
  const a = withDetachedCopies(scoped, b);
  const keep = new Set(current.unmanaged.map((u) => u.schema));
  const renames = findRenames(a, b);
  const equalPairs = new WeakMap<object, object>();
  const upgrade = new Comparison(a, b, renames, keep, comparators, equalPairs).plan();
  const downgrade =
    isDowngradeNeeded || upgrade.length > 0
      ? new Comparison(b, a, invertRenames(renames), keep, comparators, equalPairs).plan()
      : [];
  let changes: Change[] | undefined;
  return {
    upgrade,
    downgrade,
    // Described when first read: a baseline plans thousands of operations and reads none.
    get changes() {
      changes ??= upgrade.map(describeChange);
      return changes;
    },
    // A caller may still replace it, as it could when it was a plain field.
    set changes(value: Change[]) {
      changes = value;
    },
    isEmpty: upgrade.length === 0,
  };
}
