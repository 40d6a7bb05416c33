// One token of a built-in type's text: a word, a quoted identifier, a number, punctuation.
// Anything else (`;`, `'`, `-`, `/`, `$`) is rejected, which keeps comments, string literals
// and second statements out of text that is pasted into DDL unquoted.
const typeToken = /\s+|[A-Za-z_][A-Za-z0-9_]*|"(?:[^"\0]|"")+"|-?\d+|[(),.[\]]/y;

/**
 * Whether `text` is safe to paste as the type of a column: words, quoted identifiers,
 * numbers, parentheses, brackets, commas and dots, with balanced parentheses and brackets.
 *
 * @example
 * ```ts
 * isSafeTypeText("numeric(10, 2)");          // true
 * isSafeTypeText('"public"."citext"[]');     // true
 * isSafeTypeText("text; drop table account"); // false
 * ```
 */
export function isSafeTypeText(text: string): boolean {
  // A schema repeats a few types over thousands of columns, each validated as an operation.
  let safe = answers.get(text);
  if (safe === undefined) {
    safe = scan(text);
    if (answers.size < maxAnswers) answers.set(text, safe);
  }
  return safe;
}

const answers = new Map<string, boolean>();
const maxAnswers = 10_000;

function scan(text: string): boolean {
  if (!/^\s*("|[A-Za-z_])/.test(text)) return false;
  let depth = 0;
  let brackets = 0;
  typeToken.lastIndex = 0;
  while (typeToken.lastIndex < text.length) {
    const start = typeToken.lastIndex;
    const match = typeToken.exec(text);
    if (match === null || match.index !== start) return false;
    const token = match[0];
    if (token === "(") depth++;
    else if (token === ")") depth--;
    else if (token === "[") brackets++;
    else if (token === "]") brackets--;
    if (depth < 0 || brackets < 0) return false;
  }
  return depth === 0 && brackets === 0;
}
