import { execFileSync } from "node:child_process";

/** pg_dump's lines that differ between two databases holding the same schema. */
const sessionLine = /^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/;

/**
 * `pg_dump --schema-only` of a database as text in pg_dump's order, without comment lines, session
 * settings and blank runs: for tests that compare two databases' dumps whole, order included.
 * `comments: false` also leaves out `COMMENT ON` statements (`--no-comments`).
 *
 * @example
 * ```ts
 * expect(schemaDumpText(rebuilt.url)).toBe(schemaDumpText(source.url));
 * ```
 */
export function schemaDumpText(url: string, options: { comments?: boolean } = {}): string {
  const args = ["--schema-only", ...(options.comments === false ? ["--no-comments"] : []), url];
  return execFileSync("pg_dump", args, { encoding: "utf8" })
    .split("\n")
    .filter((line) => !sessionLine.test(line))
    .join("\n")
    .replace(/\n{2,}/g, "\n");
}

/**
 * `pg_dump --schema-only` of a database as a sorted list of statements, without comments, blank
 * lines and session settings: two databases built differently (a source and its baseline) hold
 * the same schema when the lists are equal, whatever order pg_dump chose. Privileges are kept.
 * `exclude` leaves out statements the test does not compare (retort's version tables).
 *
 * @example
 * ```ts
 * expect(schemaDumpStatements(rebuilt.url)).toEqual(schemaDumpStatements(source.url));
 * ```
 */
export function schemaDumpStatements(
  url: string,
  options: { exclude?: (statement: string) => boolean } = {},
): string[] {
  const text = execFileSync("pg_dump", ["--schema-only", url], { encoding: "utf8" });
  return text
    .split(/;\n/)
    .map((statement) =>
      statement
        .split("\n")
        .filter((line) => line.trim() !== "" && !sessionLine.test(line))
        .join("\n"),
    )
    .filter((statement) => statement !== "" && options.exclude?.(statement) !== true)
    .sort();
}
