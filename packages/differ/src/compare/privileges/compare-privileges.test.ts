import { describe, expect, it } from "vitest";
import { column, schema, table } from "../../schema/description.test-fixture";
import type { GrantDescription } from "../../schema/privilege-description";
import { diffSchemas } from "../diff-schemas";

const onAccount = (name: string, patch: Partial<GrantDescription> = {}): GrantDescription => ({
  type: "table",
  schema: "public",
  name,
  arguments: null,
  column: null,
  grantee: "reader",
  privilege: "select",
  grantable: false,
  ...patch,
});

const privileges = (grants: GrantDescription[], roles = ["reader"]) => ({
  grants,
  defaults: [],
  roles,
});

describe("comparePrivileges", () => {
  it("follows a renamed table and column: the grants go with them, nothing is granted again", () => {
    const before = schema([table("account", { columns: [column("id"), column("mail")] })], {
      privileges: privileges([
        onAccount("account"),
        onAccount("account", { column: "mail", privilege: "update" }),
      ]),
    });
    const after = schema(
      [
        table("client", {
          renamedFrom: "account",
          columns: [column("id"), column("email", { renamedFrom: "mail" })],
        }),
      ],
      {
        privileges: privileges([
          onAccount("client"),
          onAccount("client", { column: "email", privilege: "update" }),
        ]),
      },
    );
    const diff = diffSchemas(before, after);
    expect(diff.upgrade.map((op) => op.kind)).toEqual(["renameTable", "renameColumn"]);
    expect(diff.downgrade.map((op) => op.kind)).toEqual(["renameTable", "renameColumn"]);
  });

  it("grants again what a re-created object had, and revokes nothing on a dropped one", () => {
    const before = schema([table("account", { columns: [column("id")] })], {
      privileges: privileges([onAccount("account")]),
    });
    const after = schema([], { privileges: privileges([]) });
    const diff = diffSchemas(before, after);
    expect(diff.upgrade.map((op) => op.kind)).toEqual(["dropTable"]);
    expect(diff.downgrade.map((op) => op.kind)).toEqual(["createTable", "grant"]);
  });

  it("leaves alone the roles the models do not name", () => {
    const before = schema([table("account", { columns: [column("id")] })], {
      privileges: privileges(
        [onAccount("account"), onAccount("account", { grantee: "dba" })],
        ["reader", "dba"],
      ),
    });
    const after = schema([table("account", { columns: [column("id")] })], {
      privileges: privileges([onAccount("account")]),
    });
    expect(diffSchemas(before, after).upgrade).toEqual([]);
  });
});
