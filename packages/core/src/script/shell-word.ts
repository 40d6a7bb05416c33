/**
 * `text` as one word of a POSIX shell command line: as it is when the shell reads it so, else in
 * single quotes (a quote inside closed, escaped and reopened).
 *
 * @example
 * ```ts
 * shellWord("migrations/versions"); // migrations/versions
 * shellWord("it's here"); // 'it'\''s here'
 * ```
 */
export function shellWord(text: string): string {
  return /^[\w./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
