import { describe, expect, it } from "vitest";
import { inlineParams } from "./inline-params";

describe("inlineParams", () => {
  it("replaces placeholders with escaped literals", () => {
    expect(inlineParams("update account set name = $1 where id = $2", ["it's", 7])).toBe(
      "update account set name = 'it''s' where id = 7",
    );
  });

  it("replaces a placeholder used twice, and two-digit placeholders", () => {
    const params = Array.from({ length: 11 }, (_, index) => index + 1);
    expect(
      inlineParams(
        "select $1, $11, $1",
        params.slice(0, 11).map((n) => n),
      ),
    ).toBe("select 1, 11, 1");
  });

  it("leaves placeholders in strings, identifiers, dollar quotes and comments", () => {
    const text = [
      "select $1, '$1', 'it''s $1', E'\\' $1', \"col$1\", \"a\"\"$1\"",
      "$$ $1 $$, $fn$ $1 $fn$, $fn$ $$ $1 $fn$",
      "-- $1 in a line comment",
      "/* $1 /* nested $1 */ still $1 */ $1",
      "from a$1",
    ].join("\n");
    expect(inlineParams(text, ["x"])).toBe(
      [
        "select 'x', '$1', 'it''s $1', E'\\' $1', \"col$1\", \"a\"\"$1\"",
        "$$ $1 $$, $fn$ $1 $fn$, $fn$ $$ $1 $fn$",
        "-- $1 in a line comment",
        "/* $1 /* nested $1 */ still $1 */ 'x'",
        "from a$1",
      ].join("\n"),
    );
  });

  it("treats a plain string ending in a backslash as closed (no E prefix)", () => {
    expect(inlineParams("select 'a\\', $1", [1])).toBe("select 'a\\', 1");
  });

  it("wraps negative numbers so they cannot start a comment", () => {
    expect(inlineParams("select 1-$1", [-1])).toBe("select 1-(-1)");
  });

  it("inlines null, booleans, dates, bytes and JSON", () => {
    expect(
      inlineParams("values ($1, $2, $3, $4, $5)", [
        null,
        true,
        new Date("2026-01-01T00:00:00.000Z"),
        new Uint8Array([171]),
        { k: "v" },
      ]),
    ).toBe(`values (NULL, true, '2026-01-01T00:00:00.000Z', E'\\\\xab'::bytea, '{"k":"v"}')`);
  });

  it("rejects a placeholder without a parameter, and unused parameters", () => {
    expect(() => inlineParams("select $2", ["a"])).toThrow(/uses \$2 but 1 parameter/);
    expect(() => inlineParams("select $0", ["a"])).toThrow(/uses \$0/);
    expect(() => inlineParams("select $1", ["a", "b"])).toThrow(/2 parameter\(s\) were given/);
    expect(() => inlineParams("select '$1'", ["a"])).toThrow(/placeholders up to \$0/);
  });
});
