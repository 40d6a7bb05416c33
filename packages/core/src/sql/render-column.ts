import type {
  ColumnDefault,
  ColumnDefinition,
  ColumnReference,
  ColumnType,
  IdentityDefinition,
  ReferentialAction,
  SequenceOptions,
  SqlExpression,
} from "../ops/column-definition";
import type { Deferrability } from "../ops/constraint-definition";
import { lexSql } from "./lex-sql";
import { quoteIdent, quoteObjectName, quoteQualified } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";

/**
 * Renders a column type: a string as written (it was checked by `validateOperation`), a
 * user-defined type quoted and qualified, with `[]` per array dimension.
 *
 * @example
 * ```ts
 * renderColumnType("varchar(255)");                                  // varchar(255)
 * renderColumnType({ name: "mood", schema: "app", arrayDimensions: 1 }); // "app"."mood"[]
 * ```
 */
export function renderColumnType(type: ColumnType): string {
  if (typeof type === "string") return type.trim();
  return quoteQualified(type.schema, type.name) + "[]".repeat(type.arrayDimensions ?? 0);
}

/**
 * Whether a default is an SQL expression (`{ sql }`, and no other key) rather than a literal.
 *
 * @example
 * ```ts
 * isSqlExpression({ sql: "now()" }); // true
 * isSqlExpression({ sql: "now()", other: 1 }); // false: a JSON literal
 * ```
 */
export function isSqlExpression(value: unknown): value is SqlExpression {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === "sql" && typeof (value as SqlExpression).sql === "string";
}

/**
 * Renders a default: `{ sql }` as written, anything else as an escaped literal.
 *
 * @example
 * ```ts
 * renderDefault({ sql: "now()" }); // now()
 * renderDefault("it's");          // 'it''s'
 * ```
 */
export function renderDefault(value: ColumnDefault): string {
  if (!isSqlExpression(value)) return quoteLiteral(value);
  // DEFAULT takes a restricted expression: `now() AT TIME ZONE 'utc'` or `a IS NULL` only in
  // parentheses. Words at the top level are where those begin.
  return hasTopLevelSpace(value.sql) ? `(${value.sql})` : value.sql;
}

/** Whether `sql` has white space (or a comment) outside parentheses, brackets and quoted text. */
function hasTopLevelSpace(sql: string): boolean {
  const text = sql.trim();
  let depth = 0;
  for (const { kind, start } of lexSql(text)) {
    const ch = text[start];
    if (kind === "punct" && (ch === "(" || ch === "[")) depth++;
    else if (kind === "punct" && (ch === ")" || ch === "]")) depth--;
    else if (depth === 0 && (kind === "space" || kind === "comment")) return true;
  }
  return false;
}

/** `INCREMENT BY 1 MINVALUE 1 ...` in the order PostgreSQL documents them. */
export function renderSequenceOptions(options: SequenceOptions): string[] {
  const parts: string[] = [];
  if (options.increment !== undefined) parts.push(`INCREMENT BY ${options.increment}`);
  if (options.minValue === null) parts.push("NO MINVALUE");
  else if (options.minValue !== undefined) parts.push(`MINVALUE ${options.minValue}`);
  if (options.maxValue === null) parts.push("NO MAXVALUE");
  else if (options.maxValue !== undefined) parts.push(`MAXVALUE ${options.maxValue}`);
  if (options.start !== undefined) parts.push(`START WITH ${options.start}`);
  if (options.cache !== undefined) parts.push(`CACHE ${options.cache}`);
  if (options.cycle !== undefined) parts.push(options.cycle ? "CYCLE" : "NO CYCLE");
  return parts;
}

/** `GENERATED ALWAYS AS IDENTITY (START WITH 10)`. */
export function renderIdentity(identity: IdentityDefinition): string {
  const generation = identity.generation === "always" ? "ALWAYS" : "BY DEFAULT";
  const options = renderSequenceOptions(identity);
  if (identity.sequenceName !== undefined) {
    options.unshift(`SEQUENCE NAME ${quoteObjectName(identity.sequenceName)}`);
  }
  return `GENERATED ${generation} AS IDENTITY${options.length > 0 ? ` (${options.join(" ")})` : ""}`;
}

/** `DEFERRABLE INITIALLY DEFERRED`, or nothing for PostgreSQL's default. */
export function renderDeferrability(value: Deferrability): string[] {
  const parts: string[] = [];
  if (value.deferrable === true || value.initiallyDeferred === true) parts.push("DEFERRABLE");
  if (value.initiallyDeferred === true) parts.push("INITIALLY DEFERRED");
  return parts;
}

/** `ON DELETE CASCADE` and friends. */
export function renderReferentialActions(value: {
  readonly onDelete?: ReferentialAction | undefined;
  readonly onDeleteColumns?: readonly string[] | undefined;
  readonly onUpdate?: ReferentialAction | undefined;
}): string[] {
  const parts: string[] = [];
  if (value.onDelete !== undefined) {
    const columns = value.onDeleteColumns?.length
      ? ` (${value.onDeleteColumns.map(quoteIdent).join(", ")})`
      : "";
    parts.push(`ON DELETE ${value.onDelete.toUpperCase()}${columns}`);
  }
  if (value.onUpdate !== undefined) parts.push(`ON UPDATE ${value.onUpdate.toUpperCase()}`);
  return parts;
}

function renderColumnReference(ref: ColumnReference): string {
  const parts: string[] = [];
  if (ref.name !== undefined) parts.push(`CONSTRAINT ${quoteIdent(ref.name)}`);
  let target = `REFERENCES ${quoteQualified(ref.schema, ref.table)}`;
  if (ref.column !== undefined) target += ` (${quoteIdent(ref.column)})`;
  parts.push(target);
  if (ref.match !== undefined) parts.push(`MATCH ${ref.match.toUpperCase()}`);
  parts.push(...renderReferentialActions(ref), ...renderDeferrability(ref));
  return parts.join(" ");
}

/** Per-call input of {@link renderColumnDefinition}. */
export interface RenderColumnOptions {
  /**
   * Render `primaryKey: true` inline as `PRIMARY KEY`. `createTable` gathers primary key
   * columns into one named table constraint instead, so it passes `false`.
   */
  readonly inlinePrimaryKey: boolean;
}

/**
 * Renders one column definition, as in `CREATE TABLE` and `ADD COLUMN`.
 *
 * @example
 * ```ts
 * renderColumnDefinition({ name: "email", type: "text", nullable: false, unique: true }, { inlinePrimaryKey: false });
 * // "email" text NOT NULL UNIQUE
 * ```
 */
export function renderColumnDefinition(
  column: ColumnDefinition,
  options: RenderColumnOptions,
): string {
  const parts = [quoteIdent(column.name), renderColumnType(column.type)];
  if (column.collation !== undefined) parts.push(`COLLATE ${quoteObjectName(column.collation)}`);
  if (column.identity !== undefined) parts.push(renderIdentity(column.identity));
  if (column.generated !== undefined) {
    parts.push(`GENERATED ALWAYS AS (${column.generated.expression}) STORED`);
  }
  // Identity and primary key columns are NOT NULL whatever is said; saying it keeps the
  // rendered table readable on its own.
  if (column.nullable === false || column.identity !== undefined || column.primaryKey === true) {
    parts.push("NOT NULL");
  }
  if (column.default !== undefined && column.default !== null) {
    parts.push(`DEFAULT ${renderDefault(column.default)}`);
  }
  if (column.unique === true) parts.push("UNIQUE");
  if (column.primaryKey === true && options.inlinePrimaryKey) parts.push("PRIMARY KEY");
  if (column.references !== undefined) parts.push(renderColumnReference(column.references));
  return parts.join(" ");
}
