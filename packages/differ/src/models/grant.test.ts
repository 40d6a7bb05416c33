import { describe, expect, it } from "vitest";
import { column as c } from "./column-builder";
import { describeModels } from "./describe-models";
import { fn } from "./fn";
import { defaultPrivileges, grant } from "./grant";
import { table } from "./table";

const account = table(
  "account",
  { id: c.bigint().primaryKey(), name: c.text() },
  { schema: "app" },
);

describe("grant and defaultPrivileges models", () => {
  it("describe one entry per column, role and privilege, and every role they name", () => {
    const d = describeModels({
      account,
      g: grant({
        on: { table: account, columns: ["name"] },
        privileges: ["UPDATE"],
        to: ["a", "b"],
        withGrantOption: true,
      }),
      none: grant({ on: { sequence: "app.ticket_no" }, privileges: [], to: "c" }),
      future: defaultPrivileges({ forRole: "owner", on: "types", grant: "all", to: "a" }),
    });
    expect(d.privileges.grants).toEqual(
      ["a", "b"].map((grantee) => ({
        type: "table",
        schema: "app",
        name: "account",
        arguments: null,
        column: "name",
        grantee,
        privilege: "update",
        grantable: true,
      })),
    );
    expect(d.privileges.defaults).toEqual([
      {
        forRole: "owner",
        schema: null,
        on: "types",
        grantee: "a",
        privilege: "usage",
        grantable: false,
      },
    ]);
    expect(d.privileges.roles).toEqual(["a", "b", "c"]);
  });

  it("spells out all, keys a function by its identity arguments, and leaves out PUBLIC's built-in EXECUTE", () => {
    const add = fn("add", {
      schema: "app",
      args: ["a int", "b int default 1"],
      returns: "int",
      language: "sql",
      body: "select a + b",
    });
    const d = describeModels({
      add,
      all: grant({ on: account, privileges: "all", to: "r" }),
      call: grant({ on: add, privileges: ["execute"], to: ["public", "r"] }),
    });
    expect(d.privileges.grants.filter((g) => g.type === "table").map((g) => g.privilege)).toEqual([
      "delete",
      "insert",
      "references",
      "select",
      "trigger",
      "truncate",
      "update",
    ]);
    expect(d.privileges.grants.filter((g) => g.type === "function")).toEqual([
      expect.objectContaining({ arguments: "a int, b int", grantee: "r", privilege: "execute" }),
    ]);
  });

  it("refuses privileges the object does not take, as BAD_MODEL naming the object", () => {
    expect(() => grant({ on: { schema: "app" }, privileges: ["select"], to: "r" })).toThrow(
      expect.objectContaining({
        code: "BAD_MODEL",
        message: expect.stringMatching(/schema app.*"select"/),
      }),
    );
    expect(() =>
      defaultPrivileges({
        forRole: "o",
        inSchema: "app",
        on: "schemas",
        grant: ["usage"],
        to: "r",
      }),
    ).toThrow(expect.objectContaining({ code: "BAD_MODEL" }));
  });
});
