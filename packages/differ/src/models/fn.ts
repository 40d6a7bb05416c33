import { fileURLToPath } from "node:url";
import type { FunctionParallel, FunctionSecurity, FunctionVolatility } from "@retort/core";
import { RetortError } from "@retort/core";
import { quoteIdentAsNeeded } from "../schema/quote-ident";
import { callerFile } from "./table";

const fnBrand = Symbol.for("retort.function");

/** One argument of {@link fn}, when not written as SQL text (`"a integer"`). */
export interface FnArgument {
  readonly name?: string | undefined;
  /** The type, as SQL: `integer`, `text[]`, `public.mood`. */
  readonly type: string;
  /** Default is `"in"`. */
  readonly mode?: "in" | "out" | "inout" | "variadic" | undefined;
  /** The default, as SQL: `0`, `'none'`, `now()`. */
  readonly default?: string | undefined;
}

/** What {@link fn} and {@link procedure} share. */
export interface RoutineOptions<Schema extends string> {
  /** Default is `"public"`. */
  schema?: Schema;
  /** Each argument as SQL (`"a integer"`, `"integer"`, `"b text default ''"`) or an object. */
  args?: readonly (string | FnArgument)[];
  /** `plpgsql`, `sql`... */
  language: string;
  /** The body, sent and kept verbatim: PostgreSQL stores it byte for byte. */
  body: string;
  /** Default is `"invoker"`. */
  security?: FunctionSecurity;
  /** `SET` clauses: `{ search_path: "public, pg_temp" }`. */
  set?: Readonly<Record<string, string>>;
  comment?: string;
  /** The name it had: autogenerate renames it instead of dropping it and creating another. */
  renamedFrom?: string;
}

/** Options of {@link fn}. */
export interface FnOptions<Schema extends string> extends RoutineOptions<Schema> {
  /** What follows `RETURNS`: `integer`, `trigger`, `setof public.account`, `table (id bigint)`. */
  returns: string;
  /** Default is `"volatile"`. */
  volatility?: FunctionVolatility;
  /** `STRICT`: returns null on a null argument without running. Default is `false`. */
  strict?: boolean;
  /** Default is `"unsafe"`. */
  parallel?: FunctionParallel;
  /**
   * `LEAKPROOF`: it reveals nothing about its arguments but through its result, so the planner
   * may run it ahead of a security barrier view's or a policy's conditions. Only a superuser
   * may set it. Default is `false`.
   */
  leakproof?: boolean;
  /**
   * `COST`: the planner's estimate of one call, in units of `cpu_operator_cost` (a positive
   * number). Default is PostgreSQL's, 100.
   */
  cost?: number;
  /**
   * `ROWS`: the planner's estimate of how many rows it gives (a positive number), for a function
   * that `returns` `setof ...` or `table (...)`. Default is PostgreSQL's, 1000.
   */
  rows?: number;
}

/** A function or procedure declared in the models. */
export interface FnModel<Name extends string = string, Schema extends string = string> {
  readonly [fnBrand]: true;
  readonly name: Name;
  readonly schema: Schema;
  readonly procedure: boolean;
  /** The arguments as one SQL list. */
  readonly arguments: string;
  readonly returns: string | null;
  readonly language: string;
  readonly body: string;
  readonly volatility: FunctionVolatility;
  readonly strict: boolean;
  readonly security: FunctionSecurity;
  readonly parallel: FunctionParallel;
  readonly leakproof: boolean;
  /** `null` when not declared. */
  readonly cost: number | null;
  /** `null` when not declared. */
  readonly rows: number | null;
  readonly set: Readonly<Record<string, string>>;
  readonly comment: string | null;
  readonly renamedFrom: string | null;
  /** The file whose code declared it, from the call stack; `null` when unknown. */
  readonly definedIn: string | null;
}

/** Whether `value` is a {@link FnModel}. */
export function isFnModel(value: unknown): value is FnModel {
  return typeof value === "object" && value !== null && fnBrand in value;
}

const ownFile = (() => {
  try {
    return fileURLToPath(import.meta.url);
  } catch {
    return import.meta.url;
  }
})();

function argumentText(arg: string | FnArgument, where: string): string {
  if (typeof arg === "string") return arg;
  if (typeof arg !== "object" || arg === null || typeof arg.type !== "string") {
    throw new RetortError("BAD_MODEL", `${where}: an argument is SQL text or { name, type }.`, {
      details: { argument: arg },
    });
  }
  return [
    arg.mode !== undefined && arg.mode !== "in" ? arg.mode : "",
    arg.name !== undefined ? quoteIdentAsNeeded(arg.name) : "",
    arg.type,
    arg.default !== undefined ? `DEFAULT ${arg.default}` : "",
  ]
    .filter((part) => part !== "")
    .join(" ");
}

/** Every function and procedure declared since the process started; shared by all copies of retort. */
export function definedFunctions(): FnModel[] {
  const key = Symbol.for("retort.function-registry");
  const holder = globalThis as unknown as Record<symbol, FnModel[] | undefined>;
  holder[key] ??= [];
  return holder[key];
}

/** Whether a `returns` clause gives a set: `setof ...` or `table (...)`. */
function returnsSet(returns: string): boolean {
  return /^\s*(?:setof|table)\b/i.test(returns);
}

/**
 * Refuses `leakproof`, `cost` and `rows` where PostgreSQL would refuse them when the migration
 * runs: on a procedure, not a positive number, `rows` on a function that returns no set.
 */
function checkEstimates(
  options: Partial<FnOptions<string>>,
  procedure: boolean,
  where: string,
  name: string,
): void {
  const fail = (problem: string, hint: string) => {
    throw new RetortError("BAD_MODEL", `${where}: ${problem}.`, {
      hint,
      details: { function: name },
    });
  };
  if (procedure) {
    for (const key of ["leakproof", "cost", "rows"] as const) {
      if (options[key] !== undefined) {
        fail(`a procedure has no \`${key}\``, "Leave it out, or declare a function with fn().");
      }
    }
    return;
  }
  if (options.leakproof !== undefined && typeof options.leakproof !== "boolean") {
    fail("`leakproof` is true or false", "Write leakproof: true.");
  }
  for (const key of ["cost", "rows"] as const) {
    const value = options[key];
    if (
      value !== undefined &&
      !(typeof value === "number" && Number.isFinite(value) && value > 0)
    ) {
      fail(`\`${key}\` must be a positive number`, `Write ${key}: 10, for example.`);
    }
  }
  if (options.rows !== undefined && !returnsSet(options.returns ?? "")) {
    fail(
      "`rows` is only for a function that returns a set",
      'Make it return "setof ..." or "table (...)", or leave `rows` out.',
    );
  }
}

function routine(
  name: string,
  options: RoutineOptions<string> & Partial<FnOptions<string>>,
  procedure: boolean,
): FnModel {
  const where = `${procedure ? "Procedure" : "Function"} "${name}"`;
  if (typeof options?.body !== "string" || typeof options.language !== "string") {
    throw new RetortError("BAD_MODEL", `${where} needs a language and a body.`, {
      hint: 'Declare it as fn("name", { returns: "integer", language: "sql", body: "select 1" }).',
      details: { function: name },
    });
  }
  if (!procedure && typeof options.returns !== "string") {
    throw new RetortError("BAD_MODEL", `${where} needs \`returns\`.`, {
      hint: 'Say what it returns: returns: "integer" (or "trigger", "void", "setof ...").',
      details: { function: name },
    });
  }
  checkEstimates(options, procedure, where, name);
  const definedIn = callerFile(ownFile);
  const model: FnModel = Object.freeze({
    [fnBrand]: true as const,
    name,
    schema: options.schema ?? "public",
    procedure,
    arguments: (options.args ?? []).map((arg) => argumentText(arg, where)).join(", "),
    returns: procedure ? null : (options.returns ?? null),
    language: options.language,
    body: options.body,
    volatility: options.volatility ?? "volatile",
    strict: options.strict ?? false,
    security: options.security ?? "invoker",
    parallel: options.parallel ?? "unsafe",
    leakproof: options.leakproof ?? false,
    cost: options.cost ?? null,
    rows: options.rows ?? null,
    set: Object.freeze({ ...(options.set ?? {}) }),
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
    get definedIn() {
      return definedIn();
    },
  });
  definedFunctions().push(model);
  return model;
}

/**
 * Declares a function. Overloads (one name, other argument types) are separate models. The
 * body is kept verbatim, and compared byte for byte with what the database holds.
 *
 * @example
 * ```ts
 * export const touch = fn("touch_updated_at", {
 *   returns: "trigger",
 *   language: "plpgsql",
 *   body: "begin new.updated_at := now(); return new; end",
 * });
 * // CREATE FUNCTION "public"."touch_updated_at"() RETURNS trigger LANGUAGE "plpgsql" VOLATILE ...
 * ```
 */
export function fn<const Name extends string, const Schema extends string = "public">(
  name: Name,
  options: FnOptions<Schema>,
): FnModel<Name, Schema> {
  return routine(name, options, false) as FnModel<Name, Schema>;
}

/**
 * Declares a procedure (`CALL`ed, may commit).
 *
 * @example
 * ```ts
 * export const purge = procedure("purge_sessions", {
 *   args: ["older_than interval"],
 *   language: "sql",
 *   body: "delete from session where seen_at < now() - older_than",
 * });
 * ```
 */
export function procedure<const Name extends string, const Schema extends string = "public">(
  name: Name,
  options: RoutineOptions<Schema>,
): FnModel<Name, Schema> {
  return routine(name, options, true) as FnModel<Name, Schema>;
}
