// The nodes of functions, procedures and triggers. They live apart from `operation.ts` (which
// puts them in the `Operation` union) because a routine's definition is one structure that the
// create, the drop's reverse and `CREATE OR REPLACE`'s reverse all carry.

/** `IMMUTABLE`, `STABLE` or `VOLATILE` (PostgreSQL's default). */
export type FunctionVolatility = "immutable" | "stable" | "volatile";
/** `PARALLEL SAFE`, `RESTRICTED` or `UNSAFE` (PostgreSQL's default). */
export type FunctionParallel = "safe" | "restricted" | "unsafe";
/** `SECURITY INVOKER` (PostgreSQL's default) or `SECURITY DEFINER`. */
export type FunctionSecurity = "invoker" | "definer";

/** Which routine: `FUNCTION` or `PROCEDURE`. */
export interface RoutineTarget {
  readonly schema?: string | undefined;
  readonly name: string;
  /** `true` for a procedure. Default is `false`: a function. */
  readonly procedure?: boolean | undefined;
}

/** A function or procedure, as `CREATE FUNCTION` / `CREATE PROCEDURE` states it. */
export interface FunctionDefinition extends RoutineTarget {
  /**
   * The argument list between the parentheses, as SQL: modes, names, types and defaults,
   * `a integer, b text DEFAULT 'x'::text` (`""` for none).
   */
  readonly arguments: string;
  /**
   * The argument types that pick it among its overloads (`integer, text`), as its comment
   * names it; needed when `arguments` has defaults or `OUT` arguments. Default is `arguments`.
   */
  readonly identityArguments?: string | undefined;
  /** What follows `RETURNS` (`integer`, `SETOF public.account`, `TABLE(id bigint)`); none for a procedure. */
  readonly returns?: string | undefined;
  /** `plpgsql`, `sql`... */
  readonly language: string;
  /** The body, sent verbatim between dollar quotes. */
  readonly body: string;
  readonly volatility?: FunctionVolatility | undefined;
  /** `STRICT` (`RETURNS NULL ON NULL INPUT`). */
  readonly strict?: boolean | undefined;
  readonly security?: FunctionSecurity | undefined;
  readonly parallel?: FunctionParallel | undefined;
  /**
   * `LEAKPROOF`: the function reveals nothing about its arguments but its result, so the
   * planner may run it before a security barrier view's or a policy's conditions. Setting it
   * takes a superuser. Not for a procedure.
   */
  readonly leakproof?: boolean | undefined;
  /**
   * `COST n`: the planner's estimate of one call, in units of `cpu_operator_cost`, a positive
   * number. Default is PostgreSQL's: 100 (1 for C and internal functions). Not for a procedure.
   */
  readonly cost?: number | undefined;
  /**
   * `ROWS n`: the planner's estimate of the rows a set-returning function gives, a positive
   * number. Default is PostgreSQL's: 1000. Only for a function returning `SETOF` or `TABLE`.
   */
  readonly rows?: number | undefined;
  /** `SET name = value` clauses, `{ search_path: "public, pg_temp" }`, values as PostgreSQL prints them. */
  readonly set?: Readonly<Record<string, string>> | undefined;
  readonly comment?: string | null | undefined;
}

/** `CREATE [OR REPLACE] FUNCTION | PROCEDURE`, then its comment. */
export interface CreateFunctionOperation extends FunctionDefinition {
  readonly kind: "createFunction";
  /** `CREATE OR REPLACE`: same signature and result, a new definition. */
  readonly orReplace?: boolean | undefined;
  /** With `orReplace`, the definition replaced, so the change can be reversed. */
  readonly replaced?: FunctionDefinition | undefined;
}

/** `DROP FUNCTION | PROCEDURE name(argument types)`. Carries the definition when known. */
export interface DropFunctionOperation extends RoutineTarget {
  readonly kind: "dropFunction";
  /** The identity arguments that pick the overload: `integer, text` (`""` for none). */
  readonly arguments: string;
  readonly ifExists?: boolean | undefined;
  readonly cascade?: boolean | undefined;
  readonly definition?: FunctionDefinition | undefined;
}

/** `ALTER FUNCTION | PROCEDURE name(argument types) RENAME TO`. */
export interface RenameFunctionOperation extends RoutineTarget {
  readonly kind: "renameFunction";
  readonly arguments: string;
  readonly newName: string;
}

/** `COMMENT ON FUNCTION | PROCEDURE name(argument types)`. `null` removes it. */
export interface SetFunctionCommentOperation extends RoutineTarget {
  readonly kind: "setFunctionComment";
  readonly arguments: string;
  readonly comment: string | null;
  /** The comment before; omitted is read as none. */
  readonly existingComment?: string | null | undefined;
}

/** When a trigger fires. */
export type TriggerTiming = "before" | "after" | "instead of";
/** What fires it. */
export type TriggerEvent = "insert" | "update" | "delete" | "truncate";

/** A trigger, as `CREATE TRIGGER` states it. */
export interface TriggerDefinition {
  /** The table's schema (the trigger's own). */
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  readonly timing: TriggerTiming;
  readonly events: readonly TriggerEvent[];
  /** `UPDATE OF` these columns. */
  readonly updateOf?: readonly string[] | undefined;
  /** Default is `"statement"`, as PostgreSQL's. */
  readonly forEach?: "row" | "statement" | undefined;
  /** The `WHEN` condition, as SQL. */
  readonly when?: string | undefined;
  /** The trigger function (its schema defaults to none: found on the search path). */
  readonly function: { readonly schema?: string | undefined; readonly name: string };
  /** String arguments passed to the function (`TG_ARGV`). */
  readonly args?: readonly string[] | undefined;
  /** `CREATE CONSTRAINT TRIGGER` (an `after ... for each row` trigger that can be deferred). */
  readonly constraint?: boolean | undefined;
  readonly deferrable?: boolean | undefined;
  readonly initiallyDeferred?: boolean | undefined;
  readonly comment?: string | null | undefined;
}

/** `CREATE [CONSTRAINT] TRIGGER`, then its comment. */
export interface CreateTriggerOperation extends TriggerDefinition {
  readonly kind: "createTrigger";
}

/** `DROP TRIGGER name ON table`. Carries the definition when known. */
export interface DropTriggerOperation {
  readonly kind: "dropTrigger";
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  readonly ifExists?: boolean | undefined;
  readonly definition?: TriggerDefinition | undefined;
}

/** `COMMENT ON TRIGGER name ON table`. `null` removes it. */
export interface SetTriggerCommentOperation {
  readonly kind: "setTriggerComment";
  readonly schema?: string | undefined;
  readonly table: string;
  readonly name: string;
  readonly comment: string | null;
  readonly existingComment?: string | null | undefined;
}

/** Every node of this file. */
export type RoutineOperation =
  | CreateFunctionOperation
  | DropFunctionOperation
  | RenameFunctionOperation
  | SetFunctionCommentOperation
  | CreateTriggerOperation
  | DropTriggerOperation
  | SetTriggerCommentOperation;
