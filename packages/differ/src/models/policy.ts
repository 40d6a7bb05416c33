import { fileURLToPath } from "node:url";
import { type PolicyCommand, type PolicyKind, RetortError } from "@retort/core";
import { isSqlFragment, type SqlFragment } from "./sql-fragment";
import { type AnyTable, callerFile, isTable } from "./table";

const policyBrand = Symbol.for("retort.policy");

/** The table a policy is on: its model, or its name (`{ schema, name }`; a string is in `public`). */
export type PolicyTable = AnyTable | string | { readonly schema?: string; readonly name: string };

/** Options of {@link policy}. */
export interface PolicyOptions {
  on: PolicyTable;
  /** Default is `"permissive"`: any permissive policy lets a row through; all restrictive ones must. */
  as?: PolicyKind;
  /** Default is `"all"`. */
  for?: PolicyCommand;
  /** Role names. Default is `["public"]` (every role). The roles must exist where migrations run. */
  to?: readonly string[];
  /** Which existing rows the command sees: `` sql`author_id = auth.uid()` ``. */
  using?: string | SqlFragment;
  /** Which new or updated rows are allowed. */
  withCheck?: string | SqlFragment;
  comment?: string;
  /** The policy's previous name, so autogenerate renames it instead of drop + create. */
  renamedFrom?: string;
}

/** A row-level security policy declared in the models. */
export interface PolicyModel<Name extends string = string> {
  readonly [policyBrand]: true;
  readonly name: Name;
  readonly schema: string;
  readonly table: string;
  readonly as: PolicyKind;
  readonly for: PolicyCommand;
  readonly to: readonly string[];
  readonly using: string | null;
  readonly withCheck: string | null;
  readonly comment: string | null;
  readonly renamedFrom: string | null;
  /** The file whose code declared it, from the call stack; `null` when unknown. */
  readonly definedIn: string | null;
}

/** Whether `value` is a {@link PolicyModel}. */
export function isPolicyModel(value: unknown): value is PolicyModel {
  return typeof value === "object" && value !== null && policyBrand in value;
}

const ownFile = (() => {
  try {
    return fileURLToPath(import.meta.url);
  } catch {
    return import.meta.url;
  }
})();

function tableOf(on: PolicyTable): { schema: string; name: string } {
  if (isTable(on)) return { schema: on.schema, name: on.name };
  if (typeof on === "string") return { schema: "public", name: on };
  return { schema: on.schema ?? "public", name: on.name };
}

const sqlText = (value: string | SqlFragment | undefined): string | null =>
  value === undefined ? null : isSqlFragment(value) ? value.text : value;

/** Every policy declared since the process started; shared by all copies of retort. */
export function definedPolicies(): PolicyModel[] {
  const key = Symbol.for("retort.policy-registry");
  const holder = globalThis as unknown as Record<symbol, PolicyModel[] | undefined>;
  holder[key] ??= [];
  return holder[key];
}

/**
 * Declares a row-level security policy on a table. The table also needs `rls: { enabled: true }`
 * for PostgreSQL to apply it. Put it in the table's models file, and export it from the models
 * entry as you export the table.
 *
 * @example
 * ```ts
 * export const ownPosts = policy("own_posts", {
 *   on: post,
 *   for: "select",
 *   to: ["authenticated"],
 *   using: sql`author_id = auth.uid()`,
 * });
 * // CREATE POLICY "own_posts" ON "public"."post" FOR SELECT TO "authenticated" USING (author_id = auth.uid())
 * ```
 */
export function policy<const Name extends string>(
  name: Name,
  options: PolicyOptions,
): PolicyModel<Name> {
  if (typeof options !== "object" || options === null || options.on === undefined) {
    throw new RetortError("BAD_MODEL", `Policy "${name}" needs \`on\`: the table it applies to.`, {
      hint: 'Declare it as policy("name", { on: table, for: "select", using: sql`...` }).',
      details: { policy: name },
    });
  }
  const table = tableOf(options.on);
  const definedIn = callerFile(ownFile);
  const model: PolicyModel<Name> = Object.freeze({
    [policyBrand]: true as const,
    name,
    schema: table.schema,
    table: table.name,
    as: options.as ?? "permissive",
    for: options.for ?? "all",
    to: Object.freeze([...(options.to ?? ["public"])]),
    using: sqlText(options.using),
    withCheck: sqlText(options.withCheck),
    comment: options.comment ?? null,
    renamedFrom: options.renamedFrom ?? null,
    get definedIn() {
      return definedIn();
    },
  });
  definedPolicies().push(model);
  return model;
}
