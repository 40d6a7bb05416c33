import type {
  CreateFunctionOperation,
  CreateTriggerOperation,
  DropFunctionOperation,
  DropTriggerOperation,
  RenameFunctionOperation,
  RoutineTarget,
  SetFunctionCommentOperation,
  SetTriggerCommentOperation,
} from "../ops/routine-operation";
import { cascade, commentOn, ifExists, indent, statement } from "./ddl-clauses";
import { quoteIdent, quoteQualified } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";
import type { SqlStatement } from "./sql-statement";

// The SQL of functions, procedures and triggers.

/** Settings whose value PostgreSQL keeps as a list of names (GUC_LIST_QUOTE). */
const listSettings = new Set([
  "search_path",
  "temp_tablespaces",
  "session_preload_libraries",
  "local_preload_libraries",
  "shared_preload_libraries",
]);

/**
 * The elements of a list setting as PostgreSQL prints it (`"my schema", public`): names are
 * unquoted (`""` is the empty name), surrounding spaces dropped.
 */
export function splitListSetting(value: string): string[] {
  const elements: string[] = [];
  let at = 0;
  while (at <= value.length) {
    while (value[at] === " ") at++;
    let element = "";
    if (value[at] === '"') {
      at++;
      while (at < value.length) {
        if (value[at] === '"' && value[at + 1] === '"') {
          element += '"';
          at += 2;
        } else if (value[at] === '"') {
          at++;
          break;
        } else element += value[at++];
      }
      while (at < value.length && value[at] !== ",") at++;
    } else {
      const end = value.indexOf(",", at);
      element = value.slice(at, end < 0 ? value.length : end).trim();
      at = end < 0 ? value.length : end;
    }
    elements.push(element);
    at++;
  }
  return elements;
}

/** `name = 'value'`; a list setting's elements each a literal, which PostgreSQL quotes as names. */
function renderSetting(name: string, value: string): string {
  const quotedName = name.split(".").map(quoteIdent).join(".");
  const rendered = listSettings.has(name.toLowerCase())
    ? splitListSetting(value).map(quoteLiteral).join(", ")
    : quoteLiteral(value);
  return `SET ${quotedName} = ${rendered}`;
}

/** Dollar quotes whose tag does not occur in `body`, so the body goes through verbatim. */
export function dollarQuote(body: string): string {
  let tag = "$function$";
  for (let k = 1; body.includes(tag); k++) tag = `$function${k}$`;
  return `${tag}${body}${tag}`;
}

const routineWord = (target: RoutineTarget) =>
  target.procedure === true ? "PROCEDURE" : "FUNCTION";

/** `FUNCTION "s"."f"(integer, text)`. */
function routineSignature(target: RoutineTarget & { arguments: string }): string {
  return `${routineWord(target)} ${quoteQualified(target.schema, target.name)}(${target.arguments})`;
}

/** `CREATE [OR REPLACE] FUNCTION ... AS $function$...$function$`, then its comment. */
export function renderCreateFunction(op: CreateFunctionOperation): SqlStatement[] {
  const lines = [
    `CREATE ${op.orReplace === true ? "OR REPLACE " : ""}${routineSignature(op)}${op.returns !== undefined ? ` RETURNS ${op.returns}` : ""}`,
  ];
  const traits = [`LANGUAGE ${quoteIdent(op.language)}`];
  if (op.procedure !== true) {
    if (op.volatility !== undefined) traits.push(op.volatility.toUpperCase());
    if (op.leakproof !== undefined) traits.push(op.leakproof ? "LEAKPROOF" : "NOT LEAKPROOF");
    if (op.strict !== undefined) traits.push(op.strict ? "STRICT" : "CALLED ON NULL INPUT");
    if (op.parallel !== undefined) traits.push(`PARALLEL ${op.parallel.toUpperCase()}`);
  }
  if (op.security !== undefined) traits.push(`SECURITY ${op.security.toUpperCase()}`);
  // Numbers, checked positive and finite by the kind: String() never gives NaN or Infinity.
  if (op.procedure !== true) {
    if (op.cost !== undefined) traits.push(`COST ${String(op.cost)}`);
    if (op.rows !== undefined) traits.push(`ROWS ${String(op.rows)}`);
  }
  lines.push(indent + traits.join(" "));
  for (const [name, value] of Object.entries(op.set ?? {})) {
    lines.push(indent + renderSetting(name, value));
  }
  lines.push(`${indent}AS ${dollarQuote(op.body)}`);
  const statements = [statement(lines.join("\n"))];
  // CREATE OR REPLACE keeps the comment the routine had: set it only when it changes (or, with
  // no `replaced` to tell, whenever the node states one).
  const comment = op.comment ?? null;
  const changes =
    op.orReplace !== true
      ? comment !== null
      : op.replaced !== undefined
        ? comment !== (op.replaced.comment ?? null)
        : op.comment !== undefined;
  if (changes) {
    statements.push(
      commentOn(
        routineSignature({ ...op, arguments: op.identityArguments ?? op.arguments }),
        comment,
      ),
    );
  }
  return statements;
}

export function renderDropFunction(op: DropFunctionOperation): SqlStatement[] {
  return [
    statement(
      `DROP ${routineWord(op)} ${ifExists(op.ifExists)}${quoteQualified(op.schema, op.name)}(${op.arguments})${cascade(op.cascade)}`,
    ),
  ];
}

export function renderRenameFunction(op: RenameFunctionOperation): SqlStatement[] {
  return [statement(`ALTER ${routineSignature(op)} RENAME TO ${quoteIdent(op.newName)}`)];
}

export function renderSetFunctionComment(op: SetFunctionCommentOperation): SqlStatement[] {
  return [commentOn(routineSignature(op), op.comment)];
}

/** `CREATE [CONSTRAINT] TRIGGER ... EXECUTE FUNCTION f('arg')`, then its comment. */
export function renderCreateTrigger(op: CreateTriggerOperation): SqlStatement[] {
  const events = op.events
    .map((event) =>
      event === "update" && op.updateOf !== undefined && op.updateOf.length > 0
        ? `UPDATE OF ${op.updateOf.map(quoteIdent).join(", ")}`
        : event.toUpperCase(),
    )
    .join(" OR ");
  const table = quoteQualified(op.schema, op.table);
  const parts = [
    `CREATE ${op.constraint === true ? "CONSTRAINT " : ""}TRIGGER ${quoteIdent(op.name)} ${op.timing.toUpperCase()} ${events} ON ${table}`,
  ];
  if (op.constraint === true) {
    parts.push(op.deferrable === true ? "DEFERRABLE" : "NOT DEFERRABLE");
    parts.push(op.initiallyDeferred === true ? "INITIALLY DEFERRED" : "INITIALLY IMMEDIATE");
  }
  parts.push(`FOR EACH ${(op.forEach ?? "statement").toUpperCase()}`);
  if (op.when !== undefined) parts.push(`WHEN (${op.when})`);
  parts.push(
    `EXECUTE FUNCTION ${quoteQualified(op.function.schema, op.function.name)}(${(op.args ?? []).map(quoteLiteral).join(", ")})`,
  );
  const statements = [statement(parts.join(" "))];
  if (op.comment !== undefined && op.comment !== null) {
    statements.push(commentOn(`TRIGGER ${quoteIdent(op.name)} ON ${table}`, op.comment));
  }
  return statements;
}

export function renderDropTrigger(op: DropTriggerOperation): SqlStatement[] {
  return [
    statement(
      `DROP TRIGGER ${ifExists(op.ifExists)}${quoteIdent(op.name)} ON ${quoteQualified(op.schema, op.table)}`,
    ),
  ];
}

export function renderSetTriggerComment(op: SetTriggerCommentOperation): SqlStatement[] {
  return [
    commentOn(
      `TRIGGER ${quoteIdent(op.name)} ON ${quoteQualified(op.schema, op.table)}`,
      op.comment,
    ),
  ];
}

/** The SQL visitors of the routine kinds, spread into `renderOperation`'s table. */
export const routineRenderers = {
  createFunction: renderCreateFunction,
  dropFunction: renderDropFunction,
  renameFunction: renderRenameFunction,
  setFunctionComment: renderSetFunctionComment,
  createTrigger: renderCreateTrigger,
  dropTrigger: renderDropTrigger,
  setTriggerComment: renderSetTriggerComment,
} as const;
