import { execFileSync } from "node:child_process";

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
        .filter(
          (line) =>
            line.trim() !== "" &&
            !/^(--|\\restrict|\\unrestrict|SET |SELECT pg_catalog\.set_config)/.test(line),
        )
        .join("\n"),
    )
    .filter((statement) => statement !== "" && options.exclude?.(statement) !== true)
    .sort();
}
