import { type Operation, Operations, operationCallArguments } from "@retort/core";
import { destructiveReason } from "../compare/destructive-reason";
import { isDeepEqual } from "../compare/is-deep-equal";
import { renderCall, sourceString } from "./render-value";

/** Whether calling `op[kind](...args)` records exactly `node`. */
function recordsSame(node: Operation, args: readonly unknown[]): boolean {
  try {
    const recorder = new Operations();
    (recorder[node.kind as keyof Operations] as (...a: unknown[]) => unknown).apply(recorder, [
      ...args,
    ]);
    return isDeepEqual(recorder.operations[0], node);
  } catch {
    return false;
  }
}

/** A `//` comment line whatever the text holds: line breaks would end the comment early. */
function commentLine(text: string): string {
  return `// ${text.replace(/[\r\n\u2028\u2029]/g, (ch) => sourceString(ch).slice(1, -1))}`;
}

/**
 * Writes operations as the TypeScript statements of a migration's `up(op)` or `down(op)`: one
 * `op.xxx(...)` call per operation, with the arguments its kind's entry in core gives
 * (`operationCallArguments`), formatted for reading (double quotes, two-space indent, trailing
 * commas), with a `// DESTRUCTIVE: ...` line before each operation that may lose data. Names are written with
 * `JSON.stringify`, so any name is safe. An operation the recorder's method cannot reproduce
 * exactly (a column named `"1"`, whose key JavaScript would move first) is written as
 * `op.add({...})` with the whole node. Lines are not indented; an empty list gives a comment.
 * Throws `BAD_OPERATION` for `op.run`, which has no source.
 *
 * @example
 * ```ts
 * renderMigrationBody([{ kind: "dropTable", schema: "public", table: "draft" }]);
 * // // DESTRUCTIVE: drops table "public.draft"; its data will be lost.
 * // op.dropTable("draft", { schema: "public" });
 * ```
 */
export function renderMigrationBody(
  ops: readonly Operation[],
  /** A comment line to write before an operation (autogenerate's rename suggestions). */
  noteFor: (op: Operation, index: number) => string | undefined = () => undefined,
): string {
  if (ops.length === 0) return "// No changes.";
  const lines: string[] = [];
  for (const [index, op] of ops.entries()) {
    const reason = destructiveReason(op);
    if (reason !== undefined) lines.push(commentLine(`DESTRUCTIVE: ${reason}`));
    const note = noteFor(op, index);
    if (note !== undefined) lines.push(commentLine(note));
    const args = operationCallArguments(op);
    lines.push(recordsSame(op, args) ? renderCall(op.kind, args) : renderCall("add", [op]));
  }
  return lines.join("\n");
}
