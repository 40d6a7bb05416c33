import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteIdent, quoteQualified } from "./quote-ident";

// Reads a quoted identifier back as PostgreSQL's lexer does.
function unquote(quoted: string): string {
  expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
  const inner = quoted.slice(1, -1);
  expect(inner.replaceAll('""', "")).not.toContain('"');
  return inner.replaceAll('""', '"');
}

describe("quoteIdent", () => {
  it("double-quotes a plain name", () => {
    expect(quoteIdent("account")).toBe('"account"');
  });

  it("doubles embedded double quotes", () => {
    expect(quoteIdent('Weird "name"; drop table x')).toBe('"Weird ""name""; drop table x"');
  });

  it("keeps case, reserved words, spaces and unicode", () => {
    expect(quoteIdent("MixedCase")).toBe('"MixedCase"');
    expect(quoteIdent("select")).toBe('"select"');
    expect(quoteIdent("with space")).toBe('"with space"');
    expect(quoteIdent("Ünïcödé 名前")).toBe('"Ünïcödé 名前"');
  });

  it("rejects an empty name and NUL", () => {
    expect(() => quoteIdent("")).toThrow(/non-empty/);
    expect(() => quoteIdent("a\0b")).toThrow(/NUL/);
  });

  it("round-trips any name", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, unit: "grapheme" }).filter((s) => !s.includes("\0")),
        (name) => {
          expect(unquote(quoteIdent(name))).toBe(name);
        },
      ),
    );
  });
});

describe("quoteQualified", () => {
  it("qualifies with a schema", () => {
    expect(quoteQualified("public", "account")).toBe('"public"."account"');
  });

  it("leaves the name unqualified without a schema", () => {
    expect(quoteQualified(undefined, "account")).toBe('"account"');
  });

  it("quotes a schema holding a dot as one name", () => {
    expect(quoteQualified("a.b", "c")).toBe('"a.b"."c"');
  });
});
