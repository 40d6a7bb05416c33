import { describe, expect, it } from "vitest";
import { isDeepEqual, isDeepEqualAs } from "./is-deep-equal";

describe("isDeepEqual", () => {
  it("ignores key order and keys whose value is undefined, on either side", () => {
    expect(isDeepEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(isDeepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isDeepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(isDeepEqual({ a: undefined }, { b: undefined })).toBe(true);
  });

  it("tells apart a missing key, a null and a different value", () => {
    expect(isDeepEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(isDeepEqual({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(isDeepEqual({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(isDeepEqual({ a: { b: 1 } }, { a: { b: 2 } })).toBe(false);
    expect(isDeepEqual({ a: 1 }, { a: "1" })).toBe(false);
  });

  it("compares arrays in order and by length, never as objects", () => {
    expect(isDeepEqual([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(isDeepEqual([1, 2], [2, 1])).toBe(false);
    expect(isDeepEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(isDeepEqual([], {})).toBe(false);
    expect(isDeepEqual({ 0: 1, length: 1 }, [1])).toBe(false);
  });

  it("compares numbers as Object.is does", () => {
    expect(isDeepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(isDeepEqual(0, -0)).toBe(false);
    expect(isDeepEqual(10n, 10n)).toBe(true);
  });

  it("compares dates by time and bytes by content", () => {
    expect(isDeepEqual(new Date(5), new Date(5))).toBe(true);
    expect(isDeepEqual(new Date(5), new Date(6))).toBe(false);
    expect(isDeepEqual(new Date(5), {})).toBe(false);
    expect(isDeepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(isDeepEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
    expect(isDeepEqual({}, new Uint8Array([]))).toBe(false);
  });

  it("compares objects without a prototype by their keys", () => {
    const a = Object.assign(Object.create(null), { x: 1 });
    expect(isDeepEqual(a, { x: 1 })).toBe(true);
    expect(isDeepEqual(a, { x: 2 })).toBe(false);
  });
});

describe("isDeepEqualAs", () => {
  const withoutNote = ({ note: _, ...rest }: { a: number; note: string }) => rest;

  it("is equal when the values are, or when their views are", () => {
    expect(isDeepEqualAs({ a: 1, note: "x" }, { a: 1, note: "x" }, withoutNote)).toBe(true);
    expect(isDeepEqualAs({ a: 1, note: "x" }, { a: 1, note: "y" }, withoutNote)).toBe(true);
    expect(isDeepEqualAs({ a: 1, note: "x" }, { a: 2, note: "x" }, withoutNote)).toBe(false);
  });
});
