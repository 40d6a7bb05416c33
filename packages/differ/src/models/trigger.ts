import { fileURLToPath } from "node:url";
import { RetortError, type TriggerEvent, type TriggerTiming } from "@retort/core";
import { type FnModel, isFnModel } from "./fn";
import { isSqlFragment, type SqlFragment } from "./sql-fragment";
import { type AnyTable, callerFile, isTable } from "./table";

const triggerBrand = Symbol.for("retort.trigger");

/** A table a trigger is on: its model, or its name (`{ schema, name }`; a string is in `public`). */
export type TriggerTable = AnyTable | string | { readonly schema?: string; readonly name: string };

/** The function a trigger runs: its model, or its name (a string is in the table's schema). */
export type TriggerFunction =
  | FnModel
  | string
  | { readonly schema?: string; readonly name: string };

/** Options of {@link trigger}. */
export interface TriggerOptions {
  on: TriggerTable;
  timing: TriggerTiming;
  events: readonly TriggerEvent[];
  /** `UPDATE OF` these columns (their models, or their names). */
  updateOf?: readonly (string | { readonly name: string })[];
  /** Default is `"statement"`, as PostgreSQL's. */
  forEach?: "row" | "statement";
  /** The `WHEN` condition, as SQL: `old.* is distinct from new.*`. */
  when?: string | SqlFragment;
  function: TriggerFunction;
  /** String arguments the function reads from `TG_ARGV`. */
  args?: readonly string[];
  /** `CREATE CONSTRAINT TRIGGER`. */
  constraint?: boolean;
  deferrable?: boolean;
  initiallyDeferred?: boolean;
  comment?: string;
}

/** A trigger declared in the models. */
export interface TriggerModel<Name extends string = string> {
  readonly [triggerBrand]: true;
  readonly name: Name;
  readonly schema: string;
  readonly table: string;
  readonly timing: TriggerTiming;
  readonly events: readonly TriggerEvent[];
  readonly updateOf: readonly string[];
  readonly forEach: "row" | "statement";
  readonly when: string | null;
  readonly function: { readonly schema: string; readonly name: string };
  readonly args: readonly string[];
  readonly constraint: boolean;
  readonly deferrable: boolean;
  readonly initiallyDeferred: boolean;
  readonly comment: string | null;
  /** The file whose code declared it, from the call stack; `null` when unknown. */
  readonly definedIn: string | null;
}

/** Whether `value` is a {@link TriggerModel}. */
export function isTriggerModel(value: unknown): value is TriggerModel {
  return typeof value === "object" && value !== null && triggerBrand in value;
}

const ownFile = (() => {
  try {
    return fileURLToPath(import.meta.url);
  } catch {
    return import.meta.url;
  }
})();

function tableOf(on: TriggerTable): { schema: string; name: string } {
  if (isTable(on)) return { schema: on.schema, name: on.name };
  if (typeof on === "string") return { schema: "public", name: on };
  return { schema: on.schema ?? "public", name: on.name };
}

function functionOf(f: TriggerFunction, schema: string): { schema: string; name: string } {
  if (isFnModel(f)) return { schema: f.schema, name: f.name };
  if (typeof f === "string") return { schema, name: f };
  return { schema: f.schema ?? schema, name: f.name };
}

/** Every trigger declared since the process started; shared by all copies of retort. */
export function definedTriggers(): TriggerModel[] {
  const key = Symbol.for("retort.trigger-registry");
  const holder = globalThis as unknown as Record<symbol, TriggerModel[] | undefined>;
  holder[key] ??= [];
  return holder[key];
}

/**
 * Declares a trigger on a table. Put it in the table's models file, or in a file of its own.
 *
 * @example
 * ```ts
 * export const postTouch = trigger("post_touch", {
 *   on: post,
 *   timing: "before",
 *   events: ["update"],
 *   forEach: "row",
 *   function: touch,
 * });
 * // CREATE TRIGGER "post_touch" BEFORE UPDATE ON "public"."post" FOR EACH ROW EXECUTE FUNCTION "public"."touch"()
 * ```
 */
export function trigger<const Name extends string>(
  name: Name,
  options: TriggerOptions,
): TriggerModel<Name> {
  if (
    typeof options !== "object" ||
    options === null ||
    options.on === undefined ||
    options.function === undefined
  ) {
    throw new RetortError("BAD_MODEL", `Trigger "${name}" needs \`on\` and \`function\`.`, {
      hint: 'Declare it as trigger("name", { on: table, timing: "before", events: ["update"], function: fn }).',
      details: { trigger: name },
    });
  }
  const table = tableOf(options.on);
  const when = options.when;
  const definedIn = callerFile(ownFile);
  const model: TriggerModel<Name> = Object.freeze({
    [triggerBrand]: true as const,
    name,
    schema: table.schema,
    table: table.name,
    timing: options.timing,
    events: Object.freeze([...options.events]),
    updateOf: Object.freeze(
      (options.updateOf ?? []).map((c) => (typeof c === "string" ? c : c.name)),
    ),
    forEach: options.forEach ?? "statement",
    when: when === undefined ? null : isSqlFragment(when) ? when.text : when,
    function: functionOf(options.function, table.schema),
    args: Object.freeze([...(options.args ?? [])]),
    constraint: options.constraint ?? false,
    deferrable: options.deferrable ?? false,
    initiallyDeferred: options.initiallyDeferred ?? false,
    comment: options.comment ?? null,
    get definedIn() {
      return definedIn();
    },
  });
  definedTriggers().push(model);
  return model;
}
