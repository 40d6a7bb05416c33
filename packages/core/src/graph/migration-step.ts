import { RetortError } from "../errors/retort-error";
import type { RevisionNode } from "./revision-node";

/**
 * How the version table (one row per current head) changes when a step runs. The kinds are
 * Alembic's `HeadMaintainer` moves, so a table kept by Alembic stays valid under retort.
 *
 * - `insert`: a new branch or a first revision adds a row.
 * - `delete`: downgrading a root, or a revision whose parents other heads still cover.
 * - `update`: the row moves from one revision to the next.
 * - `merge`: an upgrade joins several heads; `delete` rows go, the `from` row becomes `to`.
 * - `unmerge`: a downgrade below a merge; the `from` row becomes `to`, `insert` rows appear.
 *
 * @example
 * ```ts
 * const change: VersionChange = { kind: "update", from: "1975ea83b712", to: "3f2a9c1b7d4e" };
 * // UPDATE retort_version SET version_num = '3f2a9c1b7d4e' WHERE version_num = '1975ea83b712'
 * ```
 */
export type VersionChange =
  | { readonly kind: "insert"; readonly revision: string }
  | { readonly kind: "delete"; readonly revision: string }
  | { readonly kind: "update"; readonly from: string; readonly to: string }
  | {
      readonly kind: "merge";
      readonly delete: readonly string[];
      readonly from: string;
      readonly to: string;
    }
  | {
      readonly kind: "unmerge";
      readonly from: string;
      readonly to: string;
      readonly insert: readonly string[];
    };

/**
 * One migration to run, in one direction, with what to print and what to write to the
 * version table afterwards.
 *
 * @example
 * ```ts
 * for (const step of graph.upgradePlan(current, "head")) {
 *   log(`Running ${step.direction === "up" ? "upgrade" : "downgrade"} ${step.fromRevisions.join(", ")} -> ${step.toRevisions.join(", ")}`);
 * }
 * ```
 */
export interface MigrationStep<T extends RevisionNode = RevisionNode> {
  readonly direction: "up" | "down";
  readonly node: T;
  /**
   * What `Running upgrade <from> -> <to>` prints before the arrow: the down revisions for an
   * upgrade (empty from base), the revision itself for a downgrade. Dependencies are left out,
   * as Alembic leaves them out.
   */
  readonly fromRevisions: readonly string[];
  /** What the log prints after the arrow. */
  readonly toRevisions: readonly string[];
  readonly versionChange: VersionChange;
}

/**
 * Applies one {@link VersionChange} to a set of version rows, in place, the way the runner
 * applies it to the version table. Throws when the change does not fit the rows, which means
 * the table was not at the heads the plan started from.
 *
 * @example
 * ```ts
 * const rows = new Set(currentHeads);
 * for (const step of graph.upgradePlan(currentHeads, "heads")) applyVersionChange(rows, step.versionChange);
 * ```
 */
export function applyVersionChange(rows: Set<string>, change: VersionChange): Set<string> {
  const remove = (revision: string) => {
    if (!rows.delete(revision)) {
      throw new RetortError(
        "VERSION_TABLE",
        `Version change ${change.kind} expected a row for ${revision}, which is absent.`,
        {
          hint: "the version table is not at the heads the plan started from; re-read it and plan again.",
          details: { change, rows: [...rows] },
        },
      );
    }
  };
  const add = (revision: string) => {
    if (rows.has(revision)) {
      throw new RetortError(
        "VERSION_TABLE",
        `Version change ${change.kind} would add a second row for ${revision}.`,
        {
          hint: "the version table is not at the heads the plan started from; re-read it and plan again.",
          details: { change, rows: [...rows] },
        },
      );
    }
    rows.add(revision);
  };
  switch (change.kind) {
    case "insert":
      add(change.revision);
      break;
    case "delete":
      remove(change.revision);
      break;
    case "update":
      remove(change.from);
      add(change.to);
      break;
    case "merge":
      for (const revision of change.delete) remove(revision);
      remove(change.from);
      add(change.to);
      break;
    case "unmerge":
      remove(change.from);
      add(change.to);
      for (const revision of change.insert) add(revision);
      break;
  }
  return rows;
}
