export type { MigrationStep, VersionChange } from "./migration-step";
export { applyVersionChange } from "./migration-step";
export {
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
  RangeBackwardsError,
  RangeNotAllowedError,
  RangeNotAncestorError,
  RelativeOutOfRangeError,
  RevisionNotInBranchError,
  UnknownBranchLabelError,
  UnknownRevisionError,
} from "./revision-errors";
export type { RevisionRange } from "./revision-graph";
export { RevisionGraph } from "./revision-graph";
export {
  isRevisionId,
  MAX_REVISION_ID_LENGTH,
  newRevisionId,
  RESERVED_REVISION_WORDS,
  REVISION_ID_RULE,
  revisionIdProblem,
} from "./revision-id";
export type { RevisionNode } from "./revision-node";
export type { StampPlan, StampPlanOptions } from "./stamp-plan";
