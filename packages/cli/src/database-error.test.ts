import { MigrationFailedError, type StepSummary } from "@retort/core";
import { describe, expect, it } from "vitest";
import { databaseError, errorBody, systemError } from "./database-error";

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

describe("errorBody", () => {
  it("gives a failed migration's SQLSTATE and statement to a script reading --json", () => {
    const cause = pgError('relation "t1" already exists', { code: "42P07" });
    const failed = new MigrationFailedError(
      {
        direction: "up",
        revision: "aaaa00000002",
        file: "migrations/versions/aaaa00000002_m.ts",
        fromRevisions: ["aaaa00000001"],
        toRevisions: ["aaaa00000002"],
      } as unknown as StepSummary,
      true,
      cause,
      "create table t1 (id int)",
    );
    expect(errorBody(failed)).toEqual({
      code: "MIGRATION_FAILED",
      message:
        'Upgrade aaaa00000002 (migrations/versions/aaaa00000002_m.ts) failed: relation "t1" already exists (SQLSTATE 42P07)',
      hint: "nothing of aaaa00000002 was applied; the database is still at aaaa00000001. Fix the migration and run the command again.",
      sqlState: "42P07",
      statement: "create table t1 (id int)",
    });
  });

  it("reports a full disk or a path in the way as the machine's, not as a bug in retort", () => {
    const full = pgError("ENOSPC: no space left on device, write", {
      code: "ENOSPC",
      syscall: "write",
    });
    expect(errorBody(full)).toEqual({
      code: "FILE_SYSTEM_ERROR",
      message: "ENOSPC: no space left on device, write",
      hint: "free some space on that disk, then run the command again.",
    });
    expect(
      systemError(
        pgError("ENOTDIR: not a directory, mkdir 'a/b'", { code: "ENOTDIR", syscall: "mkdir" }),
      )?.hint,
    ).toContain("a file where a folder belongs");
    expect(systemError(new Error("boom"))).toBeUndefined();
  });
});
