import { describe, expect, it } from "vitest";
import { MigrationFailedError } from "./migration-failed-error";
import { missingRole } from "./missing-role";

const pgError = (message: string, code: string) => Object.assign(new Error(message), { code });

const step = {
  direction: "up" as const,
  revision: "a1b2c3d4e5f6",
  fromRevisions: [],
  toRevisions: ["a1b2c3d4e5f6"],
  message: "policies",
  file: "app/migrations/versions/a1b2c3d4e5f6_policies.ts",
};

describe("a role the server lacks", () => {
  it("is read from PostgreSQL's error, and only from that one", () => {
    expect(missingRole(pgError('role "authenticated" does not exist', "42704"))).toBe(
      "authenticated",
    );
    expect(missingRole(pgError('type "mood" does not exist', "42704"))).toBeUndefined();
    expect(missingRole(pgError('role "x" does not exist', "42501"))).toBeUndefined();
  });

  it("makes the failed migration's hint name it and say roles are the server's", () => {
    const error = new MigrationFailedError(
      step,
      true,
      pgError('role "authenticated" does not exist', "42704"),
      'CREATE POLICY "p" ON "post" TO "authenticated"',
    );
    expect(error.message).toContain('role "authenticated" does not exist');
    expect(error.hint).toContain('CREATE ROLE "authenticated" NOLOGIN');
    expect(error.hint).toContain("Nothing of a1b2c3d4e5f6 was applied.");
    expect(error.details).toMatchObject({ role: "authenticated" });
  });
});
