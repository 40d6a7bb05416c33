import { describe, expect, it } from "vitest";
import { MigrationFailedError } from "./migration-failed-error";
import { MigrationInterruptedError } from "./migration-interrupted-error";

const step = {
  direction: "up",
  revision: "a1b2c3d4e5f6",
  fromRevisions: [],
  toRevisions: ["a1b2c3d4e5f6"],
  message: "grants",
  file: "app/migrations/versions/a1b2c3d4e5f6_grants.ts",
} as const;

function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("MigrationFailedError", () => {
  it("names the missing role of a GRANT with its own code and a hint to create it", () => {
    const error = new MigrationFailedError(
      step,
      true,
      pgError("42704", 'role "report "ro"" does not exist'),
      'GRANT SELECT ON TABLE "t" TO "report ""ro"""',
    );
    expect(error.code).toBe("ROLE_NOT_FOUND");
    expect(error.details).toMatchObject({ role: 'report "ro"', sqlState: "42704" });
    // Quoted as SQL, so the statement in the hint can be run as it is.
    expect(error.hint).toContain('CREATE ROLE "report ""ro""" NOLOGIN');
  });

  it("keeps MIGRATION_FAILED for other undefined objects", () => {
    const error = new MigrationFailedError(
      step,
      true,
      pgError("42704", 'type "nope" does not exist'),
    );
    expect(error.code).toBe("MIGRATION_FAILED");
  });

  it("says how to seed an array column when a JavaScript array arrived as JSON text", () => {
    const error = new MigrationFailedError(
      step,
      true,
      pgError("22P02", 'malformed array literal: "["a","b"]"'),
    );
    expect(error.message).toContain("(SQLSTATE 22P02)");
    expect(error.hint).toContain(
      `pass PostgreSQL's array literal as a string instead: '{"a","b"}'`,
    );
  });

  it("points a statement cancelled by statement_timeout at the statementTimeout setting", () => {
    const error = new MigrationFailedError(
      step,
      true,
      pgError("57014", "canceling statement due to statement timeout"),
    );
    expect(error.hint).toContain("raise `statementTimeout` in retort.config.ts");
  });

  it("names the invalid index a failed CREATE INDEX CONCURRENTLY left, and how to drop it", () => {
    const statement =
      'CREATE UNIQUE INDEX CONCURRENTLY "Person Age" ON app.person /* age */ ("age")';
    const drop =
      'drop it with `DROP INDEX CONCURRENTLY "app"."Person Age"` before running the upgrade again';
    const failed = new MigrationFailedError(
      step,
      false,
      pgError("23505", 'could not create unique index "Person Age"'),
      statement,
    );
    expect(failed.hint).toContain(drop);
    const interrupted = new MigrationInterruptedError(
      {
        revision: step.revision,
        direction: "up",
        startedAt: new Date(0),
        appliedBy: "me",
        statements: [statement],
        ran: 0,
        error: 'could not create unique index "Person Age"',
      },
      step.file,
      { before: [], after: [step.revision] },
    );
    expect(interrupted.code).toBe("MIGRATION_INTERRUPTED");
    expect(interrupted.hint).toContain(drop);
    // A syntax error fails before the index exists: nothing to drop.
    const syntax = new MigrationFailedError(
      step,
      false,
      pgError("42601", 'syntax error at or near "ON"'),
      statement,
    );
    expect(syntax.hint).not.toContain("DROP INDEX");
  });
});
