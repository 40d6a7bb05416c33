import { describe, expect, it } from "vitest";
import { databaseError } from "./database-error";

const pgError = (message: string, fields: Record<string, unknown>) =>
  Object.assign(new Error(message), fields);

describe("databaseError", () => {
  it("keeps the server's message, SQLSTATE, detail and hint, and adds advice by SQLSTATE", () => {
    expect(
      databaseError(
        pgError("permission denied for schema public", { code: "42501", detail: "d", hint: "h" }),
      ),
    ).toEqual({
      message: "permission denied for schema public",
      sqlState: "42501",
      detail: "d",
      hint: expect.stringMatching(/^h \(PostgreSQL's hint\); the role retort connects as lacks/),
    });
    expect(databaseError(pgError("x", { code: "57014" }))?.hint).toContain("statement_timeout");
    expect(databaseError(pgError("x", { code: "22P02" }))?.hint).toContain("errcodes-appendix");
  });

  it("is undefined for errors that are not the server's (Node's codes, plain errors)", () => {
    expect(
      databaseError(pgError("connect ECONNREFUSED", { code: "ECONNREFUSED" })),
    ).toBeUndefined();
    expect(databaseError(new Error("The server does not support SSL connections"))).toBeUndefined();
    expect(databaseError("42501")).toBeUndefined();
  });
});
