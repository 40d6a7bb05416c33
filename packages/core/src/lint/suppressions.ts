/** A `retort-lint-ignore` comment, read. */
export interface Suppression {
  readonly rules: readonly string[];
  readonly reason: string;
  readonly line: number;
  /** `retort-lint-ignore-file`, or a comment above the migration's definition. */
  readonly isFileWide: boolean;
}

/** A suppression comment that cannot be honoured, and why. */
export interface BadSuppression {
  readonly line: number;
  readonly problem: string;
}

const statementMarker = "retort-lint-ignore";
const fileMarker = "retort-lint-ignore-file";

/**
 * Reads a comment as a suppression: `retort-lint-ignore <rule>[, <rule>...]: <why>`, or
 * `retort-lint-ignore-file ...` for the whole migration. A missing reason or an unknown rule
 * makes it a {@link BadSuppression}: a silenced warning must say why, for the reviewer.
 *
 * @example
 * ```ts
 * parseSuppression("retort-lint-ignore drop-column: unused since 2.3", 4, false, ids);
 * // { rules: ["drop-column"], reason: "unused since 2.3", line: 4, isFileWide: false }
 * ```
 */
export function parseSuppression(
  text: string,
  line: number,
  isAboveDefinition: boolean,
  knownRules: ReadonlySet<string>,
): Suppression | BadSuppression | undefined {
  const isFile = text.startsWith(fileMarker);
  if (!isFile && !text.startsWith(statementMarker)) return undefined;
  const rest = text.slice((isFile ? fileMarker : statementMarker).length);
  if (rest !== "" && rest[0] !== " " && rest[0] !== ":") return undefined;
  const colon = rest.indexOf(":");
  const reason = colon === -1 ? "" : rest.slice(colon + 1).trim();
  const rules = (colon === -1 ? rest : rest.slice(0, colon))
    .split(",")
    .map((rule) => rule.trim())
    .filter((rule) => rule !== "");
  const usage = `write \`// ${isFile ? fileMarker : statementMarker} <rule>: <why it is safe here>\``;
  if (rules.length === 0) return { line, problem: `names no rule; ${usage}.` };
  if (reason === "") {
    return { line, problem: `ignores ${rules.join(", ")} without a reason; ${usage}.` };
  }
  const unknown = rules.filter((rule) => !knownRules.has(rule));
  if (unknown.length > 0) {
    return {
      line,
      problem: `names unknown rule${unknown.length === 1 ? "" : "s"} ${unknown.join(", ")} (see \`retort lint --help\` for the rule list).`,
    };
  }
  return { rules, reason, line, isFileWide: isFile || isAboveDefinition };
}

/** Tells a parsed comment's kind. */
export function isBadSuppression(value: Suppression | BadSuppression): value is BadSuppression {
  return "problem" in value;
}
