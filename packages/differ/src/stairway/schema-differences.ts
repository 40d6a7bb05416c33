import { diffSchemas } from "../compare/diff-schemas";
import { describeUnmanaged } from "../pull/unmanaged-names";
import type { SchemaDescription, UnmanagedObject } from "../schema/schema-description";
import type { ManagedScope } from "../scope/managed-scope";

/** One way the database after a `down()` differs from the database before the `up()`. */
export interface SchemaDifference {
  /** What `down()` did wrong: left an object behind, removed one, or changed one. */
  readonly kind: "left behind" | "removed" | "changed";
  /** The object, as `check` names it (`table public.account`, `view public.report`). */
  readonly object: string;
  /** One line for a person: `left index public.account_email_idx behind`. */
  readonly description: string;
}

// The comparison's words for a change from `before` to `after`: an added object is one down()
// left behind, a dropped one is one it removed that was there before up().
const addedPrefix = /^added (?!value )/;
const droppedPrefix = /^dropped /;

function fromChange(description: string): SchemaDifference {
  // "(data will be lost)" is about running the operation; here nothing runs.
  const text = description.replace(/ \([^()]*\blost\b[^()]*\)$/, "");
  if (addedPrefix.test(text)) {
    const object = text.replace(addedPrefix, "");
    return { kind: "left behind", object, description: `left ${object} behind` };
  }
  if (droppedPrefix.test(text)) {
    const object = text.replace(droppedPrefix, "");
    return {
      kind: "removed",
      object,
      description: `removed ${object}, which was there before up()`,
    };
  }
  return { kind: "changed", object: text, description: `changed: ${text}` };
}

function unmanagedKey(u: UnmanagedObject): string {
  return JSON.stringify([u.kind, u.schema, u.table, u.name]);
}

/**
 * What differs between the schema before a migration's `up()` and after its `down()`, in the
 * comparison's words: the operations `diffSchemas` would need to turn one into the other, read
 * as what `down()` left behind, removed or changed; then the objects the models do not manage
 * (views, functions, triggers...), by name and definition. Empty when `down()` undid `up()`.
 *
 * @example
 * ```ts
 * schemaDifferences(beforeUp, afterDown, scope).map((d) => d.description);
 * // ["left index public.account_email_idx behind", "left view public.report behind"]
 * ```
 */
export function schemaDifferences(
  before: SchemaDescription,
  after: SchemaDescription,
  scope: ManagedScope = {},
): SchemaDifference[] {
  // Every schema either side has, so that a schema down() left behind is compared too.
  const schemas = new Set<string>(scope.schemas ?? ["public"]);
  for (const side of [before, after]) {
    for (const name of side.schemas) schemas.add(name);
    for (const t of side.tables) schemas.add(t.schema);
    for (const e of side.enums) schemas.add(e.schema);
    for (const s of side.sequences) schemas.add(s.schema);
    for (const t of [...side.domains, ...side.compositeTypes, ...side.rangeTypes]) {
      schemas.add(t.schema);
    }
  }
  const diff = diffSchemas(before, after, { ...scope, schemas: [...schemas].sort() });
  const differences = diff.changes.map((change) => fromChange(change.description));

  const beforeUnmanaged = new Map(before.unmanaged.map((u) => [unmanagedKey(u), u]));
  const afterUnmanaged = new Map(after.unmanaged.map((u) => [unmanagedKey(u), u]));
  for (const [key, u] of afterUnmanaged) {
    const was = beforeUnmanaged.get(key);
    const object = describeUnmanaged(u);
    if (was === undefined) {
      differences.push({ kind: "left behind", object, description: `left ${object} behind` });
    } else if (was.definition !== u.definition) {
      differences.push({
        kind: "changed",
        object,
        description: `changed: ${object} has another definition than before up()`,
      });
    }
  }
  for (const [key, u] of beforeUnmanaged) {
    if (afterUnmanaged.has(key)) continue;
    const object = describeUnmanaged(u);
    differences.push({
      kind: "removed",
      object,
      description: `removed ${object}, which was there before up()`,
    });
  }
  return differences;
}
