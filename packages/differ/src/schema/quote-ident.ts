/**
 * Keywords that `quote_ident` quotes: every PostgreSQL keyword whose category is not
 * "unreserved" (`select word from pg_get_keywords() where catcode <> 'U'`, PostgreSQL 15-18).
 * The list must match the server's, because the description compares text PostgreSQL printed
 * (`format_type`, `regclass` output) with text retort printed.
 */
const quotedKeywords = new Set(
  (
    "all analyse analyze and any array as asc asymmetric authorization between bigint binary bit " +
    "boolean both case cast char character check coalesce collate collation column concurrently " +
    "constraint create cross current_catalog current_date current_role current_schema current_time " +
    "current_timestamp current_user dec decimal default deferrable desc distinct do else end except " +
    "exists extract false fetch float for foreign freeze from full grant greatest group grouping " +
    "having ilike in initially inner inout int integer intersect interval into is isnull join json " +
    "json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar " +
    "json_serialize json_table json_value lateral leading least left like limit localtime " +
    "localtimestamp merge_action national natural nchar none normalize not notnull null nullif " +
    "numeric offset on only or order out outer overlaps overlay placing position precision primary " +
    "real references returning right row select session_user setof similar smallint some " +
    "substring symmetric system_user table tablesample then time timestamp to trailing treat trim " +
    "true union unique user using values varchar variadic verbose when where window with " +
    "xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot " +
    "xmlserialize xmltable"
  ).split(" "),
);

/**
 * Quotes an identifier exactly when PostgreSQL's `quote_ident` would: unless it is all lower
 * case letters, digits, `_` and `$`, starts with a letter or `_`, and is not a keyword.
 *
 * @example
 * ```ts
 * quoteIdentAsNeeded("account");   // account
 * quoteIdentAsNeeded("Account");   // "Account"
 * quoteIdentAsNeeded("user");      // "user"
 * quoteIdentAsNeeded('a"b');       // "a""b"
 * ```
 */
export function quoteIdentAsNeeded(name: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(name) && !quotedKeywords.has(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `schema.name`, each part quoted as needed.
 *
 * @example
 * ```ts
 * quoteQualifiedAsNeeded("app", "Account"); // app."Account"
 * ```
 */
export function quoteQualifiedAsNeeded(schema: string, name: string): string {
  return `${quoteIdentAsNeeded(schema)}.${quoteIdentAsNeeded(name)}`;
}

/**
 * Reads back an identifier printed by {@link quoteIdentAsNeeded} (or a lower-cased unquoted one).
 *
 * @example
 * ```ts
 * unquoteIdent('"a""b"'); // a"b
 * unquoteIdent("Account"); // account
 * ```
 */
export function unquoteIdent(text: string): string {
  if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
    return text.slice(1, -1).replaceAll('""', '"');
  }
  return text.toLowerCase();
}
