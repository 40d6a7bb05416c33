import { defineOperation, type Operation, Operations } from "@retort/core";
import { describe, expect, it } from "vitest";
import { renderMigrationBody } from "./render-migration-body";

function roundTrip(ops: Operation[]): string {
  const nodes = ops.map((op) => defineOperation(op));
  const body = renderMigrationBody(nodes);
  const op = new Operations();
  new Function("op", body)(op);
  expect(op.operations).toEqual(nodes);
  return body;
}

describe("policy operations as migration source", () => {
  it("writes calls that record the same operations, hostile names and SQL included", () => {
    const body = roundTrip([
      {
        kind: "createPolicy",
        schema: "app",
        table: 'Weird "t"; drop table x',
        name: "own `rows` ${x}",
        as: "restrictive",
        for: "update",
        to: ["authenticated", "Admin"],
        using: "owner = auth.uid()",
        withCheck: "body !~ '\\\\'",
        comment: "it's theirs",
      },
      {
        kind: "alterPolicy",
        table: "post",
        name: "p",
        to: ["a"],
        existingTo: ["public"],
        using: "true",
        existingUsing: "false",
      },
      { kind: "renamePolicy", table: "post", name: "p", newName: "q" },
      { kind: "setPolicyComment", table: "post", name: "q", comment: null, existingComment: "c" },
      { kind: "dropPolicy", table: "post", name: "q" },
      { kind: "enableRowSecurity", table: "post" },
      { kind: "forceRowSecurity", schema: "app", table: "post" },
      { kind: "noForceRowSecurity", table: "post" },
      { kind: "disableRowSecurity", table: "post" },
    ]);
    expect(body).toContain('op.enableRowSecurity("post");');
    expect(body).toContain('op.renamePolicy("post", "p", "q");');
  });
});
