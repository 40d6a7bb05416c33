import type { CollationName, ColumnDefault, ColumnType } from "./column-definition";

// How kinds spell names, types and defaults in change descriptions and destructive reasons.

/** `app.mood[]`, `varchar(20)`; `?` when unknown. */
export function columnTypeText(type: ColumnType | undefined): string {
  if (type === undefined) return "?";
  if (typeof type === "string") return type;
  return `${type.schema === undefined ? "" : `${type.schema}.`}${type.name}${"[]".repeat(type.arrayDimensions ?? 0)}`;
}

/** An expression's SQL, a literal as JSON; `none` for no default. */
export function columnDefaultText(value: ColumnDefault | undefined): string {
  if (value === undefined || value === null) return "none";
  if (typeof value === "object" && "sql" in value && typeof value.sql === "string") {
    return value.sql;
  }
  return JSON.stringify(value) ?? String(value);
}

/** `C`, `app.german`; `?` when unknown. */
export function collationText(collation: CollationName | undefined): string {
  if (collation === undefined) return "?";
  if (typeof collation === "string") return collation;
  return collation.schema === undefined ? collation.name : `${collation.schema}.${collation.name}`;
}

/** A dotted name in double quotes, as destructive reasons write it: `"public.account.name"`. */
export function quotedObjectText(schema: string | undefined, ...names: string[]): string {
  return JSON.stringify([...(schema === undefined ? [] : [schema]), ...names].join("."));
}
