import { describe, expect, it } from "vitest";
import { RetortError } from "../errors/retort-error";
import {
  getsLockTimeout,
  isLockNotAvailable,
  lockRetryDelayMs,
  lockSettingsFor,
  setLockTimeoutSql,
  tablesOf,
} from "./lock-retry";

describe("lock retries", () => {
  it("recognises PostgreSQL's lock timeout however deep it is wrapped, and nothing else", () => {
    const pg = Object.assign(new Error("canceling statement due to lock timeout"), {
      code: "55P03",
    });
    expect(isLockNotAvailable(pg)).toBe(true);
    expect(isLockNotAvailable(new RetortError("MIGRATION_FAILED", "x", { cause: pg }))).toBe(true);
    const deadlock = Object.assign(new Error("deadlock detected"), { code: "40P01" });
    expect(isLockNotAvailable(new RetortError("MIGRATION_FAILED", "x", { cause: deadlock }))).toBe(
      false,
    );
    expect(isLockNotAvailable(undefined)).toBe(false);
  });

  it("waits longer between tries, up to 5 s", () => {
    expect([1, 2, 3, 4, 6, 7, 50].map(lockRetryDelayMs)).toEqual([
      100, 200, 400, 800, 3200, 5000, 5000,
    ]);
  });

  it("lets a migration's own settings win over the config's", () => {
    expect(lockSettingsFor({}, { lockTimeout: 2000, lockRetries: 3 })).toEqual({
      lockTimeout: 2000,
      lockRetries: 3,
    });
    expect(
      lockSettingsFor({ lockTimeout: 0, lockRetries: 0 }, { lockTimeout: 2000, lockRetries: 3 }),
    ).toEqual({
      lockTimeout: 0,
      lockRetries: 0,
    });
    expect(lockSettingsFor({}, {})).toEqual({ lockTimeout: undefined, lockRetries: 0 });
  });

  it("writes the setting as a literal with its unit", () => {
    expect(setLockTimeoutSql(1999.6, "local")).toBe("SET LOCAL lock_timeout = '2000ms'");
    expect(setLockTimeoutSql(0, "session")).toBe("SET lock_timeout = '0ms'");
  });

  it("names the tables an operation waits for, a foreign key's referenced one too", () => {
    expect(
      tablesOf({
        kind: "addForeignKey",
        schema: "app",
        table: "post",
        name: "post_author_fk",
        columns: ["author_id"],
        references: { table: "account", columns: ["id"] },
      }),
    ).toEqual(["app.post", "account"]);
    expect(tablesOf({ kind: "execute", sql: "select 1" })).toEqual([]);
  });

  it("keeps lock_timeout off CONCURRENTLY statements, spelled by an operation or in op.execute", () => {
    const execute = (sql: string) =>
      getsLockTimeout({ kind: "execute", sql }, { sql, transactional: true });
    expect(execute("CREATE INDEX CONCURRENTLY i ON t (a)")).toBe(false);
    expect(execute("drop index\n  concurrently if exists i")).toBe(false);
    expect(execute("ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY")).toBe(false);
    expect(execute("ALTER TABLE t ADD COLUMN c text")).toBe(true);
    // The word in a comment, a string or a quoted name is not the keyword.
    expect(execute("-- built concurrently later\nALTER TABLE t ADD COLUMN c text")).toBe(true);
    expect(execute("COMMENT ON TABLE t IS 'built concurrently'")).toBe(true);
    expect(execute('ALTER TABLE t ADD COLUMN "concurrently" text')).toBe(true);
    const dropIndex = { kind: "dropIndex", name: "i", concurrently: true } as const;
    expect(
      getsLockTimeout(dropIndex, { sql: "DROP INDEX CONCURRENTLY i", transactional: false }),
    ).toBe(false);
  });
});
