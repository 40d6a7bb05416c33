import type { Operation } from "@retort/core";
import type { Kysely } from "kysely";
import type { Change } from "../compare/describe-change";
import { diffSchemas, diffSchemasUpgrade } from "../compare/diff-schemas";
import type { RenameCandidate } from "../compare/renames/find-rename-candidates";
import { introspectSchema } from "../introspect/introspect-schema";
import { type UncomparedSchema, uncomparedSchemas } from "../introspect/uncompared-schemas";
import { type DescribedModels, describeForComparison } from "../models/described-models";
import { renderMigrationBody } from "../render/render-migration-body";
import type { SchemaDescription } from "../schema/schema-description";
import { type ManagedScope, withManagedSchemas } from "../scope/managed-scope";
import { canonicalDomains } from "./canonical-domains";
import { canonicalExpressions } from "./canonical-expressions";
import { canonicalPartitions } from "./canonical-partitions";
import { canonicalPolicies, checkPolicyRoles } from "./canonical-policies";
import { canonicalRoutines } from "./canonical-routines";
import { canonicalTypes } from "./canonical-types";
import { canonicalViews, type ViewColumnMismatch, type ViewRefusal } from "./canonical-views";
import { enumValuesFirst } from "./enum-values-first";
import { canonicalGrantArguments, checkGrantRoles } from "./grant-roles";
import { keepUndeclared } from "./keep-undeclared";
import { type PlannedMigration, type PlannedMigrationPurpose, planOnline } from "./online-plan";
import { type CatalogPrefetch, takePrefetched } from "./prefetch-catalog";
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
   * The models as {@link describeForComparison} described them, for a caller that keeps that
   * between runs (the CLI does, for models that read nothing but retort): `models` is not read
   * then, and may be `{}`.
   */
  described?: DescribedModels | undefined;
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
  /**
   * `"online"` writes the lock-safe form as several chained migrations (see `planOnline`):
   * indexes built concurrently, constraints added `NOT VALID` then validated, `SET NOT NULL`
   * through a validated check. Default is `"plain"`: one migration.
   */
  safety?: "plain" | "online" | undefined;
  /**
   * The catalog read started while the models loaded ({@link prefetchCatalog}): used when it
   * read the schemas the comparison manages, else the catalog is read again.
   */
  prefetched?: CatalogPrefetch | undefined;
}

/** One migration file of what {@link autogenerate} found, in the order they are chained. */
export interface GeneratedMigration {
  readonly purpose: PlannedMigrationPurpose;
  /** `false`: the file says `transactional: false` (it builds indexes concurrently). */
  readonly transactional: boolean;
  /** The statements of `up(op)`, not indented. */
  readonly upgrades: string;
  /** The statements of `down(op)`, not indented. */
  readonly downgrades: string;
  readonly upgradeOperations: Operation[];
  readonly downgradeOperations: Operation[];
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
  /**
   * The files to write, chained: one with `safety: "plain"`, up to four with `"online"`, and
   * one more first (`purpose: "enum values"`) when the plan adds values to an enum and uses
   * them. The fields above are the first one's: write every one of `migrations`.
   */
  migrations: GeneratedMigration[];
  /** View columns whose declared type is not what the server infers (the models need fixing). */
  viewColumnMismatches: ViewColumnMismatch[];
  /** Views whose query the server refuses for a reason the migration does not remove. */
  viewRefusals: ViewRefusal[];
  /** The schemas compared: the scope's, else `public` and every schema the models use. */
  schemas: readonly string[];
  /**
   * Schemas left out that hold tables or views (only when the scope names no schemas): what
   * the comparison did not look at, such as a schema whose last model was removed.
   */
  uncomparedSchemas: readonly UncomparedSchema[];
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
      op.kind === "dropFunction" ||
      op.kind === "dropTrigger" ||
      op.kind === "dropPolicy" ||
      op.kind === "dropView" ||
      op.kind === "dropMaterializedView") &&
    op.definition !== undefined
  ) {
    const { definition: _definition, ...rest } = op;
    return rest;
  }
  if (op.kind === "createFunction" && op.replaced !== undefined) {
    const { replaced: _replaced, ...rest } = op;
    return rest;
  }
  if (op.kind === "dropEnum" && op.values !== undefined) {
    const { values: _values, ...rest } = op;
    return rest;
  }
  return op;
}

// `check` reads the upgrade only (`withDowngrade: false`): a clean one plans no downgrade.
async function compare(options: AutogenerateOptions, withDowngrade: boolean) {
  const { db, models, described, renames = [], askRename, prefetched, ...scope } = options;
  const { schema: target, declaredSchemas } = described ?? describeForComparison(models);
  // Stated once, so that the database is read over the schemas the comparison manages.
  const managed = withManagedSchemas(scope, target);
  // Taken before anything else runs on `db`: the prefetch holds its transaction until it ends.
  const early = prefetched === undefined ? undefined : await takePrefetched(prefetched, managed);
  await checkGrantRoles(db, target);
  await checkPolicyRoles(db, target);
  const current = early ?? (await introspectSchema(db, managed));
  const expressions = await canonicalPartitions(
    db,
    current,
    await canonicalRoutines(
      db,
      current,
      await canonicalTypes(
        db,
        current,
        await canonicalDomains(db, current, await canonicalExpressions(db, current, target)),
      ),
    ),
  );
  const wanted: SchemaDescription = keepUndeclared(
    current,
    await canonicalPolicies(db, current, canonicalGrantArguments(target, expressions)),
    declaredSchemas,
  );
  const settled = await settleRenames(current, wanted, managed, renames, askRename);
  // After the renames are settled: the models' views are printed with the tables renamed, as the
  // migration leaves them.
  const {
    target: canonical,
    mismatches,
    refusals,
  } = await canonicalViews(db, current, settled.target);
  // Only where the models decide the schemas: schemas the config lists are the user's choice.
  const uncompared =
    scope.schemas === undefined ? await uncomparedSchemas(db, scope, managed.schemas) : [];
  const diff = withDowngrade
    ? diffSchemas(current, canonical, managed)
    : diffSchemasUpgrade(current, canonical, managed);
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
  const partitioned = new Set(
    current.unmanaged
      .filter((u) => u.kind === "partitioned table")
      .map((u) => `${u.schema}.${u.table ?? u.name}`),
  );
  return {
    ...diff,
    current,
    target: canonical,
    managed,
    changes,
    suggestions: settled.suggestions,
    suggestionsFor,
    partitioned,
    viewColumnMismatches: mismatches,
    viewRefusals: refusals,
    schemas: managed.schemas,
    uncomparedSchemas: uncompared,
  };
}

/**
 * The lint suppression an index of an existing partitioned table is written with: PostgreSQL
 * builds or drops no index concurrently on one (`--safe` leaves it plain for that reason), so
 * the rules asking for `concurrently: true` would ask for what cannot be done. Lint reads one
 * migration at a time and cannot tell the table is partitioned; autogenerate can.
 */
function partitionedIndexSuppression(
  op: Operation,
  partitioned: ReadonlySet<string>,
): string | undefined {
  if ((op.kind !== "createIndex" && op.kind !== "dropIndex") || op.concurrently === true) {
    return undefined;
  }
  const table =
    op.kind === "createIndex"
      ? { schema: op.schema, name: op.table }
      : op.definition === undefined
        ? undefined
        : { schema: op.definition.schema ?? op.schema, name: op.definition.table };
  if (table === undefined) return undefined;
  if (!partitioned.has(`${table.schema ?? "public"}.${table.name}`)) return undefined;
  const rule = op.kind === "createIndex" ? "index-not-concurrent" : "drop-index-not-concurrent";
  return `retort-lint-ignore ${rule}: PostgreSQL cannot ${op.kind === "createIndex" ? "build" : "drop"} an index concurrently on a partitioned table`;
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
  const diff = await compare(options, true);
  const planned = (upgrade: Operation[], downgrade: Operation[]): PlannedMigration[] =>
    options.safety === "online"
      ? planOnline(upgrade, downgrade, { partitioned: diff.partitioned })
      : [{ purpose: "main", transactional: true, upgrade, downgrade }];
  const split = enumValuesFirst(diff.current, diff.target, diff.managed, diff.upgrade);
  const plan =
    split === undefined
      ? planned(diff.upgrade, diff.downgrade)
      : [
          { purpose: "enum values" as const, transactional: true, ...split.values },
          ...planned(split.rest.upgrade, split.rest.downgrade),
        ];
  const noteFor = (op: Operation) => {
    const suppression = partitionedIndexSuppression(op, diff.partitioned);
    if (suppression !== undefined) return suppression;
    const notes = diff.suggestionsFor(op).map(renameSuggestion);
    return notes.length === 0 ? undefined : `${notes.join("; ")}.`;
  };
  const migrations = plan.map((planned): GeneratedMigration => {
    const upgradeOperations = planned.upgrade.map(withoutDefinition);
    const downgradeOperations = planned.downgrade.map(withoutDefinition);
    return {
      purpose: planned.purpose,
      transactional: planned.transactional,
      upgrades: renderMigrationBody(upgradeOperations, (_op, i) => noteFor(planned.upgrade[i]!)),
      downgrades: renderMigrationBody(downgradeOperations),
      upgradeOperations,
      downgradeOperations,
    };
  });
  const first = migrations[0]!;
  return {
    upgrades: first.upgrades,
    downgrades: first.downgrades,
    changes: diff.changes,
    isEmpty: diff.isEmpty,
    upgradeOperations: first.upgradeOperations,
    downgradeOperations: first.downgradeOperations,
    renameSuggestions: diff.suggestions,
    migrations,
    viewColumnMismatches: diff.viewColumnMismatches,
    viewRefusals: diff.viewRefusals,
    schemas: diff.schemas,
    uncomparedSchemas: diff.uncomparedSchemas,
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
  /** Views whose query the server refuses for a reason the migration does not remove. */
  viewRefusals: ViewRefusal[];
  /** The schemas compared: the scope's, else `public` and every schema the models use. */
  schemas: readonly string[];
  /** See {@link AutogenerateResult.uncomparedSchemas}. */
  uncomparedSchemas: readonly UncomparedSchema[];
}> {
  const diff = await compare(options, false);
  return {
    changes: diff.changes,
    isEmpty: diff.isEmpty && diff.viewColumnMismatches.length === 0,
    viewColumnMismatches: diff.viewColumnMismatches,
    viewRefusals: diff.viewRefusals,
    schemas: diff.schemas,
    uncomparedSchemas: diff.uncomparedSchemas,
  };
}
