import type * as t from "@babel/types";
import {
  isLockRetries,
  LOCK_RETRIES_RULE,
  LOCK_TIMEOUT_RULE,
  parseLockTimeout,
} from "../config/lock-timeout";
import { RetortError } from "../errors/retort-error";
import { isRevisionId, REVISION_ID_RULE } from "../graph/revision-id";
import { babelParser } from "./babel-parser";
import { scannedProgramText, scanProgram } from "./checksum-scan";
import { scanHeaderFields } from "./header-scan";
import { checksumOfCanonicalText, migrationChecksum } from "./migration-checksum";

/** The literal fields of a migration file, read from its text without running it. */
export interface MigrationHeader {
  readonly revision: string;
  readonly downRevisions: readonly string[];
  readonly branchLabels: readonly string[];
  readonly dependsOn: readonly string[];
  readonly message: string;
  readonly createdAt: string | undefined;
  readonly transactional: boolean;
  /** The migration's own `lock_timeout` in milliseconds, overriding the config's. */
  readonly lockTimeout: number | undefined;
  /** The migration's own `lockRetries`, overriding the config's. */
  readonly lockRetries: number | undefined;
  readonly replaces: readonly string[];
}

/** A migration file retort cannot read: names the file and the line. */
export class BadMigrationFileError extends RetortError {
  readonly file: string;
  readonly line: number | undefined;
  /** What is wrong, without where. */
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string, hint?: string) {
    const where = line === undefined ? file : `${file}:${line}`;
    super("BAD_MIGRATION_FILE", `${where}: ${problem}`, {
      hint:
        hint ??
        "a migration file's default export is defineMigration({ revision, downRevision, ... }) with literal header fields.",
      details: { file, line },
    });
    this.name = "BadMigrationFileError";
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/** A header field's value, as written (`undefined` reads as `null`). */
export type HeaderLiteral = string | number | boolean | null | HeaderLiteral[];
type Literal = HeaderLiteral;

/** A header field and where it was written (a syntax node, or a line for the fast scanner). */
export interface HeaderField<N> {
  readonly value: HeaderLiteral;
  readonly node: N;
}

/** The object properties a header is made of; every other property is code. */
const headerKeyList: readonly string[] = [
  "revision",
  "downRevision",
  "branchLabels",
  "dependsOn",
  "message",
  "createdAt",
  "transactional",
  "lockTimeout",
  "lockRetries",
  "replaces",
];
/** {@link headerKeyList} as a set, for Babel's reader and the linter. */
export const headerKeys: ReadonlySet<string> = new Set(headerKeyList);

const notLiteralProblem = (key: string) =>
  `\`${key}\` must be a literal (a string, null, or an array of strings) so retort can read the revision graph without running the file.`;

/**
 * Reads the header of a migration file from its text. The file is parsed (TypeScript
 * included) and only the object literal passed to `defineMigration(...)` (or the
 * `export default {...}` object) is read; `up` and `down` are never evaluated.
 *
 * @example
 * ```ts
 * const header = parseMigrationHeader(readFileSync(file, "utf8"), file);
 * header.downRevisions; // ["1975ea83b712"]
 * ```
 */
export function parseMigrationHeader(text: string, file: string | (() => string)): MigrationHeader {
  const fileName = typeof file === "string" ? () => file : file;
  return headerOf(parse(text, fileName), fileName);
}

/**
 * Reads the header as {@link parseMigrationHeader} does, through the fast scanner when it is
 * sure ({@link scanMigrationHeader}) and Babel otherwise. It does not run or check the code in
 * `up` and `down` (a type error there is the module loader's to find), but a file Babel cannot
 * parse at all is an error here too. What `heads`, `history` and the graph read, where a parse of every file would cost most of
 * the command.
 *
 * @example
 * ```ts
 * const header = readMigrationHeader(readFileSync(file, "utf8"), file);
 * ```
 */
export function readMigrationHeader(text: string, file: string | (() => string)): MigrationHeader {
  return scanMigrationHeader(text) ?? parseMigrationHeader(text, file);
}

/**
 * The header read by the fast scanner ({@link scanHeaderFields}), or `undefined` when only a
 * parse can say (an unusual file, or one with an error, which Babel then names precisely).
 */
export function scanMigrationHeader(text: string): MigrationHeader | undefined {
  const fields = scanHeaderFields(text, headerKeyList);
  if (fields === undefined) return undefined;
  try {
    return headerFromFields(fields, undefined, notSure);
  } catch (error) {
    if (error === notSureSignal) return undefined;
    throw error;
  }
}

const notSureSignal = new Error("the fast header scan is not sure");
const notSure = (): never => {
  throw notSureSignal;
};

/**
 * Reads the header of a migration file and its checksum ({@link migrationChecksum}) from one
 * parse of its text.
 *
 * @example
 * ```ts
 * const { header, checksum } = readMigrationSource(readFileSync(file, "utf8"), file);
 * ```
 */
export function readMigrationSource(
  text: string,
  file: string | (() => string),
): { header: MigrationHeader; checksum: string } {
  // Generated migrations are read without Babel, when both scanners are sure (see
  // checksum-scan.ts): the same header, the same checksum.
  const scanned = scanProgram(text);
  if (scanned !== undefined) {
    const header = scanMigrationHeader(text);
    if (header !== undefined) {
      return { header, checksum: checksumOfCanonicalText(scannedProgramText(scanned)) };
    }
  }
  const fileName = typeof file === "string" ? () => file : file;
  const program = parse(text, fileName);
  return { header: headerOf(program, fileName), checksum: migrationChecksum(program) };
}

/**
 * The checksum of a migration's text ({@link migrationChecksum}), for a file whose header is
 * known already: without Babel when the checksum scanner is sure.
 *
 * @example
 * ```ts
 * const checksum = migrationSourceChecksum(readFileSync(file, "utf8"), file);
 * ```
 */
export function migrationSourceChecksum(text: string, file: string | (() => string)): string {
  const scanned = scanProgram(text);
  if (scanned !== undefined) return checksumOfCanonicalText(scannedProgramText(scanned));
  return migrationChecksum(parse(text, typeof file === "string" ? () => file : file));
}

function headerOf(program: t.Program, fileName: () => string): MigrationHeader {
  const fail = (node: t.Node | undefined, problem: string): never => {
    throw new BadMigrationFileError(fileName(), node?.loc?.start.line ?? 1, problem);
  };
  const object = migrationObject(program, fail);
  return headerFromFields(headerFields(object, fail), object, fail);
}

/**
 * Validates header fields, however they were read: by Babel (nodes) or the fast scanner
 * (lines), so both give the same header or the same refusal.
 */
function headerFromFields<N>(
  fields: Fields<N>,
  object: N | undefined,
  fail: (node: N | undefined, problem: string) => never,
): MigrationHeader {
  const revision = fields.get("revision");
  if (revision === undefined) return fail(object, "the migration has no `revision`.");
  if (typeof revision.value !== "string" || !isRevisionId(revision.value)) {
    return fail(revision.node, `\`revision\` must be a string of ${REVISION_ID_RULE}.`);
  }
  const down = fields.get("downRevision");
  if (down === undefined) {
    return fail(object, "the migration has no `downRevision` (use `null` for the first revision).");
  }
  return {
    revision: revision.value,
    downRevisions: down.value === null ? [] : stringList(down, "downRevision", fail),
    branchLabels: optionalList(fields, "branchLabels", fail),
    dependsOn: optionalList(fields, "dependsOn", fail),
    message: optionalString(fields, "message", fail) ?? "",
    createdAt: optionalString(fields, "createdAt", fail),
    transactional: optionalBoolean(fields, "transactional", fail) ?? true,
    ...lockSettings(fields, fail),
    replaces: optionalList(fields, "replaces", fail),
  };
}

/** Throws the header reader's error for a node; the linter passes one of its own. */
export type Fail = (node: t.Node | undefined, problem: string) => never;

/** A field Babel read: the property's node gives the line an error message names. */
type Field = HeaderField<t.Node>;

// Babel's reason codes for text that ends inside a token, in our words.
const unclosed: Record<string, string> = {
  UnterminatedString: "a string is not closed.",
  UnterminatedTemplate: "a template literal is not closed.",
  UnterminatedComment: "a comment is not closed.",
  UnterminatedRegExp: "a regular expression is not closed.",
};

function parse(text: string, file: () => string): t.Program {
  try {
    // Comments are in neither the header nor the checksum: not attaching them to nodes halves
    // the parse.
    return babelParser().parse(text, {
      sourceType: "module",
      plugins: ["typescript"],
      attachComment: false,
    }).program;
  } catch (error) {
    const syntax = error as { reasonCode?: string; pos?: number; loc?: { line: number } };
    if (syntax.loc === undefined) throw error;
    const atEnd = syntax.pos !== undefined && syntax.pos >= text.trimEnd().length;
    const problem =
      unclosed[syntax.reasonCode ?? ""] ??
      (atEnd
        ? "the migration object is not closed: the file ends inside a bracket."
        : `${(error as Error).message.replace(/ \(\d+:\d+\)$/, "")}`);
    // The file does not parse at all: even its header cannot be read, wherever the error is.
    throw new BadMigrationFileError(
      file(),
      syntax.loc.line,
      problem,
      "fix the syntax error on that line (`pnpm exec tsc --noEmit` shows it too): a file that does not parse stops every command that reads the history, not only the ones that run it.",
    );
  }
}

/** `x as const`, `x satisfies T` and `(x)` are the value `x`. */
function unwrap(node: t.Node): t.Node {
  let current = node;
  while (
    current.type === "TSAsExpression" ||
    current.type === "TSSatisfiesExpression" ||
    current.type === "ParenthesizedExpression"
  ) {
    current = current.expression;
  }
  return current;
}

function isDefineMigrationCall(node: t.Node): node is t.CallExpression {
  if (node.type !== "CallExpression") return false;
  const callee = node.callee;
  return (
    (callee.type === "Identifier" && callee.name === "defineMigration") ||
    (callee.type === "MemberExpression" &&
      callee.property.type === "Identifier" &&
      callee.property.name === "defineMigration")
  );
}

/**
 * The object the default export is: `defineMigration({...})`, `{...}`, or a constant holding one.
 * Also read by the linter, to find `up`.
 */
export function migrationObject(program: t.Program, fail: Fail): t.ObjectExpression {
  const topLevel = new Map<string, t.Node>();
  let firstCall: t.CallExpression | undefined;
  let exported: t.Node | undefined;
  for (const statement of program.body) {
    const declaration =
      statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
    if (declaration?.type === "VariableDeclaration") {
      for (const declarator of declaration.declarations) {
        if (declarator.init == null) continue;
        const init = unwrap(declarator.init);
        if (declarator.id.type === "Identifier") topLevel.set(declarator.id.name, init);
        if (firstCall === undefined && isDefineMigrationCall(init)) firstCall = init;
      }
    } else if (statement.type === "ExportDefaultDeclaration") {
      exported = unwrap(statement.declaration);
      if (exported.type === "Identifier") exported = topLevel.get(exported.name) ?? exported;
    }
  }
  const candidate =
    exported !== undefined &&
    (isDefineMigrationCall(exported) || exported.type === "ObjectExpression")
      ? exported
      : firstCall;
  if (candidate === undefined)
    return fail(undefined, "no `export default defineMigration({ ... })` found.");
  if (candidate.type === "ObjectExpression") return candidate;
  const argument = candidate.arguments[0];
  const object = argument === undefined ? undefined : unwrap(argument);
  if (object?.type !== "ObjectExpression") {
    return fail(candidate, "`defineMigration(...)` must be given an object literal.");
  }
  return object;
}

function headerFields(object: t.ObjectExpression, fail: Fail): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const property of object.properties) {
    if (property.type === "SpreadElement") {
      fail(
        property,
        "spread (`...`) is not allowed in a migration object: write the header fields out.",
      );
    }
    if (property.computed) fail(property, "computed keys are not allowed in a migration object.");
    const key = keyName(property.key);
    // Methods (`up(op) {}`, `get x() {}`) and keys that are not header fields are code.
    if (property.type === "ObjectMethod" || key === undefined || !headerKeys.has(key)) continue;
    if (property.shorthand) {
      fail(property, `\`${key}\` must be written as \`${key}: <literal>\`, not as a shorthand.`);
    }
    if (fields.has(key)) fail(property, `\`${key}\` is given twice.`);
    const value = literal(property.value, () => fail(property.value, notLiteralProblem(key)));
    fields.set(key, { value, node: property });
  }
  return fields;
}

function keyName(key: t.Node): string | undefined {
  if (key.type === "Identifier") return key.name;
  if (key.type === "StringLiteral") return key.value;
  if (key.type === "NumericLiteral") return String(key.value);
  return undefined;
}

function literal(node: t.Node, notLiteral: () => never): Literal {
  switch (node.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
      return node.value;
    case "NullLiteral":
      return null;
    case "Identifier":
      return node.name === "undefined" ? null : notLiteral();
    case "TemplateLiteral":
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? "") : notLiteral();
    case "UnaryExpression":
      return node.operator === "-" && node.argument.type === "NumericLiteral"
        ? -node.argument.value
        : notLiteral();
    case "ArrayExpression":
      return node.elements.flatMap((element) =>
        element === null ? [] : [literal(element, notLiteral)],
      );
    case "TSAsExpression":
      // `as const` keeps a literal a literal; any other cast hides what the value is.
      return node.typeAnnotation.type === "TSTypeReference" &&
        node.typeAnnotation.typeName.type === "Identifier" &&
        node.typeAnnotation.typeName.name === "const"
        ? literal(node.expression, notLiteral)
        : notLiteral();
    case "ParenthesizedExpression":
      return literal(node.expression, notLiteral);
    default:
      return notLiteral();
  }
}

type AnyFail<N> = (node: N | undefined, problem: string) => never;
/** Header fields by key: a map (Babel's reader) or the fast scanner's list. */
type Fields<N> = { get(key: string): HeaderField<N> | undefined };

function stringList<N>(field: HeaderField<N>, key: string, fail: AnyFail<N>): string[] {
  const { value } = field;
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return value as string[];
  }
  return fail(field.node, `\`${key}\` must be a string or an array of strings.`);
}

function optionalList<N>(fields: Fields<N>, key: string, fail: AnyFail<N>): string[] {
  const field = fields.get(key);
  if (field === undefined || field.value === null) return [];
  return stringList(field, key, fail);
}

function optionalString<N>(fields: Fields<N>, key: string, fail: AnyFail<N>): string | undefined {
  const field = fields.get(key);
  if (field === undefined || field.value === null) return undefined;
  if (typeof field.value !== "string") return fail(field.node, `\`${key}\` must be a string.`);
  return field.value;
}

function lockSettings<N>(
  fields: Fields<N>,
  fail: AnyFail<N>,
): { lockTimeout: number | undefined; lockRetries: number | undefined } {
  const timeout = fields.get("lockTimeout");
  const retries = fields.get("lockRetries");
  let lockTimeout: number | undefined;
  if (timeout !== undefined && timeout.value !== null) {
    lockTimeout = parseLockTimeout(timeout.value);
    if (lockTimeout === undefined)
      fail(timeout.node, `\`lockTimeout\` must be ${LOCK_TIMEOUT_RULE}.`);
  }
  if (retries !== undefined && retries.value !== null && !isLockRetries(retries.value)) {
    fail(retries.node, `\`lockRetries\` must be ${LOCK_RETRIES_RULE}.`);
  }
  const lockRetries = retries?.value ?? undefined;
  return { lockTimeout, lockRetries: lockRetries === undefined ? undefined : Number(lockRetries) };
}

function optionalBoolean<N>(fields: Fields<N>, key: string, fail: AnyFail<N>): boolean | undefined {
  const field = fields.get(key);
  if (field === undefined) return undefined;
  if (typeof field.value !== "boolean") {
    return fail(field.node, `\`${key}\` must be \`true\` or \`false\`.`);
  }
  return field.value;
}
