import { beforeEach, describe, expect, it } from "vitest";
import { Operations } from "../ops/operations";
import { reverseOperation } from "../ops/reverse-operation";
import { one } from "./render.test-fixture";

let op: Operations;
beforeEach(() => {
  op = new Operations();
});

const weird = 'Weird "name"; drop table x';

describe("grant and revoke", () => {
  it("grants on a table with every name quoted, PUBLIC left a keyword", () => {
    expect(
      one(
        op.grant(
          { type: "table", schema: weird, name: weird },
          ["select", "insert"],
          [weird, "public"],
        ),
      ),
    ).toBe(
      'GRANT SELECT, INSERT ON TABLE "Weird ""name""; drop table x"."Weird ""name""; drop table x" TO "Weird ""name""; drop table x", PUBLIC',
    );
  });

  it("grants column privileges with the grant option, and reverses to a revoke of the same", () => {
    const grant = op.grant(
      { type: "table", name: "account", columns: ["id", "e mail"] },
      ["select", "update"],
      ["reader"],
      { withGrantOption: true },
    );
    expect(one(grant)).toBe(
      'GRANT SELECT ("id", "e mail"), UPDATE ("id", "e mail") ON TABLE "account" TO "reader" WITH GRANT OPTION',
    );
    expect(one(reverseOperation(grant)!)).toBe(
      'REVOKE SELECT ("id", "e mail"), UPDATE ("id", "e mail") ON TABLE "account" FROM "reader"',
    );
  });

  it("adding only the grant option reverses to REVOKE GRANT OPTION FOR", () => {
    const grant = op.grant({ type: "sequence", schema: "app", name: "n" }, ["usage"], ["r"], {
      withGrantOption: true,
      grantOptionOnly: true,
    });
    expect(one(reverseOperation(grant)!)).toBe(
      'REVOKE GRANT OPTION FOR USAGE ON SEQUENCE "app"."n" FROM "r"',
    );
    expect(one(reverseOperation(reverseOperation(grant)!)!)).toBe(one(grant));
  });

  it("a revoke of privileges held with the grant option reverses to a grant with it", () => {
    const revoke = op.revoke(
      { type: "function", schema: "app", name: "f", arguments: "integer" },
      ["execute"],
      ["r"],
      {
        withGrantOption: true,
      },
    );
    expect(one(revoke)).toBe('REVOKE EXECUTE ON FUNCTION "app"."f"(integer) FROM "r"');
    expect(one(reverseOperation(revoke)!)).toBe(
      'GRANT EXECUTE ON FUNCTION "app"."f"(integer) TO "r" WITH GRANT OPTION',
    );
  });

  it("grants on a schema and a procedure", () => {
    expect(one(op.grant({ type: "schema", name: "app" }, ["usage", "create"], ["r"]))).toBe(
      'GRANT USAGE, CREATE ON SCHEMA "app" TO "r"',
    );
    expect(one(op.grant({ type: "procedure", name: "p", arguments: "" }, ["execute"], ["r"]))).toBe(
      'GRANT EXECUTE ON PROCEDURE "p"() TO "r"',
    );
  });

  it("refuses privileges the object does not take, and the grant option to PUBLIC", () => {
    expect(() => op.grant({ type: "sequence", name: "n" }, ["execute"], ["r"])).toThrow(
      /privilege "execute" does not apply to a sequence/,
    );
    expect(() => op.grant({ type: "table", name: "t", columns: ["a"] }, ["delete"], ["r"])).toThrow(
      /does not apply to columns/,
    );
    expect(() =>
      op.grant({ type: "table", name: "t" }, ["select"], ["public"], { withGrantOption: true }),
    ).toThrow(/PUBLIC/);
  });
});

describe("default privileges", () => {
  it("grants and revokes for a role in a schema", () => {
    const grant = op.grantDefaultPrivileges("tables", ["select"], [weird], {
      forRole: "app owner",
      inSchema: "app",
    });
    expect(one(grant)).toBe(
      'ALTER DEFAULT PRIVILEGES FOR ROLE "app owner" IN SCHEMA "app" GRANT SELECT ON TABLES TO "Weird ""name""; drop table x"',
    );
    expect(one(reverseOperation(grant)!)).toBe(
      'ALTER DEFAULT PRIVILEGES FOR ROLE "app owner" IN SCHEMA "app" REVOKE SELECT ON TABLES FROM "Weird ""name""; drop table x"',
    );
  });

  it("refuses a schema limit on schemas", () => {
    expect(() =>
      op.grantDefaultPrivileges("schemas", ["usage"], ["r"], { inSchema: "app" }),
    ).toThrow(/inSchema/);
  });
});
