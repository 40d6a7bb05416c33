import { RetortError } from "../errors/retort-error";

/**
 * The migration file template `retort init` copies to `<migrations>/script.ts.tmpl`, where a
 * team can change it. Placeholders are `{{name}}`; header values are rendered as literals.
 */
export const defaultRevisionTemplate = `import { defineMigration } from "retort";

export default defineMigration({
  revision: {{revision}},
  downRevision: {{downRevision}},
  branchLabels: {{branchLabels}},
  dependsOn: {{dependsOn}},{{extraHeader}}
  message: {{message}},
  createdAt: {{createdAt}},
  up(op) {
{{upgrades}}
  },
  down(op) {
{{downgrades}}
  },
});
`;

/** What a new migration file says. */
export interface RevisionFileContent {
  readonly revision: string;
  readonly downRevisions: readonly string[];
  readonly branchLabels?: readonly string[];
  readonly dependsOn?: readonly string[];
  readonly message?: string;
  readonly createdAt: Date;
  /** Written as `replaces: [...]` (by `retort squash`). */
  readonly replaces?: readonly string[];
  /** `false` writes `transactional: false`. */
  readonly transactional?: boolean;
  /** Statements of `up`, one per line, not indented. Default is a comment. */
  readonly upgrades?: string;
  /** Statements of `down`, one per line, not indented. Default is a comment. */
  readonly downgrades?: string;
}

const placeholder = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/**
 * Fills a revision template.
 *
 * @example
 * ```ts
 * renderRevisionTemplate(defaultRevisionTemplate, {
 *   revision: "3f2a9c1b7d4e", downRevisions: [], message: "init", createdAt: new Date(),
 * });
 * ```
 */
export function renderRevisionTemplate(template: string, content: RevisionFileContent): string {
  const down = content.downRevisions;
  const extra: string[] = [];
  if (content.transactional === false) extra.push("\n  transactional: false,");
  if (content.replaces !== undefined && content.replaces.length > 0) {
    extra.push(`\n  replaces: ${literal(content.replaces)},`);
  }
  const values: Record<string, string> = {
    revision: literal(content.revision),
    downRevision: down.length === 0 ? "null" : down.length === 1 ? literal(down[0]) : literal(down),
    branchLabels: literal(content.branchLabels ?? []),
    dependsOn: literal(content.dependsOn ?? []),
    message: literal(content.message ?? ""),
    createdAt: literal(content.createdAt.toISOString()),
    extraHeader: extra.join(""),
    upgrades: indent(content.upgrades ?? "// Nothing to do: write the upgrade with `op`."),
    downgrades: indent(content.downgrades ?? "// Nothing to do: write the downgrade with `op`."),
  };
  return template.replace(placeholder, (match, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new RetortError(
        "TEMPLATE_NOT_FOUND",
        `The revision template has an unknown placeholder ${match}.`,
        {
          hint: `known placeholders: ${Object.keys(values)
            .map((key) => `{{${key}}}`)
            .join(", ")}.`,
        },
      );
    }
    return value;
  });
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  return JSON.stringify(value);
}

/**
 * Indents the code of a body by four spaces. A line that starts inside a template literal is
 * part of a string (a function's body in `op.execute(\`...\`)`): indenting it would change the
 * SQL, so it stays as it is.
 */
function indent(body: string): string {
  const lines = body.split("\n");
  const inTemplate = linesStartingInTemplate(body);
  return lines
    .map((line, k) => (line.length === 0 || inTemplate[k] ? line : `    ${line}`))
    .join("\n");
}

/**
 * For each line of JavaScript `code`, whether it starts inside a template literal. Strings,
 * comments and `${...}` substitutions are followed well enough for generated code (no regular
 * expression literals).
 */
function linesStartingInTemplate(code: string): boolean[] {
  const result = [false];
  // Open contexts: a template literal, or the braces of a substitution within one.
  const stack: ("template" | number)[] = [];
  let quote: string | null = null;
  let comment: "line" | "block" | null = null;
  for (let k = 0; k < code.length; k++) {
    const ch = code[k]!;
    const next = code[k + 1];
    const top = stack.at(-1);
    if (ch === "\n") {
      result.push(top === "template");
      if (comment === "line") comment = null;
      continue;
    }
    if (comment === "line") continue;
    if (comment === "block") {
      if (ch === "*" && next === "/") {
        comment = null;
        k++;
      }
      continue;
    }
    if (top === "template") {
      if (ch === "\\") k++;
      else if (ch === "`") stack.pop();
      else if (ch === "$" && next === "{") {
        stack.push(0);
        k++;
      }
      continue;
    }
    if (quote !== null) {
      if (ch === "\\") k++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "`") stack.push("template");
    else if (ch === "/" && next === "/") comment = "line";
    else if (ch === "/" && next === "*") comment = "block";
    else if (typeof top === "number" && ch === "{") stack[stack.length - 1] = top + 1;
    else if (typeof top === "number" && ch === "}") {
      if (top === 0) stack.pop();
      else stack[stack.length - 1] = top - 1;
    }
  }
  return result;
}

/**
 * Alembic's slug: the message's words, lower case, joined by `_`, cut at a word boundary
 * before 40 characters.
 *
 * @example
 * ```ts
 * revisionSlug("Add account table"); // "add_account_table"
 * ```
 */
export function revisionSlug(message: string, maxLength = 40): string {
  let slug = (message.match(/[\p{L}\p{N}_]+/gu) ?? []).join("_").toLowerCase();
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength);
    const boundary = cut.lastIndexOf("_");
    slug = `${boundary > 0 ? cut.slice(0, boundary) : cut}_`;
  }
  return slug;
}
