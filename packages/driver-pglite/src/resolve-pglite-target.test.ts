import { describe, expect, it } from "vitest";
import { resolvePGliteTarget } from "./resolve-pglite-target";

describe("resolvePGliteTarget", () => {
  it("defaults to <root>/.retort/pglite", () => {
    expect(resolvePGliteTarget(undefined, "/app")).toEqual({
      kind: "dir",
      dataDir: "/app/.retort/pglite",
      display: "embedded database at .retort/pglite",
    });
    expect(resolvePGliteTarget("", "/app")).toMatchObject({ dataDir: "/app/.retort/pglite" });
  });

  it("resolves relative folders against the root and keeps absolute ones", () => {
    expect(resolvePGliteTarget("pglite://data/db", "/app")).toMatchObject({
      dataDir: "/app/data/db",
      display: "embedded database at data/db",
    });
    expect(resolvePGliteTarget("pglite:///var/lib/app%20db", "/app")).toEqual({
      kind: "dir",
      dataDir: "/var/lib/app db",
      display: "embedded database at /var/lib/app db",
    });
    expect(resolvePGliteTarget("pglite://../elsewhere", "/app/sub")).toMatchObject({
      dataDir: "/app/elsewhere",
      display: "embedded database at /app/elsewhere",
    });
  });

  it("refuses a user and password, never showing the password", () => {
    for (const url of ["pglite://user:s3cret@.retort/pglite", "pglite://u:s3cret@/abs/dir"]) {
      let error: unknown;
      try {
        resolvePGliteTarget(url, "/app");
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: "BAD_URL" });
      expect((error as Error).message).toContain(":***@");
      expect(JSON.stringify(error)).not.toContain("s3cret");
    }
  });

  it("keeps memory:// and pglite://memory in memory", () => {
    expect(resolvePGliteTarget("memory://", "/app").kind).toBe("memory");
    expect(resolvePGliteTarget("pglite://memory", "/app").kind).toBe("memory");
  });

  it("throws BAD_URL for other schemes and empty folders", () => {
    expect(() => resolvePGliteTarget("postgres://x/y", "/app")).toThrow(
      expect.objectContaining({ code: "BAD_URL" }),
    );
    expect(() => resolvePGliteTarget("pglite://", "/app")).toThrow(
      expect.objectContaining({ code: "BAD_URL" }),
    );
  });
});
