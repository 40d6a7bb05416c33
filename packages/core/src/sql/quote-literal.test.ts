import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { quoteLiteral, toParameter } from "./quote-literal";

describe("quoteLiteral", () => {
  it("quotes strings, doubling single quotes", () => {
    expect(quoteLiteral("it's")).toBe("'it''s'");
    expect(quoteLiteral("")).toBe("''");
  });

  it("escapes backslashes in an E'' literal, which reads the same whatever standard_conforming_strings is", () => {
    expect(quoteLiteral("C:\\path\\n")).toBe("E'C:\\\\path\\\\n'");
    expect(quoteLiteral("x\\'); DROP TABLE victim; --")).toBe("E'x\\\\''); DROP TABLE victim; --'");
  });

  it("renders numbers, bigints, booleans and null", () => {
    expect(quoteLiteral(42)).toBe("42");
    expect(quoteLiteral(-1.5)).toBe("-1.5");
    expect(quoteLiteral(-0)).toBe("0");
    expect(quoteLiteral(12345678901234567890n)).toBe("12345678901234567890");
    expect(quoteLiteral(true)).toBe("true");
    expect(quoteLiteral(false)).toBe("false");
    expect(quoteLiteral(null)).toBe("NULL");
    expect(quoteLiteral(undefined)).toBe("NULL");
  });

  it("renders non-finite numbers as the text PostgreSQL reads", () => {
    expect(quoteLiteral(Number.NaN)).toBe("'NaN'");
    expect(quoteLiteral(Number.POSITIVE_INFINITY)).toBe("'Infinity'");
    expect(quoteLiteral(Number.NEGATIVE_INFINITY)).toBe("'-Infinity'");
  });

  it("renders dates as ISO text", () => {
    expect(quoteLiteral(new Date("2026-01-02T03:04:05.678Z"))).toBe("'2026-01-02T03:04:05.678Z'");
  });

  it("renders bytes as a bytea hex literal", () => {
    expect(quoteLiteral(new Uint8Array([0, 1, 254, 255]))).toBe("E'\\\\x0001feff'::bytea");
    expect(quoteLiteral(Buffer.from("hi"))).toBe("E'\\\\x6869'::bytea");
  });

  it("renders objects and arrays as JSON text", () => {
    expect(quoteLiteral({ a: "it's", b: [1, 2] })).toBe(`'{"a":"it''s","b":[1,2]}'`);
    expect(quoteLiteral([])).toBe("'[]'");
  });

  it("rejects NUL, invalid dates and values that are not data", () => {
    expect(() => quoteLiteral("a\0b")).toThrow(/NUL/);
    expect(() => quoteLiteral(new Date("nope"))).toThrow(/invalid Date/);
    expect(() => quoteLiteral(() => 1)).toThrow(/cannot be rendered/);
    expect(() => quoteLiteral(new Map())).toThrow(/Map cannot be rendered/);
    try {
      quoteLiteral(Symbol("x"));
    } catch (error) {
      expect(isRetortError(error) && error.code).toBe("BAD_OPERATION");
    }
  });

  it("round-trips any string", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }).filter((s) => !s.includes("\0")),
        (text) => {
          const quoted = quoteLiteral(text);
          expect(quoted.startsWith("'") && quoted.endsWith("'")).toBe(true);
          const inner = quoted.slice(1, -1);
          expect(inner.replaceAll("''", "")).not.toContain("'");
          expect(inner.replaceAll("''", "'")).toBe(text);
        },
      ),
    );
  });
});

describe("toParameter", () => {
  it("converts values the way the offline literal reads them", () => {
    expect(toParameter(new Date("2026-01-02T00:00:00.000Z"))).toBe("2026-01-02T00:00:00.000Z");
    expect(toParameter(5n)).toBe("5");
    expect(toParameter({ a: 1 })).toBe('{"a":1}');
    expect(toParameter([1, "x"])).toBe('[1,"x"]');
    expect(toParameter(undefined)).toBeNull();
    const bytes = new Uint8Array([1]);
    expect(toParameter(bytes)).toBe(bytes);
    expect(toParameter("s")).toBe("s");
  });
});
