import type * as t from "@babel/types";
import { babelParser } from "../script/babel-parser";
import { scanProgram } from "../script/checksum-scan";
import { migrationObject } from "../script/migration-header";

/** An `op.<method>(...)` call in a migration's `up`, and the comment lines right above it. */
export interface CallSite {
  readonly method: string;
  readonly line: number;
  /** The text of the `//` comments on the lines directly above the call, nearest last. */
  readonly commentsAbove: readonly { readonly text: string; readonly line: number }[];
}

/** What the source of a migration file tells the linter. */
export interface MigrationSource {
  /** The `op.*` calls of `up(op)`, in source order. */
  readonly calls: readonly CallSite[];
  /** Comments before the migration's definition (`export default ...`), and every comment's text. */
  readonly fileComments: readonly { readonly text: string; readonly line: number }[];
  readonly allComments: readonly { readonly text: string; readonly line: number }[];
}

function* children(node: t.Node): Generator<t.Node> {
  for (const [key, value] of Object.entries(node)) {
    if (key === "loc" || key.endsWith("Comments") || key === "extra") continue;
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item !== null && typeof item === "object" && typeof (item as t.Node).type === "string") {
        yield item as t.Node;
      }
    }
  }
}

function* descendants(node: t.Node): Generator<t.Node> {
  yield node;
  for (const child of children(node)) yield* descendants(child);
}

/**
 * Reads where each `op.*` call of a migration's `up` sits, and its comments. Call sites are
 * read from the file's syntax tree rather than from stack traces at record time because
 * migrations run from a bundle (stack lines are the bundle's, not the file's), and because a
 * suppression comment is something only the text has. The tree is the same `@babel/parser`
 * the header reader uses, already loaded by then.
 *
 * @example
 * ```ts
 * readMigrationSource(text).calls[0]; // { method: "createIndex", line: 12, commentsAbove: [...] }
 * ```
 */
export function readMigrationSource(text: string): MigrationSource {
  // Comments matter to the linter only as suppressions. Without one, the call sites of a file
  // the scanner reads whole (what `revision --autogenerate` writes) need no Babel: loading and
  // warming it is most of linting a new migration.
  if (!text.includes("retort-lint-ignore")) {
    const program = scanProgram(text) as t.Program | undefined;
    if (program !== undefined) {
      return { calls: callSites(program), fileComments: [], allComments: [] };
    }
  }
  const file = babelParser().parse(text, {
    sourceType: "module",
    plugins: ["typescript"],
    errorRecovery: true,
  });
  const comments = (file.comments ?? []).map((comment) => ({
    text: comment.value.trim(),
    line: comment.loc?.start.line ?? 0,
    endLine: comment.loc?.end.line ?? 0,
  }));
  // Only a comment on a line of its own stands above the next line: one at the end of a line of
  // code belongs to that code, and silences nothing (the linter reports it).
  const ownLine = (file.comments ?? []).map((comment) => {
    const start = comment.start ?? 0;
    return text.slice(text.lastIndexOf("\n", start - 1) + 1, start).trim() === "";
  });
  const byEndLine = new Map(
    comments.flatMap((comment, i) => (ownLine[i] ? [[comment.endLine, comment] as const] : [])),
  );
  const definitionStart =
    file.program.body.find((statement) => statement.type === "ExportDefaultDeclaration")?.loc?.start
      .line ?? Number.POSITIVE_INFINITY;
  return {
    calls: callSites(file.program, byEndLine),
    fileComments: comments.filter((comment) => comment.endLine < definitionStart),
    allComments: comments,
  };
}

function callSites(
  program: t.Program,
  byEndLine: ReadonlyMap<number, { text: string; line: number }> = new Map(),
): CallSite[] {
  const calls: CallSite[] = [];
  const up = upOf(program);
  const param = up?.params[0];
  if (up !== undefined && param?.type === "Identifier") {
    for (const inner of descendants(up.body)) {
      if (inner.type !== "CallExpression") continue;
      const callee = inner.callee;
      if (
        callee.type !== "MemberExpression" ||
        callee.object.type !== "Identifier" ||
        callee.object.name !== param.name ||
        callee.property.type !== "Identifier"
      ) {
        continue;
      }
      const line = inner.loc?.start.line ?? 0;
      const above: { text: string; line: number }[] = [];
      for (let at = line - 1; byEndLine.has(at); ) {
        const comment = byEndLine.get(at)!;
        above.unshift({ text: comment.text, line: comment.line });
        at = comment.line - 1;
      }
      calls.push({ method: callee.property.name, line, commentsAbove: above });
    }
  }
  calls.sort((a, b) => a.line - b.line);
  return calls;
}

/**
 * `up(op) {...}` or `up: (op) => {...}` in the migration object, found the way the header
 * reader finds the object. A file it cannot read has no call sites: the module import reports it.
 */
function upOf(program: t.Program): t.Function | undefined {
  let object: t.ObjectExpression;
  try {
    object = migrationObject(program, () => {
      throw new Error("no migration object");
    });
  } catch {
    return undefined;
  }
  for (const node of object.properties) {
    if (node.type === "ObjectMethod" && keyIs(node.key, "up")) return node;
    if (node.type === "ObjectProperty" && keyIs(node.key, "up")) {
      const value = node.value;
      if (value.type === "ArrowFunctionExpression" || value.type === "FunctionExpression") {
        return value;
      }
    }
  }
  return undefined;
}

function keyIs(key: t.Node, name: string): boolean {
  return (
    (key.type === "Identifier" && key.name === name) ||
    (key.type === "StringLiteral" && key.value === name)
  );
}

/**
 * The line of each recorded operation. When the calls in the text are the recorded operations
 * one for one (the usual straight-line `up`), the n-th operation is the n-th call. Otherwise
 * (a loop, a helper, a condition) an operation gets a line only when its kind is called once,
 * so a suppression never lands on the wrong statement.
 */
export function operationLines(
  kinds: readonly string[],
  calls: readonly CallSite[],
): (CallSite | undefined)[] {
  if (calls.length === kinds.length && calls.every((call, i) => call.method === kinds[i])) {
    return [...calls];
  }
  return kinds.map((kind) => {
    const matching = calls.filter((call) => call.method === kind);
    return matching.length === 1 ? matching[0] : undefined;
  });
}
