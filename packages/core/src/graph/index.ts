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
  RangeNotAllowedError,
  RangeNotAncestorError,
  RelativeOutOfRangeError,
  RevisionNotInBranchError,
  UnknownBranchLabelError,
  UnknownRevisionError,
} from "./revision-errors";
export type { RevisionRange } from "./revision-graph";
export { RevisionGraph } from "./revision-graph";
export type { RevisionNode } from "./revision-node";
