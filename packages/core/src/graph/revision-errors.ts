import { RetortError } from "../errors/retort-error";

// The revision graph's errors live together: each is small, and reading them side by side
// keeps their messages and hints consistent.

const HISTORY_HINT = 'run "retort history" to list the revisions, or "retort heads" for the heads.';

function list(ids: readonly string[], max = 5): string {
  if (ids.length <= max) return ids.join(", ");
  return `${ids.slice(0, max).join(", ")} and ${ids.length - max} more`;
}

/**
 * The revisions (down revisions and dependencies together) form a cycle.
 *
 * @example
 * ```ts
 * new RevisionGraph([{ revision: "a", downRevisions: ["b"], ... }, { revision: "b", downRevisions: ["a"], ... }]);
 * // CycleDetectedError: Cycle detected in revisions (a, b).
 * ```
 */
export class CycleDetectedError extends RetortError {
  readonly revisions: readonly string[];
  constructor(args: { revisions: readonly string[] }) {
    super("CYCLE_DETECTED", `Cycle detected in revisions (${list(args.revisions, 20)}).`, {
      hint: "fix downRevision or dependsOn in these migration files so that no revision is its own ancestor.",
      details: { revisions: args.revisions },
    });
    this.name = "CycleDetectedError";
    this.revisions = args.revisions;
  }
}

/** Two migrations declare the same revision id. */
export class DuplicateRevisionError extends RetortError {
  readonly revision: string;
  constructor(args: { revision: string }) {
    super("DUPLICATE_REVISION", `Revision ${args.revision} is present more than once.`, {
      hint: "give one of the two migration files a new revision id.",
      details: { revision: args.revision },
    });
    this.name = "DuplicateRevisionError";
    this.revision = args.revision;
  }
}

/** A migration names a down revision that no migration declares. */
export class MissingDownRevisionError extends RetortError {
  readonly revision: string;
  readonly downRevision: string;
  constructor(args: { revision: string; downRevision: string }) {
    super(
      "MISSING_DOWN_REVISION",
      `Revision ${args.downRevision}, the down revision of ${args.revision}, is not present.`,
      {
        hint: `restore the migration ${args.downRevision}, or point downRevision of ${args.revision} at an existing revision.`,
        details: { revision: args.revision, downRevision: args.downRevision },
      },
    );
    this.name = "MissingDownRevisionError";
    this.revision = args.revision;
    this.downRevision = args.downRevision;
  }
}

/** A migration's `dependsOn` names nothing known (no revision, prefix, or branch label). */
export class MissingDependencyError extends RetortError {
  readonly revision: string;
  readonly dependency: string;
  constructor(args: { revision: string; dependency: string }) {
    super(
      "MISSING_DEPENDENCY",
      `Dependency "${args.dependency}" of revision ${args.revision} is not a known revision or branch label.`,
      {
        hint: `fix dependsOn in ${args.revision}: it takes revision ids, unique prefixes, or branch labels.`,
        details: { revision: args.revision, dependency: args.dependency },
      },
    );
    this.name = "MissingDependencyError";
    this.revision = args.revision;
    this.dependency = args.dependency;
  }
}

/** A branch label is declared twice, or equals a revision id. */
export class DuplicateBranchLabelError extends RetortError {
  readonly label: string;
  readonly revisions: readonly string[];
  constructor(args: {
    label: string;
    revisions: readonly string[];
    collidesWithRevision?: boolean;
  }) {
    const [first, second] = args.revisions;
    super(
      "DUPLICATE_BRANCH_LABEL",
      args.collidesWithRevision
        ? `Branch label "${args.label}" in revision ${first} is also a revision id.`
        : `Branch label "${args.label}" in revision ${second} is already used by revision ${first}.`,
      {
        hint: "branch labels must be unique and differ from every revision id; rename one of them.",
        details: { label: args.label, revisions: args.revisions },
      },
    );
    this.name = "DuplicateBranchLabelError";
    this.label = args.label;
    this.revisions = args.revisions;
  }
}

/**
 * A revision id or branch label breaks its rule: revision ids follow
 * `revisionIdProblem` (letters, digits or `_`, at most 32); labels may not contain
 * `@ :`; neither may be `head`, `heads` or `base`.
 */
export class InvalidIdentifierError extends RetortError {
  readonly identifier: string;
  constructor(args: { identifier: string; revision: string; reason: string }) {
    super(
      "BAD_REVISION_ARGUMENT",
      `"${args.identifier}" in revision ${args.revision} is not a valid identifier: ${args.reason}.`,
      {
        hint: "rename it: revision ids are letters, digits or `_` (at most 32) and labels avoid @ :; neither may be head, heads or base.",
        details: { identifier: args.identifier, revision: args.revision, reason: args.reason },
      },
    );
    this.name = "InvalidIdentifierError";
    this.identifier = args.identifier;
  }
}

/**
 * An argument that needs one revision (`head`, `label@head`) found several heads.
 *
 * @example
 * ```ts
 * graph.resolve("head");
 * // MultipleHeadsError: Multiple heads are present (a1b2c3d4e5f6, 9f8e7d6c5b4a) for "head".
 * ```
 */
export class MultipleHeadsError extends RetortError {
  readonly argument: string;
  readonly heads: readonly string[];
  constructor(args: { argument: string; heads: readonly string[]; labels?: readonly string[] }) {
    const label = args.labels?.[0];
    const oneBranch = label === undefined ? '"<label>@head"' : `"${label}@head"`;
    super(
      "MULTIPLE_HEADS",
      `Multiple heads are present (${list(args.heads, 10)}) for "${args.argument}".`,
      {
        hint: `upgrade all with "heads", one branch with ${oneBranch}, or join them with "retort merge heads".`,
        details: { argument: args.argument, heads: args.heads },
      },
    );
    this.name = "MultipleHeadsError";
    this.argument = args.argument;
    this.heads = args.heads;
  }
}

/** A revision prefix matches more than one revision. */
export class AmbiguousRevisionError extends RetortError {
  readonly prefix: string;
  readonly candidates: readonly string[];
  constructor(args: { prefix: string; candidates: readonly string[]; referencedBy?: string }) {
    const where = args.referencedBy === undefined ? "" : ` (in dependsOn of ${args.referencedBy})`;
    super(
      "AMBIGUOUS_REVISION",
      `Revision prefix "${args.prefix}"${where} matches ${args.candidates.length} revisions: ${list(args.candidates)}.`,
      {
        hint: "type more characters of the revision id.",
        details: { prefix: args.prefix, candidates: args.candidates },
      },
    );
    this.name = "AmbiguousRevisionError";
    this.prefix = args.prefix;
    this.candidates = args.candidates;
  }
}

/** No revision has this id (or prefix), and no branch has this label. */
export class UnknownRevisionError extends RetortError {
  readonly revision: string;
  constructor(args: { revision: string }) {
    super("UNKNOWN_REVISION", `No such revision or branch "${args.revision}".`, {
      hint: HISTORY_HINT,
      details: { revision: args.revision },
    });
    this.name = "UnknownRevisionError";
    this.revision = args.revision;
  }
}

/** `<label>@...` names a label that no revision declares. */
export class UnknownBranchLabelError extends RetortError {
  readonly label: string;
  constructor(args: { label: string; known: readonly string[] }) {
    super("UNKNOWN_BRANCH_LABEL", `No such branch "${args.label}".`, {
      hint:
        args.known.length === 0
          ? "no revision declares a branch label; add one with `retort revision --branch-label`."
          : `known branch labels: ${list(args.known, 10)}.`,
      details: { label: args.label, known: args.known },
    });
    this.name = "UnknownBranchLabelError";
    this.label = args.label;
  }
}

/** `<label>@<rev>` names a revision outside that branch's lineage. */
export class RevisionNotInBranchError extends RetortError {
  readonly revision: string;
  readonly label: string;
  constructor(args: { revision: string; label: string }) {
    super(
      "BAD_REVISION_ARGUMENT",
      `Revision ${args.revision} is not a member of branch "${args.label}".`,
      {
        hint: `run "retort history -r ${args.label}@base:${args.label}@head" to see the branch's revisions.`,
        details: { revision: args.revision, label: args.label },
      },
    );
    this.name = "RevisionNotInBranchError";
    this.revision = args.revision;
    this.label = args.label;
  }
}

/** A relative argument (`-3`, `head-2`, `+1`) walks past base or past the heads. */
export class RelativeOutOfRangeError extends RetortError {
  readonly argument: string;
  constructor(args: { argument: string; start: string; steps: number; walked: number }) {
    const direction = args.steps < 0 ? "down" : "up";
    const edge = args.steps < 0 ? "base" : "the heads";
    super(
      "RELATIVE_OUT_OF_RANGE",
      `Relative revision "${args.argument}" goes past ${edge}: only ${args.walked} of ${Math.abs(args.steps)} steps ${direction} from ${args.start} exist.`,
      {
        hint:
          args.steps < 0
            ? 'use a smaller step, or "base" to remove every revision.'
            : 'use a smaller step, or "heads" to apply every revision.',
        details: {
          argument: args.argument,
          start: args.start,
          steps: args.steps,
          walked: args.walked,
        },
      },
    );
    this.name = "RelativeOutOfRangeError";
    this.argument = args.argument;
  }
}

/**
 * A relative argument has no single path: it starts from several current heads, or crosses
 * a branch point (walking up) or a merge point (walking down).
 */
export class AmbiguousRelativeError extends RetortError {
  readonly argument: string;
  readonly candidates: readonly string[];
  /** Arguments that resolve, one per side, when the walk forked at a revision. */
  readonly suggestions: readonly string[];
  constructor(args: {
    argument: string;
    candidates: readonly string[];
    at?: string;
    suggestions?: readonly string[];
  }) {
    const message =
      args.at === undefined
        ? `Relative revision "${args.argument}" is ambiguous: there are several current heads (${list(args.candidates, 10)}).`
        : `Relative revision "${args.argument}" is ambiguous at ${args.at}: it could continue to ${list(args.candidates, 10)}.`;
    const suggestions = args.suggestions ?? [];
    super("AMBIGUOUS_RELATIVE", message, {
      hint:
        suggestions.length > 0
          ? `pick a side: ${suggestions.map((s) => `"${s}"`).join(" or ")}, or give an absolute revision.`
          : 'name the branch, as in "<label>@-1" or "<revision>-1", or give an absolute revision.',
      details: {
        argument: args.argument,
        candidates: args.candidates,
        at: args.at,
        suggestions: args.suggestions,
      },
    });
    this.name = "AmbiguousRelativeError";
    this.argument = args.argument;
    this.candidates = args.candidates;
    this.suggestions = suggestions;
  }
}

/** The argument is not valid revision syntax, or not valid for this command. */
export class BadRevisionArgumentError extends RetortError {
  readonly argument: string;
  constructor(args: { argument: string; reason: string; hint?: string }) {
    super("BAD_REVISION_ARGUMENT", `Bad revision argument "${args.argument}": ${args.reason}.`, {
      hint:
        args.hint ??
        'use a revision id or unique prefix, "head", "heads", "base", "<label>@head", or a relative step like "-1".',
      details: { argument: args.argument, reason: args.reason },
    });
    this.name = "BadRevisionArgumentError";
    this.argument = args.argument;
  }
}

/** A range `a:b` was given where one revision is expected. */
export class RangeNotAllowedError extends RetortError {
  readonly argument: string;
  constructor(args: { argument: string }) {
    super("RANGE_NOT_ALLOWED", `A revision range ("${args.argument}") is not allowed here.`, {
      hint: "give one revision; ranges work with --sql (offline) and with history -r.",
      details: { argument: args.argument },
    });
    this.name = "RangeNotAllowedError";
    this.argument = args.argument;
  }
}

/**
 * An offline range given the wrong way round: `upgrade a:b` with `b` below `a` (which would
 * print nothing), or `downgrade a:b` with `b` above `a`.
 */
export class RangeBackwardsError extends RetortError {
  readonly from: string;
  readonly to: string;
  constructor(args: { direction: "up" | "down"; from: string; to: string }) {
    const verb = args.direction === "up" ? "upgrade" : "downgrade";
    const where = args.direction === "up" ? "below" : "above";
    super(
      "RANGE_BACKWARDS",
      `The ${verb} range ${args.from}:${args.to} runs the wrong way: ${args.to} is ${where} ${args.from}.`,
      {
        hint:
          args.direction === "up"
            ? `an upgrade range goes <older>:<newer> ("${args.to}:${args.from}"); to go down, use downgrade ${args.from}:${args.to}.`
            : `a downgrade range goes <newer>:<older> ("${args.to}:${args.from}"); to go up, use upgrade ${args.from}:${args.to}.`,
        details: { direction: args.direction, from: args.from, to: args.to },
      },
    );
    this.name = "RangeBackwardsError";
    this.from = args.from;
    this.to = args.to;
  }
}

/**
 * A range's start is not below its end, or a downgrade target is not among the applied
 * revisions.
 */
export class RangeNotAncestorError extends RetortError {
  readonly lower: string;
  readonly upper: readonly string[];
  constructor(args: { lower: string; upper: readonly string[]; downgrade?: boolean }) {
    const upper = args.upper.length === 0 ? "base" : list(args.upper, 10);
    super(
      "BAD_REVISION_ARGUMENT",
      args.downgrade
        ? `Revision ${args.lower} is not a valid downgrade target from the current heads (${upper}).`
        : `Revision ${args.lower} is not an ancestor of ${upper}.`,
      {
        hint: args.downgrade
          ? 'downgrade to a revision at or below the current heads; see "retort history --indicate-current".'
          : "put the older revision first: <older>:<newer>.",
        details: { lower: args.lower, upper: args.upper },
      },
    );
    this.name = "RangeNotAncestorError";
    this.lower = args.lower;
    this.upper = args.upper;
  }
}
