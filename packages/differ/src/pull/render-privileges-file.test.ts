import { describe, expect, it } from "vitest";
import { schema } from "../schema/description.test-fixture";
import { renderPrivilegesFile } from "./render-privileges-file";

describe("renderPrivilegesFile", () => {
  it("writes one grant per object, privileges and grant option, with roles and columns together", () => {
    const base = {
      type: "table" as const,
      schema: "app",
      name: "account",
      arguments: null,
      column: null,
      grantable: false,
    };
    const text = renderPrivilegesFile(
      schema([], {
        privileges: {
          grants: [
            { ...base, grantee: "a", privilege: "select" },
            { ...base, grantee: "b", privilege: "select" },
            { ...base, column: "name", grantee: 'w "x"', privilege: "update", grantable: true },
            { ...base, column: "email", grantee: 'w "x"', privilege: "update", grantable: true },
          ],
          defaults: [
            {
              forRole: "o",
              schema: null,
              on: "functions",
              grantee: "a",
              privilege: "execute",
              grantable: false,
            },
          ],
          roles: ["a", "b", 'w "x"'],
        },
      }),
      new Set(["grantAccount"]),
      "retort",
    );
    expect(text).toBe(`import { defaultPrivileges, grant } from "retort";

// Privileges of roles created outside migrations: they must exist wherever these models are
// migrated. Only the roles named here are managed.

export const grantAccount2 = grant({
  on: { table: { schema: "app", name: "account" } },
  privileges: ["select"],
  to: ["a", "b"],
});

export const grantAccount3 = grant({
  on: { table: { schema: "app", name: "account" }, columns: ["email", "name"] },
  privileges: ["update"],
  to: "w \\"x\\"",
  withGrantOption: true,
});

export const defaultFunctions = defaultPrivileges({
  forRole: "o",
  on: "functions",
  grant: ["execute"],
  to: "a",
});
`);
  });
});
