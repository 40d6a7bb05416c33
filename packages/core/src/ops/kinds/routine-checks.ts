import type { FunctionDefinition, RoutineTarget, TriggerDefinition } from "../routine-operation";
import type { OperationChecker } from "../validate-operation";

// What the function and trigger kinds check, beside the checker's own rules.

const volatilities = ["immutable", "stable", "volatile"];
const parallels = ["safe", "restricted", "unsafe"];
const securities = ["invoker", "definer"];
const timings = ["before", "after", "instead of"];
const events = ["insert", "update", "delete", "truncate"];

function oneOf(check: OperationChecker, value: unknown, allowed: string[], what: string): void {
  if (value !== undefined && !allowed.includes(value as string)) {
    check.fail(`${what} must be one of ${allowed.map((a) => `"${a}"`).join(", ")}.`);
  }
}

/** The routine's name and schema, and its argument text (which may be empty). */
export function checkRoutineTarget(
  check: OperationChecker,
  target: RoutineTarget & { arguments: unknown },
  what: string,
): void {
  check.name(target.name, `${what}name`);
  check.optionalName(target.schema, `${what}schema`);
  if (typeof target.arguments !== "string") check.fail(`${what}arguments must be a string.`);
  const identity = (target as { identityArguments?: unknown }).identityArguments;
  if (identity !== undefined && typeof identity !== "string") {
    check.fail(`${what}identityArguments must be a string.`);
  }
}

/** A whole function definition. */
export function checkFunctionDefinition(
  check: OperationChecker,
  fn: FunctionDefinition,
  what: string,
): void {
  checkRoutineTarget(check, fn, what);
  if (fn.procedure === true) {
    if (fn.returns !== undefined) check.fail(`${what}returns: a procedure returns nothing.`);
  } else check.text(fn.returns, `${what}returns`);
  check.name(fn.language, `${what}language`);
  if (typeof fn.body !== "string") check.fail(`${what}body must be a string.`);
  oneOf(check, fn.volatility, volatilities, `${what}volatility`);
  oneOf(check, fn.parallel, parallels, `${what}parallel`);
  oneOf(check, fn.security, securities, `${what}security`);
  if (fn.leakproof !== undefined && typeof fn.leakproof !== "boolean") {
    check.fail(`${what}leakproof must be a boolean.`);
  }
  for (const key of ["cost", "rows"] as const) {
    const value = fn[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
      check.fail(`${what}${key} must be a positive number, got ${String(value)}.`);
    }
  }
  if (fn.procedure === true) {
    // CREATE PROCEDURE takes none of these: they are planner estimates of a call in a query.
    for (const key of ["leakproof", "cost", "rows"] as const) {
      if (fn[key] !== undefined) check.fail(`${what}${key}: a procedure has none.`);
    }
  }
  for (const [name, value] of Object.entries(fn.set ?? {})) {
    for (const part of name.split(".")) check.name(part, `${what}set key`);
    if (typeof value !== "string") check.fail(`${what}set.${name} must be a string.`);
  }
  if (fn.comment !== undefined) check.comment(fn.comment);
}

/** A whole trigger definition. */
export function checkTriggerDefinition(
  check: OperationChecker,
  trigger: TriggerDefinition,
  what: string,
): void {
  check.name(trigger.name, `${what}name`);
  check.tableTarget(trigger);
  oneOf(check, trigger.timing, timings, `${what}timing`);
  if (trigger.timing === undefined) check.fail(`${what}timing is missing.`);
  if (!Array.isArray(trigger.events) || trigger.events.length === 0) {
    check.fail(`${what}events must list at least one of insert, update, delete, truncate.`);
  }
  for (const event of trigger.events) oneOf(check, event, events, `${what}events[]`);
  if (trigger.updateOf !== undefined) {
    check.names(trigger.updateOf, `${what}updateOf`, false);
    if (trigger.updateOf.length > 0 && !trigger.events.includes("update")) {
      check.fail(`${what}updateOf needs the "update" event.`);
    }
  }
  oneOf(check, trigger.forEach, ["row", "statement"], `${what}forEach`);
  if (trigger.when !== undefined) check.text(trigger.when, `${what}when`);
  if (typeof trigger.function !== "object" || trigger.function === null) {
    check.fail(`${what}function must name the trigger function: { schema, name }.`);
  }
  check.name(trigger.function.name, `${what}function.name`);
  check.optionalName(trigger.function.schema, `${what}function.schema`);
  for (const arg of trigger.args ?? []) {
    if (typeof arg !== "string") check.fail(`${what}args must be strings.`);
  }
  if (
    (trigger.deferrable === true || trigger.initiallyDeferred === true) &&
    trigger.constraint !== true
  ) {
    check.fail(`${what}deferrable and initiallyDeferred need constraint: true.`);
  }
  if (trigger.comment !== undefined) check.comment(trigger.comment);
}

/** The definition fields of a create node, without its kind and create-only flags. */
export function functionDefinitionOf(
  op: FunctionDefinition & { kind?: string; orReplace?: unknown; replaced?: unknown },
): FunctionDefinition {
  const { kind: _kind, orReplace: _orReplace, replaced: _replaced, ...definition } = op;
  return definition;
}

/** The definition fields of a create node, without its kind. */
export function triggerDefinitionOf(op: TriggerDefinition & { kind?: string }): TriggerDefinition {
  const { kind: _kind, ...definition } = op;
  return definition;
}

/** `FUNCTION` or `PROCEDURE`, for descriptions. */
export function routineWord(target: RoutineTarget): string {
  return target.procedure === true ? "procedure" : "function";
}
