import type {
  CheckDefinition,
  ExclusionDefinition,
  ForeignKeyDefinition,
  IndexElement,
  PrimaryKeyDefinition,
  UniqueDefinition,
} from "../ops/constraint-definition";
import { quoteIdent, quoteObjectName, quoteQualified } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";
import { renderDeferrability, renderReferentialActions } from "./render-column";

/** `("a", "b")`. */
export function renderColumnList(columns: readonly string[]): string {
  return `(${columns.map(quoteIdent).join(", ")})`;
}

/** `INCLUDE ("a")`, or nothing. */
export function renderInclude(include: readonly string[] | undefined): string[] {
  return include !== undefined && include.length > 0
    ? [`INCLUDE ${renderColumnList(include)}`]
    : [];
}

/**
 * `WITH (fillfactor = 70, buffering = 'auto')`, or nothing. The names are bare: validation
 * keeps them plain lowercase identifiers, which the grammar takes even when reserved.
 */
export function renderStorageParameters(
  parameters: Readonly<Record<string, string | number | boolean>> | undefined,
): string[] {
  const entries = Object.entries(parameters ?? {});
  return entries.length === 0
    ? []
    : [`WITH (${entries.map(([name, value]) => `${name} = ${quoteLiteral(value)}`).join(", ")})`];
}

function named(name: string | undefined, clause: string): string {
  return name === undefined ? clause : `CONSTRAINT ${quoteIdent(name)} ${clause}`;
}

/**
 * One index (or exclusion) element: `"email" COLLATE "C" "text_pattern_ops" DESC NULLS LAST`,
 * or `(lower(email))` for an expression.
 */
export function renderIndexElement(element: IndexElement): string {
  const parts = [
    element.column !== undefined ? quoteIdent(element.column) : `(${element.expression})`,
  ];
  if (element.collation !== undefined) parts.push(`COLLATE ${quoteObjectName(element.collation)}`);
  if (element.opclass !== undefined) parts.push(quoteObjectName(element.opclass));
  if (element.opclassOptions !== undefined) {
    const options = Object.entries(element.opclassOptions);
    parts.push(`(${options.map(([k, v]) => `${quoteIdent(k)} = ${quoteLiteral(v)}`).join(", ")})`);
  }
  if (element.order !== undefined) parts.push(element.order.toUpperCase());
  if (element.nulls !== undefined) parts.push(`NULLS ${element.nulls.toUpperCase()}`);
  return parts.join(" ");
}

/** `CONSTRAINT "account_pkey" PRIMARY KEY ("id")`. */
export function renderPrimaryKey(pk: PrimaryKeyDefinition): string {
  const parts = [
    `PRIMARY KEY ${renderColumnList(pk.columns)}`,
    ...renderInclude(pk.include),
    ...renderDeferrability(pk),
  ];
  return named(pk.name, parts.join(" "));
}

/** `CONSTRAINT "account_email_key" UNIQUE NULLS NOT DISTINCT ("email")`. */
export function renderUnique(unique: UniqueDefinition): string {
  const parts = [
    `UNIQUE ${unique.nullsNotDistinct === true ? "NULLS NOT DISTINCT " : ""}${renderColumnList(unique.columns)}`,
    ...renderInclude(unique.include),
    ...renderDeferrability(unique),
  ];
  return named(unique.name, parts.join(" "));
}

/** `CONSTRAINT "price_positive" CHECK (price > 0) NO INHERIT`. */
export function renderCheck(check: CheckDefinition): string {
  const clause = `CHECK (${check.expression})${check.noInherit === true ? " NO INHERIT" : ""}`;
  return named(check.name, clause);
}

/** `CONSTRAINT "post_author_fk" FOREIGN KEY ("author_id") REFERENCES "account" ("id") ON DELETE CASCADE`. */
export function renderForeignKey(fk: ForeignKeyDefinition): string {
  const refColumns = fk.references.columns;
  let target = `REFERENCES ${quoteQualified(fk.references.schema, fk.references.table)}`;
  if (refColumns !== undefined && refColumns.length > 0)
    target += ` ${renderColumnList(refColumns)}`;
  const parts = [`FOREIGN KEY ${renderColumnList(fk.columns)}`, target];
  if (fk.match !== undefined) parts.push(`MATCH ${fk.match.toUpperCase()}`);
  parts.push(...renderReferentialActions(fk), ...renderDeferrability(fk));
  return named(fk.name, parts.join(" "));
}

/** `CONSTRAINT "no_overlap" EXCLUDE USING "gist" ("room" WITH =, "during" WITH &&)`. */
export function renderExclusion(exclusion: ExclusionDefinition): string {
  const elements = exclusion.elements
    .map((element) => `${renderIndexElement(element)} WITH ${element.operator}`)
    .join(", ");
  const parts = [
    `EXCLUDE${exclusion.method !== undefined ? ` USING ${quoteIdent(exclusion.method)}` : ""} (${elements})`,
    ...renderInclude(exclusion.include),
  ];
  if (exclusion.where !== undefined) parts.push(`WHERE (${exclusion.where})`);
  parts.push(...renderDeferrability(exclusion));
  return named(exclusion.name, parts.join(" "));
}
