import { BadOperationError } from "../ops/bad-operation-error";
import type { ObjectName } from "../ops/column-definition";

/**
 * Quotes an identifier for PostgreSQL: always double-quoted, `"` doubled. Quoting every name
 * keeps case (`MixedCase`), reserved words (`select`) and hostile text intact.
 *
 * @example
 * ```ts
 * quoteIdent("account");       // "account"
 * quoteIdent('Weird "name"');  // "Weird ""name"""
 * ```
 */
export function quoteIdent(name: string): string {
  if (typeof name !== "string" || name.length === 0) {
    throw new BadOperationError(
      `An SQL identifier must be a non-empty string, got ${JSON.stringify(name) ?? String(name)}.`,
    );
  }
  if (name.includes("\0")) {
    throw new BadOperationError(
      `The identifier ${JSON.stringify(name)} contains a NUL character.`,
      {
        hint: "PostgreSQL identifiers cannot contain NUL; rename the object",
      },
    );
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a name, qualified by its schema when one is given; without a schema the name is
 * resolved by `search_path`.
 *
 * @example
 * ```ts
 * quoteQualified("public", "account");   // "public"."account"
 * quoteQualified(undefined, "account");  // "account"
 * ```
 */
export function quoteQualified(schema: string | undefined, name: string): string {
  return schema === undefined ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/**
 * A collation or operator class as SQL: one quoted name, or a schema-qualified one.
 *
 * @example
 * ```ts
 * quoteObjectName("en_US.utf8");                         // "en_US.utf8"
 * quoteObjectName({ schema: "app", name: "bytewise" });  // "app"."bytewise"
 * ```
 */
export function quoteObjectName(name: ObjectName): string {
  return typeof name === "string" ? quoteIdent(name) : quoteQualified(name.schema, name.name);
}
