import type { Operation } from "@retort/core";
import type { Kysely } from "kysely";
import type { Change } from "../compare/describe-change";
import { diffSchemas } from "../compare/diff-schemas";
import type { RenameCandidate } from "../compare/renames/find-rename-candidates";
import { introspectSchema } from "../introspect/introspect-schema";
import { describeModels } from "../models/describe-models";
import { renderMigrationBody } from "../render/render-migration-body";
import type { SchemaDescription } from "../schema/schema-description";
import { type ManagedScope, withManagedSchemas } from "../scope/managed-scope";
import { canonicalExpressions } from "./canonical-expressions";
import { canonicalViews, type ViewColumnMismatch } from "./canonical-views";
import { type AskRename, renameArgument, renameSuggestion, settleRenames } from "./settle-renames";

/**
 * Options of {@link autogenerate} and {@link checkModels}: the database, the models, and the
 * managed scope (build it from the config with `managedScope`). The managed schemas default to
 * `public` and every schema the models use.
 */
export interface AutogenerateOptions extends ManagedScope {
  /** The database to compare with (introspected in one snapshot). */
  db: Kysely<any>;
  /** The models entry's module namespace, already imported. */
  models: Record<string, unknown>;
  /**
   * Renames to make instead of a drop and an add, as `retort revision --rename` takes them:
   * `customer=client`, `app.customer=client`, `customer.email=mail`. One that names no dropped
   * and added pair throws `BAD_ARGUMENT`.
   */
  renames?: readonly string[] | undefined;
  /**
   * Asked for each dropped and added table (then column) that look alike and that neither
   * `renamedFrom` nor `renames` settles. Without it, such pairs are suggestions: written beside
   * the drop in `upgrades` and in its change.
   */
  askRename?: AskRename | undefined;
}

/** What {@link autogenerate} found, ready for the revision template. */
export interface AutogenerateResult {
  /** The statements of `up(op)`, not indented. */
  upgrades: string;
  /** The statements of `down(op)`, not indented. */
  downgrades: string;
  changes: Change[];
  /** Models and database agree: no revision is needed. */
  isEmpty: boolean;
  upgradeOperations: Operation[];
  downgradeOperations: Operation[];
  /** Look-alike dropped and added pairs that nothing decided (see `askRename`). */
  renameSuggestions: RenameCandidate[];
  /** View columns whose declared type is not what the server infers (the models need fixing). */
  viewColumnMismatches: ViewColumnMismatch[];
}

// A generated migration states both directions, so drops need not carry what they drop: leaving
// it out keeps a dropped table from printing its whole definition.
function withoutDefinition(op: Operation): Operation {
  if (
    (op.kind === "dropTable" ||
      op.kind === "dropColumn" ||
      op.kind === "dropIndex" ||
      op.kind === "dropConstraint" ||
      op.kind === "dropSequence" ||
      op.kind === "dropView" ||
      op.kind === "dropMaterializedView") &&
    op.definition !== undefined
  ) {
    const { definition: _definition, ...rest } = op;
    return rest;
  }
  if (op.kind === "dropEnum" && op.values !== undefined) {
    const { values: _values, ...rest } = op;
    return rest;
  }
  return op;
}

async function compare(options: AutogenerateOptions) {
  const { db, models, renames = [], askRename, ...scope } = options;
  const target = describeModels(models);
  // Stated once, so that the database is read over the schemas the comparison manages.
  const managed = withManagedSchemas(scope, target);
  const current = await introspectSchema(db, managed);
  // The models cannot declare a free-standing sequence, so the database's are not theirs to drop.
  const expressions = await canonicalExpressions(db, current, target);
  const { target: canonical, mismatches } = await canonicalViews(db, current, expressions);
  const wanted: SchemaDescription = { ...canonical, sequences: current.sequences };
  const settled = await settleRenames(current, wanted, managed, renames, askRename);
  const diff = diffSchemas(current, settled.target, managed);
  const suggestionsFor = (op: Operation) =>
    settled.suggestions.filter((c) =>
      c.kind === "table"
        ? op.kind === "dropTable" && op.schema === c.schema && op.table === c.from
        : op.kind === "dropColumn" &&
          op.schema === c.schema &&
          (op.table === c.table || op.table === c.fromTable) &&
          op.column === c.from,
    );
  const changes = diff.changes.map((change, i) => {
    const [c] = suggestionsFor(diff.upgrade[i]!);
    return c === undefined
      ? change
      : { ...change, renameSuggestion: renameSuggestion(c), renameArgument: renameArgument(c) };
  });
  return {
    ...diff,
    changes,
    suggestions: settled.suggestions,
    suggestionsFor,
    viewColumnMismatches: mismatches,
  };
}

/**
 * Compares the models with the database and writes the migration that makes the database
 * match: the source of `up` and `down`, the operations, and the list of changes. Nothing is
 * written to disk and no DDL runs. The managed schemas default to `public` plus those the
 * models use; tables outside them, excluded tables, retort's version and history tables and
 * unmanaged objects (functions, triggers, ...) are left alone, and so are free-standing sequences
 * (the models cannot declare one).
 *
 * @example
 * ```ts
 * const models = await import("./app/models/index.ts");
 * const result = await autogenerate({ db, models, ...managedScope(config) });
 * if (!result.isEmpty) writeRevision({ upgrades: result.upgrades, downgrades: result.downgrades });
 * ```
 */
export async function autogenerate(options: AutogenerateOptions): Promise<AutogenerateResult> {
  const diff = await compare(options);
  const upgradeOperations = diff.upgrade.map(withoutDefinition);
  const downgradeOperations = diff.downgrade.map(withoutDefinition);
  const noteFor = (_op: Operation, i: number) => {
    const notes = diff.suggestionsFor(diff.upgrade[i]!).map(renameSuggestion);
    return notes.length === 0 ? undefined : `${notes.join("; ")}.`;
  };
  return {
    upgrades: renderMigrationBody(upgradeOperations, noteFor),
    downgrades: renderMigrationBody(downgradeOperations),
    changes: diff.changes,
    isEmpty: diff.isEmpty,
    upgradeOperations,
    downgradeOperations,
    renameSuggestions: diff.suggestions,
    viewColumnMismatches: diff.viewColumnMismatches,
  };
}

/**
 * What `retort check` runs: the changes {@link autogenerate} would write, without writing them,
 * and the view columns whose declared type the server infers otherwise. `isEmpty` is `false`
 * when either is not empty (the CLI exits 1).
 *
 * @example
 * ```ts
 * const { isEmpty, changes } = await checkModels({ db, models, ...managedScope(config) });
 * if (!isEmpty) for (const change of changes) console.log(change.description);
 * ```
 */
export async function checkModels(options: AutogenerateOptions): Promise<{
  changes: Change[];
  isEmpty: boolean;
  viewColumnMismatches: ViewColumnMismatch[];
}> {
  const diff = await compare(options);
  return {
    changes: diff.changes,
    isEmpty: diff.isEmpty && diff.viewColumnMismatches.length === 0,
    viewColumnMismatches: diff.viewColumnMismatches,
  };
}
