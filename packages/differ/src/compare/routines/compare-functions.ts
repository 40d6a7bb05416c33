import { RetortError } from "@retort/core";
import { tokenizeSql } from "../../schema/normalize-expression";
import { quoteQualifiedAsNeeded } from "../../schema/quote-ident";
import { type FunctionDescription, functionKey } from "../../schema/routine-description";
import type { SchemaDescription } from "../../schema/schema-description";
import { isDeepEqual } from "../is-deep-equal";
import type { Comparator } from "../plan/comparator";
import type { Comparison } from "../plan/comparison";
import { objectKey } from "../plan/object-key";
import { Phase } from "../plan/phase";
import { signatureNames } from "../types/type-usage";
import { functionDefinition } from "./routine-definitions";

const comparable = (f: FunctionDescription) => ({ ...f, renamedFrom: null });

/** The words of SQL text, as PostgreSQL folds them. */
function words(text: string): Set<string> {
  return new Set(
    tokenizeSql(text)
      .filter((t) => t.kind === "identifier" || t.kind === "quoted")
      .map((t) => (t.kind === "quoted" ? t.text.slice(1, -1).replaceAll('""', '"') : t.text)),
  );
}

/** Per target schema, the words of its tables' defaults, generated columns and checks. */
const calledWords = new WeakMap<SchemaDescription, Set<string>>();

function wordsCalledByTables(target: SchemaDescription): Set<string> {
  let found = calledWords.get(target);
  if (found === undefined) {
    found = new Set();
    for (const t of target.tables) {
      const texts = [
        ...t.columns.flatMap((c) => [c.default ?? "", c.generated?.expression ?? ""]),
        ...t.checks.map((c) => c.expression),
      ];
      for (const text of texts)
        for (const word of words(text)) found.add(objectKey(t.schema, word));
    }
    calledWords.set(target, found);
  }
  return found;
}

/**
 * Where a new function goes: before the tables when a table's default, generated column or
 * check calls it (by name: the models have no catalog to ask); after them when PostgreSQL would
 * look into the tables to create it (a SQL body, which it checks, or a signature that names a
 * table's row type); before them otherwise.
 */
function creationPhase(f: FunctionDescription, target: SchemaDescription): Phase {
  if (wordsCalledByTables(target).has(objectKey(f.schema, f.name))) return Phase.CreateFunctions;
  if (f.language === "sql") return Phase.LateFunctions;
  return namesTableRowType(f, target) ? Phase.LateFunctions : Phase.CreateFunctions;
}

/** Whether `f`'s arguments or result name the row type of one of `side`'s tables. */
function namesTableRowType(f: FunctionDescription, side: SchemaDescription): boolean {
  return side.tables.some((t) => signatureNames(f, t.name));
}

function create(comparison: Comparison, f: FunctionDescription): void {
  comparison.emit(creationPhase(f, comparison.to), {
    kind: "createFunction",
    ...functionDefinition(f),
  });
}

/**
 * A trigger retort does not manage (on a view: INSTEAD OF) that runs `f` would make PostgreSQL
 * refuse the drop, once the migration is already written: refused here, with the way out.
 */
function refuseIfKeptTriggerRuns(comparison: Comparison, f: FunctionDescription): void {
  const runs = `EXECUTE FUNCTION ${quoteQualifiedAsNeeded(f.schema, f.name)}(`;
  // One on a table or view the plan drops goes with it, before the function.
  const stays = (schema: string, name: string | null) =>
    [...comparison.to.tables, ...comparison.to.views].some(
      (r) => r.schema === schema && r.name === name,
    );
  const trigger = comparison.from.unmanaged.find(
    (u) =>
      u.kind === "trigger" && u.definition?.includes(runs) === true && stays(u.schema, u.table),
  );
  if (trigger === undefined) return;
  throw new RetortError(
    "BAD_MODEL",
    `Function ${f.schema}.${f.name}(${f.identityArguments}) would be dropped, but trigger ${trigger.name} on ${trigger.schema}.${trigger.table}, which the models do not manage, runs it: PostgreSQL would refuse the drop.`,
    {
      details: { function: `${f.schema}.${f.name}`, trigger: trigger.name },
      hint: "declare the function in the models as it is (fn(...), as `retort pull` writes it), or drop the trigger in a migration first.",
    },
  );
}

function drop(comparison: Comparison, f: FunctionDescription): void {
  refuseIfKeptTriggerRuns(comparison, f);
  comparison.droppedFunctions.add(objectKey(f.schema, f.name));
  // PostgreSQL refuses to drop a table whose row type a function's signature names.
  comparison.emit(
    namesTableRowType(f, comparison.from) ? Phase.EarlyDropFunctions : Phase.DropFunctions,
    {
      kind: "dropFunction",
      schema: f.schema,
      name: f.name,
      procedure: f.procedure ? true : undefined,
      arguments: f.identityArguments,
      definition: functionDefinition(f),
    },
  );
}

/** Whether `a` and `b` are one routine under two names, as a `renamedFrom` says. */
function isRename(a: FunctionDescription, b: FunctionDescription): boolean {
  return (
    a.schema === b.schema &&
    a.identityArguments === b.identityArguments &&
    a.procedure === b.procedure &&
    (b.renamedFrom === a.name || a.renamedFrom === b.name)
  );
}

/**
 * Creates, replaces, renames and drops functions and procedures, each overload on its own.
 * `CREATE OR REPLACE` where PostgreSQL allows it (same arguments, defaults and result); a
 * drop and a create otherwise, and the triggers that run it are dropped and created again
 * around them (the triggers comparator reads `droppedFunctions`).
 */
export const compareFunctions: Comparator = {
  family: "routines",
  compareSchema(comparison) {
    const { from, to } = comparison;
    const fromByKey = new Map(from.functions.map((f) => [functionKey(f), f]));
    const toByKey = new Map(to.functions.map((f) => [functionKey(f), f]));
    const pairs: [FunctionDescription, FunctionDescription][] = [];
    const lost = from.functions.filter((f) => !toByKey.has(functionKey(f)));
    for (const t of to.functions) {
      const f = fromByKey.get(functionKey(t));
      if (f !== undefined) {
        pairs.push([f, t]);
        continue;
      }
      const at = lost.findIndex((l) => isRename(l, t));
      if (at < 0) {
        create(comparison, t);
        continue;
      }
      const old = lost.splice(at, 1)[0]!;
      comparison.emit(Phase.Renames, {
        kind: "renameFunction",
        schema: old.schema,
        name: old.name,
        procedure: old.procedure ? true : undefined,
        arguments: old.identityArguments,
        newName: t.name,
      });
      comparison.renamedFunctions.set(objectKey(old.schema, old.name), t.name);
      pairs.push([{ ...old, name: t.name }, t]);
    }
    for (const [f, t] of pairs) {
      if (isDeepEqual(comparable(f), comparable(t))) continue;
      if (isDeepEqual({ ...comparable(f), comment: null }, { ...comparable(t), comment: null })) {
        comparison.emit(Phase.Comments, {
          kind: "setFunctionComment",
          schema: t.schema,
          name: t.name,
          procedure: t.procedure ? true : undefined,
          arguments: t.identityArguments,
          comment: t.comment,
          existingComment: f.comment,
        });
      } else if (
        f.procedure === t.procedure &&
        f.arguments === t.arguments &&
        f.returns === t.returns
      ) {
        comparison.emit(creationPhase(t, comparison.to), {
          kind: "createFunction",
          ...functionDefinition(t),
          orReplace: true,
          replaced: functionDefinition(f),
        });
      } else {
        // PostgreSQL refuses to change a result type or remove a default in place.
        drop(comparison, f);
        create(comparison, t);
      }
    }
    for (const f of lost) drop(comparison, f);
  },
};
