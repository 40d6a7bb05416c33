import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lexSql } from "./lex-sql";

function lexemes(sql: string): [string, string][] {
  return lexSql(sql).map((l) => [l.kind, sql.slice(l.start, l.end)]);
}

describe("lexSql", () => {
  it("covers the text exactly, lexeme after lexeme", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab$1'\"-/*eE:;() \n\\.") }), (sql) => {
        const all = lexSql(sql);
        expect(all.map((l) => sql.slice(l.start, l.end)).join("")).toBe(sql);
        all.forEach((l, k) => {
          expect(l.end).toBeGreaterThan(l.start);
          if (k > 0) expect(l.start).toBe(all[k - 1]!.end);
        });
      }),
    );
  });

  it("reads strings, quoted names, dollar quotes and comments as one lexeme each", () => {
    expect(
      lexemes(
        `select 'it''s $1', E'a\\'b', "a ""b""", $f$ $1 ' $f$, $$x$$ /* a /* nested */ $1 */ -- $2\n`,
      ).filter(([kind]) => kind !== "space"),
    ).toEqual([
      ["identifier", "select"],
      ["string", "'it''s $1'"],
      ["punct", ","],
      ["string", "E'a\\'b'"],
      ["punct", ","],
      ["quoted", '"a ""b"""'],
      ["punct", ","],
      ["string", "$f$ $1 ' $f$"],
      ["punct", ","],
      ["string", "$$x$$"],
      ["comment", "/* a /* nested */ $1 */"],
      ["comment", "-- $2"],
    ]);
  });

  it("tells placeholders, casts, numbers and operators apart as PostgreSQL does", () => {
    expect(lexemes("a$1>-1::numeric+$2*1.5e3").filter(([kind]) => kind !== "space")).toEqual([
      ["identifier", "a$1"],
      ["operator", ">"],
      ["operator", "-"],
      ["number", "1"],
      ["cast", "::"],
      ["identifier", "numeric"],
      ["operator", "+"],
      ["param", "$2"],
      ["operator", "*"],
      ["number", "1.5e3"],
    ]);
    // An E only starts an escape string where a word begins.
    expect(lexemes("type'x'")).toEqual([
      ["identifier", "type"],
      ["string", "'x'"],
    ]);
  });

  it("runs an unclosed string, name or comment to the end of the text", () => {
    expect(lexemes("a 'b")).toEqual([
      ["identifier", "a"],
      ["space", " "],
      ["string", "'b"],
    ]);
    expect(lexemes('"b')).toEqual([["quoted", '"b']]);
    expect(lexemes("/* /* */ x")).toEqual([["comment", "/* /* */ x"]]);
    expect(lexemes("$t$ x")).toEqual([["string", "$t$ x"]]);
  });
});
