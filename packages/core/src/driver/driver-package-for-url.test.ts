import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { driverPackageForUrl } from "./driver-package-for-url";

function errorOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("driverPackageForUrl", () => {
  it("picks driver-pg for postgres:// and postgresql://", () => {
    expect(driverPackageForUrl("postgres://localhost/db")).toBe("@retort/driver-pg");
    expect(driverPackageForUrl("POSTGRESQL://localhost/db")).toBe("@retort/driver-pg");
  });

  it("picks driver-pglite for pglite://, memory:// and no URL", () => {
    expect(driverPackageForUrl("pglite://.retort/pglite")).toBe("@retort/driver-pglite");
    expect(driverPackageForUrl("memory://")).toBe("@retort/driver-pglite");
    expect(driverPackageForUrl(undefined)).toBe("@retort/driver-pglite");
    expect(driverPackageForUrl("  ")).toBe("@retort/driver-pglite");
  });

  it("rejects other schemes with BAD_URL, masking the URL and listing the supported ones", () => {
    const error = errorOf(() => driverPackageForUrl("mysql://root:hunter2@db/shop"));
    expect(isRetortError(error) && error.code).toBe("BAD_URL");
    const { message, hint } = error as { message: string; hint: string };
    expect(message).toBe('Bad database URL mysql://root:***@db/shop: unsupported scheme "mysql:".');
    expect(hint).toContain("postgres://");
    expect(hint).toContain("pglite://");
  });

  it("rejects a URL without a scheme", () => {
    const error = errorOf(() => driverPackageForUrl("localhost:5432/shop"));
    expect(error).toMatchObject({ code: "BAD_URL", message: expect.stringContaining("no scheme") });
  });
});
