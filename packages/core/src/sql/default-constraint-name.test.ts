import { describe, expect, it } from "vitest";
import { clipUtf8, makeObjectName, utf8Length } from "./default-constraint-name";

describe("makeObjectName", () => {
  it("keeps a name of 63 bytes whole and shortens the longer part of one of 64", () => {
    const a = "a".repeat(30);
    expect(makeObjectName(a, "b".repeat(28), "key")).toBe(`${a}_${"b".repeat(28)}_key`);
    expect(makeObjectName(a, "b".repeat(29), "key")).toBe(
      `${"a".repeat(29)}_${"b".repeat(29)}_key`,
    );
    expect(makeObjectName("t".repeat(70), null, "pkey")).toBe(`${"t".repeat(58)}_pkey`);
  });

  it("counts bytes, not characters, and never cuts a character in two", () => {
    // 30 two-byte characters: 60 bytes, so "_pkey" leaves 58 bytes = 29 characters.
    expect(makeObjectName("é".repeat(30), null, "pkey")).toBe(`${"é".repeat(29)}_pkey`);
    expect(clipUtf8("aé", 2)).toBe("a");
    expect(clipUtf8("abc", 2)).toBe("ab");
    expect(utf8Length("aé")).toBe(3);
    expect(utf8Length("ab")).toBe(2);
  });
});
