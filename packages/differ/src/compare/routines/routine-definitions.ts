import type { FunctionDefinition, TriggerDefinition } from "@retort/core";
import type { FunctionDescription, TriggerDescription } from "../../schema/routine-description";

/** A function's description as an operation's definition, PostgreSQL's defaults left out. */
export function functionDefinition(f: FunctionDescription): FunctionDefinition {
  return {
    schema: f.schema,
    name: f.name,
    procedure: f.procedure ? true : undefined,
    arguments: f.arguments,
    identityArguments: f.identityArguments !== f.arguments ? f.identityArguments : undefined,
    returns: f.returns ?? undefined,
    language: f.language,
    body: f.body,
    volatility: f.procedure || f.volatility === "volatile" ? undefined : f.volatility,
    strict: f.strict ? true : undefined,
    security: f.security === "definer" ? "definer" : undefined,
    parallel: f.procedure || f.parallel === "unsafe" ? undefined : f.parallel,
    leakproof: f.leakproof ? true : undefined,
    cost: f.cost ?? undefined,
    rows: f.rows ?? undefined,
    set: Object.keys(f.set).length > 0 ? f.set : undefined,
    comment: f.comment ?? undefined,
  };
}

/** A trigger's description as an operation's definition, PostgreSQL's defaults left out. */
export function triggerDefinition(t: TriggerDescription): TriggerDefinition {
  return {
    schema: t.schema,
    table: t.table,
    name: t.name,
    timing: t.timing,
    events: t.events,
    updateOf: t.updateOf.length > 0 ? t.updateOf : undefined,
    forEach: t.forEach,
    when: t.when ?? undefined,
    function: t.function,
    args: t.args.length > 0 ? t.args : undefined,
    constraint: t.constraint ? true : undefined,
    deferrable: t.deferrable ? true : undefined,
    initiallyDeferred: t.initiallyDeferred ? true : undefined,
    comment: t.comment ?? undefined,
  };
}
