import { createHash } from "node:crypto";
import type * as t from "@babel/types";

// Why the syntax tree, and not the recorded operations: recording them means importing and
// running `up` (a bundle per file, every command), an `op.run` callback records nothing a
// checksum could read, and a refactor that records the same statements differently (a loop,
// a helper) is still an edit a reviewer should accept on purpose. The parsed program is what
// the header read already has, so the checksum costs one walk of it: comments, whitespace,
// quotes, semicolons, trailing commas and parentheses are not in the tree, every identifier,
// literal value and operator is.

/** The prefix of a checksum of the normalised syntax tree (format 2). */
const treeChecksumPrefix = "v2:";

/**
 * Format 1, written by retort before checksums were normalised: SHA-256 of the file's bytes, in
 * 64 lowercase hex digits. Still recognised so databases migrated by an earlier version keep
 * verifying; every new history row is written in format 2.
 */
const bytesChecksumPattern = /^[0-9a-f]{64}$/;

// Positions, comments and Babel's `extra` (the raw text of literals, parentheses, trailing
// commas) are where a formatting or comment edit shows up in the tree.
const ignoredKeys = new Set([
  "start",
  "end",
  "loc",
  "range",
  "extra",
  "comments",
  "leadingComments",
  "trailingComments",
  "innerComments",
  "tokens",
]);

/**
 * The checksum `retort_history` records for a migration file (format 2): SHA-256 of its parsed
 * program with comments and layout left out, as `v2:<base64url>` (46 characters, so it fits
 * the history table's `varchar(64)` of format 1). Editing only comments or formatting keeps it;
 * changing any identifier, literal or operator changes it.
 *
 * @example
 * ```ts
 * const program = parse(text).program; // @babel/parser, TypeScript plugin
 * migrationChecksum(program); // "v2:3q2-7w..."
 * ```
 */
export function migrationChecksum(program: t.Program): string {
  const out = { text: "" };
  writeNode(out, program);
  return `${treeChecksumPrefix}${createHash("sha256").update(out.text).digest("base64url")}`;
}

/**
 * The checksum of a canonical text already written (by the checksum scanner, which writes the
 * text {@link migrationChecksum} would write of the same tree).
 */
export function checksumOfCanonicalText(text: string): string {
  return `${treeChecksumPrefix}${createHash("sha256").update(text).digest("base64url")}`;
}

/** Format 1: SHA-256 of the file's bytes in hex, as earlier versions recorded it. */
export function bytesChecksum(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Whether `recorded` is a format-1 checksum (of the file's bytes). */
export function isBytesChecksum(recorded: string): boolean {
  return bytesChecksumPattern.test(recorded);
}

// Writes a canonical JSON-like text of the tree (keys sorted, ignored keys left out); one hash
// update of the whole text costs less than one per token, and appending to one string (a rope
// V8 flattens once, for the hash) less than an array of pieces joined. A field that is absent,
// null, false or an empty list is left out too: for one node type these mean the same, and a
// parser release that starts writing such a field (`optional: false`, `decorators: []`) must
// not change every checksum.
function writeNode(out: { text: string }, value: unknown): void {
  if (value === null || value === undefined) {
    out.text += "null";
  } else if (Array.isArray(value)) {
    out.text += "[";
    for (let i = 0; i < value.length; i++) {
      writeNode(out, value[i]);
      out.text += ",";
    }
    out.text += "]";
  } else if (typeof value === "object") {
    out.text += "{";
    const record = value as Record<string, unknown>;
    const plan = keyPlan(record);
    for (let i = 0; i < plan.length; i += 2) {
      const field = record[plan[i]!];
      if (isEmptyField(field)) continue;
      out.text += plan[i + 1]!;
      writeNode(out, field);
      out.text += ",";
    }
    out.text += "}";
  } else if (typeof value === "bigint") {
    out.text += `${value}n`;
  } else {
    out.text += JSON.stringify(value) ?? "null";
  }
}

// Nodes of one kind share their keys: sorting and quoting them once per key list, not once per
// node, is most of what a checksum of 10,000 migrations costs. A plan is found by the node's
// `type`, then by comparing its keys one by one (joining them into a string to look the plan
// up cost more than the comparison). The text written is the same.
interface KeyPlan {
  readonly keys: readonly string[];
  /** Key and its quoted prefix, alternating, sorted, ignored keys left out. */
  readonly plan: readonly string[];
}

const keyPlans = new Map<unknown, KeyPlan[]>();

function keyPlan(record: Record<string, unknown>): readonly string[] {
  const keys = Object.keys(record);
  let plans = keyPlans.get(record.type);
  if (plans === undefined) {
    plans = [];
    keyPlans.set(record.type, plans);
  }
  for (const known of plans) {
    if (sameKeys(known.keys, keys)) return known.plan;
  }
  const plan: string[] = [];
  for (const key of [...keys].sort()) {
    if (!ignoredKeys.has(key)) plan.push(key, `${JSON.stringify(key)}:`);
  }
  plans.push({ keys, plan });
  return plan;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isEmptyField(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}
