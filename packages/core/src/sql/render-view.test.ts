import { beforeEach, describe, expect, it } from "vitest";
import { describeOperation } from "../ops/describe-operation";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { quoteIdent } from "./quote-ident";
import { quoteLiteral } from "./quote-literal";
import { one, sql } from "./render.test-fixture";
import { renderOffline } from "./render-offline";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

describe("views", () => {
  it("creates, replaces and drops a view", () => {
    expect(one(op.createView("v", "select 1 as one;", { schema: "app" }))).toBe(
      'CREATE VIEW "app"."v" AS select 1 as one',
    );
    expect(
      sql(
        op.createView("v", "select 1 as one", {
          orReplace: true,
          securityBarrier: true,
          checkOption: "local",
          comment: "it's one",
        }),
      ),
    ).toEqual([
      'CREATE OR REPLACE VIEW "v" WITH (security_barrier = true, check_option = local) AS select 1 as one',
      `COMMENT ON VIEW "v" IS 'it''s one'`,
    ]);
    expect(one(op.dropView("v", { ifExists: true, cascade: true }))).toBe(
      'DROP VIEW IF EXISTS "v" CASCADE',
    );
  });

  it("creates a security invoker view, and replaces it with the option spelled out or gone", () => {
    expect(
      one(op.createView("v", "select 1", { securityBarrier: true, securityInvoker: true })),
    ).toBe('CREATE VIEW "v" WITH (security_barrier = true, security_invoker = true) AS select 1');
    const turnedOff = op.createView("v", "select 1", {
      orReplace: true,
      replaces: { query: "select 1", securityInvoker: true },
    });
    // CREATE OR REPLACE sets the options it names and resets the others.
    expect(one(turnedOff)).toBe('CREATE OR REPLACE VIEW "v" AS select 1');
    expect(one(reverseOperation(turnedOff)!)).toBe(
      'CREATE OR REPLACE VIEW "v" WITH (security_invoker = true) AS select 1',
    );
  });

  it("removes the old comment when a replace drops it", () => {
    expect(
      sql(
        op.createView("v", "select 2", {
          orReplace: true,
          replaces: { query: "select 1", comment: "c" },
        }),
      ),
    ).toEqual(['CREATE OR REPLACE VIEW "v" AS select 2', 'COMMENT ON VIEW "v" IS NULL']);
  });

  it("reverses a create into a drop carrying it, and a drop into the create", () => {
    const created = op.createView("v", "select 1", { schema: "s", securityBarrier: true });
    const dropped = reverseOperation(created)!;
    expect(dropped).toMatchObject({
      kind: "dropView",
      schema: "s",
      name: "v",
      definition: { query: "select 1", securityBarrier: true },
    });
    expect(one(reverseOperation(dropped)!)).toBe(
      'CREATE VIEW "s"."v" WITH (security_barrier = true) AS select 1',
    );
    expect(() => reverseOperation(op.dropView("v"))).toThrow(/definition/);
  });

  it("reverses a replace into the previous definition", () => {
    const replaced = op.createView("v", "select 1, 2", {
      orReplace: true,
      replaces: { query: "select 1", checkOption: "cascaded" },
    });
    expect(one(reverseOperation(replaced)!)).toBe(
      'CREATE OR REPLACE VIEW "v" WITH (check_option = cascaded) AS select 1',
    );
    expect(describeOperation(replaced)).toContain("createView");
  });

  it("refuses a bad check option and an empty query", () => {
    expect(() => op.createView("v", "  ")).toThrow(/query/);
    expect(() => op.createView("v", "select 1", { checkOption: "all" as never })).toThrow(
      /checkOption/,
    );
  });
});

describe("materialized views", () => {
  it("creates, refreshes, renames, comments and drops", () => {
    expect(one(op.createMaterializedView("m", "select 1", { withData: false }))).toBe(
      'CREATE MATERIALIZED VIEW "m" AS select 1 WITH NO DATA',
    );
    expect(one(op.refreshMaterializedView("m", { schema: "s", concurrently: true }))).toBe(
      'REFRESH MATERIALIZED VIEW CONCURRENTLY "s"."m"',
    );
    expect(one(op.renameView("m", "n", { materialized: true }))).toBe(
      'ALTER MATERIALIZED VIEW "m" RENAME TO "n"',
    );
    expect(one(op.setViewComment("m", null, { materialized: true }))).toBe(
      'COMMENT ON MATERIALIZED VIEW "m" IS NULL',
    );
    expect(one(op.dropMaterializedView("m"))).toBe('DROP MATERIALIZED VIEW "m"');
  });

  it("reverses", () => {
    const created = op.createMaterializedView("m", "select 1", { comment: "x" });
    expect(sql(reverseOperation(reverseOperation(created)!)!)).toEqual([
      'CREATE MATERIALIZED VIEW "m" AS select 1',
      `COMMENT ON MATERIALIZED VIEW "m" IS 'x'`,
    ]);
    expect(reverseOperation(op.refreshMaterializedView("m"))).toBeUndefined();
    expect(one(reverseOperation(op.renameView("a", "b"))!)).toBe('ALTER VIEW "b" RENAME TO "a"');
    expect(one(reverseOperation(op.setViewComment("a", "new", { existingComment: "old" }))!)).toBe(
      `COMMENT ON VIEW "a" IS 'old'`,
    );
  });
});

describe.each(['Weird "name"; drop table x', "it's -- /* $1", "Ünïcödé 名前"])(
  "the name %j",
  (n) => {
    it("stays inside quotes in every view operation", () => {
      const ops = new Operations();
      ops.createView(n, "select 1", { schema: n, comment: n });
      ops.dropView(n, { schema: n });
      ops.createMaterializedView(n, "select 1", { schema: n, comment: n });
      ops.dropMaterializedView(n, { schema: n });
      ops.refreshMaterializedView(n, { schema: n });
      ops.renameView(n, `${n} 2`, { schema: n, materialized: true });
      ops.setViewComment(n, n, { schema: n });
      for (const operation of ops.operations) {
        for (const text of renderOffline(operation)) {
          const rest = text.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, " ");
          expect(rest).not.toContain(";");
          expect(rest).not.toContain("--");
          expect(rest).not.toMatch(/drop table x|Ünïcödé|it's/);
          expect(text.includes(quoteIdent(n)) || text.includes(quoteLiteral(n))).toBe(true);
        }
      }
    });
  },
);
