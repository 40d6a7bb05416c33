import { RetortError } from "../errors/retort-error";
import { babelParser } from "./babel-parser";

/**
 * The migration file template `retort init` copies to `<migrations>/script.ts.tmpl`, where a
 * team can change it. Placeholders are `{{name}}`; header values are rendered as literals.
 */
export const defaultRevisionTemplate = `import { defineMigration } from "retort/migration";

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
 * For each line of `code`, whether it starts inside a template literal: inside the text of one,
 * not in a `${...}` substitution. Code that does not parse is indented everywhere.
 */
function linesStartingInTemplate(code: string): boolean[] {
  const result = code.split("\n").map(() => false);
  let tokens: readonly { type: string | { label: string }; start: number; end: number }[];
  try {
    tokens =
      babelParser().parse(code, {
        sourceType: "module",
        plugins: ["typescript"],
        allowAwaitOutsideFunction: true,
        allowReturnOutsideFunction: true,
        tokens: true,
      }).tokens ?? [];
  } catch {
    return result;
  }
  // Tokens come in order, so one pass over the text counts the lines.
  let line = 0;
  let at = 0;
  for (const token of tokens) {
    if (typeof token.type === "string" || token.type.label !== "template") continue;
    for (; at < token.end; at++) {
      if (code[at] === "\n") {
        line++;
        if (at >= token.start) result[line] = true;
      }
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
