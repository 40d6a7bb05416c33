import { describe, expect, it } from "vitest";
import { isRetortError } from "../errors/retort-error";
import { type RetortConfig, resolveConfig } from "./config";

function failure(config: unknown): { code: string; message: string; hint: string | undefined } {
  try {
    resolveConfig(config as RetortConfig, "/app", "/app/retort.config.ts");
  } catch (error) {
    if (isRetortError(error)) return { code: error.code, message: error.message, hint: error.hint };
    throw error;
  }
  throw new Error("expected a failure");
}

describe("resolveConfig", () => {
  it("applies defaults and makes paths absolute", () => {
    const config = resolveConfig(
      { migrations: "db", url: "", postWrite: "prettier --write" },
      "/app",
    );
    expect(config.url).toBe("");
    expect(config.versionLocations).toEqual(["/app/db/versions"]);
    expect(config.models).toBe("/app/app/models/index.ts");
    expect(config.connectTimeout).toBe(10_000);
    expect(config.postWrite).toEqual(["prettier --write"]);
    expect(config.transactionPerMigration).toBe(true);
    const driverOptions = { pool: new Map() };
    expect(resolveConfig({ driverOptions }, "/app").driverOptions).toBe(driverOptions);
    const driver = () => {
      throw new Error("not called");
    };
    expect(resolveConfig({ driver, exclude: ["t", /^tmp_/], lockTimeout: 0 }, "/app").driver).toBe(
      driver,
    );
  });

  it("names an unknown setting and lists the known ones", () => {
    const f = failure({ url: "postgres://x", migration: "db" });
    expect(f.code).toBe("BAD_CONFIG");
    expect(f.message).toBe('/app/retort.config.ts: unknown setting "migration".');
    expect(f.hint).toContain("known settings: url, driver, driverOptions, migrations,");
    expect(f.hint).toContain("postWrite, targets, environments.");
  });

  it("reads lockTimeout as milliseconds or a duration, and defaults lockRetries and safety", () => {
    expect(resolveConfig({ lockTimeout: "2s" }, "/app").lockTimeout).toBe(2000);
    expect(resolveConfig({ lockTimeout: "1.5min" }, "/app").lockTimeout).toBe(90_000);
    expect(resolveConfig({ lockTimeout: 250, lockRetries: 3 }, "/app")).toMatchObject({
      lockTimeout: 250,
      lockRetries: 3,
      safety: "plain",
    });
    expect(resolveConfig({ safety: "online" }, "/app").safety).toBe("online");
  });

  it("says which setting is wrong and what it must be", () => {
    const cases: [unknown, string][] = [
      [{ migrations: "" }, '"migrations" must be a non-empty string.'],
      [{ url: 5 }, '"url" must be a non-empty string.'],
      [
        { lockTimeout: -1 },
        '"lockTimeout" must be milliseconds or a duration such as "2s" or "500ms".',
      ],
      [
        { lockTimeout: "soon" },
        '"lockTimeout" must be milliseconds or a duration such as "2s" or "500ms".',
      ],
      [{ lockRetries: 1.5 }, '"lockRetries" must be a whole number from 0 to 100.'],
      [{ lockRetries: 1000 }, '"lockRetries" must be a whole number from 0 to 100.'],
      [{ safety: "careful" }, '"safety" must be "plain" or "online".'],
      [{ connectTimeout: "10s" }, '"connectTimeout" must be a number of milliseconds.'],
      [
        { statementTimeout: Number.POSITIVE_INFINITY },
        '"statementTimeout" must be a number of milliseconds.',
      ],
      [{ schemas: "app" }, '"schemas" must be an array of non-empty strings.'],
      [{ versionLocations: [""] }, '"versionLocations" must be an array of non-empty strings.'],
      [{ exclude: [1] }, '"exclude" must be an array of names or regular expressions.'],
      [{ recursiveVersionLocations: "yes" }, '"recursiveVersionLocations" must be true or false.'],
      [{ transactionPerMigration: 1 }, '"transactionPerMigration" must be true or false.'],
      [{ versionLocations: [] }, '"versionLocations" is empty.'],
      [{ driver: 1 }, '"driver" must be a package name or a driver factory.'],
    ];
    for (const [config, problem] of cases) {
      const f = failure(config);
      expect(f.code).toBe("BAD_CONFIG");
      expect(f.message).toBe(`/app/retort.config.ts: ${problem}`);
    }
  });
});

describe("environments", () => {
  const config: RetortConfig = {
    url: "postgres://dev/app",
    lockTimeout: 100,
    environments: {
      staging: { url: "postgres://staging/app", lockTimeout: 2000 },
      ci: { schemas: ["app"] },
    },
  };

  it("uses the base settings without --env, and overrides them with one", () => {
    expect(resolveConfig(config, "/app").url).toBe("postgres://dev/app");
    const staging = resolveConfig(config, "/app", undefined, { environment: "staging" });
    expect(staging.url).toBe("postgres://staging/app");
    expect(staging.lockTimeout).toBe(2000);
    expect(staging.environment).toBe("staging");
    const ci = resolveConfig(config, "/app", undefined, { environment: "ci" });
    expect(ci.url).toBe("postgres://dev/app");
    expect(ci.schemas).toEqual(["app"]);
  });

  it("names the environments when asked for one it does not have", () => {
    try {
      resolveConfig(config, "/app", "/app/retort.config.ts", { environment: "prod" });
      expect.unreachable();
    } catch (error) {
      expect(isRetortError(error) && error.code).toBe("UNKNOWN_ENVIRONMENT");
      expect((error as Error).message).toBe('/app/retort.config.ts has no environment "prod".');
      expect(isRetortError(error) && error.hint).toBe("its environments: staging, ci.");
    }
  });

  it("refuses an environment whose url reads an unset variable, rather than fall back", () => {
    const unset: RetortConfig = {
      url: "postgres://dev/app",
      environments: { prod: { url: undefined } },
    };
    try {
      resolveConfig(unset, "/app", undefined, { environment: "prod" });
      expect.unreachable();
    } catch (error) {
      expect(isRetortError(error) && error.code).toBe("BLANK_URL");
    }
    // --url given: it wins, and nothing is missing.
    expect(
      resolveConfig(unset, "/app", undefined, { environment: "prod", url: "postgres://x/y" }).url,
    ).toBe("postgres://x/y");
  });

  it("checks an environment's settings like the base ones", () => {
    expect(failure({ environments: { staging: { connectTimeout: "2s" } } }).message).toBe(
      '/app/retort.config.ts: "connectTimeout" must be a number of milliseconds.',
    );
    expect(failure({ environments: { staging: { urll: "x" } } }).message).toBe(
      '/app/retort.config.ts: unknown setting "urll" in environments.staging.',
    );
  });
});
