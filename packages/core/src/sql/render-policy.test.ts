import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { sql } from "./render.test-fixture";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

describe("policies", () => {
  it("creates a policy with every clause, quoting names and roles", () => {
    expect(
      sql(
        op.createPolicy('Weird "t"; drop table x', 'Own "rows"', {
          schema: "app",
          as: "restrictive",
          for: "update",
          to: ["authenticated", "Admin", "public"],
          using: "owner = current_user",
          withCheck: "owner = current_user",
          comment: "it's theirs",
        }),
      ),
    ).toEqual([
      `CREATE POLICY "Own ""rows""" ON "app"."Weird ""t""; drop table x" AS RESTRICTIVE FOR UPDATE TO "authenticated", "Admin", PUBLIC USING (owner = current_user) WITH CHECK (owner = current_user)`,
      `COMMENT ON POLICY "Own ""rows""" ON "app"."Weird ""t""; drop table x" IS 'it''s theirs'`,
    ]);
  });

  it("leaves out what PostgreSQL defaults", () => {
    expect(sql(op.createPolicy("post", "p"))).toEqual([`CREATE POLICY "p" ON "post"`]);
  });

  it("drops, renames and comments", () => {
    expect(sql(op.dropPolicy("post", "p", { ifExists: true }))).toEqual([
      `DROP POLICY IF EXISTS "p" ON "post"`,
    ]);
    expect(sql(op.renamePolicy("post", "p", "q", { schema: "s" }))).toEqual([
      `ALTER POLICY "p" ON "s"."post" RENAME TO "q"`,
    ]);
    expect(sql(op.setPolicyComment("post", "p", null))).toEqual([
      `COMMENT ON POLICY "p" ON "post" IS NULL`,
    ]);
  });

  it("alters roles and expressions in place, and reverses the change", () => {
    const alter = op.alterPolicy("post", "p", {
      to: ["a"],
      using: "x > 1",
      existingTo: ["public"],
      existingUsing: "x > 0",
    });
    expect(sql(alter)).toEqual([`ALTER POLICY "p" ON "post" TO "a" USING (x > 1)`]);
    expect(sql(reverseOperation(alter)!)).toEqual([
      `ALTER POLICY "p" ON "post" TO PUBLIC USING (x > 0)`,
    ]);
  });

  it("refuses to reverse an alter that added an expression, or one without what was there", () => {
    expect(() =>
      reverseOperation(op.alterPolicy("post", "p", { using: "x", existingUsing: null })),
    ).toThrow(/cannot remove a USING or WITH CHECK/);
    expect(() => reverseOperation(op.alterPolicy("post", "p", { to: ["a"] }))).toThrow(
      /what the policy was before/,
    );
  });

  it("reverses a create into a drop that carries it, and that drop back", () => {
    const create = op.createPolicy("post", "p", { for: "select", using: "true" });
    const drop = reverseOperation(create)!;
    expect(sql(drop)).toEqual([`DROP POLICY "p" ON "post"`]);
    expect(sql(reverseOperation(drop)!)).toEqual([
      `CREATE POLICY "p" ON "post" FOR SELECT USING (true)`,
    ]);
  });

  it("refuses clauses PostgreSQL refuses for the command", () => {
    expect(() => op.createPolicy("post", "p", { for: "insert", using: "true" })).toThrow(
      /using is not allowed on an insert policy/,
    );
    expect(() => op.createPolicy("post", "p", { for: "select", withCheck: "true" })).toThrow(
      /withCheck is not allowed on a select policy/,
    );
    expect(() => op.createPolicy("post", "p", { to: [] })).toThrow(/at least one role/);
  });
});

describe("row-level security switches", () => {
  it("renders each switch and reverses it into its opposite", () => {
    const on = op.enableRowSecurity("post", { schema: "app" });
    expect(sql(on)).toEqual([`ALTER TABLE "app"."post" ENABLE ROW LEVEL SECURITY`]);
    expect(sql(reverseOperation(on)!)).toEqual([
      `ALTER TABLE "app"."post" DISABLE ROW LEVEL SECURITY`,
    ]);
    const force = op.forceRowSecurity("post");
    expect(sql(force)).toEqual([`ALTER TABLE "post" FORCE ROW LEVEL SECURITY`]);
    expect(sql(reverseOperation(force)!)).toEqual([
      `ALTER TABLE "post" NO FORCE ROW LEVEL SECURITY`,
    ]);
  });
});
