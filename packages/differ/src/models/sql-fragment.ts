import { quoteLiteral } from "@retort/core";
import { quoteIdentAsNeeded } from "../schema/quote-ident";

const fragmentBrand = Symbol.for("retort.sql");

/** A piece of SQL text in the models: a default, a check, an index expression or predicate. */
export interface SqlFragment {
  readonly [fragmentBrand]: true;
  readonly text: string;
}

/** What `sql` accepts between `${}`: a column (its quoted name), a fragment, or a literal. */
export type SqlValue =
  | SqlFragment
  | { readonly name: string; readonly key: string }
  | string
  | number
  | boolean;

/** Whether `value` is a {@link SqlFragment}. */
export function isSqlFragment(value: unknown): value is SqlFragment {
  return typeof value === "object" && value !== null && fragmentBrand in value;
}

/** A fragment holding `text` as is. */
export function rawSql(text: string): SqlFragment {
  return { [fragmentBrand]: true, text };
}

/**
 * Tags raw SQL in the models. A column in `${}` becomes its quoted column name, a fragment is
 * inlined, a string becomes a quoted literal, a number or boolean is inlined.
 *
 * @example
 * ```ts
 * c.timestamptz().notNull().default(sql`now()`);
 * index().on(sql`lower(${t.email})`);   // lower(email)
 * ```
 */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): SqlFragment {
  let text = strings[0] ?? "";
  values.forEach((value, k) => {
    if (isSqlFragment(value)) text += value.text;
    else if (typeof value === "string") text += quoteLiteral(value);
    else if (typeof value === "number" || typeof value === "boolean") text += String(value);
    else text += quoteIdentAsNeeded(value.name);
    text += strings[k + 1] ?? "";
  });
  return rawSql(text);
}
