import { randomBytes } from "node:crypto";

/** Words that revision arguments give a meaning of their own; no revision or label may be one. */
export const RESERVED_REVISION_WORDS: ReadonlySet<string> = new Set(["head", "heads", "base"]);

/** The longest revision id: the version table's `version_num` is `varchar(32)`. */
export const MAX_REVISION_ID_LENGTH = 32;

const plainRevisionId = /^[A-Za-z0-9_]{1,32}$/;

/** What a revision id is, in words, for messages and hints. */
export const REVISION_ID_RULE = `letters, digits or \`_\`, at most ${MAX_REVISION_ID_LENGTH} characters, and not \`head\`, \`heads\` or \`base\``;

/**
 * Why `id` cannot be a revision id, or `undefined` when it can. The one rule that generation,
 * `--rev-id`, migration headers and the revision graph all apply: letters, digits and `_`
 * (so `@ + - :`, which revision arguments use, never appear), at most 32 characters (what
 * the version table holds), and not a reserved word.
 *
 * @example
 * ```ts
 * revisionIdProblem("3f2a9c1b7d4e"); // undefined
 * revisionIdProblem("a-1");          // 'revision ids may not contain "-"'
 * revisionIdProblem("head");         // "it is a reserved word"
 * ```
 */
export function revisionIdProblem(id: string): string | undefined {
  // What almost every id is, answered without building the list of bad characters.
  if (plainRevisionId.test(id) && !RESERVED_REVISION_WORDS.has(id)) return undefined;
  if (id === "") return "it is empty";
  const bad = [...new Set(id.match(/[^A-Za-z0-9_]/gu) ?? [])];
  if (bad.length > 0) {
    return `revision ids may not contain ${bad.map((c) => JSON.stringify(c)).join(", ")}`;
  }
  if (id.length > MAX_REVISION_ID_LENGTH) {
    return `it is longer than ${MAX_REVISION_ID_LENGTH} characters`;
  }
  if (RESERVED_REVISION_WORDS.has(id)) return "it is a reserved word";
  return undefined;
}

/**
 * Why `label` cannot be a branch label, or `undefined` when it can: not empty, no `@`, `:` or
 * white space (revision arguments use them: `label@head`, `a:b`), and not a reserved word.
 *
 * @example
 * ```ts
 * branchLabelProblem("billing"); // undefined
 * branchLabelProblem("a b");     // "branch labels may not be empty or contain @, : or spaces"
 * ```
 */
export function branchLabelProblem(label: string): string | undefined {
  if (label === "" || /[@:\s]/.test(label)) {
    return "branch labels may not be empty or contain @, : or spaces";
  }
  if (RESERVED_REVISION_WORDS.has(label)) return "it is a reserved word";
  return undefined;
}

/**
 * Whether `id` is a valid revision id (see {@link revisionIdProblem}).
 *
 * @example
 * ```ts
 * isRevisionId("3f2a9c1b7d4e"); // true
 * isRevisionId("base");         // false
 * ```
 */
export function isRevisionId(id: string): boolean {
  return revisionIdProblem(id) === undefined;
}

/**
 * A fresh revision id: 12 lowercase hex digits, as Alembic makes them.
 *
 * @example
 * ```ts
 * newRevisionId(); // "3f2a9c1b7d4e"
 * ```
 */
export function newRevisionId(): string {
  return randomBytes(6).toString("hex");
}
