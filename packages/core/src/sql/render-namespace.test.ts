import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { one, sql } from "./render.test-fixture";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

const hostile = 'Weird "name"; drop table x';

describe("sequence, schema and extension comments and updates", () => {
  it("comments on a sequence and a schema, quoting names and values", () => {
    expect(one(op.setSequenceComment(hostile, "it's", { schema: hostile }))).toBe(
      `COMMENT ON SEQUENCE "Weird ""name""; drop table x"."Weird ""name""; drop table x" IS 'it''s'`,
    );
    expect(one(op.setSchemaComment(hostile, null))).toBe(
      `COMMENT ON SCHEMA "Weird ""name""; drop table x" IS NULL`,
    );
  });

  it("reverses a comment to the one before", () => {
    const set = op.setSchemaComment("billing", "new", { existingComment: "old" });
    expect(one(reverseOperation(set)!)).toBe(`COMMENT ON SCHEMA "billing" IS 'old'`);
    const first = op.setSequenceComment("n", "new");
    expect(one(reverseOperation(first)!)).toBe(`COMMENT ON SEQUENCE "n" IS NULL`);
  });

  it("updates an extension and moves it, and reverses both", () => {
    const alter = op.alterExtension("hstore", {
      version: "1.8",
      schema: "ext",
      existing: { version: "1.7", schema: "public" },
    });
    expect(sql(alter)).toEqual([
      'ALTER EXTENSION "hstore" SET SCHEMA "ext"',
      `ALTER EXTENSION "hstore" UPDATE TO '1.8'`,
    ]);
    expect(sql(reverseOperation(alter)!)).toEqual([
      'ALTER EXTENSION "hstore" SET SCHEMA "public"',
      `ALTER EXTENSION "hstore" UPDATE TO '1.7'`,
    ]);
  });

  it("refuses an update without a change, and a reverse without the version before", () => {
    expect(() => op.alterExtension("hstore", {})).toThrow(/nothing to change/);
    expect(() => reverseOperation(op.alterExtension("hstore", { version: "1.8" }))).toThrow(
      /cannot be/,
    );
  });
});
