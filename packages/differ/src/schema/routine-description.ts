import type {
  FunctionParallel,
  FunctionSecurity,
  FunctionVolatility,
  TriggerEvent,
  TriggerTiming,
} from "@retort/core";

/**
 * A function or procedure as the schema description holds it: the texts are PostgreSQL's own
 * (`pg_get_function_arguments`, `pg_get_function_identity_arguments`,
 * `pg_get_function_result`, `proconfig`), so the models' are spelled by the server before they
 * are compared (`canonicalRoutines`). The body is `prosrc`, which PostgreSQL keeps verbatim: it
 * is compared byte for byte. Keyed by schema, name and identity arguments: each overload is
 * its own object.
 */
export interface FunctionDescription {
  schema: string;
  name: string;
  procedure: boolean;
  /** `a integer, b text`: what picks the overload (names and modes included, as PostgreSQL prints them). */
  identityArguments: string;
  /** With defaults and `OUT` arguments: `a integer, b text DEFAULT 'x'::text`. */
  arguments: string;
  /** `integer`, `SETOF public.account`, `TABLE(id bigint)`; `null` for a procedure. */
  returns: string | null;
  language: string;
  body: string;
  volatility: FunctionVolatility;
  strict: boolean;
  security: FunctionSecurity;
  parallel: FunctionParallel;
  /** `LEAKPROOF`; `false` for a procedure. */
  leakproof: boolean;
  /** `COST`, the planner's estimate of a call; `null` for PostgreSQL's default ({@link defaultCost}). */
  cost: number | null;
  /**
   * `ROWS`, the planner's estimate of a set-returning function's rows; `null` for PostgreSQL's
   * default (1000) and for every function that returns no set.
   */
  rows: number | null;
  /** `SET` clauses, `name -> value` as `proconfig` prints them. */
  set: Record<string, string>;
  comment: string | null;
  /** From the models only: the name it had, so autogenerate renames it. */
  renamedFrom: string | null;
}

/**
 * The `COST` PostgreSQL gives a function created without one: 1 in C or internal, 100 in any
 * other language. A description holds a cost only where it differs.
 */
export function defaultCost(language: string): number {
  return language === "c" || language === "internal" ? 1 : 100;
}

/**
 * `value` as PostgreSQL keeps `COST` and `ROWS` (`real`) and prints them: the shortest decimal
 * that reads back as the same `real`, so a model's `0.1` or `123456789` compares equal with what
 * the catalog gives back (`0.1`, `1.2345679e+08`).
 */
export function asReal(value: number): number {
  const real = Math.fround(value);
  for (let digits = 1; digits < 9; digits++) {
    const shortest = Number(real.toPrecision(digits));
    if (Math.fround(shortest) === real) return shortest;
  }
  return Number(real.toPrecision(9));
}

/** The `ROWS` PostgreSQL gives a set-returning function created without one. */
export const defaultRows = 1000;

/** A trigger on a table, keyed by schema, table and name. */
export interface TriggerDescription {
  schema: string;
  table: string;
  name: string;
  timing: TriggerTiming;
  /** In the order insert, update, delete, truncate. */
  events: TriggerEvent[];
  /** `UPDATE OF` columns, in the order the trigger names them. */
  updateOf: string[];
  forEach: "row" | "statement";
  /** As `pg_get_triggerdef` prints it, without the parentheses around it. */
  when: string | null;
  function: { schema: string; name: string };
  args: string[];
  constraint: boolean;
  deferrable: boolean;
  initiallyDeferred: boolean;
  comment: string | null;
  /**
   * The functions its `WHEN` condition calls, from `pg_depend` (`schema, name`): dropping one
   * drops the trigger. Read from the database only (`[]` from the models), never compared.
   */
  calls: { schema: string; name: string }[];
}

/** The key of a function among its overloads. */
export const functionKey = (f: {
  schema: string;
  name: string;
  identityArguments: string;
}): string => `${f.schema}\u0000${f.name}\u0000${f.identityArguments}`;

/** The key of a trigger. */
export const triggerKey = (t: { schema: string; table: string; name: string }): string =>
  `${t.schema}\u0000${t.table}\u0000${t.name}`;

/** Events in the one order descriptions keep them. */
export const triggerEventOrder: readonly TriggerEvent[] = [
  "insert",
  "update",
  "delete",
  "truncate",
];
