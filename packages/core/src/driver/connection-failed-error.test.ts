import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { ConnectionFailedError, connectionFailureReason } from "./connection-failed-error";
import { LockTimeoutError } from "./lock-timeout-error";

const coded = (code: string) => Object.assign(new Error(code), { code });

describe("connectionFailureReason", () => {
  it("reads Node error codes and PostgreSQL SQLSTATEs", () => {
    expect(connectionFailureReason(coded("ECONNREFUSED"))).toBe("refused");
    expect(connectionFailureReason(coded("ENOTFOUND"))).toBe("unknown-host");
    expect(connectionFailureReason(coded("28P01"))).toBe("auth-failed");
    expect(connectionFailureReason(coded("28000"))).toBe("not-authorized");
    expect(connectionFailureReason(coded("3D000"))).toBe("missing-database");
    expect(connectionFailureReason(new Error("timeout expired"))).toBe("timeout");
    expect(connectionFailureReason(new Error("The server does not support SSL connections"))).toBe(
      "ssl",
    );
    expect(connectionFailureReason(coded("42P01"))).toBeUndefined();
    expect(connectionFailureReason(undefined)).toBeUndefined();
  });

  it("looks inside the AggregateError Node gives for a host with several addresses", () => {
    expect(
      connectionFailureReason(new AggregateError([coded("ECONNREFUSED"), coded("ECONNREFUSED")])),
    ).toBe("refused");
  });

  it("tells a connection the server closed from one nobody accepted", () => {
    expect(connectionFailureReason(coded("ECONNRESET"))).toBe("reset");
    expect(connectionFailureReason(coded("ECONNREFUSED"))).toBe("refused");
    const reset = new ConnectionFailedError({
      reason: "reset",
      target: "t",
      host: "h",
      port: 5433,
    });
    expect(reset.message).toBe(
      "Could not connect to t: h:5433 accepted the connection and closed it.",
    );
    expect(reset.hint).toContain("--max-connections");
  });
});

describe("ConnectionFailedError", () => {
  it("says what failed, where, and what to do", () => {
    const error = new ConnectionFailedError({
      reason: "missing-database",
      target: "postgres://app:***@localhost:5432/shop",
      database: "shop",
    });
    expect(isRetortError(error)).toBe(true);
    expect(error.code).toBe("CONNECTION_FAILED");
    expect(error.message).toBe(
      'Could not connect to postgres://app:***@localhost:5432/shop: database "shop" does not exist.',
    );
    expect(error.hint).toContain("createdb shop");
    // The URL may come from --url, the config or its targets, not only DATABASE_URL.
    expect(error.hint).toContain("the database URL (DATABASE_URL, --url or the config)");
    expect(error.toJSON().details).toMatchObject({ reason: "missing-database", database: "shop" });
  });

  it("has a message and hint for every reason", () => {
    for (const reason of [
      "refused",
      "reset",
      "unknown-host",
      "auth-failed",
      "not-authorized",
      "timeout",
      "busy",
      "other",
    ] as const) {
      const error = new ConnectionFailedError({
        reason,
        target: "t",
        host: "h",
        port: 1,
        user: "u",
        cause: new Error("x"),
      });
      expect(error.message, reason).toMatch(/^Could not connect to t: .+\.$/);
      expect(error.hint, reason).toMatch(/\S/);
    }
  });
});

describe("an embedded database another process holds", () => {
  it("names the lock file, and says it may go when its holder ran on a host that is gone", () => {
    const here = new ConnectionFailedError({
      reason: "busy",
      target: ".retort/pglite",
      holderPid: 12,
      lockFile: ".retort/pglite.lock",
    });
    expect(here.hint).toContain("stop the other one");
    expect(here.hint).toContain("The lock file is .retort/pglite.lock.");
    const elsewhere = new ConnectionFailedError({
      reason: "busy",
      target: ".retort/pglite",
      holderPid: 12345,
      holderHost: "old-container-abc",
      lockFile: ".retort/pglite.lock",
    });
    expect(elsewhere.message).toBe(
      'Could not connect to .retort/pglite: it is locked by process 12345 on host "old-container-abc" (.retort/pglite.lock).',
    );
    expect(elsewhere.hint).toContain("delete the lock file .retort/pglite.lock");
  });
});

describe("LockTimeoutError", () => {
  it("names the lock and the wait", () => {
    const error = new LockTimeoutError({ key: 42n, timeoutMs: 500 });
    expect(error.code).toBe("LOCK_TIMEOUT");
    expect(error.message).toContain("500 ms");
    expect(error.details).toEqual({ key: "42", timeoutMs: 500 });
  });
});
