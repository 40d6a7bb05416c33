import { defineOperation, type Operation, Operations } from "@retort/core";
import { describe, expect, it } from "vitest";
import { renderMigrationBody } from "./render-migration-body";

function record(body: string): readonly Operation[] {
  const op = new Operations();
  new Function("op", body)(op);
  return op.operations;
}

const weird = 'Weird "name"; drop table x';

describe("privilege operations as migration source", () => {
  it("writes grants, revokes and default privileges as op calls that record the same nodes", () => {
    const nodes = [
      defineOperation({
        kind: "grant",
        on: { type: "table", schema: weird, name: "account", columns: ["id", weird] },
        privileges: ["select", "update"],
        roles: [weird, "reader"],
        withGrantOption: true,
      }),
      defineOperation({
        kind: "revoke",
        on: { type: "function", schema: "app", name: "add", arguments: "a integer, b integer" },
        privileges: ["execute"],
        roles: ["public"],
      }),
      defineOperation({
        kind: "revoke",
        on: { type: "schema", name: "app" },
        privileges: ["usage"],
        roles: ["reader"],
        withGrantOption: true,
        grantOptionOnly: true,
      }),
      defineOperation({
        kind: "grantDefaultPrivileges",
        forRole: weird,
        inSchema: "app",
        on: "tables",
        privileges: ["select"],
        roles: ["reader"],
      }),
    ];
    const body = renderMigrationBody(nodes);
    expect(body).toMatch(/^op\.grant\(/);
    expect(body).toContain("op.grantDefaultPrivileges(");
    expect(record(body)).toEqual(nodes);
  });
});
