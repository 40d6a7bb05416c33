// Longer than 500 lines on purpose: the graph's index, its plans and its target grammar share
// private state (indices, label sets, lineage caches) that splitting would have to expose.
// What needs only the public API lives beside it (stamp-plan.ts, revision-id.ts).
import type { MigrationStep, VersionChange } from "./migration-step";
import {
  AmbiguousRelativeError,
  AmbiguousRevisionError,
  BadRevisionArgumentError,
  CycleDetectedError,
  DuplicateBranchLabelError,
  DuplicateRevisionError,
  InvalidIdentifierError,
  MissingDependencyError,
  MissingDownRevisionError,
  MultipleHeadsError,
  RangeNotAllowedError,
  RangeNotAncestorError,
  RelativeOutOfRangeError,
  RevisionNotInBranchError,
  UnknownBranchLabelError,
  UnknownRevisionError,
} from "./revision-errors";
import { branchLabelProblem, revisionIdProblem } from "./revision-id";
import type { RevisionNode } from "./revision-node";
import { planStamp, type StampPlan, type StampPlanOptions } from "./stamp-plan";

export type { StampPlan, StampPlanOptions } from "./stamp-plan";

/** A `history -r` range; an absent end means base (`from`) or heads (`to`). */
export interface RevisionRange {
  readonly from?: string;
  readonly to?: string;
}

interface Entry<T> {
  readonly node: T;
  /** Parents through `downRevisions`: what Alembic calls the versioned down revisions. */
  readonly down: readonly number[];
  /** Parents through `downRevisions` and `dependsOn` together. */
  readonly parents: readonly number[];
  /** Children through `downRevisions`; {@link NO_INDICES} until the first one. */
  children: number[];
  /** Children through `downRevisions` and `dependsOn`; `children` itself when no node depends. */
  allChildren: number[];
}

/** What a target argument means once parsed against the graph. */
interface Target {
  /** Revisions to reach; empty means base. */
  readonly revisions: readonly number[];
  /** Only roots that are ancestors of this revision are downgraded (Alembic's branch_label). */
  readonly restrictTo?: number | undefined;
  /** `<label>@base`: the label's own bottom revisions. */
  readonly labelBase?: string | undefined;
  /**
   * A downgrade's last step down from this merge revision: it alone (and what is above it)
   * goes, and its parents become heads.
   */
  readonly belowMerge?: number | undefined;
}

type Mode = "resolve" | "upgrade" | "downgrade";

/** Where a relative walk ends. */
interface WalkResult extends Pick<Target, "revisions" | "belowMerge"> {
  /** The revision the walk left last: for a step down, the lowest one it undoes. */
  readonly through: number | null;
}

// Anchored at both ends (Alembic's is not), so a label like "feature-1@head" is not misread
// as "feature" minus one.
const RELATIVE = /^(?:([^@]+)@)?([^@+\-:]+)?([+-]\d+)$/;
const NO_LABELS: ReadonlySet<string> = new Set();
const NO_LABEL_LIST: readonly string[] = Object.freeze([]);
/** The parents or children of a node that has none, shared: frozen, so a push would throw. */
const NO_INDICES: number[] = Object.freeze([]) as unknown as number[];

/**
 * The revision graph: Alembic's `RevisionMap`, built from nodes the script directory hands
 * it. It never reads files or touches a database. Construction validates the whole graph, so
 * every later call works on a sound one.
 *
 * Two notions of "head" follow Alembic: {@link RevisionGraph.heads} are revisions nothing
 * names as a down revision (what `retort heads` prints, and what `head` must find exactly one
 * of); the argument `heads` also treats `dependsOn` as an edge, so a branch that another
 * branch depends on is applied but is not a row of its own in the version table.
 *
 * @example
 * ```ts
 * const graph = new RevisionGraph([
 *   { revision: "1975ea83b712", downRevisions: [], branchLabels: [], dependsOn: [] },
 *   { revision: "3f2a9c1b7d4e", downRevisions: ["1975ea83b712"], branchLabels: [], dependsOn: [] },
 * ]);
 * graph.resolve("head")[0]?.revision; // "3f2a9c1b7d4e"
 * graph.upgradePlan([], "head").map((step) => step.node.revision); // ["1975ea83b712", "3f2a9c1b7d4e"]
 * ```
 */
export class RevisionGraph<T extends RevisionNode = RevisionNode> {
  /** Every node, in the order given. */
  readonly nodes: readonly T[];
  /** Revisions that no revision names in `downRevisions`, in input order. */
  readonly heads: readonly T[];
  /** Revisions with no `downRevisions`, in input order. */
  readonly bases: readonly T[];

  readonly #entries: Entry<T>[] = [];
  readonly #index = new Map<string, number>();
  readonly #labelOwner = new Map<string, number>();
  readonly #labels: ReadonlySet<string>[] = [];
  /** Every id, sorted, for prefix lookups; made on the first one (`heads` makes none). */
  #sortedIds: string[] | undefined;
  readonly #headIndices: number[] = [];
  readonly #realHeadIndices: number[] = [];
  readonly #baseIndices: number[] = [];
  readonly #lineageCache = new Map<number, ReadonlySet<number>>();
  /** Every index, parents before children. */
  readonly #order: readonly number[];

  constructor(nodes: readonly T[]) {
    this.nodes = nodes;
    // Plain loops, and no array per node that a linear history does not need (an empty list is
    // shared, a single parent or child is a one-element literal): this runs once per command on
    // every revision, mostly before the JIT has compiled it, and what it allocates is collected.
    const index = this.#index;
    for (let i = 0; i < nodes.length; i++) {
      const revision = nodes[i]!.revision;
      checkRevisionId(revision);
      const size = index.size;
      index.set(revision, i);
      if (index.size === size) throw new DuplicateRevisionError({ revision });
    }

    let hasDependencies = false;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      if (node.dependsOn.length > 0) hasDependencies = true;
      if (node.branchLabels.length === 0) continue;
      for (const label of node.branchLabels) {
        checkLabel(label, node.revision);
        if (index.has(label)) {
          throw new DuplicateBranchLabelError({
            label,
            revisions: [node.revision, label],
            collidesWithRevision: true,
          });
        }
        const owner = this.#labelOwner.get(label);
        if (owner !== undefined && owner !== i) {
          throw new DuplicateBranchLabelError({
            label,
            revisions: [nodes[owner]?.revision ?? "", node.revision],
          });
        }
        this.#labelOwner.set(label, i);
      }
    }

    const entries = this.#entries;
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n]!;
      const downRevisions = node.downRevisions;
      let down = NO_INDICES;
      for (let k = 0; k < downRevisions.length; k++) {
        const downRevision = downRevisions[k]!;
        if (downRevision === node.revision) {
          throw new CycleDetectedError({ revisions: [node.revision] });
        }
        const at = index.get(downRevision);
        if (at === undefined) {
          throw new MissingDownRevisionError({ revision: node.revision, downRevision });
        }
        if (down === NO_INDICES) down = [at];
        else if (!down.includes(at)) down.push(at);
      }
      let parents = down;
      if (node.dependsOn.length > 0) {
        const own = index.get(node.revision);
        const dependencies: number[] = [];
        for (const dependency of node.dependsOn) {
          const at = this.#dependencyIndex(node.revision, dependency);
          if (at === own) throw new CycleDetectedError({ revisions: [node.revision] });
          dependencies.push(at);
        }
        parents = unique([...down, ...dependencies]);
      }
      entries.push({
        node,
        down,
        // Shared with `down` when there is no dependency: neither array is ever changed.
        parents,
        children: NO_INDICES,
        allChildren: NO_INDICES,
      });
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      const down = entry.down;
      for (let k = 0; k < down.length; k++) {
        const parent = entries[down[k]!]!;
        if (parent.children === NO_INDICES) {
          parent.children = [i];
          // Without any `dependsOn` in the graph, every child is a child through `downRevisions`.
          if (!hasDependencies) parent.allChildren = parent.children;
        } else {
          parent.children.push(i);
        }
      }
      if (hasDependencies) {
        for (const parentIndex of entry.parents) {
          const parent = entries[parentIndex]!;
          if (parent.allChildren === NO_INDICES) parent.allChildren = [i];
          else parent.allChildren.push(i);
        }
      }
    }

    const order = this.#topologicalOrder();
    this.#order = order;
    this.#inheritLabels(order);

    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.children.length === 0) this.#headIndices.push(i);
      if (entry.allChildren.length === 0) this.#realHeadIndices.push(i);
      if (entry.down.length === 0) this.#baseIndices.push(i);
    }
    this.heads = this.#headIndices.map((i) => this.#node(i));
    this.bases = this.#baseIndices.map((i) => this.#node(i));
  }

  /**
   * The node with exactly this revision id (no prefixes, no symbols).
   *
   * @example
   * ```ts
   * graph.get("3f2a9c1b7d4e").downRevisions; // ["1975ea83b712"]
   * ```
   */
  get(revision: string): T {
    return this.#node(this.#indexOf(revision));
  }

  /**
   * Whether a revision with exactly this id exists.
   *
   * @example
   * ```ts
   * graph.has("3f2a9c1b7d4e"); // true
   * ```
   */
  has(revision: string): boolean {
    return this.#index.has(revision);
  }

  /**
   * Revisions that name `revision` in their `downRevisions`.
   *
   * @example
   * ```ts
   * graph.children("1975ea83b712").map((node) => node.revision); // ["3f2a9c1b7d4e"]
   * ```
   */
  children(revision: string): readonly T[] {
    return this.#entry(this.#indexOf(revision)).children.map((i) => this.#node(i));
  }

  /**
   * Whether two or more revisions name this one as a down revision.
   *
   * @example
   * ```ts
   * graph.isBranchPoint("1975ea83b712"); // false
   * ```
   */
  isBranchPoint(revision: string): boolean {
    return this.#entry(this.#indexOf(revision)).children.length > 1;
  }

  /**
   * Whether this revision has two or more down revisions.
   *
   * @example
   * ```ts
   * graph.isMergePoint("3f2a9c1b7d4e"); // false
   * ```
   */
  isMergePoint(revision: string): boolean {
    return this.#entry(this.#indexOf(revision)).down.length > 1;
  }

  /**
   * Whether no revision names this one as a down revision.
   *
   * @example
   * ```ts
   * graph.isHead("3f2a9c1b7d4e"); // true
   * ```
   */
  isHead(revision: string): boolean {
    return this.#entry(this.#indexOf(revision)).children.length === 0;
  }

  /**
   * Whether this revision has no down revisions.
   *
   * @example
   * ```ts
   * graph.isBase("1975ea83b712"); // true
   * ```
   */
  isBase(revision: string): boolean {
    return this.#entry(this.#indexOf(revision)).down.length === 0;
  }

  /**
   * The branch labels a revision carries: its own, those of every ancestor that declares one,
   * and, as in Alembic, those of a descendant when this revision lies on the descendant's
   * branch below it (down to the nearest branch point or merge point).
   *
   * @example
   * ```ts
   * graph.branchLabelsOf("3f2a9c1b7d4e"); // ["accounts"]
   * ```
   */
  branchLabelsOf(revision: string): readonly string[] {
    const labels = this.#labels[this.#indexOf(revision)] ?? NO_LABELS;
    return labels.size === 0 ? NO_LABEL_LIST : [...labels];
  }

  /**
   * Resolves a revision argument to nodes (an empty array means base). Accepts a full id, a
   * unique prefix, a branch label (its declaring revision), `head`, `heads`, `base`,
   * `<label>@head`, `<label>@heads`, `<label>@base`, `<label>@<rev>`, and relative steps:
   * `<rev>+N`, `<rev>-N`, `head-N`, `<label>@head-N`, and `+N` / `-N` / `<label>@+N` /
   * `<label>@-N` from `currentHeads`.
   *
   * @example
   * ```ts
   * graph.resolve("3f2a").map((n) => n.revision);          // ["3f2a9c1b7d4e"]
   * graph.resolve("-1", ["3f2a9c1b7d4e"]).map((n) => n.revision); // ["1975ea83b712"]
   * graph.resolve("base");                                 // []
   * ```
   */
  resolve(identifier: string, currentHeads?: readonly string[]): T[] {
    const current = currentHeads === undefined ? undefined : this.#indicesOf(currentHeads);
    return this.#parseTarget(identifier, current, "resolve").revisions.map((i) => this.#node(i));
  }

  /**
   * Every revision `revision` needs, through down revisions and `dependsOn`, parents first;
   * not `revision` itself. These are what an upgrade to `revision` applies from base.
   *
   * @example
   * ```ts
   * graph.ancestors("3f2a9c1b7d4e").map((n) => n.revision); // ["1975ea83b712"]
   * ```
   */
  ancestors(revision: string): T[] {
    const index = this.#indexOf(revision);
    return this.#postOrder([index], undefined)
      .filter((i) => i !== index)
      .map((i) => this.#node(i));
  }

  /**
   * Every revision that needs `revision`, through down revisions and `dependsOn`, parents
   * first; not `revision` itself. These are what a downgrade below `revision` reverts.
   *
   * @example
   * ```ts
   * graph.descendants("1975ea83b712").map((n) => n.revision); // ["3f2a9c1b7d4e"]
   * ```
   */
  descendants(revision: string): T[] {
    const index = this.#indexOf(revision);
    const below = this.#closure([index], "allChildren");
    return this.#order.filter((i) => i !== index && below.has(i)).map((i) => this.#node(i));
  }

  /**
   * What `stamp <targets>` writes into the version table, without running anything: as
   * Alembic does, rows of other branches stay (unless `purge`, or the targets are `base`
   * alone) and a revision stamped with its ancestor keeps only the descendant. Offline, with
   * no `currentHeads`, {@link StampPlan.replaces} says which rows to delete.
   *
   * @example
   * ```ts
   * graph.stampPlan(["head"], { currentHeads: ["1975ea83b712"] });
   * // { stamped: ["3f2a9c1b7d4e"], replaces: ["1975ea83b712", "3f2a9c1b7d4e"], heads: ["3f2a9c1b7d4e"] }
   * ```
   */
  stampPlan(targets: readonly string[], options: StampPlanOptions = {}): StampPlan {
    return planStamp(this, targets, options);
  }

  /**
   * The steps that take a database at `currentHeads` up to `target`: every revision the
   * target needs (through down revisions and `dependsOn`) that is not yet applied, each once,
   * parents and dependencies first. One branch is applied whole before the next.
   *
   * @example
   * ```ts
   * graph.upgradePlan(["1975ea83b712"], "head");
   * // [{ direction: "up", node: <3f2a9c1b7d4e>, fromRevisions: ["1975ea83b712"], toRevisions: ["3f2a9c1b7d4e"],
   * //    versionChange: { kind: "update", from: "1975ea83b712", to: "3f2a9c1b7d4e" } }]
   * ```
   */
  upgradePlan(currentHeads: readonly string[], target: string): MigrationStep<T>[] {
    const current = this.#indicesOf(currentHeads);
    const targets = this.#parseTarget(target, current, "upgrade").revisions;
    const applied = this.#closure(current, "parents");
    const order = this.#postOrder(targets, applied);

    const rows = new Set(currentHeads);
    return order.map((i) => {
      const entry = this.#entry(i);
      const revision = entry.node.revision;
      const covered = entry.parents.map((p) => this.#id(p)).filter((id) => rows.has(id));
      let versionChange: VersionChange;
      const last = covered[covered.length - 1];
      if (last === undefined) {
        versionChange = { kind: "insert", revision };
      } else if (covered.length === 1) {
        versionChange = { kind: "update", from: last, to: revision };
      } else {
        versionChange = { kind: "merge", delete: covered.slice(0, -1), from: last, to: revision };
      }
      for (const id of covered) rows.delete(id);
      rows.add(revision);
      return {
        direction: "up",
        node: entry.node,
        fromRevisions: entry.down.map((p) => this.#id(p)),
        toRevisions: [revision],
        versionChange,
      };
    });
  }

  /**
   * The steps that take a database at `currentHeads` down to `target`: every applied
   * revision above the target, each once, descendants and dependents first. Revisions that
   * other current heads still need stay; going below a merge point leaves several heads. A
   * step down whose last move leaves a merge revision (`-1` at a merge) reverts that merge alone
   * and leaves its parents as heads.
   *
   * @example
   * ```ts
   * graph.downgradePlan(["3f2a9c1b7d4e"], "-1");
   * // [{ direction: "down", node: <3f2a9c1b7d4e>, fromRevisions: ["3f2a9c1b7d4e"], toRevisions: ["1975ea83b712"],
   * //    versionChange: { kind: "update", from: "3f2a9c1b7d4e", to: "1975ea83b712" } }]
   * ```
   */
  downgradePlan(currentHeads: readonly string[], target: string): MigrationStep<T>[] {
    const current = this.#indicesOf(currentHeads);
    const active = this.#closure(current, "parents");
    const parsed = this.#parseTarget(target, current, "downgrade");
    if (parsed.belowMerge !== undefined) {
      if (!active.has(parsed.belowMerge)) {
        throw new RangeNotAncestorError({
          lower: this.#id(parsed.belowMerge),
          upper: unique(currentHeads),
          downgrade: true,
        });
      }
      return this.#downgradeSteps(currentHeads, current, active, [parsed.belowMerge]);
    }
    if (parsed.revisions.length > 1) {
      throw new MultipleHeadsError({
        argument: target,
        heads: parsed.revisions.map((i) => this.#id(i)),
      });
    }
    const destination = parsed.revisions[0];
    if (destination !== undefined && !active.has(destination)) {
      throw new RangeNotAncestorError({
        lower: this.#id(destination),
        upper: unique(currentHeads),
        downgrade: true,
      });
    }

    let roots: number[];
    if (destination !== undefined) {
      roots = [...this.#entry(destination).children];
    } else if (parsed.labelBase !== undefined) {
      roots = this.#labelBottoms(parsed.labelBase);
    } else {
      roots = this.#baseIndices;
    }
    if (parsed.restrictTo !== undefined && roots.length > 1) {
      const below = this.#closure([parsed.restrictTo], "down");
      roots = roots.filter((root) => below.has(root));
    }
    return this.#downgradeSteps(currentHeads, current, active, roots);
  }

  /**
   * The steps that revert one applied revision (a full id) and the applied revisions that need
   * it, and nothing else: other branches stay applied, and its parents become heads again. What
   * `retort test` runs between an upgrade and the next, where `-1` or `<parent>` would also
   * revert a sibling branch.
   *
   * @example
   * ```ts
   * graph.revertPlan(["b1", "c1"], "c1").map((step) => step.node.revision); // ["c1"]
   * ```
   */
  revertPlan(currentHeads: readonly string[], revision: string): MigrationStep<T>[] {
    const current = this.#indicesOf(currentHeads);
    const active = this.#closure(current, "parents");
    const index = this.#index.get(revision);
    if (index === undefined) throw new UnknownRevisionError({ revision });
    if (!active.has(index)) {
      throw new RangeNotAncestorError({
        lower: revision,
        upper: unique(currentHeads),
        downgrade: true,
      });
    }
    return this.#downgradeSteps(currentHeads, current, active, [index]);
  }

  /** The steps that revert every applied revision at or above `roots`, dependents first. */
  #downgradeSteps(
    currentHeads: readonly string[],
    current: readonly number[],
    active: ReadonlySet<number>,
    roots: readonly number[],
  ): MigrationStep<T>[] {
    const removed = this.#closure(roots, "allChildren");

    // Applied-children counts tell, after each removal, which parents become heads again.
    const appliedChildren = new Map<number, number>();
    for (const i of active) {
      for (const p of this.#entry(i).parents) {
        appliedChildren.set(p, (appliedChildren.get(p) ?? 0) + 1);
      }
    }
    const rows = new Set(currentHeads);
    const order = this.#postOrder(current, undefined)
      .filter((i) => removed.has(i))
      .reverse();
    return order.map((i) => {
      const entry = this.#entry(i);
      const revision = entry.node.revision;
      const uncovered: string[] = [];
      for (const p of entry.parents) {
        const left = (appliedChildren.get(p) ?? 1) - 1;
        appliedChildren.set(p, left);
        const id = this.#id(p);
        if (left === 0 && !rows.has(id)) uncovered.push(id);
      }
      let versionChange: VersionChange;
      const last = uncovered[uncovered.length - 1];
      if (last === undefined) {
        versionChange = { kind: "delete", revision };
      } else if (uncovered.length === 1) {
        versionChange = { kind: "update", from: revision, to: last };
      } else {
        versionChange = {
          kind: "unmerge",
          from: revision,
          to: last,
          insert: uncovered.slice(0, -1),
        };
      }
      rows.delete(revision);
      for (const id of uncovered) rows.add(id);
      return {
        direction: "down",
        node: entry.node,
        fromRevisions: [revision],
        toRevisions: entry.down.map((p) => this.#id(p)),
        versionChange,
      };
    });
  }

  /**
   * The revisions of a `history -r from:to` range, newest first as `retort history` prints
   * them. `from` is included; an absent `from` means base and an absent `to` means heads.
   * `current` stands for `currentHeads`, and relative steps are taken from them.
   *
   * @example
   * ```ts
   * graph.walk().map((n) => n.revision);                          // ["3f2a9c1b7d4e", "1975ea83b712"]
   * graph.walk({ from: "3f2a9c1b7d4e" }).map((n) => n.revision);  // ["3f2a9c1b7d4e"]
   * ```
   */
  walk(range: RevisionRange = {}, currentHeads?: readonly string[]): T[] {
    const current = currentHeads === undefined ? undefined : this.#indicesOf(currentHeads);
    const side = (argument: string | undefined, fallback: string): number[] => {
      const value = argument === undefined || argument === "" ? fallback : argument;
      if (value === "current" && current !== undefined && !this.#index.has(value)) return current;
      return [...this.#parseTarget(value, current, "resolve").revisions];
    };
    const uppers = side(range.to, "heads");
    const lowers = side(range.from, "base");
    let order = this.#postOrder(uppers, undefined);
    // From base (the whole of `history`): every ancestor is in, and no set of them is needed.
    if (lowers.length > 0) {
      const required = this.#closure(uppers, "parents");
      for (const lower of lowers) {
        if (!required.has(lower)) {
          throw new RangeNotAncestorError({
            lower: this.#id(lower),
            upper: uppers.map((i) => this.#id(i)),
          });
        }
      }
      const lowerSet = new Set(lowers);
      const belowLower = this.#closure(lowers, "parents");
      // Above through `dependsOn` too: the check above counts a dependency as an ancestor.
      const aboveLower = this.#closure(lowers, "allChildren");
      order = order.filter((i) => lowerSet.has(i) || (aboveLower.has(i) && !belowLower.has(i)));
    }
    const nodes: T[] = [];
    for (let k = order.length - 1; k >= 0; k--) nodes.push(this.#entries[order[k]!]!.node);
    return nodes;
  }

  /**
   * Splits a range argument: `a:b`, `a:` (to heads), `:b` (from base). An argument without
   * a colon is not a range.
   *
   * @example
   * ```ts
   * graph.parseRange("1975:head"); // { from: "1975", to: "head" }
   * graph.parseRange(":head");     // { to: "head" }
   * ```
   */
  parseRange(argument: string): RevisionRange {
    const colon = argument.indexOf(":");
    if (colon < 0 || argument.indexOf(":", colon + 1) >= 0) {
      throw new BadRevisionArgumentError({
        argument,
        reason: colon < 0 ? "a range needs a colon" : "a range has exactly one colon",
        hint: 'write a range as "<start>:<end>", "<start>:" or ":<end>".',
      });
    }
    const from = argument.slice(0, colon).trim();
    const to = argument.slice(colon + 1).trim();
    return { ...(from === "" ? {} : { from }), ...(to === "" ? {} : { to }) };
  }

  #id(i: number): string {
    return this.#entry(i).node.revision;
  }

  #node(i: number): T {
    return this.#entry(i).node;
  }

  #entry(i: number): Entry<T> {
    const entry = this.#entries[i];
    if (entry === undefined) throw new RangeError(`no revision at index ${i}`);
    return entry;
  }

  #indexOf(revision: string): number {
    const index = this.#index.get(revision);
    if (index === undefined) throw new UnknownRevisionError({ revision });
    return index;
  }

  #indicesOf(revisions: readonly string[]): number[] {
    return unique(revisions.map((revision) => this.#indexOf(revision)));
  }

  #dependencyIndex(revision: string, dependency: string): number {
    const exact = this.#index.get(dependency) ?? this.#labelOwner.get(dependency);
    if (exact !== undefined) return exact;
    const candidates = this.#withPrefix(dependency);
    const [only] = candidates;
    if (only === undefined) throw new MissingDependencyError({ revision, dependency });
    if (candidates.length > 1) {
      throw new AmbiguousRevisionError({
        prefix: dependency,
        candidates: candidates.map((i) => this.#id(i)),
        referencedBy: revision,
      });
    }
    return only;
  }

  #withPrefix(prefix: string): number[] {
    this.#sortedIds ??= [...this.#index.keys()].sort();
    const ids = this.#sortedIds;
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ids[middle] ?? "") < prefix) low = middle + 1;
      else high = middle;
    }
    const found: number[] = [];
    for (let k = low; k < ids.length; k++) {
      const id = ids[k];
      if (id === undefined || !id.startsWith(prefix)) break;
      found.push(this.#indexOf(id));
    }
    return found;
  }

  /** Kahn's algorithm over every edge; what is left over lies on or above a cycle. */
  #topologicalOrder(): number[] {
    const entries = this.#entries;
    const pending = new Int32Array(entries.length);
    // `ready` is the order itself: a node is appended once all its parents are in it.
    const order: number[] = [];
    for (let i = 0; i < entries.length; i++) {
      pending[i] = entries[i]!.parents.length;
      if (pending[i] === 0) order.push(i);
    }
    for (let k = 0; k < order.length; k++) {
      const children = entries[order[k]!]!.allChildren;
      for (let c = 0; c < children.length; c++) {
        const child = children[c]!;
        if (--pending[child]! === 0) order.push(child);
      }
    }
    if (order.length < this.#entries.length) {
      throw new CycleDetectedError({ revisions: this.#findCycle(pending) });
    }
    return order;
  }

  /** Every unsorted node keeps an unsorted parent, so following those parents must loop. */
  #findCycle(pending: Int32Array): string[] {
    let at = pending.findIndex((count) => count > 0);
    const seen = new Map<number, number>();
    const path: number[] = [];
    while (!seen.has(at)) {
      seen.set(at, path.length);
      path.push(at);
      const next = this.#entry(at).parents.find((p) => (pending[p] ?? 0) > 0);
      if (next === undefined) break;
      at = next;
    }
    // The walk went child to parent; list the cycle parent first, starting from the revision
    // given first, so the message is stable.
    const cycle = path.slice(seen.get(at) ?? 0).reverse();
    const first = cycle.indexOf(Math.min(...cycle));
    return [...cycle.slice(first), ...cycle.slice(0, first)].map((i) => this.#id(i));
  }

  /**
   * Alembic's branch label rules: a label reaches every descendant, and also the revisions
   * below its own revision down to (not including) the nearest branch point or merge point.
   * Alembic starts that downward walk from an arbitrary descendant, which can stop it early;
   * this walks from the labelled revision itself, which is what the rule means.
   */
  #inheritLabels(order: readonly number[]): void {
    if (this.#labelOwner.size === 0) {
      // No label anywhere (most histories): every revision has none.
      for (let i = 0; i < this.#entries.length; i++) this.#labels.push(NO_LABELS);
      return;
    }
    const seeds = new Map<number, Set<string>>();
    const seed = (i: number, label: string) => {
      const set = seeds.get(i) ?? new Set<string>();
      set.add(label);
      seeds.set(i, set);
    };
    for (const [label, owner] of this.#labelOwner) {
      seed(owner, label);
      let at = this.#entry(owner);
      while (at.down.length === 1) {
        const parentIndex = at.down[0] as number;
        const parent = this.#entry(parentIndex);
        if (parent.allChildren.length > 1 || parent.down.length > 1) break;
        seed(parentIndex, label);
        at = parent;
      }
    }
    for (const i of order) {
      const entry = this.#entry(i);
      const own = seeds.get(i);
      const [only] = entry.down;
      if (own === undefined && entry.down.length === 1 && only !== undefined) {
        // A plain chain shares its parent's set: 10,000 revisions, not 10,000 sets.
        this.#labels[i] = this.#labels[only] ?? NO_LABELS;
        continue;
      }
      const labels = new Set<string>(own);
      for (const p of entry.down)
        for (const label of this.#labels[p] ?? NO_LABELS) labels.add(label);
      this.#labels[i] = labels.size === 0 ? NO_LABELS : labels;
    }
  }

  #closure(
    starts: Iterable<number>,
    edges: "parents" | "down" | "children" | "allChildren",
  ): Set<number> {
    const seen = new Set<number>();
    const stack = [...starts];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      if (seen.has(i)) continue;
      seen.add(i);
      const nexts = this.#entry(i)[edges];
      for (let k = 0; k < nexts.length; k++) if (!seen.has(nexts[k]!)) stack.push(nexts[k]!);
    }
    return seen;
  }

  /**
   * Depth-first post-order over parents from `starts`: parents and dependencies come before
   * each revision, and one branch is finished before the next starts. Nodes in `skip` and
   * their ancestors are left out. Iterative, so a 10,000-deep chain does not blow the stack.
   */
  #postOrder(starts: readonly number[], skip: ReadonlySet<number> | undefined): number[] {
    const entries = this.#entries;
    const visited = new Uint8Array(entries.length);
    const out: number[] = [];
    // A node is on the stack at most once: typed arrays of the graph's size, no closure, since
    // `history` walks all of 10,000 revisions once, mostly before the JIT compiles this.
    const stack = new Int32Array(entries.length);
    const cursor = new Int32Array(entries.length);
    let depth = 0;
    for (let s = 0; s < starts.length; s++) {
      const start = starts[s]!;
      if (visited[start] === 1 || skip?.has(start)) continue;
      visited[start] = 1;
      stack[0] = start;
      cursor[0] = 0;
      depth = 1;
      while (depth > 0) {
        const top = depth - 1;
        const i = stack[top]!;
        const k = cursor[top]!;
        const parents = entries[i]!.parents;
        if (k < parents.length) {
          cursor[top] = k + 1;
          const parent = parents[k]!;
          if (visited[parent] === 1 || skip?.has(parent)) continue;
          visited[parent] = 1;
          stack[depth] = parent;
          cursor[depth] = 0;
          depth++;
        } else {
          depth--;
          out.push(i);
        }
      }
    }
    return out;
  }

  /** Revisions that share a line of descent with `root`: its ancestors and descendants. */
  #lineage(root: number): ReadonlySet<number> {
    let lineage = this.#lineageCache.get(root);
    if (lineage === undefined) {
      const set = this.#closure([root], "down");
      for (const i of this.#closure([root], "children")) set.add(i);
      lineage = set;
      this.#lineageCache.set(root, lineage);
    }
    return lineage;
  }

  /** A `<label>@` prefix: a declared label, or (as Alembic allows) a revision. */
  #branchRoot(label: string): number {
    const owner = this.#labelOwner.get(label) ?? this.#index.get(label);
    if (owner !== undefined) return owner;
    const candidates = this.#withPrefix(label);
    const [only] = candidates;
    if (only !== undefined && candidates.length === 1) return only;
    throw new UnknownBranchLabelError({ label, known: [...this.#labelOwner.keys()].sort() });
  }

  /** The lowest revisions carrying `label`: where that branch begins. */
  #labelBottoms(label: string): number[] {
    if (!this.#labelOwner.has(label)) {
      // `<rev>@base`: Alembic's reading, the roots below that revision.
      const below = this.#closure([this.#branchRoot(label)], "down");
      return this.#baseIndices.filter((i) => below.has(i));
    }
    const bottoms: number[] = [];
    this.#entries.forEach((entry, i) => {
      if (!this.#labels[i]?.has(label)) return;
      if (entry.down.every((p) => !this.#labels[p]?.has(label))) bottoms.push(i);
    });
    return bottoms;
  }

  #lookup(symbol: string, lineageRoot: number | undefined): number {
    const exact = this.#index.get(symbol) ?? this.#labelOwner.get(symbol);
    if (exact !== undefined) return exact;
    let candidates = this.#withPrefix(symbol);
    if (lineageRoot !== undefined && candidates.length > 1) {
      const lineage = this.#lineage(lineageRoot);
      candidates = candidates.filter((i) => lineage.has(i));
    }
    const [only] = candidates;
    if (only === undefined) throw new UnknownRevisionError({ revision: symbol });
    if (candidates.length > 1) {
      throw new AmbiguousRevisionError({
        prefix: symbol,
        candidates: candidates.map((i) => this.#id(i)),
      });
    }
    return only;
  }

  #parseTarget(argument: string, current: readonly number[] | undefined, mode: Mode): Target {
    if (argument.includes(":")) throw new RangeNotAllowedError({ argument });
    const text = argument.trim();
    if (text === "") {
      throw new BadRevisionArgumentError({ argument, reason: "it is empty" });
    }
    const exact = this.#index.get(text) ?? this.#labelOwner.get(text);
    if (exact !== undefined) return { revisions: [exact] };

    const relative = RELATIVE.exec(text);
    if (relative !== null) {
      return this.#parseRelative(
        argument,
        relative[1],
        relative[2],
        Number.parseInt(relative[3] ?? "0", 10),
        current,
        mode,
      );
    }

    const at = text.indexOf("@");
    if (at < 0) return { revisions: this.#absolute(text, undefined) };
    const label = text.slice(0, at);
    const symbol = text.slice(at + 1);
    if (label === "" || symbol === "" || symbol.includes("@")) {
      throw new BadRevisionArgumentError({
        argument,
        reason: 'expected "<label>@<revision>", "<label>@head" or "<label>@base"',
      });
    }
    const root = this.#branchRoot(label);
    return {
      revisions: this.#absolute(symbol, label),
      restrictTo: root,
      ...(symbol === "base" ? { labelBase: label } : {}),
    };
  }

  /** `head`, `heads`, `base` or a revision, optionally within a branch. */
  #absolute(symbol: string, label: string | undefined): number[] {
    const root = label === undefined ? undefined : this.#branchRoot(label);
    const lineage = root === undefined ? undefined : this.#lineage(root);
    switch (symbol) {
      case "base":
        return [];
      case "heads":
        return lineage === undefined
          ? this.#realHeadIndices
          : this.#headIndices.filter((i) => lineage.has(i));
      case "head": {
        const heads =
          lineage === undefined
            ? this.#headIndices
            : this.#headIndices.filter((i) => lineage.has(i));
        if (heads.length > 1) {
          const labels = unique(heads.flatMap((i) => [...(this.#labels[i] ?? NO_LABELS)]));
          throw new MultipleHeadsError({
            argument: label === undefined ? "head" : `${label}@head`,
            heads: heads.map((i) => this.#id(i)),
            labels,
          });
        }
        return heads;
      }
      default: {
        const found = this.#lookup(symbol, root);
        if (lineage !== undefined && !lineage.has(found) && label !== undefined) {
          throw new RevisionNotInBranchError({ revision: this.#id(found), label });
        }
        return [found];
      }
    }
  }

  #parseRelative(
    argument: string,
    label: string | undefined,
    symbol: string | undefined,
    steps: number,
    current: readonly number[] | undefined,
    mode: Mode,
  ): Target {
    const root = label === undefined ? undefined : this.#branchRoot(label);
    if (symbol !== undefined) {
      const starts = this.#absolute(symbol, label);
      if (starts.length > 1) {
        throw new MultipleHeadsError({ argument, heads: starts.map((i) => this.#id(i)) });
      }
      const start = starts[0] ?? null;
      const walk = this.#walkSteps(start, steps, root, argument, mode === "downgrade", (side) =>
        start === null ? undefined : `${this.#id(side)}@${this.#id(start)}${steps}`,
      );
      return { revisions: walk.revisions, belowMerge: walk.belowMerge, restrictTo: root };
    }
    if (current === undefined) {
      throw new BadRevisionArgumentError({
        argument,
        reason: "a step relative to the current revision needs the current heads",
      });
    }
    const up = steps > 0;
    if (steps === 0 || (up && mode === "downgrade") || (!up && mode === "upgrade")) {
      throw new BadRevisionArgumentError({
        argument,
        reason:
          mode === "downgrade"
            ? "a downgrade takes a negative step from the current revision, like -1"
            : mode === "upgrade"
              ? "an upgrade takes a positive step from the current revision, like +1"
              : "a relative step must not be zero",
      });
    }
    const start = this.#relativeStart(current, root, argument, up, steps);
    const walk = this.#walkSteps(start, steps, root, argument, mode === "downgrade", (side) => {
      if (start === null) return undefined;
      // `<side>@-N` starts where this walk did unless another current head shares that line.
      const lineage = this.#lineage(side);
      const alone = current.every((i) => i === start || !lineage.has(i));
      return `${this.#id(side)}@${alone ? "" : this.#id(start)}${steps}`;
    });
    // With a label, only what the walk went down through goes: the label may name one side of
    // a merge the walk crossed (`<parent>@-2`), where every ancestor of the start would take the
    // other side too. Alembic keeps to the label's ancestors, which gives the same for a
    // revision but refuses a target above a declared label's first revision with two children.
    const restrictTo = label === undefined ? start : walk.through;
    return {
      revisions: walk.revisions,
      belowMerge: walk.belowMerge,
      restrictTo: restrictTo ?? undefined,
    };
  }

  /** Where `+N` / `-N` start: the one current head (on the label's branch, if given). */
  #relativeStart(
    current: readonly number[],
    root: number | undefined,
    argument: string,
    up: boolean,
    steps: number,
  ): number | null {
    let starts = [...current];
    if (root !== undefined) {
      const lineage = this.#lineage(root);
      starts = starts.filter((i) => lineage.has(i));
      if (starts.length === 0) {
        // The branch's tip may be an ancestor of a head on another branch.
        const onBranch = [...this.#closure(current, "parents")].filter((i) => lineage.has(i));
        const covered = new Set(onBranch.flatMap((i) => this.#entry(i).parents));
        starts = onBranch.filter((i) => !covered.has(i));
      }
    }
    if (starts.length > 1) {
      throw new AmbiguousRelativeError({ argument, candidates: starts.map((i) => this.#id(i)) });
    }
    const [start] = starts;
    if (start !== undefined) return start;
    if (up) return null;
    throw new RelativeOutOfRangeError({ argument, start: "base", steps, walked: 0 });
  }

  /**
   * Walks `steps` revisions up (children) or down (down revisions). A downgrade's last step
   * down from a merge is not ambiguous: it lands on all the merge's parents at once.
   * `sideArgument` writes, for a downgrade that forks at a merge, the argument that takes the
   * same walk down one parent.
   */
  #walkSteps(
    start: number | null,
    steps: number,
    root: number | undefined,
    argument: string,
    downgrade: boolean,
    sideArgument: (side: number) => string | undefined,
  ): WalkResult {
    const lineage = root === undefined ? undefined : this.#lineage(root);
    let at = start;
    let through: number | null = null;
    for (let walked = 0; walked < Math.abs(steps); walked++) {
      let candidates: readonly number[];
      if (steps > 0) {
        candidates = at === null ? this.#baseIndices : this.#entry(at).children;
      } else {
        if (at === null) {
          throw new RelativeOutOfRangeError({
            argument,
            start: start === null ? "base" : this.#id(start),
            steps,
            walked,
          });
        }
        candidates = this.#entry(at).down;
        if (candidates.length === 0) {
          through = at;
          at = null;
          continue;
        }
      }
      if (lineage !== undefined) candidates = candidates.filter((i) => lineage.has(i));
      const [next] = candidates;
      if (next === undefined) {
        throw new RelativeOutOfRangeError({
          argument,
          start: start === null ? "base" : this.#id(start),
          steps,
          walked,
        });
      }
      if (candidates.length > 1) {
        const remaining = Math.abs(steps) - walked - 1;
        if (downgrade && steps < 0 && remaining === 0 && at !== null) {
          return { revisions: candidates, belowMerge: at, through: at };
        }
        const sign = steps > 0 ? "+" : "-";
        // Each names one side and the steps left, so it resolves where the argument did not.
        // A downgrade cannot say `<parent>-N`: that lands on a revision below the fork (the
        // branch point, at worst) and reverts everything above it, the other side included.
        const side = (i: number) =>
          (downgrade && steps < 0 ? sideArgument(i) : undefined) ??
          (remaining === 0 ? this.#id(i) : `${this.#id(i)}${sign}${remaining}`);
        throw new AmbiguousRelativeError({
          argument,
          at: at === null ? "base" : this.#id(at),
          candidates: candidates.map((i) => this.#id(i)),
          suggestions: candidates.map(side),
        });
      }
      through = at;
      at = next;
    }
    return { revisions: at === null ? [] : [at], through };
  }
}

function unique<V>(values: readonly V[]): V[] {
  return [...new Set(values)];
}

function checkRevisionId(revision: string): void {
  const reason = revisionIdProblem(revision);
  if (reason !== undefined) {
    throw new InvalidIdentifierError({ identifier: revision, revision, reason });
  }
}

function checkLabel(label: string, revision: string): void {
  const reason = branchLabelProblem(label);
  if (reason !== undefined)
    throw new InvalidIdentifierError({ identifier: label, revision, reason });
}
