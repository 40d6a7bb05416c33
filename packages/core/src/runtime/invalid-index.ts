import { lexSql } from "../sql/lex-sql";
import { quoteQualified } from "../sql/quote-ident";

/** A name as PostgreSQL reads it: unquoted words fold to lower case. */
function nameOf(sql: string, lexeme: { kind: string; start: number; end: number }): string {
  const text = sql.slice(lexeme.start, lexeme.end);
  return lexeme.kind === "quoted" ? text.slice(1, -1).replaceAll('""', '"') : text.toLowerCase();
}

/**
 * The index a `CREATE [UNIQUE] INDEX CONCURRENTLY` statement creates, quoted for SQL and
 * qualified with its table's schema when the statement names one (PostgreSQL creates an index
 * in its table's schema); `null` when the statement leaves the name to PostgreSQL; `undefined`
 * when the statement is no such `CREATE INDEX`.
 *
 * @example
 * ```ts
 * concurrentIndexName('CREATE UNIQUE INDEX CONCURRENTLY "person_age_key" ON "public"."person" ("age")');
 * // "public"."person_age_key"
 * ```
 */
export function concurrentIndexName(sql: string): string | null | undefined {
  const lexemes = lexSql(sql).filter((l) => l.kind !== "space" && l.kind !== "comment");
  const word = (k: number) =>
    lexemes[k]?.kind === "identifier" ? nameOf(sql, lexemes[k]!) : undefined;
  let k = 0;
  if (word(k++) !== "create") return undefined;
  if (word(k) === "unique") k++;
  if (word(k++) !== "index" || word(k++) !== "concurrently") return undefined;
  if (word(k) === "if" && word(k + 1) === "not" && word(k + 2) === "exists") k += 3;
  let name: string | null = null;
  if (word(k) !== "on") {
    const lexeme = lexemes[k++];
    if (lexeme === undefined || (lexeme.kind !== "identifier" && lexeme.kind !== "quoted")) {
      return undefined;
    }
    name = nameOf(sql, lexeme);
  }
  if (word(k++) !== "on") return undefined;
  if (word(k) === "only") k++;
  if (name === null) return null;
  if (name === "") return undefined;
  const isPart = (l: (typeof lexemes)[number] | undefined) =>
    l !== undefined && (l.kind === "identifier" || l.kind === "quoted");
  const isDot = (l: (typeof lexemes)[number] | undefined) =>
    l?.kind === "punct" && sql.slice(l.start, l.end) === ".";
  // `schema.table` or `database.schema.table`: the schema is the part before the table.
  let last = k;
  while (isDot(lexemes[last + 1]) && isPart(lexemes[last + 2])) last += 2;
  const schema = last > k ? nameOf(sql, lexemes[last - 2]!) : undefined;
  return schema === "" ? undefined : quoteQualified(schema, name);
}

/**
 * What to do about the index a failed `CREATE INDEX CONCURRENTLY` leaves behind: PostgreSQL
 * keeps it, marked INVALID, so the statement run again fails with "already exists" until it is
 * dropped. `undefined` when `statement` is no such `CREATE INDEX`.
 */
export function invalidIndexHint(
  statement: string | undefined,
  direction: "up" | "down",
): string | undefined {
  if (statement === undefined) return undefined;
  const name = concurrentIndexName(statement);
  if (name === undefined) return undefined;
  const again = direction === "up" ? "upgrade" : "downgrade";
  const drop =
    name === null
      ? "find it with `SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid` and drop it with `DROP INDEX CONCURRENTLY <name>`"
      : `drop it with \`DROP INDEX CONCURRENTLY ${name}\``;
  return `A CREATE INDEX CONCURRENTLY that fails leaves its index${name === null ? "" : ` ${name}`} behind, INVALID, and running it again fails with "already exists": ${drop} before running the ${again} again.`;
}
