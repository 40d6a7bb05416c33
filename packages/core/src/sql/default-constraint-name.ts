const maxIdentifierBytes = 63; // NAMEDATALEN - 1
const utf8 = new TextEncoder();

// Cuts `text` to at most `bytes` UTF-8 bytes without splitting a character, as PostgreSQL's
// pg_mbcliplen does.
function clipUtf8(text: string, bytes: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = utf8.encode(char).length;
    if (used + size > bytes) break;
    used += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * The name PostgreSQL gives a constraint it names itself, `<table>_<label>` (for example
 * `account_pkey`), clipped as PostgreSQL's makeObjectName does so the whole name fits in
 * 63 bytes with the label kept.
 *
 * @example
 * ```ts
 * defaultConstraintName("account", "pkey"); // account_pkey
 * ```
 */
export function defaultConstraintName(table: string, label: string): string {
  const available = maxIdentifierBytes - (utf8.encode(label).length + 1);
  return `${clipUtf8(table, available)}_${label}`;
}
