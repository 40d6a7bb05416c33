import { isRetortError } from "@retort/core";
import { describe, expect, it } from "vitest";
import { column as c } from "./column-builder";
import { compositeType } from "./composite-type";
import { describeModels } from "./describe-models";
import { domain } from "./domain";
import { enumType } from "./enum-type";
import { rangeType } from "./range-type";
import { sql } from "./sql-fragment";
import { table } from "./table";

describe("domains, composite and range types in describeModels", () => {
  it("describes a type a column uses even when it is not exported, and what it is built on", () => {
    const mood = enumType("mood", ["ok"], { schema: "app" });
    const moody = domain("moody", {
      schema: "app",
      type: mood,
      checks: [sql`value <> 'x'`, "true"],
    });
    const pair = compositeType("pair", {
      attributes: { a: moody, b: { type: "int", collation: "C" } },
    });
    const span = rangeType("span", {
      subtype: "float8",
      subtypeDiff: { schema: "pg_catalog", name: "float8mi" },
    });
    const t = table("t", { p: c.composite(pair), s: c.range(span) });
    const d = describeModels({ t });
    expect(d.enums.map((e) => e.name)).toEqual(["mood"]);
    expect(d.domains).toEqual([
      {
        schema: "app",
        name: "moody",
        type: "app.mood",
        userType: { schema: "app", name: "mood" },
        notNull: false,
        default: null,
        collation: null,
        checks: [
          { name: "moody_check", expression: "value <> 'x'" },
          { name: "moody_check1", expression: "true" },
        ],
        comment: null,
        renamedFrom: null,
      },
    ]);
    expect(d.compositeTypes[0]!.attributes).toEqual([
      {
        name: "a",
        type: "app.moody",
        userType: { schema: "app", name: "moody" },
        collation: null,
        renamedFrom: null,
      },
      { name: "b", type: "integer", userType: null, collation: "C", renamedFrom: null },
    ]);
    expect(d.rangeTypes[0]).toMatchObject({ subtype: "double precision", subtypeDiff: "float8mi" });
    expect(d.tables[0]!.columns.map((col) => [col.type, col.userType])).toEqual([
      ["public.pair", { schema: "public", name: "pair" }],
      ["public.span", { schema: "public", name: "span" }],
    ]);
    expect(d.schemas).toEqual(["app"]);
  });

  it("describes a domain check declared NOT VALID", () => {
    const d = domain("d", {
      type: "integer",
      checks: { pos: { expression: sql`value > 0`, notValid: true }, small: "value < 10" },
    });
    expect(describeModels({ d }).domains[0]!.checks).toStrictEqual([
      { name: "pos", expression: "value > 0", notValid: true },
      { name: "small", expression: "value < 10" },
    ]);
  });

  it("refuses two types of one name, and a domain without a type", () => {
    const refused = (models: Record<string, unknown>): unknown => {
      try {
        describeModels(models);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const a = domain("code", { type: "text" });
    const b = compositeType("code", { attributes: { x: "int" } });
    const error = refused({ a, b });
    expect(isRetortError(error) && error.code).toBe("BAD_MODEL");
    expect((error as Error).message).toBe("Two types are named public.code.");
    expect(() => domain("d", {} as never)).toThrow('Domain "d" needs a type.');
  });
});
