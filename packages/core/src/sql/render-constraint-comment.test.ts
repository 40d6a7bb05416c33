import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { one } from "./render.test-fixture";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

describe("setConstraintComment", () => {
  it("comments a constraint on its table and reverses to the comment before", () => {
    const node = op.setConstraintComment("account", "account_email_key", "one per address", {
      schema: "app",
      existingComment: "it's unique",
    });
    expect(one(node)).toBe(
      `COMMENT ON CONSTRAINT "account_email_key" ON "app"."account" IS 'one per address'`,
    );
    expect(one(reverseOperation(node)!)).toBe(
      `COMMENT ON CONSTRAINT "account_email_key" ON "app"."account" IS 'it''s unique'`,
    );
  });

  it("removes a comment with IS NULL, and the reverse sets it back", () => {
    const node = op.setConstraintComment("t", "t_pkey", null, { existingComment: "key" });
    expect(one(node)).toBe(`COMMENT ON CONSTRAINT "t_pkey" ON "t" IS NULL`);
    expect(one(reverseOperation(node)!)).toBe(`COMMENT ON CONSTRAINT "t_pkey" ON "t" IS 'key'`);
  });

  it("quotes hostile names", () => {
    const name = `Weird "name"; drop table x`;
    const node = op.setConstraintComment(name, name, name, { schema: name });
    expect(one(node)).toBe(
      `COMMENT ON CONSTRAINT "Weird ""name""; drop table x" ON "Weird ""name""; drop table x"."Weird ""name""; drop table x" IS 'Weird "name"; drop table x'`,
    );
  });
});
