import { lexSql } from "@retort/core";
import {
  asReal,
  defaultCost,
  defaultRows,
  type FunctionDescription,
  functionKey,
  type TriggerDescription,
  triggerEventOrder,
  triggerKey,
} from "../schema/routine-description";
import { badModel, checkIdentifier } from "./bad-model";
import { type FnModel, isFnModel } from "./fn";
import { isTriggerModel, type TriggerModel } from "./trigger";

/** The top-level comma-separated items of an argument list, trimmed. */
export function splitArguments(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (const { kind, start, end } of lexSql(text)) {
    if (kind !== "punct") continue;
    const c = text.slice(start, end);
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      items.push(text.slice(from, start).trim());
      from = end;
    }
  }
  const last = text.slice(from).trim();
  if (last !== "" || items.length > 0) items.push(last);
  return items;
}

/**
 * The identity arguments of an argument list as PostgreSQL 14+ prints them, as far as the text
 * tells without the server: defaults left out, `IN` dropped (spelled out for a procedure, whose
 * `OUT` arguments count), modes upper-cased. The server's own spelling (`int` -> `integer`)
 * comes from `canonicalRoutines`.
 */
export function identityArgumentsOf(text: string, procedure = false): string {
  const kept: string[] = [];
  for (const item of splitArguments(text)) {
    const lexemes = lexSql(item).filter((l) => l.kind !== "space" && l.kind !== "comment");
    const word = (k: number) => {
      const l = lexemes[k];
      return l === undefined ? "" : item.slice(l.start, l.end).toLowerCase();
    };
    const first = word(0);
    // A lone `in` or `out` is an argument of a type named so, not a mode.
    const mode =
      ["in", "out", "inout", "variadic"].includes(first) && lexemes.length > 1 ? first : "";
    const start = mode === "" ? 0 : 1;
    const defaultAt = lexemes.findIndex(
      (l, k) => k > start && (word(k) === "default" || (l.kind === "operator" && word(k) === "=")),
    );
    const end = defaultAt < 0 ? item.length : lexemes[defaultAt]!.start;
    const body = item.slice(lexemes[start]?.start ?? 0, end).trim();
    const shown = mode === "in" || mode === "" ? (procedure ? "IN" : "") : mode.toUpperCase();
    kept.push(shown === "" ? body : `${shown} ${body}`);
  }
  return kept.join(", ");
}

/** A declared `COST` or `ROWS` as the catalog keeps it, `null` when it is PostgreSQL's default. */
function unlessDefault(value: number | null, fallback: number): number | null {
  const real = value === null ? null : asReal(value);
  return real === fallback ? null : real;
}

function describeFunction(f: FnModel): FunctionDescription {
  const where = { function: `${f.schema}.${f.name}` };
  checkIdentifier("schema", f.schema, where, `function ${f.name}`);
  checkIdentifier("function", f.name, where);
  return {
    schema: f.schema,
    name: f.name,
    procedure: f.procedure,
    identityArguments: identityArgumentsOf(f.arguments, f.procedure),
    arguments: f.arguments,
    returns: f.returns,
    language: f.language,
    body: f.body,
    // A procedure has none of these: PostgreSQL records its defaults.
    volatility: f.procedure ? "volatile" : f.volatility,
    strict: f.procedure ? false : f.strict,
    security: f.security,
    parallel: f.procedure ? "unsafe" : f.parallel,
    leakproof: f.leakproof,
    // PostgreSQL's own defaults are no declaration: the catalog cannot tell them apart.
    cost: unlessDefault(f.cost, defaultCost(f.language.toLowerCase())),
    rows: unlessDefault(f.rows, defaultRows),
    set: { ...f.set },
    comment: f.comment,
    renamedFrom: f.renamedFrom,
  };
}

function describeTrigger(t: TriggerModel): TriggerDescription {
  const where = { trigger: `${t.schema}.${t.table}.${t.name}` };
  checkIdentifier("trigger", t.name, where);
  if (t.when !== null) checkWhen(t, where);
  return {
    schema: t.schema,
    table: t.table,
    name: t.name,
    timing: t.timing,
    events: triggerEventOrder.filter((e) => t.events.includes(e)),
    updateOf: [...t.updateOf],
    forEach: t.forEach,
    when: t.when,
    function: { ...t.function },
    args: [...t.args],
    constraint: t.constraint,
    deferrable: t.deferrable,
    initiallyDeferred: t.initiallyDeferred,
    comment: t.comment,
    calls: [],
  };
}

/**
 * Refuses a WHEN condition PostgreSQL refuses for the trigger's events, here rather than when
 * the migration runs: `old.` on an INSERT trigger, `new.` on a DELETE one, either on a
 * statement trigger.
 */
function checkWhen(t: TriggerModel, where: { trigger: string }): void {
  const text = t.when ?? "";
  const words = lexSql(text).filter((l) => l.kind !== "space" && l.kind !== "comment");
  const refers = (row: string) =>
    words.some(
      (l, i) =>
        l.kind === "identifier" &&
        text.slice(l.start, l.end).toLowerCase() === row &&
        text.slice(words[i + 1]?.start ?? 0, words[i + 1]?.end ?? 0) === "." &&
        text.slice(words[i - 1]?.start ?? 0, words[i - 1]?.end ?? 0) !== ".",
    );
  const problem =
    t.forEach === "statement" && (refers("old") || refers("new"))
      ? 'a statement trigger\'s WHEN cannot read OLD or NEW: make it `forEach: "row"`'
      : t.events.includes("insert") && refers("old")
        ? 'an INSERT trigger\'s WHEN cannot read OLD (an inserted row has none): leave "insert" out of its events, or test NEW only'
        : t.events.includes("delete") && refers("new")
          ? 'a DELETE trigger\'s WHEN cannot read NEW (a deleted row has none): leave "delete" out of its events, or test OLD only'
          : undefined;
  if (problem !== undefined) {
    throw badModel(`Trigger ${where.trigger}: ${problem}.`, where);
  }
}

/**
 * The functions, procedures and triggers a models module exports. Throws `BAD_MODEL` for two
 * routines of one signature, or two triggers of one name on one table, that differ.
 */
export function describeRoutines(models: Record<string, unknown>): {
  functions: FunctionDescription[];
  triggers: TriggerDescription[];
} {
  const functions = new Map<string, FunctionDescription>();
  const triggers = new Map<string, TriggerDescription>();
  for (const value of Object.values(models)) {
    if (isFnModel(value)) {
      const d = describeFunction(value);
      const known = functions.get(functionKey(d));
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(d)) {
        throw badModel(
          `Two functions are named ${d.schema}.${d.name}(${d.identityArguments}).`,
          { function: `${d.schema}.${d.name}` },
          "Export each function once; overloads differ by their argument types.",
        );
      }
      functions.set(functionKey(d), d);
    } else if (isTriggerModel(value)) {
      const d = describeTrigger(value);
      const known = triggers.get(triggerKey(d));
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(d)) {
        throw badModel(`Two triggers are named ${d.name} on ${d.schema}.${d.table}.`, {
          trigger: d.name,
        });
      }
      triggers.set(triggerKey(d), d);
    }
  }
  return { functions: [...functions.values()], triggers: [...triggers.values()] };
}
