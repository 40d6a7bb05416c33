/**
 * One revision as the script directory hands it to {@link RevisionGraph}: ids only, no file
 * or module. Extra fields on a subtype (file path, message) ride along untouched.
 *
 * @example
 * ```ts
 * const node: RevisionNode = {
 *   revision: "3f2a9c1b7d4e",
 *   downRevisions: ["1975ea83b712"],
 *   branchLabels: [],
 *   dependsOn: [],
 * };
 * ```
 */
export interface RevisionNode {
  /** The full revision id. */
  readonly revision: string;
  /** Parent revision ids: `[]` for a root, two or more for a merge. */
  readonly downRevisions: readonly string[];
  /** Labels declared on this revision (inherited ones come from `branchLabelsOf`). */
  readonly branchLabels: readonly string[];
  /** Revisions this one needs besides its parents: ids, unique prefixes, or branch labels. */
  readonly dependsOn: readonly string[];
}
